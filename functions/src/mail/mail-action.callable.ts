import { onCall } from 'firebase-functions/https';
import { lazy } from '../shared/lazy.js';

export const mailAction = onCall(
  lazy(() => import('./mail-action.handler.js'), 'handleMailAction'),
);
