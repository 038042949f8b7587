import { entry, type Bilingual } from './error-entry.js';

/** Legislative proposals: refusals of `proposalAction` and of the comparative table's route. */
export const PROPOSAL_ERRORS = {
  'PROPOSAL.NOT_FOUND': entry(
    'not-found',
    'Такої пропозиції немає',
    'There is no such proposal',
    404,
  ),
  'PROPOSAL.DRAFT_NOT_FOUND': entry(
    'not-found',
    'Чернетки цієї пропозиції немає',
    'There is no draft of this proposal',
  ),
  'PROPOSAL.INCOMPLETE': entry<{ fields: Bilingual }>(
    'failed-precondition',
    (p) => `Пропозицію ще не можна подати: заповніть ${p.fields.uk}`,
    (p) => `The proposal cannot be submitted yet: complete ${p.fields.en}`,
  ),
  'PROPOSAL.NOT_ALLOWED_TO_READ': entry(
    'permission-denied',
    'Ця пропозиція вам не доступна',
    'You may not see this proposal',
    403,
  ),
  'PROPOSAL.COMMENTS_CLOSED': entry(
    'failed-precondition',
    'Коментувати можна лише пропозицію на розгляді ради, і лише членам ради, Секретаріату та авторам',
    'Only a proposal under the council’s review takes comments, from council members, the Secretariat and the authors',
  ),
  'PROPOSAL.CO_AUTHOR_ALREADY_INVITED': entry(
    'already-exists',
    'Цю організацію вже запрошено до співавторства',
    'This organisation has already been invited to co-author',
  ),
  'PROPOSAL.CO_AUTHOR_NOT_ELIGIBLE': entry(
    'failed-precondition',
    'Запросити можна іншу верифіковану громадську організацію',
    'Only another verified NGO may be invited',
  ),
  'PROPOSAL.INVITATION_NOT_FOUND': entry(
    'not-found',
    'Такого запрошення немає',
    'There is no such invitation',
  ),
  'PROPOSAL.TOO_MANY_AUTHORS': entry(
    'failed-precondition',
    'У пропозиції може бути не більше 11 організацій-авторів',
    'A proposal may have at most 11 authoring organisations',
  ),
} as const;
