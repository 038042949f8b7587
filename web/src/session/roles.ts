import type { Role } from '@domain/roles.js';

/**
 * The role codes, without importing the domain's roles module (it carries zod, which public
 * pages must not download). The record makes the compiler check the list is complete.
 */
const ROLE_CODES: Readonly<Record<Role, true>> = {
  ngo_member: true,
  ngo_admin: true,
  coordinator: true,
  staff: true,
  commissioner: true,
  admin: true,
};

export const KNOWN_ROLES = Object.keys(ROLE_CODES) as Role[];

export type { Role };
