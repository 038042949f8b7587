/**
 * A light Ukrainian stemmer for search: it strips one inflectional ending (and the reflexive
 * -ся/-сь), so that the forms of one word meet: «порушення», «порушень», «порушенням» →
 * «порушен»; «право», «права», «правами» → «прав». In the spirit of the light stemmers
 * (Snowball's region after the first vowel, longest ending first), written for this project.
 * It does not touch derivation («правовий» stays apart from «право») nor the vowel
 * alternations of the stem («рік»/«року», «Київ»/«Києва»): a light stemmer errs towards
 * keeping words apart, which costs recall, not precision.
 *
 * Input is a folded search word (`searchWord`): lower case, no apostrophe.
 */
const VOWELS = /[аеєиіїоуюя]/;

/** Longest first; each is stripped only after the first vowel and when 3+ letters remain. */
const ENDINGS = [
  // adjectives and participles
  'ього',
  'ьому',
  'ими',
  'іми',
  'ого',
  'ому',
  'ьої',
  'ьою',
  'их',
  'іх',
  'им',
  'ім',
  'ий',
  'ій',
  'ої',
  'ою',
  'ую',
  'юю',
  'ая',
  'яя',
  // verbs
  'ується',
  'юються',
  'ували',
  'ювали',
  'увати',
  'ювати',
  'ують',
  'юють',
  'єть',
  'ємо',
  'єте',
  'али',
  'или',
  'ила',
  'ало',
  'ило',
  'ати',
  'ити',
  'іти',
  'ять',
  'ать',
  'уть',
  'ють',
  'ить',
  'іть',
  'емо',
  'имо',
  'ете',
  'ите',
  'ив',
  'ав',
  // nouns
  'ами',
  'ями',
  'ові',
  'еві',
  'єві',
  'ях',
  'ах',
  'ам',
  'ям',
  'ом',
  'ем',
  'єм',
  'ею',
  'єю',
  'ів',
  'їв',
  'ей',
  'а',
  'я',
  'у',
  'ю',
  'о',
  'е',
  'є',
  'и',
  'і',
  'ї',
  'ь',
  'й',
].sort((a, b) => b.length - a.length);

const MIN_STEM = 3;

export function ukrainianStem(word: string): string {
  if (word.length <= MIN_STEM || !/^[а-яієїґ]+$/.test(word)) return word;
  const firstVowel = word.search(VOWELS);
  if (firstVowel < 0) return word;
  const regionStart = firstVowel + 1;
  let stem = word;
  for (const reflexive of ['ся', 'сь']) {
    if (stem.endsWith(reflexive) && stem.length - 2 >= Math.max(MIN_STEM, regionStart)) {
      stem = stem.slice(0, -2);
      break;
    }
  }
  for (const ending of ENDINGS) {
    if (stem.endsWith(ending) && stem.length - ending.length >= Math.max(MIN_STEM, regionStart)) {
      stem = stem.slice(0, -ending.length);
      break;
    }
  }
  // «порушенн-я» and «порушен-ь» meet: a doubled final consonant counts once.
  if (stem.length > MIN_STEM && stem.at(-1) === stem.at(-2) && !VOWELS.test(stem.at(-1)!))
    stem = stem.slice(0, -1);
  return stem;
}

/** A tiny English counterpart for the English texts: plurals and -ing/-ed. */
export function englishStem(word: string): string {
  if (word.length <= 4 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  for (const ending of ['ing', 'ed', 's']) {
    if (word.endsWith(ending) && !word.endsWith('ss') && word.length - ending.length >= 3)
      return word.slice(0, -ending.length);
  }
  return word;
}
