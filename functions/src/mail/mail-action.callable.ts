import { guardedOnCall } from '../shared/guarded-call.js';
import { lazy } from '../shared/lazy.js';

export const mailAction = guardedOnCall(
  lazy(() => import('./mail-action.handler.js'), 'handleMailAction'),
);
