import { AREAS } from '@domain/catalogues/areas.js';
import { labelOf, labelOfCode } from '@domain/catalogues/catalogue.js';
import { INTAKE_CHANNELS, VIOLATOR_KINDS } from '@domain/catalogues/report-options.js';
import { RIGHTS } from '@domain/catalogues/rights.js';
import type { OrganisationView } from '../../firebase/organisations.js';
import { currentLanguage, t } from '../../i18n/i18n.js';
import { reportPath } from '../../router/routes.js';
import { Detail } from '../../ui/details.js';
import { useRead } from '../../ui/use-data.js';
import { regionLabel } from '../report-status.js';
import type { ReportView } from '../report-view.js';
import { Day, Moment, Prose } from './bits.js';

/** What the report says happened, and where it stands in the Secretariat's work. */
export function ReportDetails(props: {
  report: ReportView;
  organisation: OrganisationView | null;
  /** The Secretariat's side sees the assignees and the linked reports. */
  staffSide: boolean;
}) {
  const { report, organisation, staffSide } = props;
  const language = currentLanguage();
  const groups = (['children', 'disabilities', 'deprivedOfLiberty'] as const)
    .filter((group) => report.vulnerableGroups[group])
    .map((group) => t(`reports.fields.${group}`));
  const channel = labelOf(INTAKE_CHANNELS, report.intake, language);
  return (
    <dl class="details report-details">
      <Detail term={t('reports.fields.description')}>
        <Prose text={report.description} />
      </Detail>
      <Detail term={t('reports.fields.incidentDate')}>
        <Day value={report.incidentDate} />
      </Detail>
      <Detail term={t('reports.fields.regionCode')}>{regionLabel(report.regionCode)}</Detail>
      <Detail term={t('reports.fields.locality')}>{report.locality}</Detail>
      <Detail term={t('reports.fields.violator')}>
        {`${labelOfCode(VIOLATOR_KINDS, report.violator.kind, language)}: ${report.violator.name}`}
      </Detail>
      <Detail term={t('reports.fields.rights')}>
        <ul class="plain-list">
          {report.rights.map((right) => (
            <li key={right}>{labelOf(RIGHTS, right, language)}</li>
          ))}
        </ul>
      </Detail>
      <Detail term={t('reports.fields.area')}>{labelOfCode(AREAS, report.area, language)}</Detail>
      <Detail term={t('reports.fields.victimsCount')}>
        {report.victimsCount === null ? '—' : String(report.victimsCount)}
      </Detail>
      <Detail term={t('reports.fields.vulnerableGroups')}>
        {groups.length ? groups.join(', ') : t('reports.page.noneGroups')}
      </Detail>
      <Detail term={t('reports.fields.urgent')}>
        {report.urgent
          ? t('reports.page.urgentYes', { reason: report.urgencyReason ?? '' })
          : t('reports.page.urgentNo')}
      </Detail>
      <Detail term={t('reports.fields.consentToPublish')}>
        {t(report.consentToPublish ? 'reports.page.consentYes' : 'reports.page.consentNo')}
      </Detail>
      <Detail term={t('reports.page.intake')}>
        {report.intake === 'web' ? channel : t('reports.page.intakeOnBehalf', { channel })}
      </Detail>
      {organisation ? (
        <Detail term={t('reports.page.organisation')}>
          {`${organisation.shortName} (${organisation.edrpou})`}
        </Detail>
      ) : null}
      {report.submittedAt ? (
        <Detail term={t('reports.page.submittedAt')}>
          <Moment value={report.submittedAt} />
        </Detail>
      ) : null}
      {report.registeredAt ? (
        <Detail term={t('reports.page.registeredAt')}>
          <Moment value={report.registeredAt} />
        </Detail>
      ) : null}
      {staffSide ? <Assignees uids={report.assignees} /> : null}
      {staffSide && report.linkedReports.length ? (
        <Detail term={t('reports.page.linked')}>
          <ul class="plain-list">
            {report.linkedReports.map((id) => (
              <li key={id}>
                <a href={reportPath(id)}>{id}</a>
              </li>
            ))}
          </ul>
        </Detail>
      ) : null}
    </dl>
  );
}

/** The assignees by name (the Secretariat and coordinators may read single profiles). */
function Assignees(props: { uids: readonly string[] }) {
  const key = props.uids.join(',');
  const names = useRead(
    async () => (await import('../../firebase/reads.js')).displayNames(props.uids),
    [key],
  );
  const known = names.status === 'ready' ? names.value : new Map<string, string>();
  return (
    <Detail term={t('reports.page.assignees')}>
      {props.uids.length
        ? props.uids.map((uid) => known.get(uid) ?? uid).join(', ')
        : t('reports.page.noAssignees')}
    </Detail>
  );
}
