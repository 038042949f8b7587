import { guardedOnCall } from '../shared/guarded-call.js';
import { lazy } from '../shared/lazy.js';

export const councilAction = guardedOnCall(
  lazy(() => import('./council-action.handler.js'), 'handleCouncilAction'),
);
