import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestContext,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { setLogLevel, type Firestore } from 'firebase/firestore';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { ACTOR_NAMES, ACTORS, seedProfiles, type Actor, type ActorName } from './actors.js';

/**
 * The machinery of the security-rules tests. Each file declares, per collection, a table of
 * what every actor may do (actor × operation → allow/deny) and one attempt per operation;
 * `matrix` turns the table into `it` cases, so the security model stays readable in one
 * place and every cell is a test that can fail. Each file has its own projectId, so files
 * run in parallel without clearing each other's data.
 */

// Every expected denial would otherwise print the SDK's warning about the refused stream.
setLogLevel('error');

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const OPERATIONS = ['get', 'list', 'create', 'update', 'delete'] as const;
export type Operation = (typeof OPERATIONS)[number];
export type Verdict = 'allow' | 'deny';
export type Expectations = Record<ActorName, Record<Operation, Verdict>>;

/**
 * Parses an expectation table:
 *
 *     actor            get    list   create update delete
 *     anonymous        deny   deny   deny   deny   deny
 *     ...
 *
 * Every actor must appear exactly once, so a forgotten row is an error, not a silent gap.
 */
export function expectations(tableText: string): Expectations {
  const [header, ...rows] = tableText
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const columns = header?.split(/\s+/) ?? [];
  if (columns.join(' ') !== ['actor', ...OPERATIONS].join(' ')) {
    throw new Error(`An expectation table starts with "actor ${OPERATIONS.join(' ')}"`);
  }
  const table: Partial<Expectations> = {};
  for (const row of rows) {
    const [name, ...cells] = row.split(/\s+/);
    if (!ACTOR_NAMES.includes(name as ActorName)) throw new Error(`Unknown actor "${name}"`);
    if (table[name as ActorName]) throw new Error(`Actor "${name}" appears twice`);
    if (cells.length !== OPERATIONS.length || cells.some((c) => c !== 'allow' && c !== 'deny')) {
      throw new Error(`Row "${row}" needs one allow/deny per operation`);
    }
    table[name as ActorName] = Object.fromEntries(
      OPERATIONS.map((operation, i) => [operation, cells[i] as Verdict]),
    ) as Record<Operation, Verdict>;
  }
  const missing = ACTOR_NAMES.filter((name) => !table[name]);
  if (missing.length) throw new Error(`The table has no row for ${missing.join(', ')}`);
  return table as Expectations;
}

export interface AttemptContext {
  /** The actor's own client, signed in with the actor's claims (or not at all). */
  db: Firestore;
  actor: Actor;
  /** Prepares data with the rules disabled, as server code would. */
  asServer: (write: (db: Firestore) => Promise<unknown>) => Promise<void>;
}

/** A client request; the returned promise is what the rules accept or refuse. */
export type Attempt = (context: AttemptContext) => Promise<unknown>;

export interface MatrixTarget {
  /** The collection as a path pattern, e.g. `reports/{reportId}/messages`. */
  collection: string;
  /** Which document the attempts aim at, in words. */
  subject: string;
  expected: Expectations;
  attempts: Record<Operation, Attempt>;
}

function emulatorHost(): { host: string; port: number } {
  const value = process.env.FIRESTORE_EMULATOR_HOST;
  if (!value) {
    throw new Error('FIRESTORE_EMULATOR_HOST is not set: run the rules tests through `npm test`.');
  }
  const [host = '127.0.0.1', port = ''] = value.split(':');
  return { host, port: Number(port) };
}

/** The rules-unit-testing contexts hand out a compat instance; the modular API accepts it. */
function firestoreOf(context: RulesTestContext): Firestore {
  return context.firestore() as unknown as Firestore;
}

export interface RulesHarness {
  projectId: string;
  /** The client of an actor, signed in with its claims. */
  as: (actor: ActorName) => Firestore;
  asServer: AttemptContext['asServer'];
  /** Registers one `describe` per target with one `it` per actor × operation. */
  matrix: (targets: MatrixTarget[]) => void;
}

