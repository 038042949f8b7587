import { FieldValue } from 'firebase-admin/firestore';
import type {
  ReportContent,
  ReportPersonalData,
} from '../../functions/src/domain/schemas/report.schema.js';
import type { ReportActionInput } from '../../functions/src/domain/actions/report-action.schema.js';
import type { Actor } from '../../functions/src/domain/roles.js';
import { db } from '../../functions/src/shared/firebase.js';
import { registerSubmittedReport } from '../../functions/src/reports/register-report.js';
import {
  close,
  decide,
  decline,
  recordMeasure,
} from '../../functions/src/reports/decision-actions.js';
import {
  assign,
  provideInfo,
  requestInfo,
  startReview,
  withdraw,
} from '../../functions/src/reports/review-actions.js';
import type { AttachmentKind } from '../../functions/src/domain/schemas/attachment.schema.js';
import { uploadLimits } from '../../functions/src/domain/uploads/upload-limits.js';
import { storeAttachment } from '../../functions/src/uploads/store-attachment.js';
import { DEMO_ACCOUNTS, ORG_DNIPRO, ORG_KHARKIV, ORG_KYIV, ORG_LVIV } from './demo-data.js';
import { pdfLetter, textFile, type DemoFile } from './demo-files.js';

/**
 * Demo reports in every status, several regions, with evidence files, messages, decisions and
 * measures with their documents, so a
 * newcomer sees the whole path at once. They are played through the server's own code —
 * registration, then each action as the person who would take it — so numbers, timelines,
 * audit chains, notices and statistics are what the real path produces.
 */
/** An action on an existing report, without its id (distributes over the union). */
type Step = ReportActionInput extends infer T
  ? T extends { reportId: string }
    ? Omit<T, 'reportId'>
    : never
  : never;

interface DemoReport {
  id: string;
  orgId: string;
  author: string;
  content: ReportContent;
  personalData?: Pick<ReportPersonalData, 'victims' | 'witnesses'>;
  /** Registered this many days ago (for deadlines and the dashboard). */
  registeredDaysAgo?: number;
  /** Left as a draft, never submitted. */
  draft?: boolean;
  /** Files the author adds once the report is registered (through the upload path's checks). */
  evidence?: DemoFile[];
  /** Each action as the person who takes it; a measure may come with its document. */
  steps: [actorUid: string, step: Step, document?: DemoFile][];
  messages?: [authorUid: string, side: 'ngo' | 'secretariat', text: string][];
}

const base = {
  vulnerableGroups: { children: false, disabilities: false, deprivedOfLiberty: false },
  urgent: false,
  consentToPublish: true,
  victimsCount: 1,
} as const;

