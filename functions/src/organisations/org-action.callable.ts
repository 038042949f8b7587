import { onCall } from 'firebase-functions/https';
import { lazy } from '../shared/lazy.js';

export const orgAction = onCall(lazy(() => import('./org-action.handler.js'), 'handleOrgAction'));
