import { currentLanguage, t } from '../../i18n/i18n.js';
import type { AssigneeOption } from '../../firebase/reads.js';
import { ChoiceField } from '../../ui/choice-field.js';
import { useRead } from '../../ui/use-data.js';
import type { ReportView } from '../report-view.js';
import type { ActionFormModel } from './action-types.js';

/**
 * The people a report may be assigned to: the Secretariat's staff and the coordinators of the
 * report's region, by name; the present assignees stay choosable, even those the list leaves
 * out (deactivated since).
 */
async function assignable(report: ReportView): Promise<AssigneeOption[]> {
  const store = await import('../../firebase/reads.js');
  let people: AssigneeOption[] = [];
  try {
    people = (await store.listAssignablePeople()).filter(
      (person) => person.role === 'staff' || person.regions.includes(report.regionCode),
    );
  } catch (error) {
    console.error(error);
  }
  const missing = report.assignees.filter((uid) => !people.some((person) => person.uid === uid));
  if (missing.length) {
    const names = await store.displayNames(missing).catch(() => new Map<string, string>());
    for (const uid of missing) {
      people.push({ uid, displayName: names.get(uid) ?? uid, role: 'staff', regions: [] });
    }
  }
  const language = currentLanguage();
  return people.sort((a, b) => a.displayName.localeCompare(b.displayName, language));
}

export function AssignField(props: { form: ActionFormModel; report: ReportView }) {
  const people = useRead(() => assignable(props.report), [props.report.id]);
  if (people.status === 'loading') return <p class="loading">{t('common.loading')}</p>;
  if (people.status === 'failed' || people.value.length === 0) {
    return <p>{t('reports.actions.assign.none')}</p>;
  }
  return (
    <ChoiceField
      form={props.form}
      name="assignees"
      type="checkbox"
      label={t('reports.actions.assign.label')}
      options={people.value.map((person) => ({
        value: person.uid,
        label: `${person.displayName} (${
          person.role === 'coordinator'
            ? t('reports.actions.assign.coordinator')
            : t('reports.actions.assign.staff')
        })`,
      }))}
    />
  );
}
