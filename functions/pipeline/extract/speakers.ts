/**
 * Who said each quote. Two steps:
 *  1. attribution: find the words the article used for the speaker, in the quote's own sentence (`"…," X
 *     said`, `said X`, `X said: "…"`, `according to X`, `X mentioned “…”`), in a paragraph ending with a
 *     colon before a bare quote, or, failing that, carried over from the previous quote (a quote that
 *     continues the previous speaker);
 *  2. resolution: turn those words into a full name. A name maps to the full form the article uses
 *     ("Lavrov" → "Sergey Lavrov"); "he"/"she" to the most recent compatible person; a description ("the
 *     minister", "the top Russian diplomat") to the most recent person whose title fits it.
 */
import { paragraphAt } from '../article.ts';
import type { Entity } from '../factsheet.ts';
import { findNameMentions, resolvePersonNames } from './entities.ts';
import { splitSentences, type SentenceSpan } from './sentences.ts';
import {
  afterLocative,
  AUXILIARIES,
  DEMONYMS,
  firstNameGender,
  genderOfName,
  GROUP_NOUNS,
  HONORIFICS,
  nameKey,
  NON_NAME_WORDS,
  ORG_WORDS,
  OUTLET_WORDS,
  type Gender,
  peopleIndex,
  PERSON_NOUNS,
  PLACES,
  SOURCE_NOUNS,
  SPEECH_VERBS,
  TITLE_WORDS,
  WEAK_SPEECH_VERBS,
  wordBefore,
} from './names.ts';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote ran to the end of its paragraph. */
  close: number;
  /** The quoted words, trimmed. */
  start: number;
  end: number;
  paragraph: number;
}

export interface Attribution {
  speaker: string | null;
  mention: string | null;
  mentionStart: number | null;
  mentionEnd: number | null;
  via: 'after' | 'before' | 'colon' | 'continuation' | 'previous' | 'subject' | 'none';
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORDS = /-[lr][rsc]b-|\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|Sens|Reps|Govs)\.|\b\p{Lu}\.(?= \p{Lu})|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*(?:\.(?=\p{L}\.))?(?:\p{L}\.)*(?:\.(?=\)))?|[,;:.!?—–―()]|(?<=\s)-(?=\s)/gu;
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'one', 'another']);
/** Words that end a noun phrase when reading backwards from a verb. */
const NP_STOPS = new Set([
  'and', 'but', 'or', 'so', 'because', 'as', 'when', 'while', 'if', 'that', 'which', 'who', 'whom', 'where',
  'in', 'on', 'at', 'to', 'from', 'by', 'with', 'about', 'after', 'before', 'than', 'then', 'also', 'since',
  'said', 'says', 'is', 'was', 'are', 'were', 'not', 'what', 'how', 'why', 'into', 'over', 'during', 'under',
  'both', 'either', 'neither', 'everything', 'anything', 'nothing', 'something', 'everyone', 'anyone', 'nobody', 'somebody', 'whether', 'though', 'although',
]);
const LINKING_PREPS = new Set(['of', 'for', 'at', 'with', 'from']);

/**
 * Words and punctuation of `text[from, to)`; possessives stay on their word ("Trump's" is not "Trump"). PTB
 * brackets (`-lrb-`, `-rrb-`) read as the brackets they stand for, and a full stop written apart before a
 * closing bracket (`( d-ore . )`, `-lrb- d-ore . -rrb-`) is an abbreviation's, as in `(D-Ore.)`: no stop.
 */
