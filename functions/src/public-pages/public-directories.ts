import {
  coordinatorDirectorySchema,
  councilDirectorySchema,
  partnerDirectorySchema,
} from '../domain/schemas/directory.schema.js';
import { storedConverter } from '../domain/stored/stored-document.js';
import { db } from '../shared/firebase.js';

/**
 * The public directories (`directory/partners`, `directory/coordinators`, `directory/councils`), one document each,
 * read through their schemas: what the public pages show and the open data lists. Null while
 * a directory has not been built.
 */
export async function readPartnerDirectory() {
  const ref = db().doc('directory/partners').withConverter(storedConverter(partnerDirectorySchema));
  return (await ref.get()).data() ?? null;
}

export async function readCoordinatorDirectory() {
  const ref = db()
    .doc('directory/coordinators')
    .withConverter(storedConverter(coordinatorDirectorySchema));
  return (await ref.get()).data() ?? null;
}

export async function readCouncilDirectory() {
  const ref = db().doc('directory/councils').withConverter(storedConverter(councilDirectorySchema));
  return (await ref.get()).data() ?? null;
}
