import { useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.js';
import { runAction } from '../../ui/action-runner.js';
import { Button, BusyButton } from '../../ui/button.js';
import { FormMessage } from '../../ui/form-message.js';
import { announce } from '../../ui/live-region.js';
import { Notice } from '../../ui/notice.js';
import { useActionState } from '../../ui/use-form.js';
import type { ReportControls } from '../controls.js';
import { peopleFrom, type PersonView, type ReportView } from '../report-view.js';
import { Prose, Section } from './bits.js';
import { useReportData } from './use-report-data.js';

/**
 * The victims and witnesses, restricted: the organisation reads its own; the Commissioner and
 * the report's assignees open them with a button the server records in the audit log; nobody
 * else sees them.
 */
export function ReportPeople(props: { report: ReportView; controls: ReportControls }) {
  const mode = props.controls.personalData;
  return (
    <Section id="report-personal" heading={t('reports.page.personalHeading')} class="restricted">
      {mode === 'direct' ? (
        <OwnPeople reportId={props.report.id} />
      ) : mode === 'audited' ? (
        <AuditedPeople reportId={props.report.id} />
      ) : (
        <p>{t('reports.personal.notAllowed')}</p>
      )}
    </Section>
  );
}

function OwnPeople(props: { reportId: string }) {
  const data = useReportData(props.reportId, (store) => store.watchPersonalData);
  return (
    <>
      <p class="field-hint">{t('reports.personal.ngoIntro')}</p>
      {data.status === 'loading' ? (
        <p class="loading">{t('common.loading')}</p>
      ) : data.status === 'failed' ? (
        // The rules refuse reading personal data that was never written: there is none.
        <p>{t('reports.personal.none')}</p>
      ) : (
        <PeopleList
          victims={peopleFrom(data.value?.victims)}
          witnesses={peopleFrom(data.value?.witnesses)}
        />
      )}
    </>
  );
}

function AuditedPeople(props: { reportId: string }) {
  const state = useActionState('report-personal');
  const [shown, setShown] = useState<{ victims: PersonView[]; witnesses: PersonView[] } | null>(
    null,
  );
  async function show() {
    const outcome = await runAction(state, {
      run: async () =>
        (await import('../../firebase/functions.js')).reportAction({
          action: 'viewPersonalData',
          reportId: props.reportId,
        }),
    });
    if (!outcome?.ok) return;
    setShown({
      victims: peopleFrom(outcome.value.victims),
      witnesses: peopleFrom(outcome.value.witnesses),
    });
    announce(t('reports.personal.shown'));
  }
  return (
    <>
      <Notice>
        <p>{t('reports.personal.restricted')}</p>
      </Notice>
      <FormMessage state={state} />
      <p class="actions">
        {shown ? (
          <Button
            variant="secondary"
            onClick={() => {
              setShown(null);
              announce(t('reports.personal.hidden'));
            }}
          >
            {t('reports.personal.hide')}
          </Button>
        ) : (
          <BusyButton
            state={state}
            label={t('reports.personal.show')}
            busyLabel={t('reports.personal.showing')}
            onClick={() => void show()}
          />
        )}
      </p>
      {shown ? <PeopleList victims={shown.victims} witnesses={shown.witnesses} /> : null}
    </>
  );
}

function PeopleList(props: { victims: readonly PersonView[]; witnesses: readonly PersonView[] }) {
  if (props.victims.length === 0 && props.witnesses.length === 0) {
    return <p>{t('reports.personal.none')}</p>;
  }
  const group = (title: string, people: readonly PersonView[]) =>
    people.length ? (
      <>
        <h3>{title}</h3>
        <ul class="rows">
          {people.map((person, index) => (
            <li key={index} class="row">
              <p class="row-title">{person.fullName}</p>
              <p class="row-meta">
                {[
                  person.birthYear !== null
                    ? t('reports.personal.born', { year: person.birthYear })
                    : null,
                  person.contact,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {person.notes ? <Prose text={person.notes} /> : null}
            </li>
          ))}
        </ul>
      </>
    ) : null;
  return (
    <div class="people-shown">
      {group(t('reports.personal.victims'), props.victims)}
      {group(t('reports.personal.witnesses'), props.witnesses)}
    </div>
  );
}
