import { millisOf } from '@domain/fields.js';
import type { UserProfile } from '@domain/schemas/user.schema.js';

/**
 * The profile as the pages show it: the stored `UserProfile` (read through its schema,
 * converters.ts) with times in ms and absent fields as null. Pure, so that both Firestore
 * SDKs share it.
 */
export interface ProfileView {
  email: string | null;
  displayName: string | null;
  position: string | null;
  language: UserProfile['language'];
  notificationPreference: UserProfile['notificationPreference'];
  role: NonNullable<UserProfile['role']> | null;
  orgId: string | null;
  regions: string[];
  decisionAuthority: boolean;
  disabled: boolean;
  /** `claimsUpdatedAt` in ms: it moves whenever the server changes the user's claims. */
  claimsUpdatedAt: number | null;
  createdAt: number | null;
}

export function profileFrom(profile: UserProfile): ProfileView {
  return {
    email: profile.email,
    displayName: profile.displayName,
    position: profile.position ?? null,
    language: profile.language,
    notificationPreference: profile.notificationPreference,
    role: profile.role ?? null,
    orgId: profile.orgId ?? null,
    regions: profile.regions ?? [],
    decisionAuthority: profile.decisionAuthority === true,
    disabled: profile.disabled,
    claimsUpdatedAt: profile.claimsUpdatedAt ? millisOf(profile.claimsUpdatedAt) : null,
    createdAt: millisOf(profile.createdAt),
  };
}