export const DEMO_REPORTS: DemoReport[] = [
  {
    id: 'demo-report-detention',
    orgId: ORG_KYIV,
    author: 'demo-ngo-member',
    content: {
      ...base,
      title: 'Затримання активіста без протоколу і без адвоката',
      description:
        'Під час мирного пікету біля Київської міської ради працівники поліції затримали активіста, шість годин не складали протокол і не допускали до нього адвоката, попри його вимоги.',
      incidentDate: '2026-10-02',
      regionCode: 'UA-30',
      locality: 'Київ',
      violator: { kind: 'state_body', name: 'Головне управління Національної поліції у м. Києві' },
      rights: ['liberty', 'fair_trial', 'assembly'],
      area: 'restoration',
      vulnerableGroups: { children: false, disabilities: false, deprivedOfLiberty: true },
    },
    personalData: {
      victims: [{ fullName: 'Савчук Андрій Петрович', birthYear: 1991, contact: '+380671112233' }],
      witnesses: [{ fullName: 'Коваль Ірина Олегівна', contact: 'ірина.коваль@example.org' }],
    },
    evidence: [
      textFile('Пояснення свідка Коваль І. О.txt', [
        'Пояснення',
        '',
        '2 жовтня 2026 року близько 12:30 біля Київської міської ради я бачила, як двоє працівників',
        'поліції вивели активіста з пікету й посадили до службового автомобіля. Протокол на місці',
        'не складали. Адвоката, який приїхав до райуправління о 14:00, до затриманого не допустили.',
        '',
        'Підпис: ________  Дата: 03.10.2026',
      ]),
      textFile('Хронологія подій.txt', [
        '12:30 — затримання біля міськради',
        '13:10 — доставлення до Шевченківського управління поліції',
        '14:00 — адвоката не допущено',
        '18:40 — складено протокол, затриманого звільнено',
      ]),
    ],
    registeredDaysAgo: 40,
    steps: [
      ['demo-staff1', { action: 'assign', assignees: ['demo-coordinator-kyiv', 'demo-staff1'] }],
      ['demo-coordinator-kyiv', { action: 'startReview' }],
      [
        'demo-coordinator-kyiv',
        {
          action: 'requestInfo',
          request:
            'Просимо надіслати відеозапис затримання та контакти адвоката, якого не допустили.',
        },
      ],
      [
        'demo-ngo-member',
        {
          action: 'provideInfo',
          answer: 'Відеозапис додаємо. Адвокат — Іваненко Олег, АО «Право і захист».',
        },
      ],
      [
        'demo-commissioner',
        {
          action: 'decide',
          forms: ['submission', 'monitoring_visit'],
          rationale:
            'Затримання без протоколу й без доступу до захисника порушує статті 29 і 59 Конституції України.',
        },
      ],
      [
        'demo-staff1',
        {
          action: 'recordMeasure',
          measure: {
            type: 'submission_sent',
            date: '2026-10-20',
            addressee: 'Начальнику ГУНП у м. Києві',
            outgoingNumber: '1234/2026-вих',
            result: 'Розпочато службове розслідування',
          },
        },
        pdfLetter('Подання 1234-2026-вих.pdf', [
          'Ukrainian Parliament Commissioner for Human Rights',
          '',
          'Submission No. 1234/2026 of 20 October 2026',
          'To: the Head of the Main Directorate of the National Police in Kyiv',
          '',
          'On the detention of a peaceful protester without a record and without a lawyer.',
          'The Commissioner requires an official investigation and a reply within one month.',
          '',
          '(A demo document made by the Spilno seed.)',
        ]),
      ],
      [
        'demo-staff1',
        {
          action: 'recordMeasure',
          measure: {
            type: 'monitoring_visit',
            date: '2026-10-24',
            addressee: 'ІТТ ГУНП у м. Києві',
            result: 'Виявлено порушення ведення журналу затриманих',
          },
        },
      ],
      [
        'demo-coordinator-kyiv',
        {
          action: 'close',
          outcome: 'partly_restored',
          note: 'Винних осіб притягнуто до дисциплінарної відповідальності.',
        },
      ],
    ],
    messages: [
      [
        'demo-ngo-member',
        'ngo',
        'Дякуємо за швидку реакцію. Чи можемо ми бути присутніми під час моніторингового візиту?',
      ],
    ],
  },
  {
    id: 'demo-report-information',
    orgId: ORG_KYIV,
    author: 'demo-ngo-admin',
    content: {
      ...base,
      title: 'Відмова надати публічну інформацію про укриття',
      description:
        'Районна державна адміністрація вдруге відмовила організації в переліку укриттів району та їхньому стані, пославшись на «службовий характер» інформації без належного обґрунтування.',
      incidentDate: '2026-10-14',
      regionCode: 'UA-30',
      locality: 'Київ, Оболонський район',
      violator: {
        kind: 'local_government',
        name: 'Оболонська районна в місті Києві державна адміністрація',
      },
      rights: ['information'],
      area: 'prevention',
    },
    registeredDaysAgo: 25,
    steps: [
      ['demo-coordinator-kyiv', { action: 'startReview' }],
      [
        'demo-staff1',
        {
          action: 'decide',
          forms: ['submission'],
          rationale:
            'Інформація про укриття є суспільно необхідною; відмова не відповідає трискладовому тесту.',
        },
      ],
      [
        'demo-staff1',
        {
          action: 'recordMeasure',
          measure: {
            type: 'official_letter',
            date: '2026-11-10',
            addressee: 'Голові Оболонської РДА',
            outgoingNumber: '1290/2026-вих',
          },
        },
      ],
    ],
  },
  {
    id: 'demo-report-eviction',
    orgId: ORG_LVIV,
    author: 'demo-ngo-lviv',
    content: {
      ...base,
      title: 'Виселення внутрішньо переміщених родин з модульного містечка',
      description:
        'Адміністрація модульного містечка вимагає від дванадцяти родин ВПО звільнити житло до кінця місяця без пропозиції іншого житла, серед них родини з маленькими дітьми.',
      incidentDate: '2026-11-01',
      regionCode: 'UA-46',
      locality: 'Львів',
      violator: {
        kind: 'local_government',
        name: 'Департамент житлового господарства Львівської міської ради',
      },
      rights: ['housing', 'idp', 'child'],
      area: 'restoration',
      victimsCount: 38,
      vulnerableGroups: { children: true, disabilities: false, deprivedOfLiberty: false },
    },
    registeredDaysAgo: 15,
    evidence: [
      textFile('Вимога про звільнення житла (переписано).txt', [
        'Вимога адміністрації модульного містечка від 30.10.2026',
        '',
        '«Мешканцям будинків 4–7 звільнити займані приміщення до 30.11.2026 у зв’язку',
        'із завершенням строку розміщення». Підпис: адміністратор. Іншого житла не запропоновано.',
      ]),
    ],
    steps: [
      ['demo-coordinator-lviv', { action: 'startReview' }],
      [
        'demo-coordinator-lviv',
        {
          action: 'requestInfo',
          request: 'Просимо надати копії вимог про виселення та договорів користування житлом.',
        },
      ],
    ],
    messages: [
      [
        'demo-coordinator-lviv',
        'secretariat',
        'Документи можна надіслати й поштою на адресу регіонального представництва.',
      ],
    ],
  },
  {
    id: 'demo-report-journalist',
    orgId: ORG_LVIV,
    author: 'demo-ngo-lviv',
    content: {
      ...base,
      title: 'Погрози журналістці після публікації про закупівлі',
      description:
        'Після публікації розслідування про закупівлі лікарні журналістці телефонують із погрозами; поліція відмовляється реєструвати заяву.',
      incidentDate: '2026-11-18',
      regionCode: 'UA-46',
      locality: 'Дрогобич',
      violator: { kind: 'state_body', name: 'Дрогобицький районний відділ поліції' },
      rights: ['expression', 'life'],
      area: 'restoration',
      urgent: true,
      urgencyReason: 'Погрози життю журналістки тривають щодня.',
    },
    registeredDaysAgo: 3,
    steps: [['demo-coordinator-lviv', { action: 'startReview' }]],
  },
  {
    id: 'demo-report-shelter',
    orgId: ORG_KHARKIV,
    author: 'demo-ngo-kharkiv',
    content: {
      ...base,
      title: 'Діти навчаються в укритті без гарячого харчування',
      description:
        'Учні початкової школи третій тиждень навчаються в укритті, де немає гарячого харчування й медичного працівника, хоча це передбачено рішенням міської ради.',
      incidentDate: '2026-11-17',
      regionCode: 'UA-63',
      locality: 'Харків',
      violator: { kind: 'local_government', name: 'Департамент освіти Харківської міської ради' },
      rights: ['child', 'education', 'health'],
      area: 'prevention',
      victimsCount: 120,
      vulnerableGroups: { children: true, disabilities: false, deprivedOfLiberty: false },
      urgent: true,
      urgencyReason: 'Загроза здоров’ю дітей.',
    },
    registeredDaysAgo: 2,
    steps: [],
  },
  {
    id: 'demo-report-detention-conditions',
    orgId: ORG_DNIPRO,
    author: 'demo-staff2',
    content: {
      ...base,
      title: 'Скарга на умови тримання, подана повторно',
      description:
        'Організація повторно повідомляє про ті самі умови тримання, щодо яких уже триває провадження за зверненням іншої організації.',
      incidentDate: '2026-09-28',
      regionCode: 'UA-12',
      locality: 'Дніпро',
      violator: { kind: 'state_body', name: 'Дніпровська установа виконання покарань (№ 4)' },
      rights: ['deprived_of_liberty', 'torture'],
      area: 'prevention',
    },
    registeredDaysAgo: 35,
    steps: [
      [
        'demo-staff1',
        {
          action: 'decline',
          reason:
            'Щодо цих обставин уже відкрито провадження; організацію буде поінформовано в межах нього.',
        },
      ],
    ],
  },
  {
    id: 'demo-report-overdue',
    orgId: ORG_LVIV,
    author: 'demo-ngo-lviv',
    content: {
      ...base,
      title: 'Відмова в реєстрації місця проживання людині з інвалідністю',
      description:
        'Центр надання адміністративних послуг відмовляє у реєстрації місця проживання через недоступність приміщення для людини на кріслі колісному.',
      incidentDate: '2026-10-05',
      regionCode: 'UA-46',
      locality: 'Стрий',
      violator: { kind: 'local_government', name: 'ЦНАП Стрийської міської ради' },
      rights: ['disability', 'non_discrimination'],
      area: 'restoration',
      vulnerableGroups: { children: false, disabilities: true, deprivedOfLiberty: false },
    },
    registeredDaysAgo: 34,
    steps: [['demo-coordinator-lviv', { action: 'startReview' }]],
  },
  {
    id: 'demo-report-withdrawn',
    orgId: ORG_KYIV,
    author: 'demo-ngo-member',
    content: {
      ...base,
      title: 'Відключення води в гуртожитку',
      description:
        'Мешканцям гуртожитку без попередження відключили холодну воду на тиждень; серед мешканців є літні люди.',
      incidentDate: '2026-11-08',
      regionCode: 'UA-30',
      locality: 'Київ',
      violator: { kind: 'other', name: 'Управитель гуртожитку ТОВ «Житло-Сервіс»' },
      rights: ['housing'],
      area: 'restoration',
    },
    registeredDaysAgo: 10,
    steps: [
      [
        'demo-ngo-member',
        { action: 'withdraw', reason: 'Воду відновили після звернення до міської ради.' },
      ],
    ],
  },
  {
    id: 'demo-report-draft',
    orgId: ORG_KYIV,
    author: 'demo-ngo-member',
    draft: true,
    content: {
      ...base,
      title: 'Чернетка: недоступність виборчої дільниці',
      description:
        'Виборча дільниця розташована на другому поверсі без пандуса й ліфта; людям на кріслах колісних голосувати неможливо.',
      incidentDate: '2026-11-20',
      regionCode: 'UA-30',
      locality: 'Київ',
      violator: {
        kind: 'local_government',
        name: 'Дарницька районна в місті Києві державна адміністрація',
      },
      rights: ['electoral', 'disability'],
      area: 'prevention',
    },
    steps: [],
  },
];

