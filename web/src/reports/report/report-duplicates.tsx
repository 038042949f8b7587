import { catalogue, t } from '../../i18n/i18n.js';
import { reportPath } from '../../router/routes.js';
import { ActionButton } from '../../ui/action-button.js';
import { FormMessage } from '../../ui/form-message.js';
import { announce } from '../../ui/live-region.js';
import { useActionState } from '../../ui/use-form.js';
import type { DuplicateView, ReportView } from '../report-view.js';
import { Section } from './bits.js';
import { useReportData, valueOr } from './use-report-data.js';

/** Reports that may tell of the same event (the server's triage), for the Secretariat to link. */
export function ReportDuplicates(props: { report: ReportView; linkable: boolean }) {
  const { report } = props;
  const words = catalogue().reports.duplicates;
  const messages = useActionState('report-duplicates');
  const duplicates = valueOr(
    useReportData(report.id, (store) => store.watchDuplicates),
    [] as DuplicateView[],
  );
  return (
    <Section id="report-duplicates" heading={t('reports.duplicates.heading')}>
      <p>{t('reports.duplicates.intro')}</p>
      <FormMessage state={messages} />
      {duplicates.length === 0 ? (
        <p>{words.none}</p>
      ) : (
        <ul class="rows">
          {duplicates.map((duplicate) => {
            const number = duplicate.number ?? words.unnumbered;
            const linked = report.linkedReports.includes(duplicate.reportId);
            return (
              <li key={duplicate.reportId} class="row">
                <p class="row-title">
                  <a href={reportPath(duplicate.reportId)}>
                    {t('reports.duplicates.open', { number })}
                  </a>
                  {linked ? <span class="tag tag-verified">{words.alreadyLinked}</span> : null}
                </p>
                <p class="row-meta">
                  {[
                    ...duplicate.reasons.map(
                      (reason) => (words.reasons as Record<string, string>)[reason] ?? reason,
                    ),
                    t('reports.duplicates.score', {
                      percent: Math.round(duplicate.score * 100),
                    }),
                  ].join(' · ')}
                </p>
                {linked || !props.linkable ? null : (
                  <p>
                    <ActionButton
                      messages={messages}
                      label={words.link}
                      busyLabel={words.linking}
                      variant="secondary"
                      run={async () =>
                        (await import('../../firebase/functions.js')).reportAction({
                          action: 'linkDuplicate',
                          reportId: report.id,
                          otherReportId: duplicate.reportId,
                        })
                      }
                      onDone={() => announce(words.linked)}
                    />
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
