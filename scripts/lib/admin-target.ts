/**
 * The project a maintenance script works on, through the Admin SDK: GCLOUD_PROJECT with its
 * credentials, or (by default, and for any `demo-` project) the emulators of `npm start`.
 * Call it before the Admin SDK is first used: it reads the environment then. Returns how to
 * name the target in the script's first line.
 */
export function adminTarget(): string {
  process.env.GCLOUD_PROJECT ??= 'demo-spilno';
  if (process.env.GCLOUD_PROJECT.startsWith('demo-'))
    process.env.FIRESTORE_EMULATOR_HOST ??= '127.0.0.1:8080';
  const where = process.env.FIRESTORE_EMULATOR_HOST
    ? `the emulator at ${process.env.FIRESTORE_EMULATOR_HOST}`
    : 'Firestore';
  return `${process.env.GCLOUD_PROJECT} (${where})`;
}
