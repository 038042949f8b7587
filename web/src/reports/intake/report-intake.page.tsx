import type * as Functions from '../../firebase/functions.js';
import type { OrganisationView } from '../../firebase/organisations.js';
import { currentLanguage, loadSection, t } from '../../i18n/i18n.js';
import type { DataPage, PageProps } from '../../router/page.js';
import { PageHeading } from '../../ui/page-heading.js';
import { IntakeForm } from './intake-form.js';
import '../reports.css';

export interface IntakeData {
  functions: typeof Functions;
  /** Verified organisations, by short name: on whose behalf a report may be registered. */
  organisations: OrganisationView[];
}

async function load(): Promise<IntakeData> {
  const [, functions, organisations] = await Promise.all([
    loadSection('reports'),
    import('../../firebase/functions.js'),
    import('../../firebase/organisations.js'),
  ]);
  const verified = await organisations
    .listOrganisations({ status: 'verified' })
    .catch((error: unknown) => {
      // The form still opens, and says there is no organisation to choose.
      console.error(error);
      return [];
    });
  const language = currentLanguage();
  verified.sort((a, b) => a.shortName.localeCompare(b.shortName, language));
  return { functions, organisations: verified };
}

/**
 * `/app/reports/intake`: staff and coordinators register a report that came by post, phone or
 * email on behalf of a verified organisation (coordinators, from their own regions), with the
 * fields of the NGO's form, and the personal data if the organisation gave it. `reportAction
 * intake` records it as such; the page then opens the new report.
 */
function ReportIntakePage(props: PageProps & { data: IntakeData }) {
  return (
    <div class="page page-narrow report-form-page">
      <PageHeading id="intake-heading">{t('reports.intake.title')}</PageHeading>
      <p>{t('reports.intake.intro')}</p>
      <IntakeForm
        functions={props.data.functions}
        organisations={props.data.organisations}
        regions={props.claims?.role === 'coordinator' ? props.claims.regions : undefined}
      />
    </div>
  );
}

export const reportIntakePage: DataPage<IntakeData> = { load, component: ReportIntakePage };
