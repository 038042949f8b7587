import { guardedOnCall } from '../shared/guarded-call.js';
import { lazy } from '../shared/lazy.js';

export const accountAction = guardedOnCall(
  lazy(() => import('./account-action.handler.js'), 'handleAccountAction'),
);
