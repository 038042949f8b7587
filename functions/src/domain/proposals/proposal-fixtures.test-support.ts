import type { ProposalContent } from '../schemas/proposal-content.schema.js';

/** A realistic proposal, whole and valid: the shape tests build on. */
export function sampleProposalContent(): ProposalContent {
  return {
    title: 'Обґрунтованість тримання під вартою після закінчення строку ухвали',
    draftLawTitle:
      'Про внесення змін до Кримінального процесуального кодексу України щодо гарантій права на свободу та особисту недоторканність',
    problem:
      'Після закінчення строку дії ухвали про тримання під вартою людей продовжують тримати під вартою без нового судового рішення, поки справа перебуває в суді.',
    legalActs: [
      {
        key: 'kpk',
        title: 'Кримінальний процесуальний кодекс України',
        number: '4651-VI',
        articles: 'статті 183, 197, 331',
      },
    ],
    internationalStandards: [
      { instrument: 'echr', article: '5' },
      { instrument: 'echr', article: '46' },
      { instrument: 'iccpr', article: '9' },
    ],
    caseLaw: ['Kharchenko v. Ukraine, no. 40107/02, 10 February 2011'],
    justification:
      'Європейський суд з прав людини визнав системною проблему тримання під вартою без судового рішення та вказав на необхідність змін до законодавства.',
    expectedEffect: 'Жодна людина не перебуватиме під вартою без чинного рішення суду.',
    comparativeTable: [
      {
        actKey: 'kpk',
        provision: 'Стаття 197, частина перша',
        kind: 'amend',
        current:
          'Строк дії ухвали слідчого судді, суду про тримання під вартою не може перевищувати шістдесяти днів.',
        proposed:
          'Строк дії ухвали слідчого судді, суду про тримання під вартою не може перевищувати тридцяти днів.',
        justification: 'Стаття 5 § 3 Конвенції',
      },
      {
        actKey: 'kpk',
        provision: 'Стаття 331, частина третя-1',
        kind: 'insert',
        proposed:
          '3-1. Після закінчення строку дії ухвали про тримання під вартою обвинувачений негайно звільняється.',
      },
      {
        actKey: 'kpk',
        provision: 'Стаття 183, частина четверта',
        kind: 'delete',
        current: 'Слідчий суддя, суд має право не визначити розмір застави.',
      },
    ],
    rights: ['liberty', 'fair_trial'],
    attachmentIds: [],
  };
}
