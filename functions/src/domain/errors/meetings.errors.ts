import { entry } from './error-entry.js';

/** Council meetings (`meetingAction`) and recommendations to Parliament (`parliamentAction`). */
export const MEETING_ERRORS = {
  'MEETING.NOT_FOUND': entry('not-found', 'Такого засідання немає', 'There is no such meeting'),
  'MEETING.STAFF_ONLY': entry(
    'permission-denied',
    'Засідання рад планують і записують працівники Секретаріату',
    'Council meetings are scheduled and recorded by Secretariat staff',
  ),
  'MEETING.IN_THE_PAST': entry(
    'invalid-argument',
    'Засідання не можна призначити на час, що вже минув',
    'A meeting cannot be scheduled for a time that has passed',
  ),
  'MEETING.OTHER_COUNCIL': entry(
    'invalid-argument',
    'Засідання не можна перенести до іншої ради; скасуйте його і призначте нове',
    'A meeting cannot move to another council; cancel it and schedule a new one',
  ),
  /** `title`: the agenda item whose proposal cannot be put on the agenda. */
  'MEETING.PROPOSAL_NOT_ENDORSED': entry<{ title: string }>(
    'failed-precondition',
    ({ title }) =>
      `До порядку денного вносять лише схвалені радою пропозиції, а «${title}» не схвалена або вже в іншому порядку денному`,
    ({ title }) =>
      `Only proposals endorsed by their council go on an agenda; «${title}» is not endorsed or is on another agenda`,
  ),
  /** `problems`: what is missing from the record, one per line. */
  'MEETING.RECORD_INCOMPLETE': entry<{ problems: string }>(
    'invalid-argument',
    ({ problems }) => `Протокол засідання не записано: ${problems}`,
    ({ problems }) => `The meeting’s record was not saved: ${problems}`,
  ),
  'PARLIAMENT.PROPOSAL_NOT_FOUND': entry(
    'not-found',
    'Такої пропозиції немає',
    'There is no such proposal',
  ),
  'PARLIAMENT.NOT_SENT': entry(
    'failed-precondition',
    'Рекомендацію ще не направлено до Верховної Ради',
    'The recommendation has not been sent to Parliament yet',
  ),
  /** `problem`: why the tracker cannot take the stages or the outcome. */
  'PARLIAMENT.TRACKER_INVALID': entry<{ problem: string }>(
    'invalid-argument',
    ({ problem }) => `Хід законопроєкту не записано: ${problem}`,
    ({ problem }) => `The bill’s progress was not saved: ${problem}`,
  ),
};
