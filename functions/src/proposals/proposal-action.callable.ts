import { guardedOnCall } from '../shared/guarded-call.js';
import { lazy } from '../shared/lazy.js';

export const proposalAction = guardedOnCall(
  lazy(() => import('./proposal-action.handler.js'), 'handleProposalAction'),
);
