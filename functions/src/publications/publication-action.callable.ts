import { guardedOnCall } from '../shared/guarded-call.js';
import { lazy } from '../shared/lazy.js';

export const publicationAction = guardedOnCall(
  lazy(() => import('./publication-action.handler.js'), 'handlePublicationAction'),
);
