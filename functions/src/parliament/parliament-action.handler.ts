import type { CallableRequest } from 'firebase-functions/https';
import { parliamentActionInput } from '../domain/actions/parliament-action.schema.js';
import { parseInput, requireActor } from '../shared/callable-errors.js';
import { recordBillStage, recordParliamentOutcome, sendToParliament } from './parliament-steps.js';

/**
 * `parliamentAction`: the recommendation to Parliament and the legislative tracker, after the
 * Commissioner's `recommend`. Each step runs in one transaction with its timeline event, its
 * audit entry and its emails; a refusal changes nothing and says why.
 */
export async function handleParliamentAction(request: CallableRequest<unknown>) {
  const actor = await requireActor(request);
  const input = parseInput(parliamentActionInput, request.data);
  switch (input.action) {
    case 'send':
      return sendToParliament(actor, input);
    case 'recordStage':
      return recordBillStage(actor, input);
    case 'recordOutcome':
      return recordParliamentOutcome(actor, input);
  }
}
