import { Timestamp } from 'firebase-admin/firestore';
import type { ReportActionInput } from '../domain/actions/report-action.schema.js';
import type { Actor } from '../domain/roles.js';
import { publicationConsentSchema } from '../domain/schemas/publication.schema.js';
import { refusal } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import { runReportAction } from './run-report-action.js';

type Input = Extract<ReportActionInput, { action: 'setPublicationConsent' }>;

/**
 * The NGO changes its answer to «may an anonymised summary of the outcome be published?».
 * Recorded on the report with who and when, audited and on the timeline; refused once a
 * publication of the outcome is live (a retraction is the Secretariat's to make). Withdrawing
 * consent while a publication is being prepared stops its approval and its publishing, which
 * both read the consent again.
 */
export async function setPublicationConsent(actor: Actor, input: Input) {
  const at = Timestamp.now();
  return runReportAction<undefined>(actor, input.reportId, {
    action: 'setPublicationConsent',
    read: async (tx) => {
      const live = await tx.get(
        db()
          .collection('publicationDrafts')
          .where('sourceId', '==', input.reportId)
          .where('status', '==', 'published')
          .limit(1),
      );
      if (!live.empty) throw refusal('PUBLICATION.CONSENT_LOCKED');
      return undefined;
    },
    changes: () => ({
      consentToPublish: input.consent,
      publicationConsent: publicationConsentSchema.parse({
        given: input.consent,
        by: actor.uid,
        at,
      }),
    }),
    event: () => ({ details: { consent: input.consent } }),
    audit: () => ({ consent: input.consent }),
  });
}
