import type { z } from 'zod';
import type { ActionResults } from './action-results.js';
import type { parliamentActionInput } from './parliament-action.schema.js';
import { proposalStepSchema } from './proposal-action.results.js';

/** What each `parliamentAction` answers (docs/API.md): a step of the proposal's workflow. */
export const parliamentActionResults = {
  send: proposalStepSchema('sent_to_parliament'),
  /** A stage of the bill: the proposal stays sent to Parliament. */
  recordStage: proposalStepSchema('sent_to_parliament'),
  recordOutcome: proposalStepSchema('closed'),
} satisfies ActionResults<z.input<typeof parliamentActionInput>['action']>;
