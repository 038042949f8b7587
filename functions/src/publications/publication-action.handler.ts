import type { CallableRequest } from 'firebase-functions/https';
import type { z } from 'zod';
import { actionResult } from '../domain/actions/action-results.js';
import { publicationActionResults } from '../domain/actions/publication-action.results.js';
import { publicationActionInput } from '../domain/actions/publication-action.schema.js';
import { parseInput, requireActor } from '../shared/callable-errors.js';
import {
  createPublication,
  markPublicationFlagNotPersonal,
  redactPublicationFlag,
  savePublication,
  sendNote,
} from './prepare-publication.js';
import {
  approvePublication,
  retractPublication,
  returnPublication,
  submitPublication,
} from './review-publication.js';

/**
 * `publicationAction`: staff prepare publications and decide the personal-data check's flags,
 * the Commissioner approves or returns them, staff or the Commissioner retract them; NGOs send
 * notes about their work. Each step runs in one transaction with its audit entry and notices;
 * a refusal changes nothing and says why.
 */
export async function handlePublicationAction(request: CallableRequest<unknown>) {
  const actor = await requireActor(request);
  const input = parseInput(publicationActionInput, request.data);
  // The answer goes out through its schema, the one the web client reads it with.
  return actionResult(
    'publicationAction',
    publicationActionResults,
    input.action,
    await perform(actor, input),
  );
}

function perform(
  actor: Awaited<ReturnType<typeof requireActor>>,
  input: z.output<typeof publicationActionInput>,
) {
  switch (input.action) {
    case 'create':
      return createPublication(actor, input);
    case 'save':
      return savePublication(actor, input);
    case 'redact':
      return redactPublicationFlag(actor, input);
    case 'markNotPersonal':
      return markPublicationFlagNotPersonal(actor, input);
    case 'submit':
      return submitPublication(actor, input);
    case 'approve':
      return approvePublication(actor, input);
    case 'return':
      return returnPublication(actor, input);
    case 'retract':
      return retractPublication(actor, input);
    case 'sendNote':
      return sendNote(actor, input);
  }
}
