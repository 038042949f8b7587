/**
 * What the report form holds, as typed: strings and ticks (validation and mapping are in
 * report-form.ts). Kept apart from the schemas so that keeping a draft on the device, which
 * every app page may do on signing out, loads no zod.
 */
export interface PersonValues {
  fullName: string;
  birthYear: string;
  contact: string;
  notes: string;
}

export interface ReportFormValues {
  title: string;
  description: string;
  incidentDate: string;
  regionCode: string;
  locality: string;
  violatorKind: string;
  violatorName: string;
  rights: string[];
  area: string;
  victimsCount: string;
  children: boolean;
  disabilities: boolean;
  deprivedOfLiberty: boolean;
  urgent: boolean;
  urgencyReason: string;
  consentToPublish: boolean;
  victims: PersonValues[];
  witnesses: PersonValues[];
}

export const EMPTY_PERSON: PersonValues = { fullName: '', birthYear: '', contact: '', notes: '' };

export const EMPTY_REPORT: ReportFormValues = {
  title: '',
  description: '',
  incidentDate: '',
  regionCode: '',
  locality: '',
  violatorKind: '',
  violatorName: '',
  rights: [],
  area: '',
  victimsCount: '',
  children: false,
  disabilities: false,
  deprivedOfLiberty: false,
  urgent: false,
  urgencyReason: '',
  consentToPublish: false,
  victims: [],
  witnesses: [],
};
