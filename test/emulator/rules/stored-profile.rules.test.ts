import { assertFails, assertSucceeds } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteField,
  doc,
  getDoc,
  getDocs,
  query,
  updateDoc,
  where,
} from 'firebase/firestore';
import { describe, it } from 'vitest';
import { ORG_A, ORG_B, REGION_A, REGION_B, seedDocuments } from './actors.js';
import { organisation, personalData, storedReport } from './fixtures.js';
import { rulesHarness } from './harness.js';

/**
 * The rules take the role, organisation and regions from the stored profile, never from the
 * token: every actor here keeps the token it had (claims and all) while the server changes
 * its profile, as `removeMember`, `clearRole` and `adminSetRole` do. Finding 1 of the
 * security review: a removed member used to keep full access until the token expired.
 */
const REGISTERED = 'reports/report-registered';
const REPORT_B = 'reports/report-b';

const h = rulesHarness('stored-profile', (db) =>
  seedDocuments(db, {
    [`organisations/${ORG_A}`]: organisation(ORG_A),
    [`organisations/${ORG_B}`]: organisation(ORG_B),
    [REGISTERED]: storedReport(ORG_A, 'registered', 'ngo-member-a'),
    [`${REGISTERED}/private/personalData`]: personalData(ORG_A, 'ngo-member-a'),
    [REPORT_B]: storedReport(ORG_B, 'registered', 'ngo-member-b', REGION_B),
  }),
);

const byOrganisation = (orgId: string) =>
  query(collection(h.as('ngoMemberA'), 'reports'), where('orgId', '==', orgId));

describe('access follows the stored profile, not the token', () => {
  it('refuses a removed member, whose token still names the organisation', async () => {
    const db = h.as('ngoMemberA');
    // Before: the member reads the victims' data and lists the organisation's reports.
    await assertSucceeds(getDoc(doc(db, `${REGISTERED}/private/personalData`)));
    await assertSucceeds(getDocs(byOrganisation(ORG_A)));

    await h.asServer((server) =>
      updateDoc(doc(server, 'users', 'ngo-member-a'), {
        role: deleteField(),
        orgId: deleteField(),
      }),
    );
    await assertFails(getDoc(doc(db, `${REGISTERED}/private/personalData`)));
    await assertFails(getDocs(byOrganisation(ORG_A)));
    await assertFails(getDoc(doc(db, REGISTERED)));
    await assertFails(getDoc(doc(db, `organisations/${ORG_A}`)));
  });

  it('follows a member moved to another organisation by the profile', async () => {
    await h.asServer((server) => updateDoc(doc(server, 'users', 'ngo-member-a'), { orgId: ORG_B }));
    const db = h.as('ngoMemberA');
    await assertFails(getDoc(doc(db, REGISTERED)));
    await assertSucceeds(getDoc(doc(db, REPORT_B)));
  });

  it('refuses staff whose role was cleared, and a coordinator whose regions changed', async () => {
    await h.asServer(async (server) => {
      await updateDoc(doc(server, 'users', 'staff'), { role: deleteField() });
      await updateDoc(doc(server, 'users', 'coordinator-ua30'), { regions: [REGION_B] });
    });
    await assertFails(getDoc(doc(h.as('staff'), REGISTERED)));
    await assertFails(getDocs(collection(h.as('staff'), 'reports')));
    const coordinator = h.as('coordinatorKyiv');
    await assertFails(getDoc(doc(coordinator, REGISTERED)));
    await assertFails(
      getDocs(query(collection(coordinator, 'reports'), where('regionCode', '==', REGION_A))),
    );
    // The new region is theirs at once, although the token still names the old one.
    await assertSucceeds(getDoc(doc(coordinator, REPORT_B)));
  });

  it('gives a role at the next request to a token that does not carry it yet', async () => {
    const db = h.as('signedInNoRole');
    await assertFails(getDoc(doc(db, REGISTERED)));
    await h.asServer((server) =>
      updateDoc(doc(server, 'users', 'no-role'), { role: 'ngo_member', orgId: ORG_A }),
    );
    await assertSucceeds(getDoc(doc(db, REGISTERED)));
    await assertSucceeds(getDoc(doc(db, `${REGISTERED}/private/personalData`)));
  });
});
