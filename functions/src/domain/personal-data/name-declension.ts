import { APOSTROPHE, foldWord } from '../text/ukrainian-text.js';

/**
 * The case forms of one word of a Ukrainian name (given name, patronymic or family name), so
 * that the personal-data check finds «Петренка», «Петренкові» and «Петренком» from
 * «Петренко».
 *
 * The forms are generated from the ending alone, eagerly: where the ending allows more than
 * one paradigm (a noun or an adjective, a hard or a soft stem, a vowel that drops or does not)
 * every one is generated, and a family name gets both its masculine and its feminine forms,
 * because a relative's name identifies a victim as surely as their own. A form that never
 * occurs costs nothing; a missed one is a leak. Words are folded (`foldWord`) first, so the
 * forms are lower case with one apostrophe. Seven cases: nominative, genitive, dative,
 * accusative, instrumental, locative, vocative.
 */
export function caseForms(name: string): Set<string> {
  const word = foldWord(name);
  const forms = new Set<string>([word]);
  const add = (stem: string, endings: readonly string[]) => {
    for (const ending of endings) forms.add(stem + ending);
  };
  if (word.length < 2) return forms;

  const last = word.at(-1)!;
  const stem1 = word.slice(0, -1);
  const stem2 = word.slice(0, -2);

  if (/(?:ськ|цьк|зьк)а$/.test(word) || /(?:ов|ев|єв|ін|їн)а$/.test(word)) {
    // Ковальська, Іванова, Кузьміна: an adjectival feminine; the masculine is a relative.
    add(stem1, [...FEMININE_ADJECTIVE, ...HARD_A]);
    add(stem1, /(?:ськ|цьк|зьк)а$/.test(word) ? ['ий', ...MASCULINE_ADJECTIVE] : MASCULINE_IN_OV);
  } else if (/(?:ськ|цьк|зьк)ий$/.test(word) || /[^аеєиіїоуюя]ий$/.test(word)) {
    // Ковальський, Білий: an adjective.
    add(stem2, MASCULINE_ADJECTIVE);
    add(stem2, ['а', ...FEMININE_ADJECTIVE]);
  } else if (word.endsWith('ній') || word.endsWith('ня')) {
    // Задорожній, Задорожня (soft adjectives), but also nouns like Таня: both.
    const base = word.endsWith('ній') ? stem2 : stem1;
    add(base, ['ій', 'ього', 'ьому', 'ім', 'я', 'ьої', 'ій', 'ю', 'ьою']);
    if (word.endsWith('ній')) add(stem1, SOFT_J);
    else add(stem1, SOFT_A);
  } else if (word.endsWith('ія')) {
    // Марія, Наталія, Софія.
    add(stem1, ['ї', 'ю', 'єю', 'є']);
  } else if (last === 'я') {
    // Ілля, Оля.
    add(stem1, SOFT_A);
  } else if (last === 'а') {
    // Олена, Микола, Ольга, Сковорода, Іванівна.
    add(stem1, HARD_A);
    add(velarAlternation(stem1), ['і']);
    if (/[жчшщ]$/.test(stem1)) add(stem1, ['і', 'ею', 'е']);
  } else if (last === 'о') {
    // Петро, Павло, Петренко (a woman's -ко does not decline: the nominative is enough).
    add(stem1, ['а', 'у', 'ові', 'ом', 'і', 'е']);
  } else if (last === 'й') {
    // Андрій, Сергій, Гай.
    add(stem1, SOFT_J);
  } else if (last === 'ь') {
    // Коваль, Василь; Любов-like feminine nouns of the third declension also end in -ь.
    add(stem1, SOFT_CONSONANT);
    add(stem1, ['і']);
    if (word.endsWith('ець')) add(word.slice(0, -3) + 'ц', SOFT_CONSONANT);
    if (word.endsWith('ень')) add(word.slice(0, -3) + 'н', SOFT_CONSONANT);
  } else if (/[иіїеєуюя]$/.test(last)) {
    // Гете, Ґалі: indeclinable.
  } else if (word.endsWith('ів') || word.endsWith('їв')) {
    // Іванів → Іванова, Івановим; Андріїв → Андрієва; the given name Яків → Якова, Яковом.
    // People also decline them without the alternation (Іваніва).
    const alternated = stem2 + (word.endsWith('ів') ? 'ов' : 'єв');
    add(alternated, ['а', 'у', 'ові', 'им', 'ом', 'і']);
    add(word, ['а', 'у', 'ові', 'им', 'ом', 'і']);
  } else {
    consonantForms(word, add);
  }
  return forms;
}

type Add = (stem: string, endings: readonly string[]) => void;

/** A masculine noun ending in a consonant: Іван, Олександр, Ковальчук, Бабич, Іванович. */
function consonantForms(word: string, add: Add) {
  add(word, HARD_CONSONANT);
  if (/[жчшщц]$/.test(word)) add(word, ['ем', 'еві', 'у', 'і']);
  if (/(?:ов|ев|єв|ін|їн)$/.test(word)) {
    // Іванов, Кузьмін: instrumental -им, and the wife's or sister's feminine forms.
    add(word, ['им']);
    add(word, ['а', ...FEMININE_ADJECTIVE]);
  }
  if (/[аеиоуі]р$/.test(word)) add(word, SOFT_CONSONANT); // Ігор → Ігоря, Бондар → Бондаря
  if (/[вбпмф]$/.test(word)) add(word, ['і', APOSTROPHE + 'ю']); // Любов → Любові, Любовʼю
  if (word.endsWith('ок')) add(word.slice(0, -2) + 'к', HARD_CONSONANT); // Жучок → Жучка
  if (word === 'лев') add('льв', HARD_CONSONANT);
  // Федір → Федора, Яків → Якова, Сокіл → Сокола, Лебідь → Лебедя: і of the last syllable.
  const closing = /^(.*)і([^аеєиіїоуюяʼ]+)$/.exec(word);
  if (closing) {
    add(`${closing[1]}о${closing[2]}`, HARD_CONSONANT);
    add(`${closing[1]}е${closing[2]}`, HARD_CONSONANT);
  }
}

/** г → з, к → ц, х → с before the -і of the dative and locative (Ольга → Ользі). */
function velarAlternation(stem: string): string {
  const last = stem.at(-1);
  const alternate = last === 'г' ? 'з' : last === 'к' ? 'ц' : last === 'х' ? 'с' : undefined;
  return alternate ? stem.slice(0, -1) + alternate : stem;
}

const HARD_A = ['а', 'и', 'і', 'у', 'ою', 'о'];
const SOFT_A = ['я', 'і', 'ю', 'ею', 'е'];
const SOFT_J = ['й', 'я', 'ю', 'єві', 'єм', 'ї', 'є'];
const HARD_CONSONANT = ['', 'а', 'у', 'ові', 'ом', 'і', 'е'];
const SOFT_CONSONANT = ['ь', 'я', 'ю', 'еві', 'ем', 'і'];
const MASCULINE_ADJECTIVE = ['ий', 'ого', 'ому', 'им', 'ім'];
const FEMININE_ADJECTIVE = ['ої', 'ій', 'у', 'ою', 'а'];
const MASCULINE_IN_OV = ['', 'а', 'у', 'ові', 'им', 'і'];
