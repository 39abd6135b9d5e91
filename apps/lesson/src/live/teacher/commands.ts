import { isLanguage, type Language } from '../../routing/routes.js';
import { isProjectorPanel, type ProjectorPanel } from './panels.js';
import type { ClassMode, TeacherLike } from './teacher-like.js';
import { isVoteQuestionId, voteQuestion, type VoteQuestionId } from '../vote-questions.js';

/** What the console asks the projector window (which holds the keys) to do. */
export type TeacherCommand =
  | { kind: 'open-class'; mode: ClassMode }
  | { kind: 'access-order' }
  | { kind: 'client-update'; device: string }
  | { kind: 'escrow' }
  | { kind: 'steal' }
  | { kind: 'open-vote'; question: VoteQuestionId }
  | { kind: 'close-vote' }
  | { kind: 'remove'; device: string }
  /** Which panel the projector shows. */
  | { kind: 'panel'; panel: ProjectorPanel }
  /** Mark the right answer of the vote on the projector, or hide it again. */
  | { kind: 'reveal'; revealed: boolean }
  /** Blank the projected screen, or show it again (B or . in the console). */
  | { kind: 'blank' }
  /** The projected screen's language (it shows no language buttons of its own). */
  | { kind: 'language'; lang: Language };

const deviceIdPattern = /^[A-Za-z0-9._/-]{1,128}$/;

function isDeviceId(value: unknown): value is string {
  return typeof value === 'string' && deviceIdPattern.test(value);
}

/** Checks a command from another window before acting on it; null if it is not one. */
export function parseTeacherCommand(data: unknown): TeacherCommand | null {
  if (typeof data !== 'object' || data === null) return null;
  const c = data as Record<string, unknown>;
  switch (c.kind) {
    case 'open-class':
      return c.mode === 'member-signed' || c.mode === 'provider-managed'
        ? { kind: 'open-class', mode: c.mode }
        : null;
    case 'access-order':
    case 'escrow':
    case 'steal':
    case 'close-vote':
    case 'blank':
      return { kind: c.kind };
    case 'client-update':
    case 'remove':
      return isDeviceId(c.device) ? { kind: c.kind, device: c.device } : null;
    case 'open-vote':
      return isVoteQuestionId(c.question) ? { kind: 'open-vote', question: c.question } : null;
    case 'panel':
      return isProjectorPanel(c.panel) ? { kind: 'panel', panel: c.panel } : null;
    case 'reveal':
      return typeof c.revealed === 'boolean' ? { kind: 'reveal', revealed: c.revealed } : null;
    case 'language':
      return isLanguage(c.lang) ? { kind: 'language', lang: c.lang } : null;
    default:
      return null;
  }
}

/** The commands that change only what the projector shows. */
export type ScreenCommand = Extract<
  TeacherCommand,
  { kind: 'panel' | 'reveal' | 'blank' | 'language' }
>;

export function isScreenCommand(command: TeacherCommand): command is ScreenCommand {
  return (
    command.kind === 'panel' ||
    command.kind === 'reveal' ||
    command.kind === 'blank' ||
    command.kind === 'language'
  );
}

/** Runs a command that goes to the teacher's keys and the server. */
export async function runTeacherCommand(
  teacher: TeacherLike,
  command: Exclude<TeacherCommand, ScreenCommand>,
): Promise<void> {
  switch (command.kind) {
    case 'open-class':
      await teacher.openClass(command.mode);
      return;
    case 'access-order':
      return teacher.accessOrder();
    case 'client-update':
      return teacher.clientUpdate(command.device);
    case 'escrow':
      return teacher.mandateEscrow();
    case 'steal':
      teacher.steal();
      return;
    case 'open-vote':
      return teacher.openVote(command.question, [...voteQuestion(command.question).choices]);
    case 'close-vote':
      return teacher.closeVote();
    case 'remove':
      return teacher.remove(command.device);
  }
}
