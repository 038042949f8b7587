import { guardedOnCall } from '../shared/guarded-call.js';
import { lazy } from '../shared/lazy.js';

export const orgAction = guardedOnCall(
  lazy(() => import('./org-action.handler.js'), 'handleOrgAction'),
);
