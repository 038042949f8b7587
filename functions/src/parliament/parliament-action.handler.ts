import type { CallableRequest } from 'firebase-functions/https';
import type { z } from 'zod';
import { actionResult } from '../domain/actions/action-results.js';
import { parliamentActionResults } from '../domain/actions/parliament-action.results.js';
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
  // The answer goes out through its schema, the one the web client reads it with.
  return actionResult(
    'parliamentAction',
    parliamentActionResults,
    input.action,
    await perform(actor, input),
  );
}

function perform(
  actor: Awaited<ReturnType<typeof requireActor>>,
  input: z.output<typeof parliamentActionInput>,
) {
  switch (input.action) {
    case 'send':
      return sendToParliament(actor, input);
    case 'recordStage':
      return recordBillStage(actor, input);
    case 'recordOutcome':
      return recordParliamentOutcome(actor, input);
  }
}
