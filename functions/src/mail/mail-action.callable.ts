import { guardedOnCall } from '../shared/guarded-call.js';
import { lazy } from '../shared/lazy.js';
import { smtpPassword } from './mail-config.js';

// The secret is bound because a retry sends the mail itself (mail-action.handler.ts).
export const mailAction = guardedOnCall(
  lazy(() => import('./mail-action.handler.js'), 'handleMailAction'),
  { secrets: [smtpPassword] },
);
