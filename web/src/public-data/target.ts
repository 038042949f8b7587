import { apiKey, firestoreEmulatorHost, projectId, usingEmulators } from '../config.js';
import type { RestTarget } from './firestore-rest.js';

/** Where public reads go: the Firestore emulator locally, Google otherwise. */
export function publicTarget(): RestTarget {
  return {
    base: usingEmulators ? `http://${firestoreEmulatorHost}` : 'https://firestore.googleapis.com',
    projectId,
    apiKey,
  };
}
