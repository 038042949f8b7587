import { guardedOnCall } from '../shared/guarded-call.js';
import { lazy } from '../shared/lazy.js';

export const parliamentAction = guardedOnCall(
  lazy(() => import('./parliament-action.handler.js'), 'handleParliamentAction'),
);
