import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import {
  applyActionCode,
  connectAuthEmulator,
  createUserWithEmailAndPassword,
  getAuth,
  signInWithEmailAndPassword,
  type Auth,
} from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore, type Firestore } from 'firebase/firestore';
import {
  connectFunctionsEmulator,
  getFunctions,
  httpsCallable,
  type Functions,
} from 'firebase/functions';
import { afterEach } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/demo/demo-data.js';
import { adminDb } from './admin.js';
import { hostAndPort, stack } from './stack.js';

export interface SignedInClient {
  app: FirebaseApp;
  auth: Auth;
  db: Firestore;
  functions: Functions;
  uid: string;
  call<T = unknown>(name: string, data: unknown): Promise<T>;
  close(): Promise<void>;
}

let counter = 0;

/**
 * The clients a test file opens, each closed after its test: `const track = closedAfterEach()`
 * at the top of the file, then `await track(signIn(…))` in a test.
 */
export function closedAfterEach(): (client: Promise<SignedInClient>) => Promise<SignedInClient> {
  const open: SignedInClient[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
  });
  return async (client) => {
    const opened = await client;
    open.push(opened);
    return opened;
  };
}

/** A web-SDK client, as a browser would be, signed in on the Auth emulator. */
export async function signIn(email: string, password = DEMO_PASSWORD): Promise<SignedInClient> {
  return connect(email, password, false);
}

/**
 * A new account, created the way the sign-up page creates it, its address confirmed the way a
 * person confirms it: through the link mailed by `accountAction sendEmailVerification`, taken
 * from the outbox (`confirmed: false` leaves it unconfirmed).
 */
export async function signUp(
  email: string,
  { password = DEMO_PASSWORD, confirmed = true }: { password?: string; confirmed?: boolean } = {},
): Promise<SignedInClient> {
  const client = await connect(email, password, true);
  if (confirmed) await confirmEmail(client);
  return client;
}

/**
 * The code of the confirmation link in a mail of the outbox (the mail as the platform wrote
 * it, before SMTP: the tests that are about delivery read the SMTP server instead).
 */
function codeInMail(text: unknown): string | undefined {
  const link = /https?:\/\/\S+\/app\/verify-email\?\S+/.exec(String(text ?? ''))?.[0];
  return (link ? new URL(link).searchParams.get('code') : null) ?? undefined;
}

async function confirmationMails(uid: string): Promise<Map<string, string | undefined>> {
  const prefix = `account.verify_email:${uid}:`;
  const mails = await adminDb()
    .collection('mail')
    .where('event', '>=', prefix)
    .where('event', '<', `${prefix}\uf8ff`)
    .get();
  return new Map(mails.docs.map((d) => [d.id, codeInMail(d.get('message.text'))]));
}

/** Asks for the confirmation mail, follows its link, and takes a token that says so. */
export async function confirmEmail(client: SignedInClient): Promise<void> {
  const before = await confirmationMails(client.uid);
  await client.call('accountAction', { action: 'sendEmailVerification' });
  const code = [...(await confirmationMails(client.uid))].find(([id]) => !before.has(id))?.[1];
  if (!code) throw new Error(`No confirmation link was mailed to ${client.uid}`);
  await applyActionCode(client.auth, code);
  await client.auth.currentUser!.reload();
  await client.auth.currentUser!.getIdToken(true);
}
async function connect(email: string, password: string, create: boolean): Promise<SignedInClient> {
  const app = initializeApp(
    {
      projectId: stack.projectId,
      apiKey: 'demo-api-key',
      authDomain: `${stack.projectId}.firebaseapp.com`,
    },
    `test-client-${++counter}`,
  );
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${stack.authHost}`, { disableWarnings: true });
  const credential = create
    ? await createUserWithEmailAndPassword(auth, email, password)
    : await signInWithEmailAndPassword(auth, email, password);
  // Created on first use: a Firestore instance that is created and deleted without being
  // used leaves the next client's listen streams broken (web SDK 12 in Node).
  let db: Firestore | undefined;
  let functions: Functions | undefined;
  const client: SignedInClient = {
    app,
    auth,
    get db() {
      if (!db) {
        db = getFirestore(app);
        const firestore = hostAndPort(stack.firestoreHost);
        connectFirestoreEmulator(db, firestore.host, firestore.port);
      }
      return db;
    },
    get functions() {
      if (!functions) {
        functions = getFunctions(app, 'europe-central2');
        const host = hostAndPort(new URL(stack.functionsUrl).host);
        connectFunctionsEmulator(functions, host.host, host.port);
      }
      return functions;
    },
    uid: credential.user.uid,
    async call<T>(name: string, data: unknown) {
      return (await httpsCallable<unknown, T>(client.functions, name)(data)).data;
    },
    close: () => deleteApp(app),
  };
  return client;
}
