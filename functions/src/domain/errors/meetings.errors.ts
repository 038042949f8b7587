import { entry } from './error-entry.js';

/** Council meetings (`meetingAction`). */
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
    // The title is Ukrainian: the English sentence does without it.
    () =>
      'Only proposals endorsed by their council, and on no other agenda, go on an agenda; one of those chosen is not',
  ),
  /** `problems`: what is missing from the record, one per line. */
  'MEETING.RECORD_INCOMPLETE': entry<{ problems: string }>(
    'invalid-argument',
    ({ problems }) => `Протокол засідання не записано: ${problems}`,
    // The problems are the domain's Ukrainian sentences (meeting-record.ts).
    () =>
      'The meeting’s record was not saved: give one decision for every agenda item and mark who was present',
  ),
};
