import { guardedOnCall } from '../shared/guarded-call.js';
import { lazy } from '../shared/lazy.js';

export const auditAction = guardedOnCall(
  lazy(() => import('./audit-action.handler.js'), 'handleAuditAction'),
);
