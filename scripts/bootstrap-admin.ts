/**
 * Makes the first administrator of a real project, where there is no admin yet to call
 * `adminSetRole`. Runs with your Google credentials (`gcloud auth application-default login`)
 * and goes through the same code path as `adminSetRole`, audit entry included.
 *
 *   npx tsx scripts/bootstrap-admin.ts --project my-spilno --email lead@example.org
 */
import { parseArgs } from 'node:util';
import { SYSTEM_ACTOR } from '../functions/src/domain/roles.js';
import { auth } from '../functions/src/shared/firebase.js';
import { applyRole } from '../functions/src/users/apply-role.js';

const { values } = parseArgs({
  options: { project: { type: 'string' }, email: { type: 'string' } },
});
if (!values.project || !values.email) {
  console.error('Usage: npx tsx scripts/bootstrap-admin.ts --project <project-id> --email <email>');
  process.exit(2);
}
process.env.GCLOUD_PROJECT = values.project;

try {
  const user = await auth().getUserByEmail(values.email);
  await applyRole(user.uid, { role: 'admin' }, { ...SYSTEM_ACTOR, uid: 'bootstrap-admin' });
  console.log(`${values.email} (${user.uid}) is now an administrator of ${values.project}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(
    'The user must sign up (or be added in the Firebase console) before being made an admin.',
  );
  process.exit(1);
}
