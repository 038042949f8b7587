import { STAGE_REFUSAL_TEXT, type StageRefusal } from '../proposals/legislative-tracker.js';
import { entry, type Bilingual } from './error-entry.js';

/** The recommendation to Parliament and its tracker: refusals of `parliamentAction` and of the letter's route. */
export const PARLIAMENT_ERRORS = {
  'PARLIAMENT.NOT_SENT': entry(
    'not-found',
    'Рекомендацію щодо цієї пропозиції ще не направлено до парламенту',
    'No recommendation on this proposal has been sent to Parliament yet',
    404,
  ),
  'PARLIAMENT.BILL_NUMBER_REQUIRED': entry(
    'failed-precondition',
    'Вкажіть номер законопроєкту, перш ніж записувати його етапи',
    'Give the bill number before recording its stages',
  ),
  'PARLIAMENT.DATE_IN_FUTURE': entry(
    'invalid-argument',
    'Дата етапу ще не настала',
    'The date of the stage has not come yet',
  ),
  'PARLIAMENT.STAGE_REFUSED': entry<{ refusal: StageRefusal; stage: Bilingual }>(
    'failed-precondition',
    (p) => `Етап «${p.stage.uk}» не можна записати: ${lower(STAGE_REFUSAL_TEXT[p.refusal].uk)}`,
    (p) =>
      `The stage “${p.stage.en}” cannot be recorded: ${lower(STAGE_REFUSAL_TEXT[p.refusal].en)}`,
  ),
  'PARLIAMENT.OUTCOME_WITHOUT_ADOPTION': entry(
    'failed-precondition',
    'Рекомендацію враховано (повністю чи частково) лише тоді, коли закон прийнято в цілому: запишіть цей етап',
    'A recommendation is adopted (fully or partly) only once the law is adopted as a whole: record that stage',
  ),
};

const lower = (sentence: string) => sentence.charAt(0).toLowerCase() + sentence.slice(1);
