/**
 * What a person is told about a phone number that is not one (phone.ts). Apart from the
 * phone library, so that the forms' messages (web/src/forms/problems.ts) do not load it.
 */
export const PHONE_MESSAGE = {
  uk: 'Вкажіть український номер телефону, наприклад 050 123 45 67 або +380 50 123 45 67',
  en: 'Enter a Ukrainian phone number, for example 050 123 45 67 or +380 50 123 45 67',
} as const;
