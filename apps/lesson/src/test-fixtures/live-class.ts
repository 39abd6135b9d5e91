/**
 * The one class the live pages' tests play with, phone side and teacher side
 * alike (fake-phone.ts, fake-teacher.ts): its code and its members. Dana's is
 * the phone under test; the ghost is the agency's device (crypto-demo's id).
 */
import type { LiveMember } from '@e2ee-kit/live';

export const classCode = 'K7QX2M';

export const teacher: LiveMember = {
  device: 'teacher/laptop',
  user: 'teacher',
  name: 'Teacher',
  role: 'teacher',
};
export const dana: LiveMember = {
  device: 's-dana0001/phone',
  user: 's-dana0001',
  name: 'Dana',
  role: 'student',
};
export const eli: LiveMember = {
  device: 's-eli00002/phone',
  user: 's-eli00002',
  name: 'Eli',
  role: 'student',
};
export const farah: LiveMember = {
  device: 's-farah003/phone',
  user: 's-farah003',
  name: 'Farah',
  role: 'student',
};
export const ghost: LiveMember = {
  device: 'ghost/agency',
  user: 'ghost',
  name: 'Ghost',
  role: 'ghost',
};