/**
 * Starts a rules test environment for one area of the rules: clears and reseeds before every
 * test (the actors' profiles, then `seedFixtures`), and at the end prints the matrix size and
 * saves the emulator's rule-coverage report.
 */
export function rulesHarness(
  area: string,
  seedFixtures: (db: Firestore) => Promise<void>,
): RulesHarness {
  const projectId = `demo-spilno-rules-${area}`;
  let environment: RulesTestEnvironment | undefined;
  const clients = new Map<ActorName, Firestore>();
  const size = { targets: 0, allow: 0, deny: 0, collections: new Set<string>() };

  function env(): RulesTestEnvironment {
    if (!environment) throw new Error('The rules test environment is not initialised yet');
    return environment;
  }

  const asServer: AttemptContext['asServer'] = (write) =>
    env().withSecurityRulesDisabled(async (context) => {
      await write(firestoreOf(context));
    });

  function as(name: ActorName): Firestore {
    let client = clients.get(name);
    if (!client) {
      const actor = ACTORS[name];
      const context = actor.uid
        ? env().authenticatedContext(actor.uid, {
            ...actor.claims,
            email: actor.email,
            email_verified: true,
          })
        : env().unauthenticatedContext();
      client = firestoreOf(context);
      clients.set(name, client);
    }
    return client;
  }

  beforeAll(async () => {
    environment = await initializeTestEnvironment({
      projectId,
      firestore: { rules: readFileSync(join(ROOT, 'firestore.rules'), 'utf8'), ...emulatorHost() },
    });
  });

  beforeEach(async () => {
    await env().clearFirestore();
    await asServer(async (db) => {
      await seedProfiles(db);
      await seedFixtures(db);
    });
  });

  afterAll(async () => {
    if (size.targets > 0) {
      const actors = ACTOR_NAMES.length;
      const total = actors * size.targets * OPERATIONS.length;
      // A collection may appear as more than one target (a draft and a registered report).
      const targets =
        size.collections.size === size.targets
          ? `${size.targets} collections`
          : `${size.targets} targets in ${size.collections.size} collections`;
      console.log(
        `rules matrix ${area}: ${actors} actors × ${targets} × ${OPERATIONS.length} operations` +
          ` = ${total} cases (${size.allow} allow, ${size.deny} deny)`,
      );
    }
    if (environment) {
      await saveCoverageReport(projectId);
      await environment.cleanup();
    }
  });

  function matrix(targets: MatrixTarget[]) {
    for (const target of targets) {
      size.targets += 1;
      size.collections.add(target.collection);
      describe(`${target.collection}: ${target.subject}`, () => {
        for (const name of ACTOR_NAMES) {
          for (const operation of OPERATIONS) {
            const verdict = target.expected[name][operation];
            size[verdict] += 1;
            it(`${name} ${operation} → ${verdict}`, async () => {
              const attempt = target.attempts[operation]({
                db: as(name),
                actor: ACTORS[name],
                asServer,
              });
              if (verdict === 'allow') await assertSucceeds(attempt);
              else await assertFails(attempt);
            });
          }
        }
      });
    }
  }

  return { projectId, as, asServer, matrix };
}

/** The emulator keeps per-project rule coverage; save it as an HTML report. */
async function saveCoverageReport(projectId: string) {
  const { host, port } = emulatorHost();
  const url = `http://${host}:${port}/emulator/v1/projects/${projectId}:ruleCoverage.html`;
  const response = await fetch(url);
  if (!response.ok) {
    console.log(`rule coverage for ${projectId} unavailable: ${response.status} from ${url}`);
    return;
  }
  const directory = join(ROOT, '.cache', 'rules-coverage');
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `${projectId}.html`);
  writeFileSync(path, await response.text());
  console.log(`rule coverage for ${projectId}: ${path}`);
}

/** A write that must be refused, checked next to the same write without the offending part. */
export async function refusedButBaselineAccepted(
  refused: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
) {
  await assertFails(refused());
  await assertSucceeds(baseline());
}
