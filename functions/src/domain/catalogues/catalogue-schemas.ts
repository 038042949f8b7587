import { z } from 'zod';
import { codesOf } from './catalogue.js';
import { AREAS, type AreaCode } from './areas.js';
import { REGIONS, type RegionCode } from './regions.js';
import { RIGHTS, type RightCode } from './rights.js';
import { RESPONSE_FORMS, type ResponseFormCode } from './response-forms.js';
import { MEASURE_TYPES, type MeasureTypeCode } from './measure-types.js';
import { PARLIAMENT_ADDRESSEES, type ParliamentAddresseeCode } from './parliament.js';
import {
  INTAKE_CHANNELS,
  LEGAL_FORMS,
  OUTCOMES,
  VIOLATOR_KINDS,
  type IntakeChannel,
  type LegalForm,
  type OutcomeCode,
  type ViolatorKind,
} from './report-options.js';

/**
 * Zod schemas of the catalogue codes, kept apart from the catalogue data so that a page that
 * only shows labels does not pull zod into its bundle.
 */
export const areaCodeSchema = z.enum(codesOf<AreaCode>(AREAS), {
  error: 'Оберіть напрям співпраці зі списку',
});
export const regionCodeSchema = z.enum(codesOf<RegionCode>(REGIONS), {
  error: 'Оберіть область зі списку',
});
export const rightCodeSchema = z.enum(codesOf<RightCode>(RIGHTS), {
  error: 'Оберіть право зі списку',
});
export const responseFormSchema = z.enum(codesOf<ResponseFormCode>(RESPONSE_FORMS), {
  error: 'Оберіть форму реагування зі списку',
});
export const measureTypeSchema = z.enum(codesOf<MeasureTypeCode>(MEASURE_TYPES), {
  error: 'Оберіть вид заходу зі списку',
});
export const violatorKindSchema = z.enum(codesOf<ViolatorKind>(VIOLATOR_KINDS), {
  error: 'Оберіть, хто порушив права',
});
export const outcomeSchema = z.enum(codesOf<OutcomeCode>(OUTCOMES), {
  error: 'Оберіть результат зі списку',
});
export const intakeChannelSchema = z.enum(codesOf<IntakeChannel>(INTAKE_CHANNELS));
export const legalFormSchema = z.enum(codesOf<LegalForm>(LEGAL_FORMS), {
  error: 'Оберіть організаційно-правову форму',
});
export const parliamentAddresseeSchema = z.enum(
  codesOf<ParliamentAddresseeCode>(PARLIAMENT_ADDRESSEES),
  { error: 'Оберіть адресата: Верховну Раду України або її комітет' },
);
