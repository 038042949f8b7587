import { guardedOnCall } from '../shared/guarded-call.js';
import { lazy } from '../shared/lazy.js';

export const meetingAction = guardedOnCall(
  lazy(() => import('./meeting-action.handler.js'), 'handleMeetingAction'),
);
