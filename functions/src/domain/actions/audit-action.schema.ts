import { z } from 'zod';
import { codedIssue } from '../errors/field-issue.js';
import { DOCUMENT_ID_MAX_BYTES, documentIdProblem } from '../fields.js';

/** The chains the server keeps: one per report, organisation, user and outbox mail. */
export const AUDIT_CHAIN_KINDS = ['report', 'organisation', 'user', 'mail'] as const;

/** `report:{reportId}` and the like: a kind the server keeps, and a valid document id. */
export const auditChainSchema = z
  .string()
  .max(DOCUMENT_ID_MAX_BYTES)
  .superRefine((chain, ctx) => {
    const separator = chain.indexOf(':');
    const kind = chain.slice(0, Math.max(0, separator));
    const id = chain.slice(separator + 1);
    if (separator < 0 || !(AUDIT_CHAIN_KINDS as readonly string[]).includes(kind) || !id) {
      ctx.addIssue({
        code: 'custom',
        message: 'Ланцюжок має вигляд report:{id}, organisation:{id}, user:{id} або mail:{id}',
      });
      return;
    }
    const problem = documentIdProblem(id);
    if (problem) ctx.addIssue({ code: 'custom', ...codedIssue('FIELD.BAD_ID', { problem }) });
  });

/** Input of the `auditAction` callable. */
export const auditActionInput = z.object({
  action: z.literal('verifyChain'),
  chain: auditChainSchema,
});
