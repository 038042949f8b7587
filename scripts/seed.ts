/**
 * Seeds the emulators with the demo data. Refuses any project whose id does not start with
 * `demo-` and any run without the emulator hosts set, so it can never touch real data.
 *
 *   GCLOUD_PROJECT=demo-spilno FIRESTORE_EMULATOR_HOST=127.0.0.1:8080 \
 *   FIREBASE_AUTH_EMULATOR_HOST=127.0.0.1:9099 npx tsx scripts/seed.ts
 */
import { pathToFileURL } from 'node:url';
import { FieldValue, type WriteBatch } from 'firebase-admin/firestore';
import { councilPublicSummary } from '../functions/src/domain/councils/council-summary.js';
import {
  activeMembershipId,
  endedMembershipId,
} from '../functions/src/domain/councils/memberships.js';
import { kyivDate } from '../functions/src/domain/kyiv-time.js';
import { SYSTEM_ACTOR } from '../functions/src/domain/roles.js';
import { councilMembershipSchema } from '../functions/src/domain/schemas/council-membership.schema.js';
import { councilSchema } from '../functions/src/domain/schemas/council.schema.js';
import { auth, db } from '../functions/src/shared/firebase.js';
import { rebuildCouncilDirectory } from '../functions/src/councils/council-directory.handler.js';
import { rebuildCoordinatorDirectory } from '../functions/src/organisations/coordinator-directory.handler.js';
import { rebuildFirstPage } from '../functions/src/publications/first-page-store.js';
import { rebuildPartnerDirectory } from '../functions/src/organisations/partner-directory.handler.js';
import { applyRole } from '../functions/src/users/apply-role.js';
import { seedDemoMeetings } from './demo/demo-meetings.js';
import { seedDemoProposals } from './demo/demo-proposals.js';
import { DEMO_RESPONSE_TEMPLATES, seedDemoReports } from './demo/demo-reports.js';
import { seedDemoPublications } from './demo/demo-publications.js';
import { settleDemoStatistics } from './demo/demo-statistics.js';
import { loadFunctionsEnv } from './lib/functions-env.js';
import {
  DEMO_ACCOUNTS,
  DEMO_COUNCILS,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_PROJECT_ID,
  type DemoAccount,
} from './demo/demo-data.js';

export function assertDemoEmulators(projectId: string | undefined): asserts projectId is string {
  if (!projectId?.startsWith('demo-')) {
    throw new Error(
      `Refusing to seed project "${projectId ?? '(none)'}": only demo-* projects may be seeded.`,
    );
  }
  for (const variable of ['FIRESTORE_EMULATOR_HOST', 'FIREBASE_AUTH_EMULATOR_HOST']) {
    if (!process.env[variable])
      throw new Error(`Refusing to seed without ${variable}: the emulators must be used.`);
  }
}

async function upsertAuthUser(account: DemoAccount) {
  const properties = {
    email: account.email,
    password: DEMO_PASSWORD,
    displayName: account.displayName,
    emailVerified: true,
    disabled: false,
  };
  try {
    await auth().updateUser(account.uid, properties);
  } catch (error) {
    if ((error as { code?: string }).code !== 'auth/user-not-found') throw error;
    await auth().createUser({ uid: account.uid, ...properties });
  }
}

function accountByUid(uid: string): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.uid === uid);
  if (!account) throw new Error(`Demo data refers to unknown user ${uid}`);
  return account;
}

