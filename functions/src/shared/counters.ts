import { counterSchema } from '../domain/schemas/counter.schema.js';
import { counterId, type NumberedKind } from '../domain/registration-number.js';
import { storedConverter } from '../domain/stored/stored-document.js';
import { db } from './firebase.js';

/**
 * `counters/{kind}-{year}`, the registration-number counters, read and written through
 * `counterSchema`: a counter that does not fit fails with `DOCUMENT.INVALID`, naming the field,
 * rather than numbering from a wrong value.
 */
export const counterRef = (kind: NumberedKind, year: number) =>
  db()
    .doc(`counters/${counterId(kind, year)}`)
    .withConverter(storedConverter(counterSchema));
