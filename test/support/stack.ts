/**
 * Where the test stack runs. `npm test` starts it (scripts/test.mjs) and sets these; running
 * a test file any other way needs them set too, so say so instead of timing out.
 */
function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the emulator and browser tests through \`npm test\`.`);
  }
  return value;
}

export const stack = {
  projectId: required('GCLOUD_PROJECT'),
  webUrl: required('SPILNO_WEB_URL'),
  functionsUrl: required('SPILNO_FUNCTIONS_URL'),
  firestoreHost: required('FIRESTORE_EMULATOR_HOST'),
  authHost: required('FIREBASE_AUTH_EMULATOR_HOST'),
};

export function hostAndPort(value: string): { host: string; port: number } {
  const [host = '127.0.0.1', port = '0'] = value.split(':');
  return { host, port: Number(port) };
}
