import { edrpouCheckDigit } from '../../functions/src/domain/edrpou.js';
import type { OrganisationProfile } from '../../functions/src/domain/schemas/organisation.schema.js';
import type { SignedInClient } from './client.js';

/** A valid EDRPOU code no other test uses (codes below 30 000 000 use weights 1..7). */
export function freshEdrpou(): string {
  const firstSeven = String(1_000_000 + Math.floor(Math.random() * 1_999_999)).padStart(7, '0');
  return `${firstSeven}${edrpouCheckDigit(firstSeven, Number(`${firstSeven}0`))}`;
}

export function organisationProfile(
  edrpou: string,
  overrides: Partial<OrganisationProfile> = {},
): OrganisationProfile {
  return {
    name: 'Громадська організація «Волинська правозахисна група»',
    shortName: 'Волинська правозахисна група',
    edrpou,
    legalForm: 'public_organisation',
    regionCode: 'UA-46',
    areas: ['restoration', 'education'],
    website: 'https://vpg.example.org',
    publicEmail: 'office@vpg.example.org',
    publicPhone: '+380332123456',
    listedInDirectory: true,
    ...overrides,
  };
}

/**
 * A verified organisation of its own for a test, with a lead and a member who can sign in:
 * arranged with the Admin SDK as the server would leave it, so report tests never share an
 * organisation's daily submission limit or mailbox with each other.
 */
export async function verifiedOrganisation(
  regionCode: OrganisationProfile['regionCode'] = 'UA-30',
) {
  const { adminDb } = await import('./admin.js');
  const { createTestUser } = await import('./users.js');
  const { FieldValue } = await import('firebase-admin/firestore');
  const orgId = freshEdrpou();
  await adminDb()
    .doc(`organisations/${orgId}`)
    .set({
      ...organisationProfile(orgId, { regionCode, shortName: `ГО ${orgId}` }),
      status: 'verified',
      createdBy: 'test',
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
  const lead = await createTestUser({ role: 'ngo_admin', orgId });
  const member = await createTestUser({ role: 'ngo_member', orgId });
  for (const [person, role] of [
    [lead, 'ngo_admin'],
    [member, 'ngo_member'],
  ] as const) {
    await adminDb().doc(`organisations/${orgId}/members/${person.uid}`).set({
      uid: person.uid,
      displayName: 'Тестова Особа',
      email: person.email,
      role,
      joinedAt: FieldValue.serverTimestamp(),
    });
  }
  return { orgId, lead, member };
}

/**
 * An organisation registered through `orgAction register` by a new account (which confirmed
 * its address on the way), its lead signed in; verified by the Secretariat unless `pending`.
 * `track` closes the lead's client after the test (client.ts `closedAfterEach`).
 */
export async function organisationWithNewLead(
  track: (client: Promise<SignedInClient>) => Promise<SignedInClient>,
  { status = 'verified' }: { status?: 'pending' | 'verified' } = {},
) {
  const { adminDb, unique } = await import('./admin.js');
  const { signUp } = await import('./client.js');
  const orgId = freshEdrpou();
  const leadEmail = `${unique('lead')}@test.spilno.test`.toLowerCase();
  const lead = await track(signUp(leadEmail));
  await lead.call('orgAction', {
    action: 'register',
    organisation: organisationProfile(orgId),
    applicant: { displayName: 'Олена Петренко' },
  });
  if (status === 'verified') {
    await adminDb().doc(`organisations/${orgId}`).update({ status });
    await lead.auth.currentUser!.getIdToken(true);
  }
  return { orgId, lead, leadEmail };
}
