import { onCall } from 'firebase-functions/https';
import { lazy } from '../shared/lazy.js';

export const councilAction = onCall(
  lazy(() => import('./council-action.handler.js'), 'handleCouncilAction'),
);
