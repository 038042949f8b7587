/**
 * Server-side access to the test stack through the Admin SDK, the same module the functions
 * use, for arranging data and checking what the server wrote.
 */
import './stack.js';
export { auth as adminAuth, db as adminDb } from '../../functions/src/shared/firebase.js';

let sequence = 0;
/** A unique suffix so that tests sharing the emulator never collide. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${(++sequence).toString(36)}`;
}