function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(from, to).matchAll(WORDS)) {
    let t = m[0];
    if (t.length === 5 && t.startsWith('-')) t = t[1] === 'l' ? '(' : ')';
    if (t === ')' && out[out.length - 1]?.text === '.') out.pop();
    out.push({ text: t, lower: t.toLowerCase(), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);
/** "he", and "he’s", "she’d", "they’ll": contractions keep the pronoun. */
const isPronoun = (lower: string): boolean => PRONOUNS.has(lower.replace(/['’](?:s|d|ll|re|ve|m)$/u, ''));
/** A speech verb as written in lower case: "States" in "United States" and "Post" are names. */
const isVerb = (w: Word): boolean => w.text === w.lower && SPEECH_VERBS.has(w.lower);
// A hyphen standing alone ("HEADLINE - Jeffrey Jones:") is a dash.
const isPunct = (w: Word): boolean => /^[,;:.!?—–―()-]$/.test(w.text);

const POSSESSIVE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those']);

/**
 * A speech verb's form used as a noun: "Clinton's remarks", "his claims", "the comments" — after a
 * determiner or a possessive it names words, it does not say them.
 */
function nounUse(ws: Word[], k: number): boolean {
  const before = ws[k - 1];
  if (!before) return false;
  return POSSESSIVE_DETERMINERS.has(before.lower) || /\p{L}(?:['’]s|s['’])$/u.test(before.text);
}

/** Where the sentence around a position starts and ends, as the speaker rules read it. */
interface SentenceBounds {
  /** Where the sentence holding `pos` starts, no earlier than `lo`. */
  start(pos: number, lo: number): number;
  /** Where the sentence running on from `pos` ends, no later than `hi`. */
  end(pos: number, hi: number): number;
}

/**
 * Longest stretch read back or forward for a sentence boundary. News sentences are far shorter; the cap keeps
 * a text without full stops (a run-on transcript, 1 MB on one line) linear instead of rescanning it per quote.
 */
const MAX_SENTENCE = 2000;

/** Closing marks a sentence may end with after its full stop (`.”`, `?’`, `.)`, tokenised `.''`). */
function isCloser(ch: string | undefined): boolean {
  return ch === '"' || ch === "'" || ch === '”' || ch === '’' || ch === '»' || ch === ')' || ch === ']';
}

const SPACE = /\s/;

function isTerminator(ch: string | undefined): boolean {
  return ch === '.' || ch === '!' || ch === '?' || ch === '…';
}

/**
 * Where each of the splitter's sentences ends, as one character: its last full stop (or ?, !, …) before any
 * closing marks, or, for a sentence cut at a photo caption with no full stop (one-line text), the space the
 * splitter cut at, where its span ends. A sentence that ends its line unpunctuated needs none: the newline
 * bounds it.
 */
function boundaryMarks(text: string, sentences: readonly SentenceSpan[]): Int32Array {
  const marks = new Int32Array(sentences.length);
  let n = 0;
  for (let k = 0; k < sentences.length; k++) {
    const sp = sentences[k]!;
    let e = sp.end;
    // Tokenised text closes a quotation with a separate token: "done ! '' he said".
    while (e > sp.start && (isCloser(text[e - 1]) || text[e - 1] === ' ')) e--;
    if (isTerminator(text[e - 1])) marks[n++] = e - 1;
    else if (text[sp.end] === ' ' && k + 1 < sentences.length && !text.slice(sp.end, sentences[k + 1]!.start).includes('\n')) marks[n++] = sp.end;
  }
  return marks.subarray(0, n);
}

/** How many of the ascending `marks` lie below `pos`. */
function marksBelow(marks: Int32Array, pos: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sentence bounds read from the splitter's spans, so the speaker rules and the sheet's sentences agree on where
 * a sentence ends: abbreviations, initials, a quote closing its sentence, a caption run into the next sentence
 * in one-line text are all judged once, by `splitSentences`. A sentence starts past its mark's closing marks
 * and spaces; it ends just after its mark.
 */
function spanBounds(text: string, sentences: readonly SentenceSpan[]): SentenceBounds {
  const marks = boundaryMarks(text, sentences);
  return {
    start(pos, lo) {
      lo = Math.max(lo, pos - MAX_SENTENCE);
      const k = marksBelow(marks, pos) - 1;
      const mark = k >= 0 ? marks[k]! : -1;
      for (let i = pos - 1; i >= lo && i > mark; i--) if (text[i] === '\n') return i + 1;
      if (mark < lo) return lo;
      let j = mark + 1;
      while (j < pos && (isCloser(text[j]) || SPACE.test(text[j] as string))) j++;
      return j;
    },
    end(pos, hi) {
      hi = Math.min(hi, pos + MAX_SENTENCE);
      const k = marksBelow(marks, pos);
      const to = k < marks.length ? Math.min(hi, marks[k]! + 1) : hi;
      for (let i = pos; i < to; i++) if (text[i] === '\n') return i;
      return to;
    },
  };
}

interface Found {
  start: number;
  end: number;
  /** For a relative pronoun ("who called it …"), the phrase it stands for. */
  ref?: Found;
  /** A name joined to this one by "and" (`Mark Ellis and Jane Porter said`); `first` when it comes first. */
  partner?: { start: number; end: number; first: boolean };
  /** A name signing the quote after a dash: the speaker as written when the article names them nowhere else. */
  signed?: boolean;
}

/** A lower-case -ly adverb ("quickly", "reportedly"). */
const isLyAdverb = (w: string): boolean => /^[a-z]{3,}ly$/.test(w);

/** From word index `i` back past auxiliaries and -ly adverbs ("has also", "quickly"): the first other word. */
function skipAux(ws: Word[], i: number): number {
  while (i >= 0 && (AUXILIARIES.has(ws[i]?.lower ?? '') || isLyAdverb(ws[i]?.text ?? ''))) i--;
  return i;
}

/** The index of the word that starts at offset `start`, or -1. */
function wordIndexAt(ws: Word[], start: number): number {
  return ws.findIndex((w) => w.start === start);
}

/** One word of a name: capitalised, an initial ("M."), not a possessive ("Young's"); JOINT_NAME read on one word. */
const isNameToken = (w: Word | undefined): boolean => !!w && !w.text.includes(' ') && JOINT_NAME.test(w.text);

/**
 * `Mark Ellis and Jane Porter said`, `said Mark Ellis and Jane Porter.`: the finder's phrase and a name joined
 * to it by "and", read from the same words (up to four capitalised words; on the right, the name closes the
 * clause). Whether both are people is for the caller, which knows who the article names.
 */
function withPartner(ws: Word[], f: Found | null): Found | null {
  if (!f || f.ref) return f;
  const at = wordIndexAt(ws, f.start);
  const last = ws.findIndex((w) => w.end === f.end);
  if (at < 0 || last < 0) return f;
  if (ws[at - 1]?.lower === 'and' && isNameToken(ws[at - 2])) {
    let s = at - 2;
    while (s > 0 && at - 2 - s < 3 && isNameToken(ws[s - 1])) s--;
    return { ...f, partner: { start: (ws[s] as Word).start, end: (ws[at - 2] as Word).end, first: true } };
  }
  if (ws[last + 1]?.lower === 'and' && isNameToken(ws[last + 2])) {
    let e = last + 2;
    while (e + 1 < ws.length && e - last - 2 < 3 && isNameToken(ws[e + 1])) e++;
    const after = ws[e + 1];
    if (!after || /^[,.;:!?]$/.test(after.text)) return { ...f, partner: { start: (ws[last + 2] as Word).start, end: (ws[e] as Word).end, first: false } };
  }
  return f;
}

/** The noun phrase ending right before word index `v` (the verb), read backwards. */
function subjectBefore(ws: Word[], v: number): Found | null {
  let i = skipAux(ws, v - 1);
  // "Bryne went on to say", "she wanted to add": the subject of the verb that governs "to".
  if (ws[i]?.lower === 'to' && i > 0) {
    let k = i - 1;
    while (k >= 0 && i - k <= 3 && /^[a-z]+$/.test(ws[k]?.text ?? '') && !NP_STOPS.has(ws[k]?.lower ?? '') && !DETERMINERS.has(ws[k]?.lower ?? '') && !isPronoun(ws[k]?.lower ?? '') && !PERSON_NOUNS.has(ws[k]?.lower ?? '')) k--;
    if (k < i - 1 && k >= 0 && (isCap(ws[k]?.text ?? '') || isPronoun(ws[k]?.lower ?? '') || PERSON_NOUNS.has(ws[k]?.lower ?? ''))) i = k;
    i = skipAux(ws, i);
  }
  // "Governor Mary Fallin (R-OK) said": a parenthesis between the name and the verb is skipped.
  if (ws[i]?.text === ')') {
    let k = i - 1;
    while (k >= 0 && ws[k]?.text !== '(' && i - k < 8) k--;
    if (k > 0 && ws[k]?.text === '(') {
      const np = nounPhraseBackward(ws, k - 1);
      if (np) return np;
    }
    return null;
  }
  if (i < 0) return null;
  // "Smith, a spokesman for the campaign, said": skip one comma-delimited apposition back to the name.
  if (ws[i]?.text === ',') {
    let k = i - 1;
    while (k >= 0 && ws[k]?.text !== ',' && !isPunctStop(ws[k] as Word) && i - k < 16) k--;
    for (let hops = 0; hops < 3 && k >= 0 && ws[k]?.text === ','; hops++) {
      const np = nounPhraseBackward(ws, k - 1);
      // "in Columbus, Ohio,": a capitalised phrase after a locative preposition, before a known place, is a town.
      const segment = ws.filter((x) => x.start > (ws[k] as Word).start && x.end <= (ws[i - 1] as Word).end).map((x) => x.lower).join(' ');
      const npAt = np ? wordIndexAt(ws, np.start) : -1;
      const town = !!np && PLACES.has(segment) && ['in', 'at', 'near', 'from', 'outside'].includes(ws[npAt - 1]?.lower ?? '');
      const place = np && (town || PLACES.has(ws.filter((x) => x.start >= np.start && x.end <= np.end).map((x) => x.lower).join(' ')));
      // "the interview, Trump went on to promote …, note that": between the commas is a clause with its own
      // subject and verb, not an apposition; the verb after it has no subject here.
      if (np && hop0Clause(ws, k, i)) return null;
      if (np && !place && validSubjectWords(ws, np)) {
        // "Clinton, during a meeting in Ohio, said", "Others, reacting to the news, shouted": an adverbial or a
        // participle aside is not part of the words for the speaker (an apposition such as ", the former governor," is).
        const afterAt = ws.findIndex((x) => x.start > np.end && x.text !== ',');
        const after = ws[afterAt];
        const aside = !!after && (LEADING_PREPS.has(after.lower) || isLyAdverb(after.text) || participleAside(ws, afterAt)) && !LINKING_PREPS.has(after.lower);
        return { start: np.start, end: aside ? np.end : (ws[i - 1] as Word).end };
      }
      if (!place) break;
      // "Clinton, during a meeting in Columbus, Ohio, said": a place is not the speaker; look further back.
      k--;
      while (k >= 0 && ws[k]?.text !== ',' && !isPunctStop(ws[k] as Word) && i - k < 24) k--;
    }
    // "The sound system, cycling through songs by Pearl Jam and Tracy Chapman, added": the phrase before the
    // comma closes a participle aside, and the subject before it was no speaker.
    if (k >= 0 && ws[k]?.text === ',' && participleAside(ws, k + 1)) return null;
    // "Gov. John Kasich (R-OH), said", "Clinton, clearly frustrated, said": the phrase right before the comma.
    let e = i - 1;
    if (ws[e]?.text === ')') {
      while (e >= 0 && ws[e]?.text !== '(' && i - e < 8) e--;
      e--;
    }
    const direct = e >= 0 ? nounPhraseBackward(ws, e) : null;
    return direct;
  }
  const np = nounPhraseBackward(ws, i);
  return np ? (outerOfReducedRelative(ws, np) ?? np) : null;
}

/** Past participles that take an agent with "by" in a reduced relative ("a letter obtained by the Post"). */
const AGENT_PARTICIPLE = /^[a-z]{3,}(?:ed|en)$|^(?:seen|written|sent|shown|given|taken|read|heard|made|held|told)$/;
/** Prepositions after a present participle in a reduced relative ("a source speaking to Fox News"). */
const PARTICIPLE_PREPS = new Set(['to', 'with', 'for']);

/**
 * "Another source speaking to Fox News said", "A letter obtained by the Post warns": the phrase read back from the
 * verb is the object of a participle that describes the subject; the subject is the phrase before the participle.
 */
function outerOfReducedRelative(ws: Word[], np: Found): Found | null {
  const at = wordIndexAt(ws, np.start);
  const prep = ws[at - 1];
  const participle = ws[at - 2];
  if (!prep || !participle || participle.text !== participle.lower) return null;
  const reduced = prep.lower === 'by' ? AGENT_PARTICIPLE.test(participle.text) : PARTICIPLE_PREPS.has(prep.lower) && isParticiple(participle.text);
  if (!reduced) return null;
  const outer = nounPhraseBackward(ws, at - 3);
  return outer && validSubjectWords(ws, outer) ? outer : null;
}

/** Finite verbs that, after a name or a pronoun, make the words a clause ("Trump went on to …"). */
const FINITE_VERBS = new Set(['went', 'came', 'took', 'made', 'gave', 'got', 'had', 'has', 'was', 'were', 'is', 'are', 'did', 'does', 'began', 'became', 'kept', 'left', 'ran', 'saw', 'knew', 'felt', 'brought', 'bought', 'found', 'held', 'won', 'lost', 'wrote', 'spoke', 'will', 'would', 'could', 'can']);

/**
 * True when the words between the comma at `k` and the comma at `i` open with a subject and its finite verb
 * ("…, Trump went on to promote …,"): a clause, where an apposition would be a noun phrase.
 */
function hop0Clause(ws: Word[], k: number, i: number): boolean {
  const a = ws[k + 1];
  if (!a || k + 2 >= i) return false;
  if (!(isCap(a.text) || NOMINATIVE.has(a.lower)) || DETERMINERS.has(a.lower)) return false;
  for (let j = k + 2; j < i && j <= k + 4; j++) {
    const w = ws[j] as Word;
    if (w.text !== w.lower) continue;
    if (FINITE_VERBS.has(w.lower) || PAST_TENSE.test(w.text)) return true;
    if (!isLyAdverb(w.text)) return false;
  }
  return false;
}

/** -ing words that are part of a title ("managing director", "acting chairman"), not a participle clause. */
const TITLE_PARTICIPLES = new Set(['managing', 'acting', 'founding', 'presiding', 'outgoing', 'incoming', 'leading', 'governing', 'visiting', 'reigning', 'sitting', 'retiring', 'serving', 'ranking', 'commanding', 'consulting', 'supervising', 'contributing', 'reporting']);

/** "Others, reacting to the news,": a participle opening an aside; "managing director of …" is a title. */
function participleAside(ws: Word[], at: number): boolean {
  const w = ws[at] as Word;
  if (!isParticiple(w.text) || TITLE_PARTICIPLES.has(w.lower)) return false;
  const next = ws[at + 1]?.lower ?? '';
  return !PERSON_NOUNS.has(next) && !TITLE_WORDS.has(next);
}

function validSubjectWords(ws: Word[], f: Found): boolean {
  return validSubject(ws.filter((w) => w.start >= f.start && w.end <= f.end).map((w) => w.text).join(' '));
}

function isPunctStop(w: Word): boolean {
  return /^[;:.!?()]$/.test(w.text);
}

/** Auxiliaries and modals that open a verb phrase ("would start", "had met"). */
const MODALS = new Set(['would', 'will', 'could', 'should', 'might', 'may', 'must', 'can', 'did', 'does', 'do', 'has', 'had', 'have']);

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'again']);

function nounPhraseBackward(ws: Word[], lastIdx: number): Found | null {
  // "released a statement Wednesday": a trailing time word is not part of the phrase.
  let last = lastIdx;
  while (last > 0 && TIME_WORDS.has(ws[last]?.lower ?? '') && !isPunct(ws[last - 1] as Word)) last--;
  const end = ws[last];
  if (!end || isPunct(end)) return null;
  if (isPronoun(end.lower)) return { start: end.start, end: end.end };
  if (NP_STOPS.has(end.lower) || SPEECH_VERBS.has(end.lower) || DETERMINERS.has(end.lower)) return null;
  let i = last;
  let start = end.start;
  let count = 0;
  while (i >= 0 && count < 9) {
    const w = ws[i] as Word;
    if (isPunct(w) || isPronoun(w.lower) || SPEECH_VERBS.has(w.lower)) break;
    if (DETERMINERS.has(w.lower)) {
      start = w.start;
      // "a spokesman for the opposition": the determiner belongs to the object of a linking preposition.
      const prep = ws[i - 1];
      const owner = ws[i - 2];
      if (prep && owner && LINKING_PREPS.has(prep.lower) && !isPunct(owner) && (PERSON_NOUNS.has(owner.lower) || GROUP_NOUNS.has(owner.lower) || isCap(owner.text))) {
        i -= 2;
        count += 2;
        continue;
      }
      break;
    }
    if (LINKING_PREPS.has(w.lower)) {
      // "a spokesman for Trump", "Joel Pollak of Breitbart": the phrase goes on only after a person noun or a name.
      const before = ws[i - 1];
      if (before && !isPunct(before) && (PERSON_NOUNS.has(before.lower) || GROUP_NOUNS.has(before.lower) || isCap(before.text))) {
        i--;
        count++;
        continue;
      }
      break;
    }
    if (NP_STOPS.has(w.lower)) break;
    // "When asked if Carragher would start Eriksson replied": a verb after a modal is a clause, not the phrase.
    if (i < last && isCap(end.text) && w.text === w.lower && MODALS.has(ws[i - 1]?.lower ?? '')) break;
    start = w.start;
    i--;
    count++;
  }
  return { start, end: end.end };
}

/** A word that can end a speaker phrase: a name, or a noun for a person, group, organisation or document. */
function isHead(w: Word): boolean {
  const l = w.lower.replace(/['’]s$/u, '');
  const sing = l.endsWith('s') ? l.slice(0, -1) : l;
  return isCap(w.text) || PERSON_NOUNS.has(l) || GROUP_NOUNS.has(l) || ORG_WORDS.has(l) || OUTLET_WORDS.has(l) || SOURCE_NOUNS.has(l) || PERSON_NOUNS.has(sing) || SOURCE_NOUNS.has(sing);
}

/**
 * The noun phrase starting at word index `i` ("said the minister", "the top Russian diplomat assured",
 * "Democratic presidential candidate Bernie Sanders is"). It ends at its last head word, so a verb that
 * follows is left out.
 */
function nounPhraseForward(ws: Word[], i: number): Found | null {
  const first = ws[i];
  if (!first || isPunct(first)) return null;
  if (isPronoun(first.lower)) return { start: first.start, end: first.end };
  const det = DETERMINERS.has(first.lower) || /^\d/.test(first.text);
  let capMode = !det && isCap(first.text);
  let j = det ? i + 1 : i;
  let lastHead = -1;
  let count = 0;
  while (j < ws.length && count < 9) {
    const w = ws[j] as Word;
    // "BIFA founder and director Elliot Grove", "president and chief executive": two titles of one person.
    if (w.lower === 'and' && lastHead === j - 1 && isTitleNoun(ws[j - 1]) && titleThenName(ws, j + 1)) {
      j++;
      count++;
      continue;
    }
    if (isPunct(w) || NP_STOPS.has(w.lower) || SPEECH_VERBS.has(w.lower) || isPronoun(w.lower) || DETERMINERS.has(w.lower)) break;
    if (LINKING_PREPS.has(w.lower)) {
      const next = ws[j + 1];
      const next2 = ws[j + 2];
      const detNext = !!next && DETERMINERS.has(next.lower);
      const capNext = !!next && (isCap(next.text) || (detNext && !!next2 && isCap(next2.text)) || (!detNext && !!next2 && isCap(next2.text) && /^\p{Ll}+$/u.test(next.text) && !NP_STOPS.has(next.lower) && lastHead >= 0 && (PERSON_NOUNS.has(ws[lastHead]?.lower ?? '') || TITLE_WORDS.has(ws[lastHead]?.lower ?? ''))));
      if (!capNext || lastHead < 0) break;
      j += detNext ? 2 : 1;
      count++;
      continue;
    }
    if (isHead(w)) lastHead = j;
    else if (capMode) {
      // "said Greek shipping minister Christos Stylianidès": after a nationality the phrase reads on like a
      // description, through its lower-case modifiers to the title and the name.
      if (ws.slice(det ? i + 1 : i, j).every((x) => isAdjectival(x.lower)) || titleThenName(ws, j)) capMode = false;
      else if (!TITLE_WORDS.has(w.lower)) break;
    } else if (lastHead >= 0 && /(?:ed|s)$/.test(w.lower) && !TITLE_WORDS.has(w.lower)) break; // a verb after the head
    j++;
    count++;
  }
  if (lastHead < 0) return null;
  return { start: first.start, end: (ws[lastHead] as Word).end };
}

/** A lower-case person noun or title ("founder", "director"). */
const isTitleNoun = (w: Word | undefined): boolean => !!w && w.text === w.lower && (PERSON_NOUNS.has(w.lower) || TITLE_WORDS.has(w.lower));

/**
 * "BBC political correspondent Mark Mardell", "director of rugby Nigel Melville": from word `j`, up to three
 * lower-case words reach a person noun or title that a capitalised name follows.
 */
function titleThenName(ws: Word[], j: number): boolean {
  for (let k = j; k < ws.length && k < j + 3; k++) {
    const w = ws[k] as Word;
    if (isPunct(w) || isCap(w.text) || NP_STOPS.has(w.lower) || SPEECH_VERBS.has(w.lower) || DETERMINERS.has(w.lower) || LINKING_PREPS.has(w.lower)) return false;
    if ((PERSON_NOUNS.has(w.lower) || TITLE_WORDS.has(w.lower)) && isCap(ws[k + 1]?.text ?? '')) return true;
  }
  return false;
}

/** "Greek", "Democratic" with no noun, unless the article names someone so ("Mark Cuban" makes "Cuban" a name). */
function adjectiveOnly(mention: string, knownParts: Set<string>): boolean {
  return mention.split(/\s+/).every((t) => !knownParts.has(t) && (DEMONYMS.has(t.toLowerCase()) || t.toLowerCase() === 'democratic' || t.toLowerCase() === 'republican'));
}

/** A nationality or a country ("Greek", "Greece's") used before a description of a person. */
const isAdjectival = (lower: string): boolean => DEMONYMS.has(lower) || PLACES.has(lower.replace(/['’]s$/u, ''));

/** Determiner and up to four words, up to punctuation or a clause word ("a narrator", "one employee"). */
function looseNounPhrase(ws: Word[], i: number): Found | null {
  const first = ws[i];
  if (!first || isPunct(first) || NP_STOPS.has(first.lower) || OBJECT_PRONOUNS.has(first.lower)) return null;
  let j = i;
  while (j + 1 < ws.length && j - i < 4 && !isPunct(ws[j + 1] as Word) && !NP_STOPS.has(ws[j + 1]?.lower ?? '') && !LINKING_PREPS.has(ws[j + 1]?.lower ?? '')) j++;
  return { start: first.start, end: (ws[j] as Word).end };
}

function accordingTo(ws: Word[]): Found | null {
  for (let k = 0; k + 2 < ws.length; k++) {
    if (ws[k]?.lower === 'according' && ws[k + 1]?.lower === 'to') return nounPhraseForward(ws, k + 2);
  }
  return null;
}

/** A lower-case -ing verb opening a participle clause ("giving", "referring"), not a preposition or noun in -ing. */
const isParticiple = (w: string): boolean => /^[a-z]{3,}ing$/.test(w) && !/^(?:according|during|including|regarding|concerning|following|something|nothing|anything|everything|morning|evening|king|thing|spring|string|ring|wing|meeting|building|hearing|briefing|ruling|funding|polling)$/.test(w);

/** A word that ends a sentence or a clause for the attribution rules: `.`, `!`, `?`, `;`, `:`. */
const CLAUSE_END = /^[.!?;:]$/;
/** A full stop, `!`, `?` or `;`: the end of a sentence (a colon goes on to what it introduces). */
const SENTENCE_END = /^[.;!?]$/;
/** A comma or a sentence's end right after a word: `hannity pressed .`, `pressed ,`. */
const COMMA_OR_END = /^[.,;!?]$/;
/** A dash standing as a word: the one that signs a quote (`“…” ― Pamela Padilla`). */
const SIGNING_DASH = /^[—–―]$/;
/** A lower-case word of a signature the capitals were taken from (`tove`, `lindqvist`, `o’hara`, `st.`). */
const SIGNATURE_WORD = /^\p{Ll}[\p{L}'’.-]*$/u;
/** A lower-case past tense ("beamed", "pressed"): a speech verb the lists may not know. */
const PAST_TENSE = /^[a-z]{3,}ed$/;
/** A word in lower-case letters only. */
const LOWER_WORD = /^[a-z]+$/;
/** A word of letters (an apostrophe or hyphen inside), as one name may be written lower-cased. */
const LETTER_WORD = /^\p{L}[\p{L}'’-]+$/u;
/** Endings of an adverb, a participle or a past tense: no name. */
const VERB_OR_ADVERB_ENDING = /(?:ly|ing|ed)$/;

/**
 * True when the words after a quote open with a short sentence that is only an attribution: `Hayward explained.`,
 * `the manager added on Sunday.` (a speaker, a speech verb, a few words more, and a full stop before any colon).
 */
function bareAttribution(ws: Word[], text: string): boolean {
  const stop = ws.findIndex((w) => CLAUSE_END.test(w.text));
  if (stop < 2 || stop > 8 || ws[stop]?.text !== '.') return false;
  const sentence = ws.slice(0, stop + 1);
  const verb = sentence.findIndex((w) => isVerb(w));
  const who = verb > 0 && !WEAK_SPEECH_VERBS.has(sentence[verb]?.lower ?? '') && !(sentence[verb] as Word).lower.endsWith('ing') ? attributionAfter(sentence, text, false) : null;
  // After the verb only an adverb, a time or a phrase opened by a preposition ("explained to Sky Sports after the
  // game"): "Mr Blair directly denied that quote." has an object and says something else.
  const next = sentence[verb + 1] as Word;
  const bare = next.text === '.' || isLyAdverb(next.text) || TIME_WORDS.has(next.lower) || AFTER_VERB_PREPS.has(next.lower);
  return bare && !!who && who.start === (ws[0] as Word).start && sentence.slice(0, verb).every((w) => !isPunct(w));
}

/**
 * After a quote that closed its own sentence (`… big banks . ''`), the words that follow are the next
 * sentence: it tags the quote only when it is an attribution and nothing more — `x said .`, `x said tuesday
 * in a statement .`, `x said , adding …`, `said x , …`, `x , the mayor , said .`, `x told reporters .`. A new
 * sentence that holds a speech verb with a clause after it (`clinton maintains a lead …`, `x said the city
 * would …`), a verb past the sentence's opening phrase (`though x …, y said`) or a colon introducing what comes
 * next is a new report. In print a paragraph break would have said so; one-line text has none.
 */
function tagSentence(ws: Word[], text: string): boolean {
  const stopAt = ws.findIndex((w) => CLAUSE_END.test(w.text));
  // A colon, or no full stop before the next quote opens (`prager continues , `` …`): it introduces what follows.
  if (stopAt < 0 || ws[stopAt]?.text === ':') return false;
  const end = stopAt;
  const first = ws[0];
  if (!first || end === 0) return false;
  // Inverted: `said x`, `added the minister , …`.
  if (isVerb(first) && !first.lower.endsWith('ing') && !WEAK_SPEECH_VERBS.has(first.lower)) return true;
  let v = -1;
  for (let k = 1; k < end; k++) {
    const w = ws[k] as Word;
    if (isVerb(w) && !w.lower.endsWith('ing') && !nounUse(ws, k)) {
      v = k;
      break;
    }
  }
  // `hannity pressed .`, `trump barked .`: a name and a verb the list does not know, alone.
  if (v < 0) return end <= 2;
  if (WEAK_SPEECH_VERBS.has((ws[v] as Word).lower)) return false;
  const who = subjectBefore(ws, v);
  if (!who || who.start !== first.start || !validSubject(text.slice(who.start, who.end))) return false;
  const rest = ws.slice(v + 1, end);
  const comma = rest.findIndex((w) => w.text === ',');
  const head = comma < 0 ? rest : rest.slice(0, comma);
  // After a comma, only a speech verb's participle or "according to" goes on about the words just quoted
  // (`x said , adding …`); `x said on cnn , where he …` and `x interjected , pointing out that …` report anew.
  const tail = comma < 0 ? undefined : rest[comma + 1];
  if (tail && !(isParticiple(tail.text) && SPEECH_VERBS.has(tail.lower)) && tail.lower !== 'according') return false;
  const next = head[0];
  if (!next) return true;
  // `x said tuesday in a statement`, not `x said tuesday that …` nor `x replied later to suggest the dispute is …`.
  if (head.length > 8 || head.some((w) => w.lower === 'that' || NOMINATIVE.has(w.lower))) return false;
  if (isLyAdverb(next.text) || TIME_WORDS.has(next.lower) || AFTER_VERB_PREPS.has(next.lower)) return true;
  // `x told reporters .`, `x told the associated press on tuesday .`: the one spoken to, then the sentence ends.
  return OBJECT_VERBS.has((ws[v] as Word).lower) && head.length <= 6;
}

/** After a quote's closing mark: a comma, or a dash that signs it (`…” ― Jo Lund`, tokenised `'' -president obama`, `'' -- x`). */
const QUOTE_SIGNED = /^[\s"”']*[,—–―-]/;
/** After a closing mark, a comma or a dash: the words after the quote are where its speaker is named first. */
const COMMA_OR_DASH_AFTER = /^[\s"”']*[,—–]/;
/** After a closing mark, a comma: the slot of `“…,” X said`. */
const COMMA_AFTER = /^[\s"”']*,/;
/** A quote's own words ending in a comma, `?` or `!`: the sentence goes on past the closing mark. */
const OPEN_ENDED = /[,?!]$/;

/** Prepositions that may follow the verb of a bare attribution ("… Hayward explained to reporters."). */
const AFTER_VERB_PREPS = new Set(['to', 'on', 'in', 'at', 'after', 'before', 'during', 'from', 'with', 'for', 'last', 'this']);

/** Attribution in the words after a quote: `, X said` or `, said X` (verb within the first few words). */
function attributionAfter(ws: Word[], text: string, afterComma: boolean): Found | null {
  // `“…” ― Pamela Padilla`, `"…" — Sen. Smith`: a dash right after the quote, then the speaker's name.
  if (SIGNING_DASH.test(ws[0]?.text ?? '') && isCap(ws[1]?.text ?? '')) {
    const np = nounPhraseForward(ws, 1);
    if (np && validSubject(text.slice(np.start, np.end))) return np;
  }
  // Lower-cased, the next quote run on after it (`'' ― tove lindqvist `` nobody …`): two to four plain words
  // that close the slot sign it.
  if (SIGNING_DASH.test(ws[0]?.text ?? '')) {
    let e = 1;
    while (e < ws.length && e <= 4 && SIGNATURE_WORD.test(ws[e]?.text ?? '') && !NP_STOPS.has(ws[e]?.lower ?? '') && !DETERMINERS.has(ws[e]?.lower ?? '') && !isPronoun(ws[e]?.lower ?? '')) e++;
    if (e >= 3 && (e === ws.length || isPunct(ws[e] as Word))) return { start: (ws[1] as Word).start, end: (ws[e - 1] as Word).end, signed: true };
  }
  let i = 0;
  while (i < ws.length && isPunct(ws[i] as Word) && ws[i]?.text !== '.') i++;
  // `“…,” giving states more power`: a participle clause after the quote goes on about the words of the
  // speaker named before it; whatever it mentions is not the one speaking.
  if (afterComma && isParticiple(ws[i]?.text ?? '')) return null;
  const limit = Math.min(ws.length, i + 30);
  // `“…,” Anne Richards, assistant secretary of state for …, said`: the name that opens the slot, before
  // its apposition, when a speech verb closes it.
  const opener = afterComma ? nounPhraseForward(ws, i) : null;
  if (opener && ws.find((w) => w.start >= opener.end)?.text === ',' && validSubject(text.slice(opener.start, opener.end))) {
    const rest = ws.filter((w) => w.start >= opener.end).slice(0, 26);
    const stop = rest.findIndex((w) => SENTENCE_END.test(w.text));
    const verbAt = rest.findIndex((w) => isVerb(w) && !w.lower.endsWith('ing'));
    if (verbAt > 0 && (stop < 0 || verbAt < stop) && rest[verbAt - 1]?.text === ',') return opener;
  }
  for (let k = i; k < limit; k++) {
    const w = ws[k] as Word;
    if (w.text === '.' || w.text === ';' || w.text === '?' || w.text === '!') break;
    if (!isVerb(w) || (WEAK_SPEECH_VERBS.has(w.lower) && k > i) || nounUse(ws, k)) continue;
    let s = k - 1;
    while (s >= i && AUXILIARIES.has(ws[s]?.lower ?? '')) s--;
    if (s >= i && ws[s]?.text === ',' && !w.lower.endsWith('ing')) {
      // "…” in the 2008 primary, said Ohio State professor Paul Beck."
      const inv = nounPhraseForward(ws, k + 1);
      if (inv && validSubject(text.slice(inv.start, inv.end))) return inv;
    }
    if (s < i) {
      // `“…,” noting that …`, `“…,” telling reporters …`: the speaker is in the words before the quote.
      if (w.lower.endsWith('ing')) return null;
      const inv = nounPhraseForward(ws, k + 1) ?? (afterComma ? looseNounPhrase(ws, k + 1) : null); // inverted: "said the minister"
      return inv && (validSubject(text.slice(inv.start, inv.end)) || afterComma) ? inv : null;
    }
    const np = subjectBefore(ws, k);
    // Right after `"…,"` the words before the verb are the speaker however they are phrased ("one P&G
    // employee", "the 43-year-old"), as long as they hold no clause word.
    if (np && np.start >= (ws[i] as Word).start && (validSubject(text.slice(np.start, np.end)) || (afterComma && k - i <= 8))) return np;
    return null;
  }
  const acc = accordingTo(ws.slice(i, limit + 3));
  if (acc && validSubject(text.slice(acc.start, acc.end))) return acc;
  // `“This is fantastic!” beamed Donald Hartley`: an inverted verb the list does not know, then a name.
  if (PAST_TENSE.test(ws[i]?.text ?? '') && isCap(ws[i + 1]?.text ?? '')) {
    const inv = nounPhraseForward(ws, i + 1);
    const next = inv ? ws.find((w) => w.start >= inv.end) : undefined;
    if (inv && (!next || isPunct(next) || next.lower === 'of' || next.lower === 'who') && validSubject(text.slice(inv.start, inv.end))) return inv;
  }
  // `"…," Trump barked`: a speaker and a verb the list does not know, right after the quote.
  if (afterComma) {
    const np = nounPhraseForward(ws, i);
    const next = np ? ws.find((w) => w.start >= np.end) : undefined;
    if (np && next && LOWER_WORD.test(next.text) && !NP_STOPS.has(next.lower) && !DETERMINERS.has(next.lower) && !LINKING_PREPS.has(next.lower) && validSubject(text.slice(np.start, np.end))) return np;
    // `“…?” hannity pressed.` (the capitals gone): one word and a past-tense verb that close the sentence.
    const one = ws[i];
    const end = ws[i + 2];
    if (one && PAST_TENSE.test(ws[i + 1]?.text ?? '') && (!end || COMMA_OR_END.test(end.text)) && LETTER_WORD.test(one.text) && !NP_STOPS.has(one.lower) && !DETERMINERS.has(one.lower) && !OBJECT_PRONOUNS.has(one.lower) && !NON_NAME_WORDS.has(one.lower) && !AUXILIARIES.has(one.lower) && !VERB_OR_ADVERB_ENDING.test(one.lower)) return { start: one.start, end: one.end };
  }
  return null;
}

const NOMINATIVE = new Set(['he', 'she', 'i', 'we', 'they', 'you', 'it']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'himself', 'herself', 'themselves']);
/** Leading words of a sentence that come before its subject ("But", "Later,", "In an interview, ..."). */
const LEADING_SKIP = new Set(['here', 'there', 'and', 'but', 'so', 'yet', 'or', 'still', 'meanwhile', 'however', 'also', 'then', 'now', 'later', 'instead', 'indeed', 'again', 'finally', 'earlier', 'today', 'yesterday', 'thus', 'moreover', 'plus']);
const LEADING_PREPS = new Set(['early', 'shortly', 'alongside', 'given', 'much', 'soon', 'besides', 'beyond', 'per', 'back', 'in', 'on', 'at', 'after', 'before', 'during', 'while', 'when', 'since', 'as', 'with', 'for', 'from', 'despite', 'following', 'speaking', 'asked', 'addressing', 'responding', 'writing', 'under', 'over', 'through', 'throughout', 'by', 'unlike', 'like', 'if', 'although', 'though', 'because', 'until', 'once', 'amid', 'among', 'to', 'of', 'about', 'without', 'within', 'last', 'this', 'upon', 'according', 'not', 'even', 'just', 'perhaps', 'already']);

/** A phrase that can be the one speaking: a nominative pronoun, a name, or a person/group/document noun. */
export function validSubject(m: string): boolean {
  const core = (m.split(',')[0] ?? m).trim().split(/\s+/).filter(Boolean);
  if (core.length === 0) return false;
  const first = core[0] as string;
  const fl = first.toLowerCase();
  if (core.length === 1 && (NOMINATIVE.has(fl) || (fl !== 'it’s' && fl !== "it's" && NOMINATIVE.has(fl.replace(/['’](?:s|d|ll|re|ve|m)$/u, ''))))) return true;
  if (core.length === 1 && /^it['’]/.test(fl)) return false;
  if ((core.length === 1 && OBJECT_PRONOUNS.has(fl)) || NP_STOPS.has(fl) || fl === 'him' || fl === 'them') return false;
  const prep = core.findIndex((t, i) => i > 0 && LINKING_PREPS.has(t.toLowerCase()));
  const headPart = prep > 0 ? core.slice(0, prep) : core;
  const head = (headPart[headPart.length - 1] ?? '').replace(/['’]s$/u, '');
  const hl = head.toLowerCase();
  // "IOWA POLLS NOT NECESSARILY WRONG": a headline in capitals is not a speaker (a lone "NATO" may be).
  if (headPart.length >= 2 && headPart.every((t) => /^\p{Lu}[\p{Lu}\p{N}'’.&-]+$/u.test(t))) return false;
  const known = (w: string): boolean => PERSON_NOUNS.has(w) || GROUP_NOUNS.has(w) || ORG_WORDS.has(w) || OUTLET_WORDS.has(w) || SOURCE_NOUNS.has(w) || (w.endsWith('s') && (PERSON_NOUNS.has(w.slice(0, -1)) || SOURCE_NOUNS.has(w.slice(0, -1))));
  if (isCap(head)) return !headPart.every((t) => NON_NAME_WORDS.has(t.toLowerCase().replace(/[’']s$/u, '')) && !PRONOUNS.has(t.toLowerCase()));
  if (DETERMINERS.has(fl) || isCap(first) || /^\d/.test(first)) return known(hl);
  // Bare nouns without a determiner: "officials", "senior aides" — never a verb phrase ("criticized the plan").
  return known(hl) && hl.endsWith('s') && headPart.length <= 3 && !headPart.some((t) => /(?:ed|ing)$/.test(t) || DETERMINERS.has(t.toLowerCase()));
}

/** The subject at the start of the sentence (after "But", "Later," or an opening phrase ending in a comma). */
function sentenceSubject(ws: Word[]): Found | null {
  let i = 0;
  // "WASHINGTON — Clinton's aide said …": a dateline is not the subject.
  if (/^\p{Lu}{3,}$/u.test(ws[0]?.text ?? '') && /^[—–―(,:-]$/.test(ws[1]?.text ?? '')) i = 2;
  for (let guard = 0; guard < 3 && i < ws.length; guard++) {
    while (i < ws.length && (isPunct(ws[i] as Word) || LEADING_SKIP.has(ws[i]?.lower ?? ''))) i++;
    const w = ws[i];
    if (!w) return null;
    // "Speaking to reporters, …", "Asked about it, …"; but "Warren appeared …" is a name and its verb.
    const participle = /^\p{Lu}\p{Ll}+(?:ing|ed|en)$/u.test(w.text) && /^\p{Ll}/u.test(ws[i + 1]?.text ?? '') && !/^\p{Ll}+(?:ed|s)$/u.test(ws[i + 1]?.text ?? '');
    // "A few days later,", "Two weeks ago,": a time phrase before the comma opens the sentence.
    const comma = ws.findIndex((x, k) => k > i && k <= i + 6 && x.text === ',');
    const timePhrase = comma > i + 1 && /^(?:later|ago|earlier|afterwards|afterward|before|after)$/.test(ws[comma - 1]?.lower ?? '') && ws.slice(i, comma).every((x) => !isCap(x.text) || x === w);
    // "Speaking in Concord, which hosts the next primary, Bush said": a relative clause on the opening phrase.
    const relative = i > 0 && ws[i - 1]?.text === ',' && ['which', 'where', 'whose'].includes(w.lower);
    if (LEADING_PREPS.has(w.lower) || participle || timePhrase || relative || (ws[i + 1]?.text === ',' && !isCap(w.text))) {
      let k = i;
      while (k < ws.length && ws[k]?.text !== ',' && k - i < 18) k++;
      if (ws[k]?.text !== ',') return null;
      i = k + 1;
      // "Speaking in Salem, New Hampshire, Trump said": the state after the town belongs to the opening phrase.
      let e = i;
      while (e < ws.length && e - i < 3 && isCap(ws[e]?.text ?? '')) e++;
      if (e > i && ws[e]?.text === ',' && PLACES.has(ws.slice(i, e).map((x) => x.lower).join(' '))) i = e + 1;
      continue;
    }
    break;
  }
  const np = nounPhraseForward(ws, i);
  if (!np) return null;
  return np;
}

/** Verbs whose following noun is the one spoken to, never the speaker ("told reporters", "asking voters"). */
const OBJECT_VERBS = new Set(['accuse', 'accuses', 'accused', 'blast', 'blasts', 'blasted', 'slam', 'slams', 'slammed', 'criticize', 'criticizes', 'criticized', 'praise', 'praises', 'praised', 'mock', 'mocked', 'dismiss', 'dismissed', 'label', 'labeled', 'brand', 'branded', 'denounce', 'denounced', 'condemn', 'condemned', 'hail', 'hailed', 'tout', 'touted', 'tell', 'tells', 'told', 'telling', 'ask', 'asks', 'asked', 'asking', 'urge', 'urges', 'urged', 'urging', 'warn', 'warns', 'warned', 'warning', 'assure', 'assures', 'assured', 'assuring', 'promise', 'promised', 'promises', 'call', 'calls', 'called', 'calling', 'describe', 'described', 'describes', 'describing', 'thank', 'thanked', 'remind', 'reminded', 'answer', 'answered']);

/**
 * The speaker of the nearest finished speech clause ending before word `e`: `, Spicer said` or `, said
 * Spicer` right before it. Null when the nearest speech verb is an -ing form or has no valid speaker.
 */
function speechClauseBefore(ws: Word[], e: number, text: string): Found | null {
  for (let j = e - 1; j >= 0 && e - j <= 30; j--) {
    const v = ws[j] as Word;
    if (isPunctStop(v)) return null;
    if (!isVerb(v)) continue;
    if (v.lower.endsWith('ing') || WEAK_SPEECH_VERBS.has(v.lower) || inLeadingSubordinate(ws, j)) return null;
    const inverted = ws[j - 1]?.text === ',' && !OBJECT_VERBS.has(v.lower) ? nounPhraseForward(ws, j + 1) : null;
    const who = inverted && ws.find((x) => x.start >= inverted.end)?.text === ',' ? inverted : subjectBefore(ws, j);
    return who && validSubject(text.slice(who.start, who.end)) ? who : null;
  }
  return null;
}

/** `…, he said.` / `…, said X, a professor at Y.` closing a sentence: the speaker, from the last commas back. */
function closingAttribution(ws: Word[], text: string): Found | null {
  if (ws[ws.length - 1]?.text !== '.') return null;
  let seen = 0;
  for (let c = ws.length - 2; c >= 0 && seen < 3 && ws.length - c <= 16; c--) {
    if (ws[c]?.text !== ',') continue;
    seen++;
    const clause = ws.slice(c);
    const v = clause.findIndex((w) => isVerb(w));
    if (v < 1 || v > 5 || clause.slice(1, v).some((w) => isPunct(w))) continue;
    return withPartner(clause, attributionAfter(clause, text, false));
  }
  return null;
}

const ADVERBIAL_PREPS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'for', 'over', 'throughout', 'last', 'this', 'earlier', 'from']);

/**
 * From word `a` (the last word before a verb), back past one adverbial that separates the verb from a
 * relative "who": a comma-enclosed aside (", on a call Friday,") or a prepositional phrase of up to five
 * words ("in the past"). Returns the index of the "who" when there is one, else `a` unchanged.
 */
function pastAdverbial(ws: Word[], a: number): number {
  if (ws[a]?.lower === 'who') return a;
  if (ws[a]?.text === ',') {
    let b = a - 1;
    while (b >= 0 && ws[b]?.text !== ',' && !isPunctStop(ws[b] as Word) && a - b < 10) b--;
    if (ws[b]?.text === ',' && ws[b - 1]?.lower === 'who') return b - 1;
    return a;
  }
  for (let b = a; b >= 0 && a - b < 5; b--) {
    const w = ws[b] as Word;
    if (isPunct(w) || isVerb(w)) return a;
    if (!ADVERBIAL_PREPS.has(w.lower)) continue;
    const c = skipAux(ws, b - 1);
    if (ws[c]?.lower === 'who') return c;
  }
  return a;
}

const CLAUSE_OPENERS = new Set(['as', 'when', 'while', 'because', 'though', 'although', 'since', 'after', 'before', 'once', 'and', 'but']);

/**
 * The nominative pronoun opening the clause that ends at word `e` ("… even as he defended the speech"):
 * a "he"/"she"/"they"/"I"/"we" right after a clause opener or the sentence start, followed by a lower-case
 * verb. `acrossCommas` lets the clause hold commas; otherwise any punctuation between ends the search.
 */
function pronounClauseSubject(ws: Word[], e: number, acrossCommas: boolean): Found | null {
  for (let j = e - 1; j >= 0 && e - j <= 16; j--) {
    const w = ws[j] as Word;
    if (isPunctStop(w) || (isPunct(w) && (!acrossCommas || w.text !== ','))) return null;
    if (!['he', 'she', 'they', 'i', 'we'].includes(w.lower)) continue;
    const before = ws[j - 1];
    // Only a clause running alongside the participle ("as he", "while she"): "after they came out, saying"
    // is the participle of the main clause.
    const opens = !before || (acrossCommas ? ['as', 'while', 'and', 'but'].includes(before.lower) : CLAUSE_OPENERS.has(before.lower) || before.text === ',');
    return opens && /^\p{Ll}/u.test(ws[j + 1]?.text ?? '') ? { start: w.start, end: w.end } : null;
  }
  return null;
}

const SUBORDINATORS = new Set(['when', 'after', 'while', 'although', 'though', 'before', 'if', 'once', 'since', 'because', 'until', 'whereas', 'whenever']);

/**
 * True when word `k` sits in a subordinate clause that opens the sentence and is closed by a comma before
 * a main clause with its own subject: "After Brown criticized Clinton, Hillary shot back, “…”" — the quote
 * belongs to the main clause. ("As Brown said, …" is a parenthetical attribution, not such a clause.)
 */
function inLeadingSubordinate(ws: Word[], k: number): boolean {
  let s = 0;
  while (s < k && (isPunct(ws[s] as Word) || LEADING_SKIP.has(ws[s]?.lower ?? ''))) s++;
  if (ws[s]?.lower === 'even' && ['as', 'though', 'if', 'when'].includes(ws[s + 1]?.lower ?? '')) s++;
  // A subordinate clause is short: past forty words this is not one (and the scan stays bounded).
  if (s >= k || k - s > 40 || !SUBORDINATORS.has(ws[s]?.lower ?? '')) return false;
  for (let c = s + 1; c < k; c++) if (isPunct(ws[c] as Word)) return false;
  let c = k + 1;
  while (c < ws.length && ws[c]?.text !== ',') {
    if (isPunctStop(ws[c] as Word) || c - s > 40) return false;
    c++;
  }
  const main = c < ws.length ? nounPhraseForward(ws, c + 1) : null;
  return !!main && validSubject(ws.filter((x) => x.start >= main.start && x.end <= main.end).map((x) => x.text).join(' '));
}

/** Attribution in the words before a quote, by a speech verb: `X said: "…"`, `X mentioned “…”`, `according to X, "…"`. */
function attributionBefore(ws: Word[], text: string): Found | null {
  const acc = accordingTo(ws);
  if (acc && validSubject(text.slice(acc.start, acc.end))) return acc;
  // "Said Comey, “…”", "Continued Stone: “…”": a sentence opened by its speech verb, the speaker after it.
  const opener = ws[0];
  if (opener && isCap(opener.text) && SPEECH_VERBS.has(opener.lower) && /(?:ed|id|ote|ld)$/.test(opener.lower)) {
    const inv = nounPhraseForward(ws, 1);
    if (inv && validSubject(text.slice(inv.start, inv.end))) return inv;
  }
  // "as The Hill pointed out, “…”", "As the band sang in 1985, “…”": "as X <verb>ed," before the quote.
  {
    const n = ws.length;
    let e = n - 1;
    if (ws[e]?.text === ',' || ws[e]?.text === ':') e--;
    let v = e;
    while (v > 0 && v > e - 4 && !/^[a-z]+(?:ed|ang|ote|aid|old)$/.test(ws[v]?.text ?? '')) v--;
    const np = v > 1 && ws.slice(v + 1, e + 1).every((x) => /^[a-z]+$/.test(x.text) && !NP_STOPS.has(x.lower) || ['out', 'up', 'in', 'back'].includes(x.lower) || /^\d+s?$/.test(x.text)) ? subjectBefore(ws, v) : null;
    const at = np ? wordIndexAt(ws, np.start) : -1;
    if (np && at > 0 && ws[at - 1]?.lower === 'as' && (at === 1 || isPunct(ws[at - 2] as Word) || LEADING_SKIP.has(ws[at - 2]?.lower ?? '')) && validSubject(text.slice(np.start, np.end))) return np;
  }
  // "As the Gazette put it, “…”", "as he puts it": the one who put it.
  for (let k = 1; k + 1 < ws.length; k++) {
    if ((ws[k]?.lower === 'put' || ws[k]?.lower === 'puts') && ws[k + 1]?.lower === 'it') {
      const np = nounPhraseBackward(ws, k - 1);
      const at = np ? wordIndexAt(ws, np.start) : -1;
      if (np && ws[at - 1]?.lower === 'as' && validSubject(text.slice(np.start, np.end))) return np;
    }
  }
  // "More from Jones: “…”", "From the report: “…”": where the words come from, at the start of a clause.
  const n0 = ws.length;
  if (n0 >= 3 && ws[n0 - 1]?.text === ':') {
    const from = ws.findIndex((w, k) => w.lower === 'from' && (k === 0 || /^[-—–.;:]$/.test(ws[k - 1]?.text ?? '') || (ws[k - 1]?.lower === 'more' && (k === 1 || /^[-—–.;:]$/.test(ws[k - 2]?.text ?? '')))));
    if (from >= 0) {
      const src = nounPhraseForward(ws, from + 1);
      if (src && ws.find((w) => w.start >= src.end) === ws[n0 - 1] && validSubject(text.slice(src.start, src.end))) return src;
    }
  }
  // "… - Michael P. McDonald: “…”": a name right before the colon that opens the quote.
  const n = ws.length;
  if (n >= 2 && ws[n - 1]?.text === ':' && isCap(ws[n - 2]?.text ?? '')) {
    let np = nounPhraseBackward(ws, n - 2);
    let startIdx = np ? wordIndexAt(ws, (np as Found).start) : -1;
    // "- Mark Blumenthal and Jon Cohen: “…”": two names joined by "and" speak together.
    if (np && ws[startIdx - 1]?.lower === 'and' && isCap(ws[startIdx - 2]?.text ?? '')) {
      const first = nounPhraseBackward(ws, startIdx - 2);
      if (first && validSubject(text.slice(first.start, first.end))) {
        np = { start: first.start, end: np.end };
        startIdx = wordIndexAt(ws, first.start);
      }
    }
    // A hyphen is not a word token, so "HEADLINE - Jeffrey M. Jones:" is read from the text between.
    const prevWord = ws[startIdx - 1];
    const clauseStart = startIdx === 0 || /^[-—–:.;]$/.test(prevWord?.text ?? '') || (!!prevWord && !!np && /\s[-–—]\s*$/.test(text.slice(prevWord.end, np.start)));
    // "… doesn't surprise Republican pollster Daron Shaw: “…”": a described name introduces the quote even as an object.
    const phrase: Found | null = np;
    const titleAt = phrase ? ws.findIndex((w) => w.start >= phrase.start && w.end <= phrase.end && (PERSON_NOUNS.has(w.lower) || TITLE_WORDS.has(w.lower)) && w.text === w.lower) : -1;
    const described = !!phrase && titleAt >= 0 && /\b\p{Ll}+\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(phrase.start, phrase.end));
    if (phrase && described && !clauseStart) {
      // The description starts at its title word (and the capitalised words right before it), not at the verb.
      let t = titleAt;
      while (t > 0 && (ws[t - 1] as Word).start >= phrase.start && isCap((ws[t - 1] as Word).text)) t--;
      np = { start: (ws[t] as Word).start, end: phrase.end };
    }
    if (np && (clauseStart || described) && validSubject(text.slice(np.start, np.end)) && !/^\p{Lu}+$/u.test(ws[n - 2]?.text ?? '')) return np;
  }
  let lastVerb = -1;
  for (let k = ws.length - 1; k >= 0; k--) {
    const w = ws[k] as Word;
    if (!isVerb(w) || nounUse(ws, k)) continue;
    if (inLeadingSubordinate(ws, k)) continue;
    if (lastVerb < 0) lastVerb = k;
    // Passive: "Sanders was asked by host Bill Maher, “…”" — the speaker follows "by".
    if (['was', 'were', 'been', 'is', 'being'].includes(ws[k - 1]?.lower ?? '') && ws[k + 1]?.lower === 'by') {
      const agent = nounPhraseForward(ws, k + 2);
      if (agent && validSubject(text.slice(agent.start, agent.end))) return agent;
    }
    // "She wrote to supporters, saying “…”", "X issued a statement saying “…”": an -ing verb's speaker is
    // the subject of the sentence.
    if (w.lower.endsWith('ing')) {
      // "with Trump reportedly yelling: “…”": the one doing the -ing, named right before it.
      const own = subjectBefore(ws, k);
      const ownAt = own ? wordIndexAt(ws, own.start) : -1;
      // ("… discussed with Page Six, explaining that": across a comma the -ing goes with the sentence's subject.)
      if (own && ws[ownAt - 1]?.lower === 'with' && ws[k - 1]?.text !== ',' && validSubject(text.slice(own.start, own.end))) return own;
      // "They will meet next week, Spicer said, adding, “…”": the participle goes with the nearest speech
      // clause before it, not with the sentence's first subject.
      if (ws[k - 1]?.text === ',') {
        // "Christie conceded it even as he defended the speech, saying “…”": the subject of the clause right
        // before the participle, when it is nearer than the speech clause.
        const speech = speechClauseBefore(ws, k - 1, text);
        const near = pronounClauseSubject(ws, k - 1, true);
        if (near && (!speech || near.start > speech.start)) return near;
        if (speech) return speech;
      }
      const subj = sentenceSubject(ws);
      if (subj && subj.end <= w.start && validSubject(text.slice(subj.start, subj.end))) return subj;
      if (ws[k - 1]?.text === ',') continue;
    }
    // "Obama, who called the nominee “unfit to serve”": the article's word is "who", the speaker its antecedent.
    let a = skipAux(ws, k - 1);
    // "who has in the past described", "who, on a call Friday, criticized": an adverbial between "who" and its verb.
    a = pastAdverbial(ws, a);
    // "Rikkie Wells who tweeted, “…”" (no comma before "who" after a name) reads the same way.
    const bareWho = ws[a]?.lower === 'who' && isCap(ws[a - 1]?.text ?? '');
    if (((ws[a]?.lower === 'who' || ws[a]?.lower === 'which') && ws[a - 1]?.text === ',') || bareWho) {
      const who = ws[a] as Word;
      const antecedent = nounPhraseBackward(ws, bareWho ? a - 1 : a - 2);
      if (antecedent && validSubject(text.slice(antecedent.start, antecedent.end))) return { start: who.start, end: who.end, ref: antecedent };
    }
    // "The paradox of Nancy, says Carl Anthony, historian at …, is that": an inverted parenthetical.
    if (ws[k - 1]?.text === ',' && !w.lower.endsWith('ing') && !OBJECT_VERBS.has(w.lower)) {
      const inv = nounPhraseForward(ws, k + 1);
      if (inv && ws.find((x) => x.start >= inv.end)?.text === ',' && validSubject(text.slice(inv.start, inv.end))) return inv;
    }
    // "X started the rant when he brought up the bombing and later said, “…”": a verb joined by "and" has the
    // subject of the clause it joins.
    const joined = ws[a]?.lower === 'and' ? pronounClauseSubject(ws, a, false) : null;
    if (joined) return joined;
    const subj = subjectBefore(ws, k);
    if (subj && validSubject(text.slice(subj.start, subj.end))) {
      // "The senator said he rarely asks …", "prosecutors say that he told …": a pronoun reporting inside
      // someone else's "said" clause; the quote is given by the outer speaker.
      const at = wordIndexAt(ws, subj.start);
      let c = at - 1;
      if (ws[c]?.lower === 'that') c--;
      const outerVerb = ws[c];
      if (at === ws.findIndex((x) => x.end === subj.end) && isPronoun(ws[at]?.lower ?? '') && outerVerb && isVerb(outerVerb) && /^(?:say|says|said|told|tells|added|adds|insisted|insists|argued|argues|claimed|claims)$/.test(outerVerb.lower)) {
        const outer = subjectBefore(ws, c);
        if (outer && validSubject(text.slice(outer.start, outer.end))) return outer;
      }
      return subj;
    }
  }
  if (lastVerb >= 0) {
    const verb = ws[lastVerb] as Word;
    // "…, said Trump: "…"": inverted, the speaker right after the verb and right before the quote.
    const opensClause = lastVerb === 0 || /^[,;:—–(]$/.test(ws[lastVerb - 1]?.text ?? '');
    const inv = OBJECT_VERBS.has(verb.lower) || verb.lower.endsWith('ing') || !opensClause ? null : nounPhraseForward(ws, lastVerb + 1);
    if (inv && !OBJECT_PRONOUNS.has(text.slice(inv.start, inv.end).toLowerCase()) && validSubject(text.slice(inv.start, inv.end))) {
      const after = ws.filter((w) => w.start >= inv.end);
      if (after.length <= 1 && after.every(isPunct)) return inv;
    }
  }
  return null;
}

/** Weaker evidence, used when no speech verb names anyone: the subject of the quote's sentence. */
function subjectOfSentence(ws: Word[], text: string, knownPerson: (name: string) => boolean, timesUsed: (word: string) => number): Found | null {
  const subj = sentenceSubject(ws);
  if (!subj) return null;
  const m = text.slice(subj.start, subj.end);
  if (!validSubject(m)) return null;
  // Without a speech verb, a lone capitalised word ("Good", "Likewise", "Orlando") is only trusted when it
  // is a person the article names.
  const tokens = m.split(/\s+/);
  if (tokens.length === 1 && !isPronoun(m.toLowerCase()) && !knownPerson(m.replace(/['’]s$/u, ''))) {
    const bare = m.replace(/['’]s$/u, '');
    const l = bare.toLowerCase();
    if (PLACES.has(l) || DEMONYMS.has(l) || NON_NAME_WORDS.has(l) || /ly$/.test(l)) return null;
    if (timesUsed(bare) < 2) return null; // a name is used more than once
  }
  if (tokens.length > 1 && tokens.every((t) => isCap(t)) && PLACES.has(m.toLowerCase())) return null;
  return subj;
}

// ---------------------------------------------------------------- resolution

interface PersonMention {
  name: string;
  pos: number;
  /** The mention opens its sentence or clause (a subject), rather than sitting inside it (an object). */
  subject?: boolean;
  /** The subject of a subordinate clause after the main one ("… when Mr Blunkett argued"). */
  weak?: boolean;
  /** Where the name ends, for mentions found in the text. */
  end?: number;
}

interface PersonInfo {
  titles: Set<string>;
  gender: Gender;
}

const DESCRIPTION_SYNONYMS: Record<string, string[]> = {
  diplomat: ['minister', 'secretary', 'ambassador', 'envoy', 'diplomat', 'foreign'],
  minister: ['minister'],
  president: ['president'],
  candidate: ['candidate', 'nominee', 'senator', 'governor'],
  nominee: ['nominee', 'candidate'],
  official: ['official', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'director', 'officer'],
  leader: ['leader', 'president', 'minister', 'chairman', 'premier', 'chancellor'],
  lawmaker: ['senator', 'congressman', 'congresswoman', 'rep.', 'sen.', 'representative', 'lawmaker'],
  businessman: ['businessman', 'executive', 'ceo', 'chairman', 'founder', 'billionaire'],
  billionaire: ['billionaire', 'businessman', 'mogul'],
};

/** Abbreviated titles as the word they stand for: "Sen. Ann Lowry" holds the title "senator". */
const TITLE_ABBREVIATIONS = new Map([
  ['gov.', 'governor'],
  ['gov', 'governor'],
  ['sen.', 'senator'],
  ['sen', 'senator'],
  ['rep.', 'representative'],
  ['rep', 'representative'],
  ['gen.', 'general'],
  ['gen', 'general'],
  ['pres.', 'president'],
  ['amb.', 'ambassador'],
  ['atty.', 'attorney'],
]);

/** The words of a title, abbreviations written out ("new jersey gov." → new, jersey, governor). */
const titleWords = (title: string): string[] => title.split(/\s+/).map((w) => TITLE_ABBREVIATIONS.get(w) ?? w);

/** An indefinite article or quantifier that brings someone in without a name. */
const INDEFINITE_OPENER = /\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+/g;
/** Up to five words with no punctuation between them: the noun phrase after an opener. */
const PHRASE_WORDS = /^(?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+/u;
/** Words a noun phrase does not run past. */
const PHRASE_STOPS = new Set([...DETERMINERS, ...LINKING_PREPS, 'to', 'in', 'on', 'by', 'and', 'or', 'but', 'who', 'that', 'which', 'as', 'is', 'was', 'has', 'had', 'said', 'says']);

/** Heads of a description that speak for someone else: with no title to match, the last person named is not them. */
const STANDS_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'source', 'sources', 'aide', 'aides']);
/**
 * A description opened by a possessive pronoun ("his wife", "her lawyer") is someone beside the person it points to.
 * ("our correspondent" is the paper's own, often named.)
 */
const RELATIONAL_OPENERS = new Set(['his', 'her', 'their', 'my']);
/** Only a comma between a name and the description after it: an apposition. */
const APPOSITION_GAP = /^\s*,\s*$/;
/** A possessive ending: "Blair's", "Jones’", "Hale’s". */
const POSSESSIVE_END = /(?:['’]s|s['’])$/u;

/** Strips determiners, titles and nationality words from a mention, leaving the name ("Sergey Lavrov"). */
function nameIn(mention: string): string | null {
  let tokens = mention.split(/\s+/);
  // "Louisiana Gov. Bobby Jindal", "Judicial Watch President Tom Fitton": the name follows the last title.
  let lastTitle = -1;
  tokens.forEach((t, k) => {
    const l = t.toLowerCase();
    const next = tokens[k + 1];
    if ((HONORIFICS.has(l) || TITLE_WORDS.has(l)) && next && isCap(next) && !HONORIFICS.has(next.toLowerCase()) && !TITLE_WORDS.has(next.toLowerCase())) lastTitle = k;
  });
  // "Mr Irish", "Mr. English": after an honorific a nationality word is the surname.
  const afterHonorificTitle = lastTitle >= 0 && HONORIFICS.has((tokens[lastTitle] as string).toLowerCase());
  if (lastTitle >= 0) tokens = tokens.slice(lastTitle + 1);
  let i = 0;
  let run: string[] = [];
  for (; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const l = t.toLowerCase();
    const next = tokens[i + 1];
    if (/\p{L}['’]s?$/u.test(t) && isCap(t) && next && isCap(next)) {
      // "RealClearPolitics’ David Byler" names Byler; "Lloyd's List" is one name, possessive and all.
      const rest = tokens.slice(i + 1);
      const restCaps = rest.filter((x) => isCap(x)).length;
      if (restCaps >= 2 && rest.every((x) => isCap(x))) {
        run = [];
        continue;
      }
      if (restCaps === rest.length) return [...run, ...tokens.slice(i)].join(' ').replace(/[,.]$/, '');
    }
    if (run.length === 0) {
      const afterHonorific = (i > 0 ? HONORIFICS.has((tokens[i - 1] as string).toLowerCase()) : afterHonorificTitle) && !HONORIFICS.has(l);
      if (!afterHonorific && (!isCap(t) || DETERMINERS.has(l) || HONORIFICS.has(l) || TITLE_WORDS.has(l) || DEMONYMS.has(l) || /^\d/.test(t))) continue;
      run.push(t.replace(/['’]s$/u, '').replace(/,$/, '').replace(/(?<!^\p{L})\.$/u, ''));
    } else {
      if (!isCap(t) || HONORIFICS.has(l)) break;
      run.push(t.replace(/['’]s$/u, '').replace(/,$/, '').replace(/(?<!^\p{L})\.$/u, ''));
    }
  }
  if (run.length === 0) return null;
  return run.join(' ');
}

/**
 * Whether `name`, read off the end of a mention the Organisations list holds whole, is a person the mention
 * names after their title ("U.S. District Judge Carlton W. Reeves": the list can hold a title run the name
 * finder did not split), so the speaker is the person. Otherwise the organisation keeps every word of its name,
 * a nationality or a title word too ("The American Legion", "the Federal Open Markets Committee").
 */
function personEnds(mention: readonly string[], name: string, known: boolean): boolean {
  const parts = name.split(/\s+/);
  if (ORG_WORDS.has((parts[parts.length - 1] as string).toLowerCase())) return false;
  const before = (mention[mention.length - parts.length - 1] ?? '').toLowerCase();
  return known || isGenderedFirstName(parts[0] as string) || PERSON_NOUNS.has(before);
}

/** A first name of the two gendered lists: narrower than names.ts's isFirstName, which takes any list. */
const isGenderedFirstName = (t: string): boolean => firstNameGender(t) !== null;

/** Letters after a British name that are not part of it ("Tom McCabe MSP"). */
const POST_NOMINALS = new Set(['mp', 'msp', 'mep', 'am', 'qc', 'kc', 'obe', 'mbe', 'cbe']);

/** Quantifiers that stand for people the article does not name ("Others shouted", "Some said"). */
const UNNAMED_QUANTIFIERS = new Set(['others', 'some', 'many', 'several', 'few', 'most', 'all', 'both', 'each']);

/**
 * "Others", "Some": a quantifier speaks for people it does not name. (A group's own name, "Republicans", is
 * kept: it says who spoke.)
 */
const unnamedGroup = (word: string): boolean => UNNAMED_QUANTIFIERS.has(word.toLowerCase());

/**
 * A name that closes a description after its lower-case head ("BBC political correspondent Mark Mardell",
 * "former WorldCom financial chief Scott Sullivan"); "a spokesman for Trump" is not Trump.
 */
function nameAfterTitle(tokens: readonly string[], strict = false): string | null {
  let tail = tokens.length;
  while (tail > 0 && isCap(tokens[tail - 1] as string)) tail--;
  const beforeTail = tokens[tail - 1];
  if (tail === 0 || tail === tokens.length || !beforeTail || !/^\p{Ll}[\p{Ll}-]*$/u.test(beforeTail)) return null;
  if (LINKING_PREPS.has(beforeTail) || NP_STOPS.has(beforeTail) || DETERMINERS.has(beforeTail) || beforeTail === 'by') return null;
  // Strict: only a person noun or title names the one who follows ("Clinton began Sunday" is no title).
  if (strict && !PERSON_NOUNS.has(beforeTail) && !TITLE_WORDS.has(beforeTail)) return null;
  return nameIn(tokens.slice(tail).join(' '));
}

/**
 * "Chancellor of the Exchequer Gordon Brown", "Shadow leader of the Commons Oliver Heald", "Secretary of State
 * John F. Kerry": a title, its complement, then the name. The complement and the name run together in
 * capitals, so the name is where a first name, an honorific or a person the article names begins.
 * "the son of President George Bush" is a description of someone else: a title opening the run is not a complement.
 */
function nameAfterComplement(tokens: readonly string[], known: (name: string) => boolean): string | null {
  let tail = tokens.length;
  while (tail > 0 && isCap(tokens[tail - 1] as string)) tail--;
  const before = (tokens[tail - 1] ?? '').toLowerCase();
  const of = before === 'of' ? tail - 1 : before === 'the' && tokens[tail - 2]?.toLowerCase() === 'of' ? tail - 2 : -1;
  const owner = tokens[of - 1];
  if (of < 1 || !owner || tokens.length - tail < 3) return null;
  const ownerLower = owner.toLowerCase();
  if (!isCap(owner) && !PERSON_NOUNS.has(ownerLower) && !TITLE_WORDS.has(ownerLower)) return null;
  const run = tokens.slice(tail);
  const lead = (run[0] as string).toLowerCase();
  if (HONORIFICS.has(lead) || PERSON_NOUNS.has(lead) || lead === 'former' || lead === 'late' || isGenderedFirstName(run[0] as string)) return null;
  for (let k = 1; k + 1 < run.length; k++) {
    const t = run[k] as string;
    const rest = run.slice(k).join(' ');
    if (isGenderedFirstName(t) || HONORIFICS.has(t.toLowerCase()) || known(rest)) return nameIn(rest);
  }
  return null;
}

/** A comma, then two to four capitalised words that end the clause: a name in apposition ("…, Greta Lindqvist."). */
const APPOSED_NAME = /^,\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*(?=\s*(?:[,.;:!?)]|$))/u;

/**
 * "his lawyer, Antony Townsden", "The programme's host, Jonathan Dimbleby", "Bloomberg's pollster, Douglas
 * Schoen": a description first, then the name in apposition. The name is taken when the description's head is a
 * person noun or title, or, for any other head that is not itself a name ("the Treasury, George Osborne"), when
 * the name is one the article or the first-name lists know.
 */
function namedApposition(mention: string, known: (name: string) => boolean): string | null {
  const segments = mention.split(',').map((x) => x.trim().split(/\s+/).filter(Boolean));
  const head = segments[0] ?? [];
  const second = segments[1];
  if (head.length === 0 || !second || second.length === 0) return null;
  const prep = head.findIndex((t, i) => i > 0 && LINKING_PREPS.has(t.toLowerCase()));
  const headPart = prep > 0 ? head.slice(0, prep) : head;
  const headWord = (headPart[headPart.length - 1] ?? '').toLowerCase().replace(/['’]s$/u, '');
  const describesPerson = PERSON_NOUNS.has(headWord) || TITLE_WORDS.has(headWord);
  const first = (head[0] as string).toLowerCase();
  const notAName = describesPerson || DETERMINERS.has(first) || POSSESSIVE_DETERMINERS.has(first) || /['’]s?$/u.test(headPart[0] as string);
  if (!notAName || (!describesPerson && nameIn(head.join(' ')) !== null && known(nameIn(head.join(' ')) as string))) return null;
  let words = second;
  // "the Most Reverend Peter Smith", "MP Edward Leigh": what comes before the name is no part of it.
  while (words.length > 2 && (words[0]?.toLowerCase() === 'the' || POST_NOMINALS.has(words[0]?.toLowerCase() ?? ''))) words = words.slice(1);
  while (words.length > 1 && POST_NOMINALS.has((words[words.length - 1] as string).toLowerCase())) words = words.slice(0, -1);
  const allCaps = words.length <= 6 && words.every((t) => isCap(t));
  const name = allCaps ? nameIn(words.join(' ')) : nameAfterTitle(words);
  if (!name || !name.includes(' ')) return null;
  const parts = name.split(/\s+/);
  if (PLACES.has(name.toLowerCase()) || parts.some((t) => ORG_WORDS.has(t.toLowerCase()) || NON_NAME_WORDS.has(t.toLowerCase()) || DEMONYMS.has(t.toLowerCase()))) return null;
  return describesPerson || isGenderedFirstName(parts[0] as string) || known(name) ? name : null;
}

/**
 * One attribution per span of `spans` (in text order; short quoted words included, since they carry the
 * thread of who is speaking). `allSpans` is every pair of marks, to tell narrative from quoted words.
 * `sentences` are the splitter's spans over `text` (split here when not given): the sentence bounds every rule
 * reads. For lower-cased text (`caseless`, attributed on a recased copy) they are the spans of the lower-cased
 * original, whose offsets the copy keeps. `organizations`: the article's Organisations list, whose names a
 * mention keeps whole ("The American Legion" is the American Legion, not a "Legion" with a nationality before it).
 */
export function attributeQuotes(
  text: string,
  paragraphStarts: number[],
  spans: QuoteSpan[],
  allSpans: QuoteSpan[],
  people: Entity[],
  caseless = false,
  sentences?: readonly SentenceSpan[],
  organizations: ReadonlyArray<{ name: string }> = [],
): Attribution[] {
  const bounds = spanBounds(text, sentences ?? splitSentences(text));
  const starts = paragraphStarts.length > 0 ? paragraphStarts : [0];
  const paraEnd = (p: number): number => {
    let e = p + 1 < starts.length ? (starts[p + 1] as number) : text.length;
    while (e > (starts[p] as number) && /\s/.test(text[e - 1] as string)) e--;
    return e;
  };

  const toPeopleName = peopleIndex(people, text);
  const organizationNamed = new Map(organizations.map((o) => [nameKey(o.name), o.name]));
  const knownNames = new Set(people.map((p) => p.name.toLowerCase()));
  const isKnownPerson = (name: string): boolean => knownNames.has(name.toLowerCase()) || info.has(name);
  // A pronoun or a description stands for a person the sheet lists as one: the name finder also reads "Manchester
  // United", "New Labour" or "Jack Russell Sam" (a dog) as names, and a "he" or "the retired charity worker" sent
  // there is a wrong name where the words alone are right.
  const isListedPerson = (name: string): boolean => knownNames.has(name.toLowerCase());
  // "he" and "she" may also stand for someone the list missed whom the article shows to be a person: a title or an
  // honorific before the name ("Gov. Hale", "Mr Lake"), a first name the gendered lists know ("Tom McCabe MSP"), or
  // a name an earlier attribution gave as a quote's speaker ("…,” said Hassel. … “…,” he said).
  const namedSpeakers = new Set<string>();
  // Asked of every name in a pronoun's look-back window: what the text shows of a name is read once.
  const shownPerson = new Map<string, boolean | null>();
  const isPersonLike = (name: string): boolean => {
    let shown = shownPerson.get(name);
    if (shown === undefined) {
      const space = name.indexOf(' ');
      shown = isListedPerson(name)
        ? true
        : organizationNamed.has(nameKey(name))
          ? false
          : (info.get(name)?.titles.size ?? 0) > 0 || (space > 0 && isGenderedFirstName(name.slice(0, space)))
            ? true
            : null;
      shownPerson.set(name, shown);
    }
    return shown ?? namedSpeakers.has(name);
  };
  // Person mentions outside quotes, in order, with their titles and genders.
  const mentions = findNameMentions(text);
  const resolved = resolvePersonNames(mentions);
  const info = new Map<string, PersonInfo>();
  const personMentions: PersonMention[] = [];
  let q = 0;
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    while (q < spans.length && (spans[q] as QuoteSpan).end < m.start) q++;
    const inside = q < spans.length && (spans[q] as QuoteSpan).start <= m.start;
    const name = toPeopleName(resolved.get(m) ?? m.name);
    const pi = info.get(name) ?? { titles: new Set<string>(), gender: null };
    if (m.title) pi.titles.add(m.title);
    const honor = text.slice(Math.max(0, m.runStart - 5), m.start).toLowerCase();
    if (/\bmr\.?\s*$/.test(honor)) pi.titles.add('mr');
    if (/\b(mrs|ms)\.?\s*$/.test(honor)) pi.titles.add('mrs');
    info.set(name, pi);
    // A pronoun or description refers back to a person, not to a place read as a name ("300 homes in County
    // Durham" was "the council spokesman").
    // "Mr Blair's government was …": a possessive behind a title is no subject ("Oz's advice earned him" at a
    // clause's start still is).
    const possessive = /^['’]s?\b/u.test(text.slice(m.end, m.end + 3));
    const edge = clauseEdge(text, m.runStart, !possessive);
    // "The teen's lawyer, John Waldron, said": a name between commas closes its apposition with the verb.
    const apposed = text[edge] === ',' && SAID_AFTER_APPOSITION.test(text.slice(m.end, m.end + 40));
    const opens = opensClause(text, edge, m.end);
    const speaks = !opens && !possessive && (apposed || speaksInClause(text, m.runStart, m.end));
    // "…, pointing out that the paper's Robert Costa had reported": a name and its speech verb inside a clause
    // yield to the sentence's own subject, as a subordinate clause's subject does.
    // Not after a determiner, a preposition or "nor" ("the Scot admitted", "Neither Mr Howard nor Mr Letwin would say").
    const verbOnly = !opens && !speaks && !possessive && speechVerbFollows(text, m.end) && /^[A-Z]/.test(text[m.runStart] ?? '') && !NOT_A_SUBJECT.has(wordBeforeName(text, m.runStart)) && !ACCORDING_TO.test(text.slice(bounds.start(m.runStart, Math.max(0, m.runStart - 300)), m.runStart));
    const subject = opens || speaks || verbOnly;
    const weak = verbOnly ? reportedClause(text, edge) : subject && subordinateAt(text, edge);
    if (!inside && !afterLocative(text, m.runStart)) personMentions.push({ name, pos: m.start, subject, weak, end: m.end });
  }
  for (const [name, pi] of info) pi.gender = genderOfName(name, pi.titles);
  const capCounts = new Map<string, number>();
  // Recased text (`caseless`) capitalised only the names it could learn: a lone word at a sentence start
  // ("Moore thanked him …") is counted wherever it recurs, whatever its case there.
  const countRe = caseless ? /[\p{L}][\p{L}'’-]+/gu : /\p{Lu}[\p{L}'’-]+/gu;
  for (const m of text.matchAll(countRe)) {
    const w = caseless ? m[0].charAt(0).toUpperCase() + m[0].slice(1).toLowerCase() : m[0];
    capCounts.set(w, (capCounts.get(w) ?? 0) + 1);
  }
  const knownParts = new Set<string>();
  for (const name of info.keys()) for (const part of name.split(/\s+/)) knownParts.add(part);
  for (const p of people) for (const part of p.name.split(/\s+/)) knownParts.add(part);
  // "Mark Cuban": a nationality word that follows a capitalised word somewhere is someone's surname.
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]+ (\p{Lu}[\p{L}'’-]+)/gu)) if (DEMONYMS.has((m[1] as string).toLowerCase())) knownParts.add(m[1] as string);

  const results: Attribution[] = [];
  const speakersSoFar: PersonMention[] = [];

  // The most recent acceptable person before `pos`, looking back over a bounded window of mentions (a
  // pronoun refers to someone named recently; the bound keeps long texts linear).
  const WINDOW = 200;
  const lastBefore = (list: PersonMention[], pos: number): number => countBelow(list, (m) => m.pos, pos) - 1;
  const mostRecentMention = (pos: number, accept: (name: string) => boolean): PersonMention | null => {
    let best: PersonMention | null = null;
    for (const list of [personMentions, speakersSoFar]) {
      const from = lastBefore(list, pos);
      for (let i = from; i >= 0 && from - i < WINDOW; i--) {
        const m = list[i] as PersonMention;
        if (accept(m.name)) {
          if (!best || m.pos > best.pos) best = m;
          break;
        }
      }
    }
    return best;
  };

  const mostRecentSubject = (pos: number, accept: (name: string) => boolean): PersonMention | null => {
    const paraLo = starts[Math.max(0, paragraphAt(starts, pos) - 1)] as number;
    let best: PersonMention | null = null;
    for (const list of [personMentions, speakersSoFar]) {
      const from = lastBefore(list, pos);
      for (let i = from; i >= 0 && from - i < WINDOW; i--) {
        const m = list[i] as PersonMention;
        if (m.pos < paraLo) break;
        if ((m.subject ?? true) && accept(m.name)) {
          // A subordinate clause's subject yields to its sentence's main subject, named before it.
          let pick = m;
          if (m.weak) {
            const sentenceFrom = bounds.start(m.pos, paraLo);
            for (let k = i - 1; k >= 0; k--) {
              const e = list[k] as PersonMention;
              if (e.pos < sentenceFrom) break;
              if ((e.subject ?? true) && !e.weak && accept(e.name)) {
                pick = e;
                break;
              }
            }
          }
          if (!best || pick.pos > best.pos) best = pick;
          break;
        }
      }
    }
    return best;
  };
  // Where unnamed speakers were introduced ("a senior official said"): a later "he" is that person, not
  // the last one the article named.
  const describers: number[] = [];

  // Whether the titles the article gives `name` hold title words, none of them one of `wanted`.
  const titledOtherwise = (name: string, wanted: readonly string[]): boolean => {
    const held = [...(info.get(name)?.titles ?? [])].flatMap(titleWords).filter((w) => TITLE_WORDS.has(w));
    return held.length > 0 && !held.some((w) => wanted.includes(w));
  };

  // Whether someone is brought in by an indefinite phrase headed by `head` ("a senior Obama administration
  // official", "another unnamed GOP official", "a second CIA officer") between the sentence that names `named`
  // and `to`. ("Ron Hale, a former official," is Hale: an apposition names its person.)
  const introducedUnnamed = (head: string, named: PersonMention, to: number): boolean => {
    const from = bounds.start(named.pos, Math.max(0, named.pos - 600));
    for (const m of text.slice(from, to).matchAll(INDEFINITE_OPENER)) {
      const at = from + (m.index ?? 0);
      // Quoted words bring no one in ("“… they have a mayor who will deliver,” he said").
      if (text.slice(Math.max(0, at - 3), at).trimEnd().endsWith(',') || insideAnyQuote(allSpans, at)) continue;
      const after = text.slice(at + m[0].length, at + m[0].length + 80);
      // The noun phrase ends before a function word: "a question to the president" brings in no president.
      for (const w of (PHRASE_WORDS.exec(after)?.[0] ?? '').toLowerCase().split(/\s+/)) {
        if (w === head) return true;
        if (PHRASE_STOPS.has(w)) break;
      }
    }
    return false;
  };

  const resolve = (written: string, pos: number): string | null => {
    // "Antonio "LA" Reid": a quoted nickname inside a name is not part of it.
    const mention = written.replace(/\s+["“‘][^"“”‘’]{1,20}["”’](?=\s+\p{Lu})/gu, '');
    const lowerMention = mention.toLowerCase();
    const tokens = lowerMention.split(/\s+/);
    if (tokens.length === 1 && PRONOUNS.has(lowerMention)) {
      if (lowerMention !== 'he' && lowerMention !== 'she') return null;
      const want: Gender = lowerMention === 'he' ? 'm' : 'f';
      const fits = (n: string): boolean => {
        if (!isPersonLike(n)) return false;
        const g = info.get(n)?.gender ?? genderOfName(n, []);
        return g === null || g === want;
      };
      // "Trump attacked Cruz. “…,” he said": he is the subject named last, not the object.
      const person = mostRecentSubject(pos, fits) ?? mostRecentMention(pos, fits);
      const describer = describers[describers.length - 1];
      if (person && describer !== undefined && describer > person.pos && describer < pos && paragraphAt(starts, pos) - paragraphAt(starts, describer) <= 1) return null;
      return person ? person.name : null;
    }
    // The words before an apposition or a linking preposition carry the name or the description's head:
    // "Smith, a spokesman" is Smith; "a spokesman for Trump" and "the top Russia diplomat" are descriptions.
    const core = (mention.split(',')[0] ?? mention).trim().split(/\s+/);
    while (core.length > 2 && POST_NOMINALS.has((core[core.length - 1] as string).toLowerCase())) core.pop();
    const honor = core.map((t) => t.toLowerCase()).find((t) => HONORIFICS.has(t));
    const wantGender: Gender = honor === undefined ? null : /^mr\.?$/.test(honor) ? 'm' : /^(?:mrs|ms|miss)\.?$/.test(honor) ? 'f' : null;
    const allows = (full: string): boolean => {
      if (wantGender === null) return true;
      const g = info.get(full)?.gender ?? genderOfName(full, []);
      return g === null || g === wantGender;
    };
    // "his lawyer, Antony Townsden", "the director of the FBI, James B. Comey": a description, then the name
    // in apposition; the name is the speaker, not whoever the description would otherwise fit.
    // A name read whole from the attribution ("Gordon Brown") is kept unless the people list only adds first
    // names or initials to it ("Willard Mitt Romney"); a longer entry may hold words that are no name ("Exchequer").
    const fullName = (name: string): string => {
      const hit = toPeopleName(name, allows);
      if (!name.includes(' ') || hit === name) return hit;
      const mine = new Set(name.toLowerCase().split(/\s+/));
      const extra = hit.split(/\s+/).filter((t) => !mine.has(t.toLowerCase()));
      const covers = [...mine].every((t) => hit.toLowerCase().split(/\s+/).includes(t));
      return covers && extra.every((t) => isGenderedFirstName(t) || /^\p{Lu}\.?$/u.test(t)) ? hit : name;
    };
    const apposed = namedApposition(mention, isKnownPerson);
    if (apposed) return fullName(apposed);
    // "BBC political correspondent Mark Mardell", "director of rugby Nigel Melville": a name that closes the
    // mention after a lower-case apposition head is the speaker ("a spokesman for Trump" is not Trump).
    const titled = nameAfterTitle(core) ?? nameAfterComplement(core, isKnownPerson);
    if (titled) return fullName(titled);
    const prep = core.findIndex((t, i) => i > 0 && LINKING_PREPS.has(t.toLowerCase()));
    const headPart = prep > 0 ? core.slice(0, prep) : core;
    const headToken = headPart[headPart.length - 1] ?? '';
    // "political scientist Patrick Murray of Monmouth": the part before the preposition ends on a titled name.
    const headTitled = prep > 0 ? nameAfterTitle(headPart, true) : null;
    if (headTitled) return fullName(headTitled);
    // "Dr Mike Watts head of exploration": a name, then its description without a comma.
    const personHead = PERSON_NOUNS.has(headToken) || TITLE_WORDS.has(headToken);
    if (personHead && headPart.length >= 3 && !headPart.some((t) => /['’]s?$/u.test(t)) && (HONORIFICS.has((headPart[0] as string).toLowerCase()) || isGenderedFirstName(headPart[0] as string))) {
      const lead = nameIn(headPart.join(' '));
      if (lead && lead.includes(' ')) return fullName(lead);
    }
    if (isCap(headToken)) {
      // "Others", "Some": a quantifier opening the sentence stands for people the article does not name.
      if (headPart.length === 1 && unnamedGroup(headToken)) return null;
      const name = nameIn(headPart.join(' '));
      const organization = organizationNamed.get(nameKey(headPart.slice(DETERMINERS.has((headPart[0] as string).toLowerCase()) ? 1 : 0).join(' ')));
      if (organization && !(name && personEnds(headPart, name, isKnownPerson(toPeopleName(name))))) return organization;
      if (name) return toPeopleName(name, allows);
    }
    // Lower-cased text: a known person's surname still names them ("'' lavrov said").
    if (headPart.length === 1) {
      const known = toPeopleName(headToken);
      if (known !== headToken) return known;
    }
    const headWord = headToken.toLowerCase();
    if (tokens[0] === 'a' || tokens[0] === 'an' || tokens[0] === 'one' || tokens[0] === 'another') return null;
    if (GROUP_NOUNS.has(headWord) || (!PERSON_NOUNS.has(headWord) && headWord.endsWith('s'))) return null;
    if (!PERSON_NOUNS.has(headWord)) return null;
    const wanted = DESCRIPTION_SYNONYMS[headWord] ?? [headWord];
    const byTitle = mostRecentMention(pos, (n) => isListedPerson(n) && [...(info.get(n)?.titles ?? [])].some((t) => wanted.some((w) => t.split(/\s+/).includes(w))));
    // "A senior administration official said … “…,” the official said": a person the text brought in without a
    // name since it last named someone is the one "the official" picks up.
    const definite = tokens[0] === 'the';
    if (byTitle) return definite && introducedUnnamed(headWord, byTitle, pos) ? null : byTitle.name;
    // "the spokesman", "a Whitehall source", "his wife", "Mr Hale's lawyer": someone who speaks for, or stands
    // beside, a person the article names; the last person named is most often that person, not the speaker.
    // (Unless the description stands in apposition to that name: "Niki Lauda, his team chairman, who told him".)
    const last = mostRecentMention(pos, isListedPerson);
    if (last && last.end !== undefined && APPOSITION_GAP.test(text.slice(last.end, pos))) return last.name;
    if (STANDS_FOR.has(headWord) || RELATIONAL_OPENERS.has(tokens[0] as string) || core.some((t, i) => i < core.length - 1 && isCap(t) && POSSESSIVE_END.test(t))) return null;
    // "Matchwinner Keane was full of praise for Duff's role. “…,” said the Tottenham striker": a definite
    // description picks up the subject of the sentence that last names someone (the subject that fits, when a
    // title rules that one out), not a name that sentence mentions in passing; nor one its own sentence names before it ("Mr Brown's Budget was …, the Tory
    // leader said" follows "…, Mr Howard added."). A sentence with no person as its subject ("The spokesman set
    // out Mr Blair's view after the cardinal backed Michael Howard's stance. The Tory leader …") keeps its last name.
    // A person the article gives another title is not the one a title names ("Mayor Bill de Blasio" is not "the
    // Republican presidential candidate").
    if (definite) {
      const fits = (n: string): boolean => isListedPerson(n) && !(TITLE_WORDS.has(headWord) && titledOtherwise(n, wanted));
      const named = mostRecentMention(pos, fits);
      const sentenceAt = (at: number): number => bounds.start(at, 0);
      const anySubject = mostRecentSubject(pos, isListedPerson);
      const inPassing = !!named && ((!!anySubject && anySubject.name !== named.name && sentenceAt(anySubject.pos) === sentenceAt(named.pos)) || sentenceAt(named.pos) === sentenceAt(pos));
      const pick = inPassing ? (mostRecentSubject(pos, fits) ?? named) : named;
      return pick && !introducedUnnamed(headWord, pick, pos) ? pick.name : null;
    }
    return last ? last.name : null;
  };

  // No attribution at all: the person who opens the quote's own sentence, outside the quote, as its subject
  // ("Bush referred to Rubio as “…”"). An object or a name after the quote is too weak to go on.
  const subjectPersonBefore = (lo: number, open: number): PersonMention | null => {
    for (let i = lastBefore(personMentions, lo) + 1; i < personMentions.length; i++) {
      const m = personMentions[i] as PersonMention;
      if (m.pos >= open) break;
      if (m.pos >= lo) return m.subject ? m : null;
    }
    return null;
  };

  // A quote that ran over several paragraphs ends in a later one than it started: that is where it sits.
  const endParagraph = (q: QuoteSpan): number => paragraphAt(starts, q.close >= 0 ? q.close : q.end);
  let prev: { attribution: Attribution; span: QuoteSpan } | null = null;
  let lastReal: QuoteSpan | null = null;
  const isReal = (q: QuoteSpan): boolean => (text.slice(q.start, q.end).match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3;
  for (let qi = 0; qi < spans.length; qi++) {
    const span = spans[qi] as QuoteSpan;
    const p = span.paragraph;
    const ps = starts[p] as number;
    const closeAt = span.close >= 0 ? span.close + 1 : span.end;
    const endPara = paraEnd(paragraphAt(starts, closeAt));
    // Short quoted words ("Ted Cruz" pins, a "paper tiger") sit inside attributions: they bound nothing.
    let nx = qi + 1;
    while (nx < spans.length && !isReal(spans[nx] as QuoteSpan)) nx++;
    const nextOpen = nx < spans.length ? (spans[nx] as QuoteSpan).open : text.length;
    const prevEndPara = prev ? endParagraph(prev.span) : -1;
    const prevClose = lastReal && endParagraph(lastReal) === p ? (lastReal.close >= 0 ? lastReal.close + 1 : lastReal.end) : ps;

    const beforeLo = Math.max(prevClose, bounds.start(span.open, ps));
    const sentEnd = bounds.end(closeAt, endPara);
    const afterHi = Math.min(nextOpen, endPara, sentEnd);
    const innerEnd = text.slice(span.start, span.close >= 0 ? span.close : span.end).trimEnd();
    const beforeWords = words(text, beforeLo, span.open);
    let afterWords = closeAt < afterHi ? words(text, closeAt, afterHi) : [];
    // `“… is broken.” Democratic candidate Hillary Clinton said Wednesday …`, and in one-line text with no
    // paragraph break to end the quote's turn, `… big banks . '' though sanders is gaining …`: after a quote that
    // closed its own sentence, the next sentence is read only when it is an attribution (`tagSentence`).
    const closedItself = /[.]$/.test(innerEnd) && !QUOTE_SIGNED.test(text.slice(closeAt, closeAt + 4));
    const tagRefused = closedItself && afterWords.length > 0 && !tagSentence(afterWords, text);
    if (tagRefused) afterWords = [];
    // `"…," X said` is the after-pattern; a quote that ends its sentence ("….”) or sits inside one as a
    // fragment is more often owned by the words before it.
    const firstAfter = afterWords[0];
    // `“…!” She replied …` and `“…?” The drama follows …` open a new sentence; `“…?” Trump asked` may not.
    const newSentence = /[?!]$/.test(innerEnd) && !!firstAfter && isCap(firstAfter.text) && (DETERMINERS.has(firstAfter.lower) || isPronoun(firstAfter.lower));
    const afterFirst = !newSentence && (OPEN_ENDED.test(innerEnd) || COMMA_OR_DASH_AFTER.test(text.slice(closeAt, closeAt + 3)));
    const commaSlot = !newSentence && (OPEN_ENDED.test(innerEnd) || COMMA_AFTER.test(text.slice(closeAt, closeAt + 3)));

    let found: Found | null = null;
    let via: Attribution['via'] = 'none';
    // Found without a speech verb: the owner of the words ("Obama's “…” promise") or the sentence's subject.
    let verbless = false;
    const tryAfter = (): void => {
      if (!found && afterWords.length > 0) {
        found = withPartner(afterWords, attributionAfter(afterWords, text, commaSlot));
        if (found) via = 'after';
      }
    };
    const tryBefore = (): void => {
      if (!found && beforeWords.length > 0) {
        found = withPartner(beforeWords, attributionBefore(beforeWords, text));
        if (found) via = 'before';
      }
    };
    // `Trump said, "You tell me," repeatedly, before he …`: a speech verb that introduces the quote owns it,
    // whatever the words after it say.
    let lastWordAt = beforeWords.length - 1;
    while (lastWordAt >= 0 && /^[,:]$/.test(beforeWords[lastWordAt]?.text ?? '')) lastWordAt--;
    const lb = beforeWords[lastWordAt];
    const introduced = lastWordAt < beforeWords.length - 1 && !!lb && isVerb(lb) && !WEAK_SPEECH_VERBS.has(lb.lower);
    // `… says he is ready ‘It has been a long wait.’ Hayward explained.`: a sentence that is only a speaker and
    // a speech verb, right after a quote that closed its own sentence, names that quote's speaker.
    // (A fragment woven into the sentence before, `said that ‘it has …’`, stays with that sentence.)
    const ownSentence = /^[A-Z]/.test(text[span.start] ?? '') && lb?.lower !== 'that';
    if ((afterFirst || (ownSentence && /[.!?]$/.test(innerEnd) && bareAttribution(afterWords, text))) && !introduced) {
      tryAfter();
      tryBefore();
    } else {
      tryBefore();
      tryAfter();
    }
    if (!found && afterHi < endPara && !tagRefused) {
      // `Fundraising was "…" as donors waited to see how a "…" played out, he said.`: a closing `, X said`
      // past later quotes of the same sentence speaks for every quote in it.
      // Only the sentence's last words can hold it, so a run-on sentence is not read again for every quote.
      found = closingAttribution(words(text, Math.max(afterHi, sentEnd - 300), sentEnd).filter((w) => !insideAnyQuote(allSpans, w.start)), text);
      if (found) via = 'after';
    }
    if (!found && beforeWords.length > 0) {
      // `Obama's "if you like your plan, you can keep it" promise`: the owner of the words.
      const last = beforeWords[beforeWords.length - 1] as Word;
      // "Cruz questioned Trump's “New York values”": a possessive after a verb is its object, not the speaker.
      const before = beforeWords[beforeWords.length - 2];
      const object = !!before && /^\p{Ll}+$/u.test(before.text) && !DETERMINERS.has(before.lower) && !LINKING_PREPS.has(before.lower) && !NP_STOPS.has(before.lower);
      if (!object && /^\p{Lu}[\p{L}-]*['’]s?$/u.test(last.text) && /['’]/.test(last.text) && knownParts.has(last.text.replace(/['’]s?$/u, ''))) {
        found = { start: last.start, end: last.end };
        via = 'before';
        verbless = true;
      }
    }
    if (!found && beforeWords.length > 0) {
      found = withPartner(beforeWords, subjectOfSentence(beforeWords, text, (n) => knownParts.has(n), (w) => capCounts.get(w) ?? 0));
      if (found) via = 'before';
      verbless = true;
    }
    // A bare quote after a paragraph that ends "X said:" belongs to X.
    if (!found && beforeWords.length === 0 && span.open === firstNonSpaceFrom(text, ps) && p > 0) {
      const pp = p - 1;
      const ppEnd = paraEnd(pp);
      if (/[:,]$/.test(text.slice(starts[pp] as number, ppEnd)) && !(prev && prev.span.paragraph === pp && prev.span.close >= ppEnd - 2)) {
        const lo = Math.max(starts[pp] as number, bounds.start(ppEnd - 1, starts[pp] as number));
        found = attributionBefore(words(text, lo, ppEnd), text);
        if (found) via = 'colon';
      }
    }
    // No attribution in the quote's own sentence: the sentence before it, in the same paragraph, goes on
    // speaking. It holds the previous quote ("“…,” he said. But “…”") or names a speaker by a speech verb
    // ("Brill has argued that … . As a result, there is still “…”").
    let carried: Attribution | null = null;
    if (!found && beforeLo > ps) {
      let e = beforeLo;
      while (e > ps && /\s/.test(text[e - 1] as string)) e--;
      const s0 = e > ps ? bounds.start(e - 1, ps) : ps;
      const prevEnd = prev ? (prev.span.close >= 0 ? prev.span.close + 1 : prev.span.end) : -1;
      // A quote ending in "?” said X" closes a sentence by itself: it still belongs to the sentence after it.
      const prevInIt = !!prev && prevEndPara === p && (prevEnd > s0 || !/\p{L}/u.test(text.slice(prevEnd, s0)));
      if (prev && prevInIt && prev.attribution.via !== 'none' && prev.attribution.mentionStart !== null) {
        carried = { ...prev.attribution, via: 'continuation' };
      } else if (s0 < e && e - s0 <= 600) {
        const prevWords = words(text, s0, e).filter((w) => !insideAnyQuote(allSpans, w.start));
        found = attributionBefore(prevWords, text);
        if (found) via = 'previous';
      }
    }
    // "Democratic", "Greek": an adjective whose noun is missing speaks for no one.
    if (found && adjectiveOnly(text.slice((found as Found).start, (found as Found).end), knownParts)) found = null;
    let attribution: Attribution;
    if (found) {
      const f = found as Found;
      // "Mr Mennear, who was sent the e-mail by a friend,": a relative clause says something about the speaker;
      // it is not the words that name them.
      const rel = /,\s+(?:who|whose|which)\b/.exec(text.slice(f.start, f.end));
      if (rel && rel.index > 0 && !f.ref) f.end = f.start + rel.index;
      // "The New York Post reports", "The poster shows": a present-tense verb read as a plural noun closes the phrase.
      const verbTail = /\s+(?:reports|shows|says|writes|notes|states|claims|argues|explains|adds|insists|suggests)$/.exec(text.slice(f.start, f.end));
      if (verbTail && verbTail.index > 0 && !f.ref) f.end = f.start + verbTail.index;
      // "“…,” said the Trust's pollster, Greta Lindqvist.": the name in apposition that closes the clause is
      // part of the words for the speaker (the description alone would go to whoever fits it last).
      const apposed = f.ref ? null : APPOSED_NAME.exec(text.slice(f.end, f.end + 80));
      if (apposed && !text.slice(f.start, f.end).includes(',') && namedApposition(text.slice(f.start, f.end + apposed[0].length), isKnownPerson)) f.end += apposed[0].length;
      // `"…," Mark Ellis and Jane Porter said` / `said Mark Ellis and Jane Porter`: two people the article names,
      // joined by "and", speak together; the mention and the speaker hold both. The finder read the pair.
      // `resolved` is null for "David and Jeanne Heidler": a first name alone before "and" shares the other's
      // surname, and the pair is kept as written.
      let partner: { first: boolean; resolved: string | null } | null = null;
      const pt = f.partner;
      if (pt && JOINT_NAME.test(text.slice(f.start, f.end)) && JOINT_NAME.test(text.slice(pt.start, pt.end))) {
        const name = text.slice(pt.start, pt.end);
        const sharesSurname = pt.first && !name.includes(' ') && isGenderedFirstName(name);
        const resolved = sharesSurname ? null : resolve(name, f.start);
        // Not a place ("at Old Trafford and Ancelotti said") and not a firm ("Ernst and Young's …").
        const person = !afterLocative(text, pt.start) && (sharesSurname || isKnownPerson(resolved ?? ''));
        // "Ruby Tide and Joe Hale said", "said Coldplay and Chris Martin": a band named with its singer is no
        // second speaker; the person in the pair speaks.
        const ownName = text.slice(f.start, f.end);
        const ownPerson = sharesSurname || (!namesGroup(text, ownName) && isKnownPerson(resolve(ownName, f.start) ?? ''));
        if (person && !namesGroup(text, name)) {
          if (ownPerson) {
            partner = { first: pt.first, resolved };
            if (pt.first) f.start = pt.start;
            else f.end = pt.end;
          } else {
            f.start = pt.start;
            f.end = pt.end;
          }
        }
      }
      const mention = text.slice(f.start, f.end);
      const own = partner ? mention.replace(partner.first ? /^.*\s+and\s+/su : /\s+and\s+.*$/su, '') : mention;
      let speaker = f.ref ? resolve(text.slice(f.ref.start, f.ref.end), f.ref.start) : (resolve(own, f.start) ?? (f.signed ? own : null));
      if (partner && speaker) {
        speaker = partner.resolved === null ? mention : partner.first ? `${partner.resolved} and ${speaker}` : `${speaker} and ${partner.resolved}`;
      } else if (!f.ref && !partner) {
        // "- Mark Blumenthal and Jon Cohen: “…”": the attribution already holds both names.
        const both = JOINT_PAIR.exec(mention);
        const a = both ? resolve(both[1] as string, f.start) : null;
        const b = both ? resolve(both[2] as string, f.start) : null;
        if (a && b && a !== b && isKnownPerson(a) && isKnownPerson(b)) speaker = `${a} and ${b}`;
      }
      attribution = { speaker, mention, mentionStart: f.start, mentionEnd: f.end, via };
    } else if (
      prev && prev.attribution.via !== 'none' && ((prevEndPara === p && beforeLo === prevClose) || (p - prevEndPara <= 1 && bareContinuation(text, starts, prev.span, span, beforeWords, prevEndPara))) &&
      // "“…,” says Garcia. She says people should choose. “It is their life.”": a narrative sentence about
      // someone between the two quotes hands the next quote to its subject.
      !(prevEndPara === p && /\p{L}/u.test(text.slice(prevClose, beforeLo)) && previousSentenceSubject(text, bounds, starts, span, beforeLo, prev.span, allSpans))
    ) {
      attribution = { ...prev.attribution, via: 'continuation' };
    } else if (carried) {
      attribution = carried;
    } else if ((found = previousSentenceSubject(text, bounds, starts, span, beforeLo, prev?.span ?? null, allSpans))) {
      const f = found as Found;
      const mention = text.slice(f.start, f.end);
      attribution = { speaker: resolve(mention, f.start), mention, mentionStart: f.start, mentionEnd: f.end, via: 'previous' };
    } else {
      const guess = subjectPersonBefore(beforeLo, span.open);
      attribution = guess
        ? { speaker: guess.name, mention: text.slice(guess.pos, guess.end), mentionStart: guess.pos, mentionEnd: guess.end ?? guess.pos, via: 'subject' }
        : { speaker: null, mention: null, mentionStart: null, mentionEnd: null, via: 'none' };
    }
    if (attribution.speaker && attribution.mentionStart !== null) speakersSoFar.push({ name: attribution.speaker, pos: span.start });
    if (attribution.speaker && attribution.mention && (attribution.via === 'after' || (attribution.via === 'before' && !verbless && FULL_NAME.test(attribution.speaker))) && writtenAsName(attribution.mention, attribution.speaker)) namedSpeakers.add(attribution.speaker);
    else if (!attribution.speaker && attribution.mention && attribution.mentionStart !== null && attribution.via !== 'continuation' && unnamedPerson(attribution.mention)) describers.push(attribution.mentionStart);
    results.push(attribution);
    prev = { attribution, span };
    if (isReal(span)) lastReal = span;
  }
  return results;
}


/** The first word of a phrase. */
const FIRST_WORD = /^\S*/;
/** A first name and a surname ("Jan Brewer", "Aris Shirvanian"), not a place or a title ("Sacramento", "Going Viral"). */
const FULL_NAME = /^\p{Lu}\p{Ll}+(?<!ing)(?: \p{Lu}[\p{L}.'’-]*){1,3}$/u;

/**
 * Whether an attribution's words are the speaker's name as written, maybe behind a title ("Hassel", "Former Arizona
 * governor Jan Brewer"), and not a description ("the Salford MP") or a place or a party read as a name.
 */
function writtenAsName(mention: string, speaker: string): boolean {
  const first = (FIRST_WORD.exec(mention)?.[0] ?? '').toLowerCase();
  const lower = speaker.toLowerCase();
  // "New York Presbyterian Hospital", "Manchester United": a name that opens on a place is an institution's.
  const words = lower.split(' ');
  if (PLACES.has(words[0] as string) || (words.length > 2 && PLACES.has(`${words[0]} ${words[1]}`))) return false;
  return mention.includes(speaker) && !DETERMINERS.has(first) && !POSSESSIVE_DETERMINERS.has(first) && !PLACES.has(lower) && !DEMONYMS.has(lower) && !NON_NAME_WORDS.has(lower) && !ORG_WORDS.has(lower.slice(lower.lastIndexOf(' ') + 1));
}

/** "a senior official", "one aide", "an Interior Ministry spokesman": a person the article does not name. */
function unnamedPerson(mention: string): boolean {
  const core = (mention.split(',')[0] ?? mention).trim().toLowerCase().split(/\s+/);
  const prep = core.findIndex((t, i) => i > 0 && LINKING_PREPS.has(t));
  const head = (prep > 0 ? core[prep - 1] : core[core.length - 1]) ?? '';
  return ['a', 'an', 'one', 'another'].includes(core[0] ?? '') && PERSON_NOUNS.has(head);
}

function firstNonSpaceFrom(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] as string)) i++;
  return i;
}

/**
 * A quote continues the previous speaker when nothing but quotes lies between them: the next sentence of
 * the same paragraph, or a paragraph that is only a quote right after the attributed one.
 */
function bareContinuation(text: string, starts: number[], prev: QuoteSpan, cur: QuoteSpan, beforeWords: Word[], prevEndParagraph: number): boolean {
  if (beforeWords.some((w) => !isPunct(w))) return false;
  if (prevEndParagraph === cur.paragraph) return true;
  // The previous quote's paragraph must end with that quote (or its attribution), and this one open with a mark.
  return cur.open === firstNonSpaceFrom(text, starts[cur.paragraph] as number);
}

/**
 * A quote that opens its sentence with no attribution anywhere, and no earlier quote to continue, is most
 * often the words of the person the previous sentence was about ("Valastro praised Christie. “We need
 * someone who…”"). Only a person counts: a pronoun or a name, not a document or a group.
 */
function previousSentenceSubject(text: string, bounds: SentenceBounds, starts: number[], span: QuoteSpan, beforeLo: number, prev: QuoteSpan | null, all: QuoteSpan[]): Found | null {
  if (text.slice(beforeLo, span.open).trim() !== '') return null;
  const p = span.paragraph;
  let end = beforeLo;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  const lo = (starts[Math.max(0, p - 1)] as number);
  if (end <= lo) return null;
  const s0 = bounds.start(end - 1, lo);
  if (prev && prev.close >= s0) return null; // the previous sentence holds a quote: not a narrative sentence
  const ws = words(text, s0, end);
  const subj = sentenceSubject(ws);
  if (!subj) return null;
  if (insideAnyQuote(all, subj.start)) return null;
  const m = text.slice(subj.start, subj.end);
  const first = m.split(/\s+/)[0] ?? '';
  const personLike = /^(?:he|she)(?:['’]s)?$/i.test(m) || (isCap(first) && !DETERMINERS.has(first.toLowerCase()) && nameIn(m) !== null && !m.split(/\s+/).some((t) => ORG_WORDS.has(t.toLowerCase())));
  return personLike && validSubject(m) ? subj : null;
}

/** How many items of `sorted` (ordered by `key`) have a key below `pos` (binary search). */
function countBelow<T>(sorted: readonly T[], key: (item: T) => number, pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when `pos` lies between a pair of quotation marks (binary search over spans in text order). */
function insideAnyQuote(spans: QuoteSpan[], pos: number): boolean {
  const q = spans[countBelow(spans, (s) => s.open, pos) - 1];
  return !!q && (q.close < 0 ? q.end : q.close) > pos;
}

const SAID = 'said|says|added|adds|explained|insisted|claimed|argued|warned|stated|noted';
/** A capitalised word or an initial ("O’Hara", "M."), not a possessive ("Young's"). */
const NAME_WORD = String.raw`\p{Lu}(?:\.|[\p{L}-]*(?:['’](?!s\b)\p{L}[\p{L}-]*)?)`;
const NAME_WORDS = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,3}`;
/** A speaker mention that is a name: capitalised words only ("Jane Porter", "O’Hara"). */
const JOINT_NAME = new RegExp(`^${NAME_WORDS}$`, 'u');
const JOINT_PAIR = new RegExp(`^(${NAME_WORDS})\\s+and\\s+(${NAME_WORDS})$`, 'u');

/** A group's word right before its name: "the band Ruby Tide", "rock group Velvet Crane". */
const GROUP_BEFORE = /\b(?:band|group|duo|trio|quartet|quintet|orchestra|choir|outfit|boyband|girlband)\s+$/i;
/** Its members after it: "Coldplay's singer", "Ruby Tide frontman Joe Hale", "Velvet Crane members". */
const GROUP_AFTER = /^(?:['’]s?)?\s+(?:lead\s+)?(?:singer|frontman|frontwoman|guitarist|drummer|bassist|vocalist|keyboardist|members?|bandmates?)\b/i;

/** True when the article calls `name` a band or a group somewhere (each use checked, up to a bound). */
function namesGroup(text: string, name: string): boolean {
  let from = 0;
  for (let n = 0; n < 50; n++) {
    const i = text.indexOf(name, from);
    if (i < 0) return false;
    if (GROUP_BEFORE.test(text.slice(Math.max(0, i - 16), i)) || GROUP_AFTER.test(text.slice(i + name.length, i + name.length + 30))) return true;
    from = i + name.length;
  }
  return false;
}

/** Words that qualify a title before a name: "shadow home secretary", "acting foreign minister". */
const TITLE_MODIFIERS = new Set('shadow home foreign vice acting interim assistant general senior junior first prime state party campaign press rights defence defense finance health justice interior environment education transport trade'.split(' '));
const NOT_A_TITLE = new Set(
  'he she they it i we you him her them his its their our that which who whom to in on at with about after before for from of by as than and or but not no is was were are be been has had have will would could should may might can this these those there here then when while if because'.split(' '),
);
/** The verb right after the name, or after one aside between commas ("X, 45, said", "X, who also helped, said"). */
const SAID_AFTER = new RegExp(`^(?:\\s*,[^,.;"“”‘’]{1,100},)?\\s+(?:${SAID})\\b`, 'i');
/**
 * "The teen's lawyer, John Waldron, said Thursday he …": the verb right after the apposition's closing comma, when
 * what follows it is not its own inverted subject ("…, said police").
 */
const SAID_AFTER_APPOSITION = new RegExp(`^,\\s+(?:${SAID})(?=\\s*[,.;:]|\\s+(?:that|he|she|they|on|in|at|after|before|during|yesterday|today|tonight|last|this|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b)`, 'i');
/** The inverted verb before a name follows the quote or a comma ("…,” said X"); "Weber insisted Hoffmann will …" reports. */
const SAID_BEFORE = new RegExp(`(?:^|[.!?]\\s+|[,;:"“”‘’'—–(]\\s*)(?:${SAID})\\s+(?:[\\p{L}.'’-]+\\s+){0,4}$`, 'iu');
/**
 * Without that comma, only when the name ends the sentence and only titles stand between: "… have educational
 * elements said Mr Owen." ("he said Ryan." names the one he chose.)
 */
const SAID_BEFORE_CLOSING = new RegExp(`(?:^|\\s)([a-z]+)\\s+(?:${SAID})((?:\\s+\\S+){0,4})\\s+$`);

/**
 * "…, David Tourgeman said.", "Richard Rhoades, who also helped, said" and "said fertility specialist Dr. David
 * Tourgeman": the name speaks in its clause,
 * which makes it that clause's subject for a later "he", however the clause opens. ("told X" has X as its object, and
 * "Wasp tells the story of" is a film, so "told" is not among the verbs.)
 */
function speaksInClause(text: string, runStart: number, end: number): boolean {
  if (SAID_AFTER.test(text.slice(end, end + 120))) return true;
  const lead = text.slice(Math.max(0, runStart - 60), runStart);
  const closing = SAID_BEFORE.test(lead) || !/^\s*\.(?:\s|$)/.test(text.slice(end, end + 3)) ? null : SAID_BEFORE_CLOSING.exec(lead);
  if (closing && !NOMINATIVE.has(closing[1] as string) && !NOT_A_TITLE.has(closing[1] as string)) {
    return (closing[2] ?? '').split(/\s+/).filter(Boolean).every((w) => isCap(w) || TITLE_WORDS.has(w) || PERSON_NOUNS.has(w) || TITLE_MODIFIERS.has(w));
  }
  const before = SAID_BEFORE.exec(lead);
  // Only titles and descriptions between verb and name: "says she appreciated Machado", "said after meeting
  // with Russian President Putin" put the name in another clause or phrase.
  // And the name closes the clause: in "says Kaine has a passion …" Kaine is the subject of what is said.
  return before !== null && !before[0].split(/\s+/).slice(1).some((w) => NOT_A_TITLE.has(w.toLowerCase())) && /^\s*(?:[,.;:!?)]|$)/.test(text.slice(end, end + 3));
}

/**
 * "Mr Clarke said he backed it when Mr Blunkett argued for it": a name opening a subordinate clause that
 * follows the main one in its sentence. It is a subject, but a weaker one than the main clause's. `i` is the
 * name's clauseEdge.
 */
function subordinateAt(text: string, i: number): boolean {
  const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, i - 12), i + 1))?.[1]?.toLowerCase() ?? '';
  if (!SUBORDINATORS.has(word)) return false;
  let j = i - word.length;
  while (j >= 0 && /[ \t,]/.test(text[j] as string)) j--;
  return j >= 0 && !/[\n.!?;:"“”]/.test(text[j] as string);
}

/** The last character before a name and the honorific and title words that go with it. */
function clauseEdge(text: string, pos: number, pastTitles: boolean): number {
  let i = pos - 1;
  while (i >= 0 && /[ \t"“‘'(]/.test(text[i] as string)) i--;
  // "Ms Moon moved …", "Conservative shadow home secretary David Davis was …": an honorific and lower-case
  // title words are not part of the name's run, but the clause opens before them.
  for (let k = 0; pastTitles && k < 5; k++) {
    const word = /(?:^|[^\p{L}.])(\p{L}[\p{L}'’-]*\.?)$/u.exec(text.slice(Math.max(0, i - 24), i + 1))?.[1];
    if (word === undefined) break;
    const w = word.toLowerCase().replace(/\.$/, '');
    const honorific = HONORIFICS.has(w) || HONORIFICS.has(`${w}.`);
    // A full stop ends a sentence unless it ends an honorific ("Dr. David Tourgeman").
    const titleLike = honorific || (!word.endsWith('.') && (TITLE_WORDS.has(w) || PERSON_NOUNS.has(w) || TITLE_MODIFIERS.has(w) || (/^\p{Lu}/u.test(word) && !NOT_A_TITLE.has(w) && !DETERMINERS.has(w))));
    if (!titleLike) break;
    i -= word.length;
    while (i >= 0 && /[ \t"“‘'(]/.test(text[i] as string)) i--;
  }
  return i;
}

/** The lower-case word before a name that starts at `start`, past an honorific ("nor Mr Letwin" gives "nor"). */
function wordBeforeName(text: string, start: number): string {
  const near = wordBefore(text, start, false, true);
  const key = near.replace(/\.+$/, '').toLowerCase();
  if (!HONORIFICS.has(key) && !HONORIFICS.has(`${key}.`)) return key;
  let end = start;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  return wordBefore(text, end - near.length, false, true).replace(/\.+$/, '').toLowerCase();
}

/** "According to Mandaric, Redknapp vowed …": what the sentence reports is someone else's account. */
const ACCORDING_TO = /^\W*according to\b/i;

const CLAUSE_WORDS = new Set(['and', 'but', 'while', 'as', 'because', 'that', 'when', 'after', 'before', 'so']);
/** Of those, the ones that also join two nouns or open a prepositional phrase ("with Mr Brown and Colin Birch at …"). */
const NOUN_JOINERS = new Set(['and', 'as', 'after', 'before']);
/** The word after a name, past one aside between commas ("As John Cornyn, the No. 2 in the party, put it"). */
const VERB_AFTER_NAME = /^(?:\s*,[^;:]{1,100}?,['’"”]*)?\s+([a-z]+)\b/;
/** Words that, right after a name, show it is no clause's subject: a preposition, a conjunction, a relative. */
const NOT_A_VERB = new Set('of for at with from in on to by about into over under after before during than and or but nor who whom which whose that the a an his her their its this'.split(' '));
/** Words before a name that make it no subject of the verb after it: a determiner, a preposition, a coordinator. */
const NOT_A_SUBJECT = new Set('of for at with from in on to by about into over under during than and or nor the a an his her their its this'.split(' '));

/**
 * True when only sentence openers ("But", "On Monday,", "Having resolved his future,") stand between the sentence
 * start and a name whose clauseEdge is `i` and which ends at `end`.
 */
function opensClause(text: string, i: number, end: number): boolean {
  // "… four players — Leon Marsh, Kyle Dunn and …": after a dash, a name that a list goes on from is no subject.
  if (i >= 0 && /[—–]/.test(text[i] as string)) return !/^\s*(?:[,—–]|and\b)/.test(text.slice(end, end + 6));
  if (i < 0 || /[\n.!?;:]/.test(text[i] as string)) return true;
  if (text[i] === ',') {
    // "On Monday, Trump said": a comma after an opening phrase of a few words.
    const lo = Math.max(0, i - 60);
    const before = text.slice(lo, i);
    const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf(', '));
    const phrase = before.slice(start + 1).trim().split(/\s+/);
    const first = phrase[0] ?? '';
    return phrase.length <= 5 && (LEADING_PREPS.has(first.toLowerCase()) || /^[A-Z][a-z]+ing$/.test(first));
  }
  const prevWord = /(\p{L}+)$/u.exec(text.slice(Math.max(0, i - 12), i + 1))?.[1]?.toLowerCase() ?? '';
  if (!CLAUSE_WORDS.has(prevWord)) return false;
  // "… Chris Chantler and Mark O'Hara — who", "driving her daughter and Barnes from a concert": a name joined to
  // another noun opens no clause; "and Barnes allegedly stabbed" does.
  if (!NOUN_JOINERS.has(prevWord)) return true;
  // "As Gavin Cox of the website put it": "As" opening the sentence opens a clause ("such as Smith" does not).
  if (prevWord === 'as' && /(?:^|[.!?\n]\s*)As$/.test(text.slice(Math.max(0, i - 4), i + 1))) return true;
  const next = VERB_AFTER_NAME.exec(text.slice(end, end + 120))?.[1];
  return next !== undefined && !NOT_A_VERB.has(next);
}

/**
 * True when the clause piece before a name's clauseEdge `i` reports what someone else said: "pointing out that
 * the paper's Robert Costa had reported", "said Trump continued to …". (After a comma alone, "…, Weber admits",
 * the name opens its own clause.)
 */
function reportedClause(text: string, i: number): boolean {
  const before = text.slice(Math.max(0, i - 50), i + 1);
  const piece = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n')) + 1);
  return piece.split(/\s+/).some((w) => w === 'that' || (SPEECH_VERBS.has(w) && !w.endsWith('ing')));
}

/** "…, Weber admits he …", "Ms Lee also told …": a name right before its finite speech verb is the one speaking. */
function speechVerbFollows(text: string, end: number): boolean {
  const m = /^\s+([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?/.exec(text.slice(end, end + 40));
  if (!m) return false;
  const first = m[1] as string;
  const skip = AUXILIARIES.has(first) || isLyAdverb(first);
  const verb = skip ? m[2] ?? '' : first;
  // "the £7.4m from the UK Treasury announced by the Chancellor": a participle, not the name's verb.
  if ((skip ? m[3] : m[2]) === 'by') return false;
  // "Conroy asked Sanders whether …": the one asked gives the answer that follows. ("Wasp tells the story of" is
  // a film, so the present "tell" is left out; "Mr Hussen told The Times" is his.)
  return SPEECH_VERBS.has(verb) && !verb.endsWith('ing') && !WEAK_SPEECH_VERBS.has(verb) && !/^(?:ask|tell)/.test(verb);
}
