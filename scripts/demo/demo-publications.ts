import type { PublicationContent } from '../../functions/src/domain/actions/publication-action.schema.js';
import type { AreaCode } from '../../functions/src/domain/catalogues/areas.js';
import type { RegionCode } from '../../functions/src/domain/catalogues/regions.js';
import type { RightCode } from '../../functions/src/domain/catalogues/rights.js';
import type { Actor } from '../../functions/src/domain/roles.js';
import { publicationDraftSchema } from '../../functions/src/domain/schemas/publication.schema.js';
import type { PublicationKind } from '../../functions/src/domain/schemas/publication.schema.js';
import { db } from '../../functions/src/shared/firebase.js';
import {
  createPublication,
  markPublicationFlagNotPersonal,
  redactPublicationFlag,
  sendNote,
} from '../../functions/src/publications/prepare-publication.js';
import { publishApproved } from '../../functions/src/publications/publish-publication.handler.js';
import {
  approvePublication,
  retractPublication,
  returnPublication,
  submitPublication,
} from '../../functions/src/publications/review-publication.js';
import { ORG_KYIV } from './demo-data.js';

/**
 * Demo publications in each state, played through `publicationAction`'s own steps and the
 * publishing trigger's code (`publishApproved`), so the public records, their audit chains
 * and notices are what the real path produces: six published (one of each kind, one of them
 * then retracted), one refused approval for an open personal-data flag, one returned by the
 * Commissioner, one note from an NGO waiting for staff. The report's outcome is the closed
 * demo report about the detention, with its victim's name redacted from the text.
 */
const STAFF: Actor = { uid: 'demo-staff1', role: 'staff' };
const COMMISSIONER: Actor = { uid: 'demo-commissioner', role: 'commissioner' };
const NGO: Actor = { uid: 'demo-ngo-member', role: 'ngo_member', orgId: ORG_KYIV };

interface DemoPublication {
  kind: PublicationKind;
  sourceId?: string;
  orgId?: string;
  content: PublicationContent;
  /** How far it goes: published (then retracted), refused for a flag, returned, or a draft. */
  fate: 'published' | 'retracted' | 'refused_open_flag' | 'returned' | 'draft';
}

const tags = (regionCodes: RegionCode[], areas: AreaCode[], rights: RightCode[]) => ({
  regionCodes,
  areas,
  rights,
  attachmentIds: [] as string[],
});

const HOTLINE = '0 800 50 17 20';

export const DEMO_PUBLICATIONS: DemoPublication[] = [
  {
    kind: 'report_outcome',
    sourceId: 'demo-report-detention',
    fate: 'published',
    content: {
      title: { uk: 'Затримання без протоколу: поліція провела службове розслідування' },
      summary: {
        uk: 'Після подання Уповноваженого винних працівників поліції притягнуто до дисциплінарної відповідальності.',
      },
      body: {
        uk: `Громадська організація повідомила, що Андрія Савчука затримали під час мирного пікету й шість годин не допускали до нього адвоката. Уповноважений визнав порушення статей 29 і 59 Конституції, надіслав подання та провів моніторинговий візит до ізолятора. Якщо ваші права порушено, телефонуйте на гарячу лінію ${HOTLINE}.`,
        en: 'An NGO reported that a peaceful protester was detained without a record and denied a lawyer. The Commissioner found a violation, sent a submission and visited the police lock-up.',
      },
      ...tags(['UA-30'], ['restoration'], ['liberty', 'fair_trial']),
    },
  },
  {
    kind: 'ngo_activity',
    orgId: ORG_KYIV,
    fate: 'published',
    content: {
      title: { uk: 'Правозахисники провели тренінг для волонтерів про права затриманих' },
      summary: { uk: 'Понад сорок волонтерів навчилися фіксувати порушення під час затримань.' },
      body: {
        uk: 'Київська правозахисна група провела дводенний тренінг про права затриманих осіб, стандарти документування порушень і взаємодію з Уповноваженим.',
      },
      ...tags(['UA-30'], ['education'], ['liberty']),
    },
  },
  {
    kind: 'meeting_minutes',
    fate: 'published',
    content: {
      title: { uk: 'Засідання Консультативної ради: план моніторингу на 2027 рік' },
      summary: { uk: 'Рада схвалила план моніторингових візитів і підтримала дві пропозиції.' },
      body: {
        uk: 'Консультативна рада при Уповноваженому розглянула план моніторингових візитів на 2027 рік, підтримала пропозиції щодо доступу до укриттів і щодо прав людей похилого віку.',
      },
      ...tags([], ['prevention'], []),
    },
  },
  {
    kind: 'proposal',
    fate: 'published',
    content: {
      title: { uk: 'Пропозиція щодо доступності укриттів для людей з інвалідністю' },
      summary: { uk: 'Уповноважений направив рекомендації до Кабінету Міністрів України.' },
      body: {
        uk: 'Експертна рада підготувала пропозицію змінити порядок облаштування укриттів, щоб кожне мало пандус і доступний вхід. Уповноважений підтримав її та направив рекомендації уряду.',
      },
      ...tags(['UA-63'], ['legislation'], ['disability']),
    },
  },
  {
    kind: 'ngo_activity',
    orgId: ORG_KYIV,
    fate: 'published',
    content: {
      title: { uk: 'Моніторинг доступу до публічної інформації в районних адміністраціях' },
      summary: { uk: 'Організація перевірила, як адміністрації відповідають на запити громадян.' },
      body: {
        uk: 'Упродовж осені організація надіслала запити до всіх районних адміністрацій Києва й проаналізувала строки та повноту відповідей.',
      },
      ...tags(['UA-30'], ['restoration'], ['information']),
    },
  },
  {
    kind: 'proposal',
    fate: 'retracted',
    content: {
      title: { uk: 'Пропозиція щодо графіка відвідувань у спеціальних закладах' },
      summary: { uk: 'Пропозицію відкликано: її замінить оновлена редакція.' },
      body: {
        uk: 'Експертна рада запропонувала розширити графік відвідувань у спеціальних закладах для дітей. Пропозицію доопрацьовують.',
      },
      ...tags([], ['legislation'], ['child']),
    },
  },
  {
    kind: 'ngo_activity',
    orgId: ORG_KYIV,
    fate: 'refused_open_flag',
    content: {
      title: { uk: 'Юридичні консультації для внутрішньо переміщених осіб' },
      summary: { uk: 'Організація провела понад сто консультацій у центрах для переселенців.' },
      body: {
        uk: 'Консультації проводила юристка Олена Гнатюк, тел. 067 765 43 21. За пів року звернулося понад сто людей.',
      },
      ...tags(['UA-30'], ['restoration'], ['idp', 'housing']),
    },
  },
  {
    kind: 'meeting_minutes',
    fate: 'returned',
    content: {
      title: { uk: 'Засідання експертної ради з прав дитини' },
      summary: { uk: 'Рада обговорила стан дотримання прав дітей у закладах опіки.' },
      body: {
        uk: 'Експертна рада з питань захисту прав дитини обговорила результати моніторингу закладів опіки та підготувала рекомендації.',
      },
      ...tags([], ['prevention'], ['child']),
    },
  },
];

