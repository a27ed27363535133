/**
 * Content words for similarity: lower-cased, stop words out, a light suffix stemmer so "profit" and
 * "profits" meet. Case-blind on purpose: lower-cased, tokenised text must rank like the original.
 */
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having he
  her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
  now of off on once only or other our ours ourselves out over own same she should so some such than that the
  their theirs them themselves then there these they this those through to too under until up very was we were
  what when where which while who whom why will with would you your yours yourself yourselves said says say
  told according added mr mrs ms dr one two us it's he's she's that's there's i'm we're they're don't didn't
  can't won't isn't wasn't aren't weren't hasn't haven't hadn't doesn't shouldn't wouldn't couldn't s t n't 's
  may might must shall also however yet still even just like well back much many new first last year years
  lrb rrb lsb rsb lcb rcb cnn`.split(/\s+/),
);

/** A light stemmer: plural and common verb endings, enough to merge inflections for counting. */
export function stem(w: string): string {
  if (w.length <= 3 || DIGIT.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 4) return w.slice(0, -2);
  return w;
}

const DIGIT = /\d/;
const WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/** The word without a possessive "'s", its curly apostrophes made straight ("minister’s" → "minister"). */
export function plainWord(w: string): string {
  const n = w.length;
  // Runs for every word of every sentence: plain string work, not two regex replaces per word.
  if (n >= 2 && w.charCodeAt(n - 1) === 115 /* s */) {
    const c = w.charCodeAt(n - 2);
    if (c === APOSTROPHE || c === RIGHT_QUOTE) w = w.slice(0, -2);
  }
  return w.includes('’') ? w.replaceAll('’', "'") : w;
}

export function contentWords(text: string): string[] {
  const out: string[] = [];
  const lowered = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lowered); m !== null; m = WORD.exec(lowered)) {
    const w = plainWord(m[0]);
    if (STOP_WORDS.has(w) || (w.length === 1 && !DIGIT.test(w))) continue;
    out.push(stem(w));
  }
  return out;
}

/** The common English stop-word list (as in NLTK): function words only, no domain words. */
const FUNCTION_WORDS = new Set(
  `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers
  herself it its itself they them their theirs themselves what which who whom this that these those am is are
  was were be been being have has had having do does did doing a an the and but if or because as until while
  of at by for with about against between into through during before after above below to from up down in out
  on off over under again further then once here there when where why how all any both each few more most
  other some such no nor not only own same so than too very s t can will just don should now`.split(/\s+/),
);

/** Bracket tokens of tokenised corpora ("-lrb- cnn -rrb-"). */
const TOKENISER_MARKS = new Set(['lrb', 'rrb', 'lsb', 'rsb', 'lcb', 'rcb']);

const FREQUENCY_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * Words for Luhn-style frequency: lower-cased, unstemmed, only function words removed. Every occurrence
 * counts, so a sentence built from the article's most repeated words scores high.
 */
export function frequencyWords(text: string): string[] {
  const out: string[] = [];
  const lowered = text.toLowerCase();
  FREQUENCY_WORD.lastIndex = 0;
  for (let m = FREQUENCY_WORD.exec(lowered); m !== null; m = FREQUENCY_WORD.exec(lowered)) {
    const w = m[0].includes('’') ? m[0].replaceAll('’', "'") : m[0];
    if (!FUNCTION_WORDS.has(w) && !TOKENISER_MARKS.has(w)) out.push(w);
  }
  return out;
}
