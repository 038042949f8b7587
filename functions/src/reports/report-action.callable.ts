import { guardedOnCall } from '../shared/guarded-call.js';
import { lazy } from '../shared/lazy.js';

export const reportAction = guardedOnCall(
  lazy(() => import('./report-action.handler.js'), 'handleReportAction'),
);
