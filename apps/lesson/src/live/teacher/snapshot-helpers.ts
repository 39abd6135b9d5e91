import type { LiveMember, TeacherSnapshot } from '@e2ee-kit/live';

/** A device's directory entry, if the provider knows it. */
export function memberOf(snapshot: TeacherSnapshot, device: string): LiveMember | undefined {
  return (
    snapshot.directory.find((m) => m.device === device) ??
    snapshot.roster.find((m) => m.device === device)
  );
}

/** A device's display name as the provider's directory has it (the device id if unknown). */
export function nameOf(snapshot: TeacherSnapshot, device: string): string {
  return memberOf(snapshot, device)?.name ?? device;
}

/** The devices the provider hides from the phones' member lists (the ghost). */
export function hiddenDevices(snapshot: TeacherSnapshot): ReadonlySet<string> {
  return new Set(snapshot.roster.filter((m) => m.hidden).map((m) => m.device));
}

/** The students' devices on the roster, in order (the console's pick lists). */
export function studentDevices(snapshot: TeacherSnapshot) {
  return snapshot.roster.filter((m) => m.role === 'student' && !m.hidden);
}

/** Minutes and seconds of a duration, both whole. */
export function minutesAndSeconds(ms: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.round(ms / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