async function flagsOf(id: string) {
  const draft = publicationDraftSchema.parse(
    (await db().doc(`publicationDrafts/${id}`).get()).data(),
  );
  return draft.flags;
}

/** Takes one publication as far as its fate; returns its id. */
async function play(publication: DemoPublication): Promise<string> {
  const { publicationId: id } = await createPublication(STAFF, {
    action: 'create',
    kind: publication.kind,
    ...(publication.sourceId ? { sourceId: publication.sourceId } : {}),
    ...(publication.orgId ? { orgId: publication.orgId } : {}),
    content: publication.content,
  });
  if (publication.fate === 'draft') return id;
  // Staff decide each flag: the hotline is public, anything else is redacted.
  if (publication.fate !== 'refused_open_flag') {
    for (const flag of await flagsOf(id)) {
      if (flag.text === HOTLINE)
        await markPublicationFlagNotPersonal(STAFF, {
          action: 'markNotPersonal',
          publicationId: id,
          field: flag.field,
          flagId: flag.id,
          scope: 'text',
          reason: 'Публічна гаряча лінія Уповноваженого',
        });
    }
    for (const flag of await flagsOf(id))
      await redactPublicationFlag(STAFF, {
        action: 'redact',
        publicationId: id,
        field: flag.field,
        flagId: flag.id,
      });
  }
  await submitPublication(STAFF, { action: 'submit', publicationId: id });
  if (publication.fate === 'returned') {
    await returnPublication(COMMISSIONER, {
      action: 'return',
      publicationId: id,
      comment: 'Додайте, які саме рекомендації ухвалила рада.',
    });
    return id;
  }
  if (publication.fate === 'refused_open_flag') {
    // The Commissioner's approval is refused while the phone and the name are open.
    await approvePublication(COMMISSIONER, { action: 'approve', publicationId: id }).then(
      () => {
        throw new Error(`Demo publication ${id} was approved with an open flag`);
      },
      () => undefined,
    );
    return id;
  }
  await approvePublication(COMMISSIONER, { action: 'approve', publicationId: id });
  const approved = publicationDraftSchema.parse(
    (await db().doc(`publicationDrafts/${id}`).get()).data(),
  );
  // What the trigger does; if the functions emulator already did, this finds nothing to do.
  if (approved.status === 'approved') await publishApproved(id, approved);
  if (publication.fate === 'retracted')
    await retractPublication(STAFF, {
      action: 'retract',
      publicationId: id,
      reason: 'Експертна рада готує оновлену редакцію пропозиції',
      note: {
        uk: 'Матеріал відкликано: експертна рада готує оновлену редакцію пропозиції.',
        en: 'Retracted: the expert council is preparing a new version of the proposal.',
      },
    });
  return id;
}

/** Every demo publication, and a note from an NGO for staff to edit. */
export async function seedDemoPublications(): Promise<number> {
  for (const publication of DEMO_PUBLICATIONS) await play(publication);
  await sendNote(NGO, {
    action: 'sendNote',
    note: {
      title: 'Зустріч з мешканцями гуртожитку про умови проживання',
      text: 'Ми зустрілися з мешканцями гуртожитку на Оболоні й зафіксували проблеми з опаленням та доступом до води. Готуємо звернення.',
      links: ['https://example.org/obolon-hostel'],
    },
  });
  return DEMO_PUBLICATIONS.length + 1;
}
