import { USER_ROLES, type UserRole } from '../../api/types';

export const isUserRole = (value: unknown): value is UserRole =>
  typeof value === 'string' && (USER_ROLES as readonly string[]).includes(value);
