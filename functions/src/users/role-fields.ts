import { FieldValue } from 'firebase-admin/firestore';
import { roleClaimsSchema, type RoleClaims } from '../domain/roles.js';

/**
 * The role a user should have lives on `users/{uid}` (written in the same transaction as the
 * change that grants it, with its audit entry); the custom claims on the token follow it
 * (sync-claims.ts). These convert between the two.
 */
export function roleFieldsOf(claims: RoleClaims | null): Record<string, unknown> {
  return {
    role: claims?.role ?? FieldValue.delete(),
    orgId: claims?.orgId ?? FieldValue.delete(),
    regions: claims?.regions ?? FieldValue.delete(),
    decisionAuthority: claims?.decisionAuthority ?? FieldValue.delete(),
  };
}

/** The claims a profile asks for, or null when it carries no (valid) role. */
export function claimsOfProfile(profile: Record<string, unknown> | undefined): RoleClaims | null {
  if (!profile?.role) return null;
  const parsed = roleClaimsSchema.safeParse({
    role: profile.role,
    orgId: profile.orgId,
    regions: profile.regions,
    decisionAuthority: profile.decisionAuthority,
  });
  return parsed.success ? withoutUndefined(parsed.data) : null;
}

export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function sameClaims(a: object | null | undefined, b: object | null | undefined): boolean {
  const canonical = (value: object | null | undefined) =>
    JSON.stringify(Object.entries(value ?? {}).sort(([x], [y]) => (x < y ? -1 : 1)));
  return canonical(a) === canonical(b);
}
