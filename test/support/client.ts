import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword, type Auth } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore, type Firestore } from 'firebase/firestore';
import {
  connectFunctionsEmulator,
  getFunctions,
  httpsCallable,
  type Functions,
} from 'firebase/functions';
import { DEMO_PASSWORD } from '../../scripts/demo/demo-data.js';
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

/** A web-SDK client, as a browser would be, signed in on the Auth emulator. */
export async function signIn(email: string, password = DEMO_PASSWORD): Promise<SignedInClient> {
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
  const db = getFirestore(app);
  const firestore = hostAndPort(stack.firestoreHost);
  connectFirestoreEmulator(db, firestore.host, firestore.port);
  const functions = getFunctions(app, 'europe-central2');
  const functionsHost = hostAndPort(new URL(stack.functionsUrl).host);
  connectFunctionsEmulator(functions, functionsHost.host, functionsHost.port);
  const credential = await signInWithEmailAndPassword(auth, email, password);
  return {
    app,
    auth,
    db,
    functions,
    uid: credential.user.uid,
    async call<T>(name: string, data: unknown) {
      return (await httpsCallable<unknown, T>(functions, name)(data)).data;
    },
    close: () => deleteApp(app),
  };
}