function actorOf(uid: string): Actor {
  const account = DEMO_ACCOUNTS.find((a) => a.uid === uid);
  if (!account) throw new Error(`No demo account ${uid}`);
  return { uid, ...account.claims };
}

/** Adds a file as this person would through `/api/uploads`: the same checks, store and record. */
async function attach(uid: string, reportId: string, kind: AttachmentKind, file: DemoFile) {
  const account = DEMO_ACCOUNTS.find((a) => a.uid === uid);
  if (!account) throw new Error(`No demo account ${uid}`);
  const { id } = await storeAttachment(
    { uid, ...account.claims },
    {
      address: { target: 'report', id: reportId, kind },
      originalName: file.name,
      body: file.bytes(),
      limits: uploadLimits(),
    },
  );
  return id;
}

const ACTIONS = {
  assign,
  startReview,
  requestInfo,
  provideInfo,
  decide,
  decline,
  recordMeasure,
  close,
  withdraw,
} as const;

/** Plays the demo reports that do not exist yet; safe to run again. */
export async function seedDemoReports(): Promise<number> {
  let created = 0;
  for (const report of DEMO_REPORTS) {
    // A draft is the organisation's, apart from the reports (`reportDrafts`).
    const ref = db().doc(`${report.draft ? 'reportDrafts' : 'reports'}/${report.id}`);
    if ((await ref.get()).exists) continue;
    const registeredAt = new Date(
      Date.now() - (report.registeredDaysAgo ?? 0) * 24 * 60 * 60 * 1000,
    );
    const now = FieldValue.serverTimestamp();
    await ref.set({
      ...report.content,
      orgId: report.orgId,
      status: report.draft ? 'draft' : 'submitted',
      intake: report.author === 'demo-staff2' ? 'post' : 'web',
      ...(report.author === 'demo-staff2' ? { intakeBy: 'demo-staff2' } : {}),
      createdBy: report.author,
      createdAt: now,
      updatedAt: now,
    });
    if (report.personalData) {
      await ref
        .collection('private')
        .doc('personalData')
        .set({
          ...report.personalData,
          orgId: report.orgId,
          createdBy: report.author,
          createdAt: now,
          updatedAt: now,
        });
    }
    created++;
    if (report.draft) continue;
    await registerSubmittedReport(report.id, registeredAt);
    for (const file of report.evidence ?? []) {
      await attach(report.author, report.id, 'evidence', file);
    }
    for (const [uid, step, document] of report.steps) {
      const run = ACTIONS[step.action as keyof typeof ACTIONS] as (
        actor: Actor,
        input: unknown,
      ) => Promise<unknown>;
      const input =
        document && step.action === 'recordMeasure'
          ? {
              ...step,
              measure: {
                ...step.measure,
                documentAttachmentId: await attach(uid, report.id, 'measure_document', document),
              },
            }
          : step;
      await run(actorOf(uid), { ...input, reportId: report.id });
    }
    for (const [authorUid, side, text] of report.messages ?? []) {
      await ref.collection('messages').add({
        orgId: report.orgId,
        side,
        kind: 'message',
        text,
        attachmentIds: [],
        authorUid,
        authorName: DEMO_ACCOUNTS.find((a) => a.uid === authorUid)?.displayName ?? '',
        createdAt: now,
      });
    }
  }
  return created;
}

