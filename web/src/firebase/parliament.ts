import type { z } from 'zod';
import type { parliamentActionInput } from '@domain/actions/parliament-action.schema.js';
import { callFunction } from './functions.js';

/** The `parliamentAction` callable: the recommendation as sent, the bill's stages, the outcome. */
export function parliamentAction(
  request: z.input<typeof parliamentActionInput>,
): Promise<{ proposalId: string; status?: string }> {
  return callFunction('parliamentAction', request);
}
