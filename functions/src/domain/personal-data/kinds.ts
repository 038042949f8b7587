/** What the personal-data check can flag in a text meant for the public. */
export const PERSONAL_DATA_KINDS = [
  'email',
  'phone',
  'tax_number',
  'passport',
  'bank_card',
  'bank_account',
  'birth_date',
  'address',
  'name',
  'number',
] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, { uk: string; en: string }> = {
  email: { uk: 'адреса електронної пошти', en: 'email address' },
  phone: { uk: 'номер телефону', en: 'phone number' },
  tax_number: { uk: 'реєстраційний номер облікової картки платника податків', en: 'tax number' },
  passport: { uk: 'номер паспорта', en: 'passport number' },
  bank_card: { uk: 'номер банківської картки', en: 'bank card number' },
  bank_account: { uk: 'номер банківського рахунку (IBAN)', en: 'bank account number (IBAN)' },
  birth_date: { uk: 'дата народження', en: 'date of birth' },
  address: { uk: 'адреса', en: 'street address' },
  name: { uk: 'ім’я особи з обмеженої частини звернення', en: 'name of a protected person' },
  number: { uk: 'номер, що може ідентифікувати особу', en: 'number that may identify a person' },
};

/** Why a flag was raised where the kind alone does not say enough, for the editor. */
export type FindingHint =
  | 'tax_number_by_context'
  | 'ten_digits_not_tax_number'
  | 'id_card_or_phone'
  | 'demographic_record'
  | 'birth_date_by_context'
  | 'possible_birth_date';

export const FINDING_HINTS: Record<FindingHint, { uk: string; en: string }> = {
  tax_number_by_context: {
    uk: 'Названо як РНОКПП, хоча контрольна цифра не збігається: можливо, номер записано з помилкою',
    en: 'Called a tax number though its check digit is wrong: possibly mistyped',
  },
  ten_digits_not_tax_number: {
    uk: 'Десятизначне число без правильної контрольної цифри РНОКПП: можливо, номер телефону без нуля, номер документа, справи чи рахунку, або РНОКПП з помилкою',
    en: 'A ten-digit number that fails the tax number check: perhaps a phone number without its 0, a document, case or account number, or a mistyped tax number',
  },
  id_card_or_phone: {
    uk: 'Дев’ять цифр: номер ID-картки або номер телефону без нуля',
    en: 'Nine digits: an ID card number, or a phone number without its 0',
  },
  demographic_record: {
    uk: 'Унікальний номер запису в Єдиному державному демографічному реєстрі (містить дату народження)',
    en: 'Record number in the State Demographic Register (it contains the date of birth)',
  },
  birth_date_by_context: {
    uk: 'Дата поруч зі словом «народження» або його скороченням',
    en: 'A date next to the word «born» or its abbreviation',
  },
  possible_birth_date: {
    uk: 'Повна дата давнього року: можливо, дата народження',
    en: 'A full date of a long-past year: possibly a date of birth',
  },
};

/** A span of text a detector found, before it is given an id. */
export interface Detection {
  kind: PersonalDataKind;
  index: number;
  length: number;
  hint?: FindingHint;
}
