import type { components } from './schema.generated';

type Schemas = components['schemas'];

export type User = Schemas['UserResponseDto'];
export type CreateUserBody = Schemas['CreateUserDto'];
export type UpdateUserBody = Schemas['UpdateUserDto'];
export type LoginBody = Schemas['LoginDto'];

export {
  BREACH_CAUSES,
  BREACH_STATUSES,
  CUSTOMER_ROLES,
  LANGUAGES,
  USER_ROLES,
  type BreachCause,
  type BreachStatus,
  type CustomerRole,
  type Language,
  type UserRole,
} from '@lekwacht/contracts';