export const DEMO_RESPONSE_TEMPLATES = [
  {
    id: 'info-documents',
    kind: 'info_request',
    title: 'Запит копій документів',
    text: 'Для розгляду звернення просимо надати копії документів, що підтверджують описані обставини (рішення, листування з органом влади, фото- чи відеоматеріали).',
  },
  {
    id: 'info-consent',
    kind: 'info_request',
    title: 'Згода постраждалої особи',
    text: 'Просимо надати письмову згоду постраждалої особи на обробку її персональних даних та представництво її інтересів організацією.',
  },
  {
    id: 'decision-submission',
    kind: 'decision',
    title: 'Подання до органу влади',
    text: 'За результатами розгляду Уповноважений вирішив внести подання до органу влади з вимогою усунути порушення прав людини та повідомити про вжиті заходи у місячний строк.',
  },
  {
    id: 'decline-competence',
    kind: 'decline',
    title: 'Поза межами компетенції',
    text: 'Звернення стосується відносин між приватними особами, на які не поширюється парламентський контроль Уповноваженого. Рекомендуємо звернутися до суду або до органів, зазначених нижче.',
  },
  {
    id: 'measure-letter',
    kind: 'measure',
    title: 'Лист до органу влади',
    text: 'Надіслано лист із вимогою надати пояснення щодо обставин, викладених у зверненні, та інформацію про вжиті заходи.',
  },
  {
    id: 'close-restored',
    kind: 'close',
    title: 'Права відновлено',
    text: 'Орган влади усунув порушення; права постраждалих осіб відновлено. Дякуємо організації за співпрацю.',
  },
] as const;
