import type { z } from 'zod';
import { actionResult, type ActionResult } from '@domain/actions/action-results.js';
import { parliamentActionResults } from '@domain/actions/parliament-action.results.js';
import type { parliamentActionInput } from '@domain/actions/parliament-action.schema.js';
import { callFunction } from './functions.js';

type ParliamentActionRequest = z.input<typeof parliamentActionInput>;

/**
 * The `parliamentAction` callable: the recommendation as sent, the bill's stages, the outcome.
 * An answer that does not fit its schema fails, naming the field.
 */
export async function parliamentAction<A extends ParliamentActionRequest['action']>(
  request: Extract<ParliamentActionRequest, { action: A }>,
): Promise<ActionResult<typeof parliamentActionResults, A>> {
  const answer = await callFunction('parliamentAction', request);
  return actionResult('parliamentAction', parliamentActionResults, request.action, answer);
}
