import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestContext,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ACTORS, type ActorName } from './actors.js';
import { ROOT } from './harness.js';

/**
 * storage.rules: uploads pass through `/api/uploads`, downloads of restricted files through
 * `/api/files/{id}`, so the browser may read `public/**` and nothing else, and write nothing.
 *
 * The Storage emulator's rules runtime is a separate download that this offline machine does
 * not have, so these tests run only where FIREBASE_STORAGE_EMULATOR_HOST is set.
 */
const host = process.env.FIREBASE_STORAGE_EMULATOR_HOST;
const PROJECT_ID = 'demo-spilno-rules-storage';
const PATHS = ['public/publications/pub-1/photo.jpg', 'reports/report-a/skarha.pdf', 'private/x'];
const READERS: ActorName[] = ['anonymous', 'ngoMemberA', 'staff', 'commissioner', 'admin'];
const BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);

describe('storage.rules', () => {
  let environment: RulesTestEnvironment | undefined;

  if (!host) {
    console.log(
      'Storage emulator not running here: its rules runtime is a download; ' +
        'storage.rules untested on this machine',
    );
  } else {
    beforeAll(async () => {
      const [hostname = '127.0.0.1', port = ''] = host.split(':');
      environment = await initializeTestEnvironment({
        projectId: PROJECT_ID,
        storage: {
          rules: readFileSync(join(ROOT, 'storage.rules'), 'utf8'),
          host: hostname,
          port: Number(port),
        },
      });
      await environment.clearStorage();
      await environment.withSecurityRulesDisabled(async (context) => {
        for (const path of PATHS) await context.storage().ref(path).put(BYTES);
      });
    });
    afterAll(async () => {
      await environment?.cleanup();
    });
  }

  function contextOf(name: ActorName): RulesTestContext {
    if (!environment) throw new Error('The storage test environment is not initialised');
    const actor = ACTORS[name];
    return actor.uid
      ? environment.authenticatedContext(actor.uid, { ...actor.claims, email: actor.email })
      : environment.unauthenticatedContext();
  }

  it.skipIf(!host)('lets the browser read public/** only, and write nowhere', async () => {
    for (const name of READERS) {
      const storage = contextOf(name).storage();
      await assertSucceeds(storage.ref(PATHS[0]).getMetadata());
      await assertSucceeds(storage.ref('public/publications').listAll());
      for (const path of PATHS.slice(1)) await assertFails(storage.ref(path).getMetadata());
      await assertFails(storage.ref('reports').listAll());
      for (const path of [...PATHS, 'public/new.jpg', 'reports/report-a/new.pdf']) {
        await assertFails(storage.ref(path).put(BYTES).then());
      }
      for (const path of PATHS) {
        await assertFails(storage.ref(path).updateMetadata({ contentType: 'text/html' }));
        await assertFails(storage.ref(path).delete());
      }
    }
  });
});
