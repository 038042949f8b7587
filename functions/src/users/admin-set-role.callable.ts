import { onCall } from 'firebase-functions/https';
import { lazy } from '../shared/lazy.js';

export const adminSetRole = onCall(
  lazy(() => import('./admin-set-role.handler.js'), 'handleAdminSetRole'),
);
