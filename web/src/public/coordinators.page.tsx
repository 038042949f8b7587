import { currentLanguage, t } from '../i18n/i18n.js';
import { Detail } from '../ui/details.js';
import { PageHeading } from '../ui/page-heading.js';
import { LoadFailure } from './load-failure.js';
import { groupByRegion, regionName, type CoordinatorEntry } from './public-directory.js';

export const coordinatorsTitle = () => t('coordinators.title');

function Person(props: { coordinator: CoordinatorEntry }) {
  const { coordinator } = props;
  return (
    <li class="person">
      <p class="row-title">{coordinator.displayName}</p>
      {coordinator.position ? <p class="row-meta">{coordinator.position}</p> : null}
      {coordinator.workEmail || coordinator.workPhone ? (
        <dl class="details details-compact">
          {coordinator.workEmail ? (
            <Detail term={t('coordinators.email')}>
              <a href={`mailto:${coordinator.workEmail}`}>{coordinator.workEmail}</a>
            </Detail>
          ) : null}
          {coordinator.workPhone ? (
            <Detail term={t('coordinators.phone')}>
              <a href={`tel:${coordinator.workPhone}`}>{coordinator.workPhone}</a>
            </Detail>
          ) : null}
        </dl>
      ) : null}
    </li>
  );
}

/**
 * `/coordinators`: the regional coordinators for public relations, by region, all 27 regions
 * in order, saying plainly where there is none yet. Rendered on the server from the one
 * public document `directory/coordinators`; nothing on it needs JavaScript.
 */
export function CoordinatorsPage(props: { coordinators: CoordinatorEntry[] | null }) {
  const language = currentLanguage();
  const groups = props.coordinators ? groupByRegion(props.coordinators, language) : [];
  const covered = groups.filter((group) => group.coordinators.length > 0);
  return (
    <div class="page">
      <PageHeading title={coordinatorsTitle()}>{t('coordinators.heading')}</PageHeading>
      <p class="lead">{t('coordinators.intro')}</p>
      {props.coordinators ? (
        <div>
          <p class="summary">{t('coordinators.summary', { count: covered.length })}</p>
          <p hidden={covered.length === groups.length}>{t('coordinators.withoutText')}</p>
          <ul class="regions">
            {groups.map((group) => (
              <li
                key={group.code}
                class={group.coordinators.length ? 'region' : 'region region-empty'}
                id={`region-${group.code}`}
              >
                <h2>{regionName(group.code, language)}</h2>
                {group.coordinators.length ? (
                  <ul class="people">
                    {group.coordinators.map((coordinator) => (
                      <Person key={coordinator.uid} coordinator={coordinator} />
                    ))}
                  </ul>
                ) : (
                  <p class="hint">{t('coordinators.none')}</p>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <LoadFailure text={t('coordinators.loadError')} />
      )}
    </div>
  );
}
