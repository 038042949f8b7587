import { onDocumentCreated } from 'firebase-functions/firestore';
import { lazy } from '../shared/lazy.js';

/**
 * The notification benchmark's floor (scripts/bench-notify.ts): a trigger that does nothing
 * but write one mail document, which then takes the same path to SMTP as every notice
 * (deliverMail). Registered only by the benchmark's entry (./index.ts), never by production's.
 */
export const benchFloor = onDocumentCreated(
  'benchFloor/{eventId}',
  lazy(() => import('./floor.handler.js'), 'onFloorEventCreated'),
);
