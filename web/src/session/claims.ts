/**
 * Reading the role claims off an ID token, and deciding when the token must be refreshed
 * because the server changed them. Pure; the app page wires it to Auth and Firestore.
 */
export interface RoleClaimsView<Role extends string = string> {
  role: Role | null;
  orgId: string | null;
  regions: string[];
  /** A staff member the Commissioner authorised to decide on reports. */
  decisionAuthority: boolean;
}

/**
 * The claims the interface shows. A token carries many other claims (iss, aud, email…);
 * only the role ones are read, and a role this client does not know counts as none.
 */
export function readRoleClaims<Role extends string>(
  claims: Readonly<Record<string, unknown>>,
  knownRoles: readonly Role[],
): RoleClaimsView<Role> {
  const role = knownRoles.find((known) => known === claims.role) ?? null;
  const orgId = typeof claims.orgId === 'string' && claims.orgId ? claims.orgId : null;
  const regions = Array.isArray(claims.regions)
    ? claims.regions.filter((region): region is string => typeof region === 'string')
    : [];
  return { role, orgId, regions, decisionAuthority: claims.decisionAuthority === true };
}

/** Whether two views grant the same access (regions compared as sets). */
export function sameAccess(a: RoleClaimsView | null, b: RoleClaimsView | null): boolean {
  if (!a || !b) return a === b;
  const regions = (view: RoleClaimsView) => [...view.regions].sort().join(',');
  return (
    a.role === b.role &&
    a.orgId === b.orgId &&
    a.decisionAuthority === b.decisionAuthority &&
    regions(a) === regions(b)
  );
}

export interface ClaimsChange {
  /** `claimsUpdatedAt` (ms) from the previous profile snapshot; `undefined` before the first. */
  previous: number | null | undefined;
  /** `claimsUpdatedAt` (ms) from this snapshot, `null` if the profile has none. */
  current: number | null;
  /** When the token in hand was issued (ms). */
  tokenIssuedAt: number;
}

/**
 * Whether to fetch a fresh token. On the first snapshot, when the claims changed after the
 * token was issued (changed while the page was closed; a token lives an hour). Afterwards,
 * whenever `claimsUpdatedAt` moves. Token times have one-second resolution, so a change in
 * the same second as the token's issue may cause one needless refresh, never a missed one.
 */
export function needsTokenRefresh({ previous, current, tokenIssuedAt }: ClaimsChange): boolean {
  if (current === null) return false;
  if (previous === undefined) return current >= tokenIssuedAt;
  return current !== previous;
}
