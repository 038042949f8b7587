import { formatDate } from '../mail/render.js';
import { entry } from './error-entry.js';

/** Organisations, their members, invitations and requests to join. */
export const ORGANISATION_ERRORS = {
  'ORG.NOT_FOUND': entry(
    'not-found',
    'Такої організації немає в системі',
    'There is no such organisation in Spilno',
  ),
  'ORG.LEAD_ONLY': entry(
    'permission-denied',
    'Цю дію виконує керівник організації',
    'Only the organisation’s lead can do this',
  ),
  'ORG.ROLE_CANNOT_REGISTER': entry(
    'failed-precondition',
    'Обліковий запис працівника Секретаріату не може реєструвати громадську організацію',
    'A Secretariat account cannot register an NGO',
  ),
  'ORG.ROLE_CANNOT_JOIN': entry(
    'failed-precondition',
    'Обліковий запис із роллю Секретаріату не може приєднатися до ГО',
    'An account with a Secretariat role cannot join an NGO',
  ),
  'ORG.NOT_A_MEMBER': entry(
    'failed-precondition',
    'Користувач не є членом цієї організації: його має запросити керівник організації',
    'The user is not a member of this organisation: its lead has to invite them',
  ),
  'ORG.MEMBER_NOT_FOUND': entry(
    'not-found',
    'Такого члена організації немає',
    'There is no such member of the organisation',
  ),
  'ORG.JOIN_REQUEST_NOT_FOUND': entry(
    'not-found',
    'Запиту на приєднання немає або його вже розглянуто',
    'There is no such request to join, or it has been decided already',
  ),
  'ORG.LEAD_CANNOT_LEAVE': entry(
    'failed-precondition',
    'Спершу передайте роль керівника іншому члену організації',
    'Hand the lead role to another member first',
  ),
  'ORG.SAME_PERSON': entry(
    'invalid-argument',
    'Оберіть іншого члена організації',
    'Choose another member of the organisation',
  ),
  /** `where`: the invitation link did not lead anywhere, or the lead revokes one that is gone. */
  'MEMBERSHIP.INVITATION_NOT_FOUND': entry<{ where: 'link' | 'list' }>(
    'not-found',
    (p) =>
      p.where === 'link'
        ? 'Запрошення не знайдено. Перевірте посилання або попросіть нове.'
        : 'Запрошення не знайдено',
    (p) =>
      p.where === 'link'
        ? 'The invitation was not found. Check the link or ask for a new one.'
        : 'The invitation was not found',
  ),
  'MEMBERSHIP.INVITATION_USED': entry(
    'failed-precondition',
    'Це запрошення вже використано. Кожне запрошення діє лише один раз.',
    'This invitation has already been used. Each invitation works once.',
  ),
  'MEMBERSHIP.INVITATION_REVOKED': entry(
    'failed-precondition',
    'Організація відкликала це запрошення.',
    'The organisation revoked this invitation.',
  ),
  'MEMBERSHIP.INVITATION_EXPIRED': entry(
    'failed-precondition',
    'Строк дії запрошення минув. Попросіть керівника організації надіслати нове.',
    'The invitation has expired. Ask the organisation’s lead for a new one.',
  ),
  'MEMBERSHIP.INVITATION_NOT_PENDING': entry(
    'failed-precondition',
    'Відкликати можна лише запрошення, яке ще не використано',
    'Only an invitation that has not been used can be revoked',
  ),
  /** `maskedEmail`: the invited address, masked (`m***o@example.org`). */
  'MEMBERSHIP.INVITATION_OTHER_EMAIL': entry<{ maskedEmail: string }>(
    'permission-denied',
    (p) => `Запрошення надіслано на іншу адресу. Увійдіть з обліковим записом ${p.maskedEmail}.`,
    (p) => `The invitation was sent to another address. Sign in as ${p.maskedEmail}.`,
  ),
  /**
   * A person belongs to one organisation at a time (was also `ORG.ALREADY_MEMBER`). `who`:
   * the caller themselves, a person a lead approves, or an address a lead invites.
   */
  'MEMBERSHIP.ALREADY_MEMBER': entry<{ who: 'you' | 'person' | 'invitee' }>(
    'failed-precondition',
    (p) =>
      ({
        you: 'Ви вже належите до організації. Людина може бути членом лише однієї організації одночасно.',
        person: 'Ця людина вже має роль в іншій організації або в Секретаріаті',
        invitee: 'Ця людина вже є членом організації',
      })[p.who],
    (p) =>
      ({
        you: 'You already belong to an organisation. A person can be a member of one organisation at a time.',
        person: 'This person already has a role in another organisation or in the Secretariat',
        invitee: 'This person is already a member of the organisation',
      })[p.who],
  ),
  /** `until`: ISO time the open invitation expires. */
  'MEMBERSHIP.ALREADY_INVITED': entry<{ until: string }>(
    'already-exists',
    (p) =>
      `На цю адресу вже надіслано запрошення, воно діє до ${formatDate(p.until, 'uk')}. Щоб надіслати нове, спершу відкличте його.`,
    (p) =>
      `An invitation to this address is already open until ${formatDate(p.until, 'en')}. Revoke it first to send a new one.`,
  ),
  /** `from`: ISO time from which the person may ask again. */
  'MEMBERSHIP.JOIN_REQUEST_DECLINED': entry<{ from: string }>(
    'failed-precondition',
    (p) =>
      `Керівник організації відхилив ваш запит на приєднання. Подати новий можна з ${formatDate(p.from, 'uk')}.`,
    (p) =>
      `The organisation’s lead declined your request to join. You can ask again from ${formatDate(p.from, 'en')}.`,
  ),
  'MEMBERSHIP.EMAIL_NOT_VERIFIED': entry<{ email?: string | undefined }>(
    'failed-precondition',
    (p) =>
      `Спершу підтвердіть адресу електронної пошти${p.email ? ` ${p.email}` : ''}: відкрийте посилання з листа, який ми надіслали.`,
    (p) =>
      `Confirm your email address${p.email ? ` ${p.email}` : ''} first: open the link in the email we sent.`,
  ),
} as const;
