import type { Detection } from './kinds.js';

/**
 * Street addresses: a street word (вул., просп., пров., бульв., пл., узвіз, шосе …) with its
 * name and a house number, and what follows it (корп., кв., оф.), or a bare «буд. 5»,
 * «кв. 12». A settlement («м. Київ, ») or a postcode right before the street is taken with it.
 * A street named without a number («протест на вул. Хрещатик») is a place, not an address.
 */
/** `cue('вул')` matches «вул» and «Вул»: the flag `i` would make `\p{Lu}` match lower case too. */
const cue = (word: string) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`;

const STREET = `(?:${[
  String.raw`${cue('вул')}(?:\.|иц[яіюе]\p{L}*)`,
  String.raw`${cue('просп')}(?:\.|ект\p{L}*)`,
  String.raw`${cue('пров')}(?:\.|ул\p{L}*)`,
  String.raw`${cue('бульв')}(?:\.|ар\p{L}*)`,
  String.raw`${cue('б')}-р`,
  String.raw`${cue('пл')}(?:\.|ощ\p{L}*)`,
  String.raw`${cue('узв')}(?:\.|із\p{L}*|оз\p{L}*)`,
  cue('шосе'),
  String.raw`${cue('наб')}(?:\.|ережн\p{L}*)`,
  String.raw`${cue('проїзд')}\p{L}*`,
  String.raw`${cue('тупик')}\p{L}*`,
  String.raw`${cue('мкр')}(?:-н|\.)?`,
  String.raw`${cue('мікрорайон')}\p{L}*`,
  String.raw`${cue('ж')}/м`,
].join('|')})`;
/** «Андріївський узвіз, 2», «Харківське шосе, 5»: the name before the street word. */
const NAME_THEN_STREET = String.raw`(?:\p{Lu}[\p{L}\p{M}ʼ'’\-]+\s+){1,2}(?:узвіз|шосе|набережна|провулок|бульвар|проспект|вулиця|площа)`;
const STREET_NAME = String.raw`(?:\s*[\p{Lu}\d][\p{L}\p{M}ʼ'’.\-]*){1,4}`;
const HOUSE = String.raw`(?:(?:${cue('буд')}(?:\.|инок|инку)?|№)\s*)?\d{1,4}(?:\s?[-/]\s?\d{1,4})?(?:\s?[а-яієїґ](?!\p{L}))?`;
const UNIT_WORD = [
  String.raw`корп(?:\.|ус)?`,
  String.raw`к\.`,
  String.raw`під[ʼ'’]?їзд`,
  String.raw`під\.`,
  String.raw`кв(?:\.|артира|артирі)?`,
  String.raw`оф(?:\.|іс)?`,
  String.raw`прим\.`,
  String.raw`секц(?:\.|ія)?`,
].join('|');
const UNIT = String.raw`(?:,?\s*(?:${UNIT_WORD})\s*№?\s*\d{1,4}\p{Ll}?(?![\d\p{L}]))`;
const SETTLEMENT = String.raw`(?:(?:\d{5},?\s*)?(?:м\.|місто|с\.|село|смт|с-ще|селище)\s*\p{Lu}[\p{L}ʼ'’\-]*,?\s*)?`;

const STREET_ADDRESS = new RegExp(
  String.raw`(?<!\p{L})${SETTLEMENT}(?:${STREET}${STREET_NAME}|${NAME_THEN_STREET}),?\s*${HOUSE}${UNIT}*`,
  'gu',
);
const BARE_UNITS = new RegExp(
  String.raw`(?<!\p{L})(?:${cue('буд')}(?:\.|инок|инку)|${cue('кв')}(?:\.|артира|артирі))\s*№?\s*\d{1,4}\p{Ll}?(?![\d\p{L}])${UNIT}*`,
  'gu',
);

export function findAddresses(text: string): Detection[] {
  const found: Detection[] = [];
  for (const pattern of [STREET_ADDRESS, BARE_UNITS]) {
    for (const match of text.matchAll(pattern)) {
      const value = match[0].replace(/[\s,]+$/u, '');
      found.push({ kind: 'address', index: match.index, length: value.length });
    }
  }
  return found;
}
