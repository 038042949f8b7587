import { guardedOnCall } from '../shared/guarded-call.js';
import { lazy } from '../shared/lazy.js';

export const adminSetRole = guardedOnCall(
  lazy(() => import('./admin-set-role.handler.js'), 'handleAdminSetRole'),
);
