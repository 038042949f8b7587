import { t } from '../../i18n/i18n.js';
import { ActionButton } from '../../ui/action-button.js';
import { succeed } from '../../ui/action-runner.js';
import { FormMessage } from '../../ui/form-message.js';
import { useActionState } from '../../ui/use-form.js';
import type { ReportView } from '../report-view.js';
import { Section } from './bits.js';

/**
 * The organisation's answer to «may an anonymised summary of the outcome be published?», and
 * the button that changes it, until the outcome is published (`reportAction`
 * `setPublicationConsent`; the server refuses once it is, with its own sentence).
 */
export function PublicationConsent(props: { report: ReportView }) {
  const { report } = props;
  const messages = useActionState('publication-consent');
  const given = report.consentToPublish;
  return (
    <Section id="publication-consent" heading={t('reports.consent.heading')}>
      <p>{t(given ? 'reports.consent.given' : 'reports.consent.notGiven')}</p>
      <p class="hint">{t('reports.consent.hint')}</p>
      <FormMessage state={messages} />
      <p>
        <ActionButton
          messages={messages}
          label={t(given ? 'reports.consent.withdraw' : 'reports.consent.give')}
          busyLabel={t('reports.consent.saving')}
          variant="secondary"
          run={async () =>
            (await import('../../firebase/functions.js')).reportAction({
              action: 'setPublicationConsent',
              reportId: report.id,
              consent: !given,
            })
          }
          onDone={() =>
            succeed(messages, t(given ? 'reports.consent.withdrawn' : 'reports.consent.recorded'))
          }
        />
      </p>
    </Section>
  );
}
