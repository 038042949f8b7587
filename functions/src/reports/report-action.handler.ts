import { type CallableRequest } from 'firebase-functions/https';
import type { z } from 'zod';
import { actionResult } from '../domain/actions/action-results.js';
import { reportActionResults } from '../domain/actions/report-action.results.js';
import { reportActionInput } from '../domain/actions/report-action.schema.js';
import { parseInput, requireActor } from '../shared/callable-errors.js';
import { close, decide, decline, recordMeasure } from './decision-actions.js';
import {
  assign,
  provideInfo,
  reopen,
  requestInfo,
  resumeReview,
  startReview,
  withdraw,
} from './review-actions.js';
import { intake, linkDuplicate, viewPersonalData } from './staff-actions.js';
import { setPublicationConsent } from './publication-consent.js';

/**
 * `reportAction`: every action on a report after submission, by staff, coordinators, the
 * Commissioner and the NGO. Each runs the domain workflow in a transaction; a refusal changes
 * nothing and says why.
 */
export async function handleReportAction(request: CallableRequest<unknown>) {
  const actor = await requireActor(request);
  const input = parseInput(reportActionInput, request.data);
  // The answer goes out through its schema, the one the web client reads it with.
  return actionResult(
    'reportAction',
    reportActionResults,
    input.action,
    await perform(actor, input),
  );
}

function perform(
  actor: Awaited<ReturnType<typeof requireActor>>,
  input: z.output<typeof reportActionInput>,
) {
  switch (input.action) {
    case 'assign':
      return assign(actor, input);
    case 'startReview':
      return startReview(actor, input);
    case 'requestInfo':
      return requestInfo(actor, input);
    case 'provideInfo':
      return provideInfo(actor, input);
    case 'resumeReview':
      return resumeReview(actor, input);
    case 'decide':
      return decide(actor, input);
    case 'decline':
      return decline(actor, input);
    case 'recordMeasure':
      return recordMeasure(actor, input);
    case 'close':
      return close(actor, input);
    case 'reopen':
      return reopen(actor, input);
    case 'withdraw':
      return withdraw(actor, input);
    case 'viewPersonalData':
      return viewPersonalData(actor, input);
    case 'linkDuplicate':
      return linkDuplicate(actor, input);
    case 'intake':
      return intake(actor, input);
    case 'setPublicationConsent':
      return setPublicationConsent(actor, input);
  }
}