export async function seedDemoData(projectId = process.env.GCLOUD_PROJECT ?? DEMO_PROJECT_ID) {
  assertDemoEmulators(projectId);
  loadFunctionsEnv();
  process.env.GCLOUD_PROJECT = projectId;
  const now = FieldValue.serverTimestamp();
  const batch: WriteBatch = db().batch();

  for (const { id, ...org } of DEMO_ORGANISATIONS) {
    const creator = DEMO_ACCOUNTS.find((a) => 'orgId' in a.claims && a.claims.orgId === id);
    batch.set(db().doc(`organisations/${id}`), {
      ...org,
      edrpou: id,
      createdBy: creator?.uid ?? 'demo-admin',
      createdAt: now,
      updatedAt: now,
      ...(org.status === 'verified' ? { verifiedAt: now, verifiedBy: 'demo-staff1' } : {}),
    });
  }

  for (const account of DEMO_ACCOUNTS) {
    await upsertAuthUser(account);
    batch.set(db().doc(`users/${account.uid}`), {
      email: account.email,
      displayName: account.displayName,
      position: account.position,
      language: account.language,
      notificationPreference: 'immediate',
      disabled: false,
      createdAt: now,
      updatedAt: now,
    });
    if ('orgId' in account.claims) {
      batch.set(db().doc(`organisations/${account.claims.orgId}/members/${account.uid}`), {
        uid: account.uid,
        displayName: account.displayName,
        email: account.email,
        position: account.position,
        role: account.claims.role,
        joinedAt: now,
      });
    }
    if (account.claims.role === 'coordinator') {
      batch.set(db().doc(`coordinators/${account.uid}`), {
        displayName: account.displayName,
        position: account.position,
        regions: account.claims.regions,
        workEmail: account.email,
        updatedAt: now,
      });
    }
  }

  const seededAt = new Date();
  for (const { members, ...council } of DEMO_COUNCILS) {
    const memberships = members.map((member) => {
      const account = accountByUid(member.uid);
      const orgId = 'orgId' in account.claims ? account.claims.orgId : undefined;
      return councilMembershipSchema.parse({
        uid: member.uid,
        displayName: account.displayName,
        email: account.email,
        ...(orgId
          ? { orgId, orgName: DEMO_ORGANISATIONS.find((o) => o.id === orgId)?.shortName }
          : {}),
        role: member.role,
        from: member.from,
        ...(member.to ? { to: member.to, endedBy: 'demo-admin' } : {}),
        createdBy: 'demo-admin',
        createdAt: seededAt,
        updatedAt: seededAt,
      });
    });
    batch.set(
      db().doc(`councils/${council.id}`),
      councilSchema.parse({
        kind: council.kind,
        name: council.name,
        description: council.description,
        theme: council.theme,
        instruments: council.instruments,
        ...councilPublicSummary(memberships, kyivDate(seededAt)),
        createdBy: 'demo-admin',
        createdAt: seededAt,
        updatedAt: seededAt,
      }),
    );
    for (const membership of memberships) {
      const ended = membership.to !== undefined && membership.to < kyivDate(seededAt);
      const id = ended
        ? endedMembershipId(membership.uid, membership.from)
        : activeMembershipId(membership.uid);
      batch.set(db().doc(`councils/${council.id}/members/${id}`), membership);
    }
  }

  // Statistics are kept by increments: start them once, never reset counts of existing reports.
  if (!(await db().doc('stats/public').get()).exists)
    batch.set(db().doc('stats/public'), emptyPublicStats(now));
  await batch.commit();

  // Roles last: the profile documents exist, and each assignment is audited like a real one.
  for (const account of DEMO_ACCOUNTS) await applyRole(account.uid, account.claims, SYSTEM_ACTOR);
  // Triggers keep them in step from now on; built here so they are right even without functions.
  await rebuildPartnerDirectory();
  await rebuildCoordinatorDirectory();
  await rebuildCouncilDirectory();

  const templates = db().batch();
  for (const { id, ...template } of DEMO_RESPONSE_TEMPLATES) {
    templates.set(db().doc(`responseTemplates/${id}`), {
      ...template,
      updatedBy: 'demo-staff1',
      updatedAt: now,
    });
  }
  await templates.commit();
  const reports = await seedDemoReports();
  await seedDemoMeetings();
  // After the reports: the outcome of the closed detention report is one of them.
  const publications = await seedDemoPublications();
  await rebuildFirstPage();
  const proposals = await seedDemoProposals();
  // Last: the public statistics of everything above (reports, measures, proposals, records).
  await settleDemoStatistics();
  return {
    accounts: DEMO_ACCOUNTS.length,
    organisations: DEMO_ORGANISATIONS.length,
    councils: DEMO_COUNCILS.length,
    reports,
    publications,
    proposals,
  };
}

function emptyPublicStats(updatedAt: FieldValue) {
  return {
    reports: {
      received: 0,
      byYear: {},
      byRegion: {},
      byArea: {},
      byStatus: {},
      decisionsByForm: {},
      decided: 0,
      declined: 0,
      daysToDecisionTotal: 0,
      deadlinesMet: 0,
      deadlinesMissed: 0,
    },
    proposals: { submitted: 0, sentToParliament: 0, adopted: 0 },
    publications: 0,
    updatedAt,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  seedDemoData()
    .then((counts) => {
      console.log(
        `Seeded ${counts.accounts} accounts, ${counts.organisations} organisations, ${counts.councils} councils, ${counts.reports} reports, ${counts.proposals} proposals.`,
      );
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
