import type { ParliamentMessages } from './parliament.uk.js';

/** English text of the recommendation to Parliament and the legislative tracker. */
export const parliamentEn: ParliamentMessages = {
  parliament: {
    heading: 'Recommendation to the Verkhovna Rada',
    notSent: 'The recommendation has not been sent yet.',
    addressee: 'Addressee',
    outgoing: 'Outgoing number and date',
    letter: 'Download the letter (DOCX)',
    table: 'Download the comparative table (DOCX)',
    downloadFailed: 'The file could not be downloaded: {reason}',
    bill: 'Bill',
    noBill: 'No bill number recorded yet.',
    stages: 'Stages',
    noStages: 'No stages recorded yet.',
    outcome: 'Outcome',
    outcomeOpen: 'The outcome is not known yet. The Secretariat is reminded every 30 days.',
    send: {
      heading: 'Record the recommendation as sent',
      outgoingNumber: 'Outgoing number',
      sentOn: 'Date of the letter',
      addressee: 'Addressee',
      letterText: 'Text of the letter',
      letterHint: 'The text starts from the proposal’s summary; edit it before sending.',
      submit: 'Record as sent',
    },
    stage: {
      heading: 'Add a stage of the bill',
      billNumber: 'Bill number',
      billHint: 'For example 5655 or 5655-1.',
      stage: 'Stage',
      date: 'Date of the stage',
      note: 'Note',
      submit: 'Add the stage',
    },
    result: {
      heading: 'Record the outcome and close the proposal',
      outcome: 'Outcome',
      note: 'Summary',
      submit: 'Record the outcome',
    },
    sending: 'Recording…',
    done: 'Recorded.',
  },
};
