import { onCall } from 'firebase-functions/https';
import { lazy } from '../shared/lazy.js';

export const auditAction = onCall(
  lazy(() => import('./audit-action.handler.js'), 'handleAuditAction'),
);
