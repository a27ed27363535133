/**
 * Direct quotes: quotation marks paired into spans, then each span attributed to a speaker (speakers.ts).
 *
 * Pairing is one linear pass over the marks. A mark's role comes from the characters around it before its
 * glyph (straight marks have no direction, and real text mixes “…" freely). A quote left open at the end of
 * a paragraph continues when the next paragraph opens with a mark (the newspaper convention for a quote
 * running over several paragraphs); otherwise it ends with its paragraph. Unbalanced marks never throw.
 *
 * British papers quote with single marks (‘…,’ said the minister / '…,' said the minister), whose closing
 * glyph is also the apostrophe. An article whose single opening marks outnumber its double marks is paired
 * on single marks instead (`quoteStyle`), where a mark inside a word ("it’s"), a possessive after s
 * ("the players’ efforts") and an elision ("’90s", "’em") are apostrophes, not quotation marks. Double marks
 * outside its single-marked quotes are paired too (a story that mixes both).
 *
 * Repeated identical quotes are all kept: each occurrence is a place in the article a reader may check, and
 * the key-statement ranking is where duplicates are removed.
 */
import { paragraphAt } from '../article.ts';
import type { Entity, Quote } from '../factsheet.ts';
import { recaseLowered } from './entities.ts';
import { looksCaseless, splitSentences, type SentenceSpan } from './sentences.ts';
import { attributeQuotes, type Attribution, type QuoteSpan } from './speakers.ts';

const OPEN_GLYPHS = new Set(['“', '„', '«']);
const CLOSE_GLYPHS = new Set(['”', '»']);
/** Quotation marks, including the ``…'' pairs of tokenised corpora. */
const MARKS = /["“”„«»]|``|''/g;
/** Single quotation marks, straight or curly (most of them will turn out to be apostrophes). */
const SINGLE_MARKS = /[‘’']/g;

export type QuoteStyle = 'double' | 'single';

/** What follows a mark that is an apostrophe, not a quotation: an elision ("’90s", "'em") or, in tokenised text, a clitic split from its word ("it 's", "they 're"). */
const ELIDED = String.raw`\d\ds\b|(?:em|til|cause|n|tis|twas|s|re|ve|ll|d|m)\b`;
const ELISION = new RegExp(`^(?:${ELIDED})`, 'i');
/** A single mark that opens a word: after a space or an opening bracket, not an elision or a clitic. */
const SINGLE_OPENING = new RegExp(String.raw`(?:^|[\s([{—–\-/:;"“])[‘'](?=[\p{L}\p{N}])(?!${ELIDED})`, 'gmu');
/** Double marks, any glyph, and the `` '' tokens of tokenised corpora (or of archives that write '' for "). */
const DOUBLE_MARK = /["“”„«»]|``|''/g;

/**
 * Which marks the article quotes with: single when it has single opening marks and no double marks, or more
 * single opening marks (two or more) than double marks, as in British papers; double otherwise, with single
 * marks left to nested quotes.
 */
export function quoteStyle(text: string): QuoteStyle {
  const singles = text.match(SINGLE_OPENING)?.length ?? 0;
  if (singles === 0) return 'double';
  const doubles = text.match(DOUBLE_MARK)?.length ?? 0;
  return doubles === 0 || (singles >= 2 && singles > doubles) ? 'single' : 'double';
}

/** Words that follow a closing mark in an attribution: "…’ he said", "…’ said Locke", "…’ the minister added". */
const ATTRIBUTION_AFTER = /^\s+(?:(?:he|she|they|it|i|we|who)\b|(?:[\p{L}\p{N}.-]+(?:['’]\p{L}+)?\s+){0,4}?(?:said|says|added|adds|told|tells|explained|insisted|claimed|warned|wrote|writes|continued|admitted|revealed|asked|replied|argued|declared|stated|noted|recalled|joked|laughed|announced|confirmed|vowed)\b)/iu;

/** The role of a single mark, or null when it is an apostrophe. */
function singleRole(text: string, i: number): Role | null {
  const prev = i > 0 ? (text[i - 1] as string) : '';
  const next = i + 1 < text.length ? (text[i + 1] as string) : '';
  const letterBefore = /[\p{L}\p{N}]/u.test(prev);
  const letterAfter = /[\p{L}\p{N}]/u.test(next);
  // Inside a word: "it’s", "Kilmarnock’s", "O’Hara".
  if (letterBefore && letterAfter) return null;
  if ((prev === '' || /[\s([{—–\-/:;"“]/.test(prev)) && next !== '' && !/\s/.test(next)) {
    return ELISION.test(text.slice(i + 1, i + 6)) ? null : 'open';
  }
  // A mark standing alone (" , ' said locke" in tokenised text) opens or closes by what is open.
  if (prev === '' || /\s/.test(prev)) return next === '' || /\s/.test(next) ? 'either' : null;
  if (next !== '' && !/[\s.,;:!?)\]}—–\-…"”]/.test(next)) return null;
  // After a sentence's punctuation, or before punctuation, the mark closes a quote.
  if (/[.,!?…]/.test(prev) || next === '' || /[.,;:!?)\]}…"”]/.test(next) || /\n/.test(next)) return 'close';
  // "…’ he said" and "…’ said Locke" close a quote; "the players’ efforts" may be a possessive.
  if (ATTRIBUTION_AFTER.test(text.slice(i + 1, i + 60))) return 'close';
  return prev === 's' || prev === 'S' ? 'maybe' : 'close';
}

/** Words before a quoted run of capitalised words that make it a title, not speech ("a film called"). */
const TITLE_CUES = /\b(?:called|titled|entitled|headlined|dubbed|named|nicknamed|film|book|song|show|slogan|series|album|hashtag|headline|program|programme|movie|memoir|novel|op-ed|article|column|essay|video|ad|poem|play|documentary|report)[\s,]*$/i;

/** 'maybe' (single marks only): a mark after s that closes a quote or is a possessive ("the players’ efforts"). */
type Role = 'open' | 'close' | 'either' | 'maybe';

function roleOf(text: string, i: number): Role {
  if (text.startsWith('``', i)) return 'open';
  if (text.startsWith("''", i)) {
    // ''…'' (some archives write both marks as two apostrophes): direction from the characters around.
    const before = i > 0 ? (text[i - 1] as string) : '';
    const after = text[i + 2] ?? '';
    return (before === '' || /[\s([{—–\-/:;]/.test(before)) && after !== '' && !/\s/.test(after) ? 'open' : 'close';
  }
  const prev = i > 0 ? (text[i - 1] as string) : '';
  const next = i + 1 < text.length ? (text[i + 1] as string) : '';
  const openCtx = (prev === '' || /[\s([{—–\-/:;]/.test(prev)) && next !== '' && !/\s/.test(next);
  const closeCtx = prev !== '' && !/\s/.test(prev) && (next === '' || /[\s.,;:!?)\]}—–\-…]/.test(next) || /["“”]/.test(next));
  if (openCtx && !closeCtx) return 'open';
  if (closeCtx && !openCtx) return 'close';
  const ch = text[i] as string;
  if (OPEN_GLYPHS.has(ch)) return 'open';
  if (CLOSE_GLYPHS.has(ch)) return 'close';
  return 'either';
}

function paragraphEnds(text: string, starts: number[]): number[] {
  return starts.map((s, i) => {
    let e = i + 1 < starts.length ? (starts[i + 1] as number) : text.length;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    return e;
  });
}

/** Index of the first non-space character at or after `from`, before `to`; -1 if none. */
function firstNonSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i] as string)) return i;
  return -1;
}

/** Up to four words quoted with no sentence punctuation inside: a scare quote, not speech. */
const NESTED_WORDS = /^[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,3}$/u;

/**
 * Whether the opening mark `marks[k]`, met while a quote is open, and the mark after it enclose a word or two
 * quoted inside that quote ("… going to "fake" an injury …"): the next mark closes within the paragraph, the words
 * between carry no sentence punctuation, and the sentence goes on after it in lower case or with a comma.
 */
function nestedWord(text: string, marks: number[], roles: ReadonlyArray<Role | null>, k: number, paragraphEnd: number): boolean {
  const close = marks[k + 1];
  const role = roles[k + 1];
  if (close === undefined || close >= paragraphEnd || (role !== 'close' && role !== 'either')) return false;
  if (!NESTED_WORDS.test(text.slice((marks[k] as number) + 1, close))) return false;
  const after = text.slice(close + 1, close + 3);
  return /^ [a-z]/.test(after) || /^[,;]/.test(after);
}

/**
 * Pairs quotation marks into spans. `open`/`close` are the marks' offsets (close = -1 when the quote ran to
 * the end of its paragraph without one); `start`/`end` delimit the words inside, trimmed.
 */
export function pairQuotationMarks(text: string, paragraphStarts: number[], warnings: string[] = [], style: QuoteStyle = 'double'): QuoteSpan[] {
  const starts = paragraphStarts.length > 0 ? paragraphStarts : [0];
  const ends = paragraphEnds(text, starts);
  const spans: QuoteSpan[] = [];
  let unclosed = 0;
  let open = -1;
  let openPara = 0;
  // Every mark's offset, found in one pass; paragraphs then walk this list with a single pointer.
  const single = style === 'single';
  const marks = Array.from(text.matchAll(single ? SINGLE_MARKS : MARKS), (m) => m.index);
  // Each mark's role, read once; apostrophes (null) are no marks at all.
  const roles = marks.map((i) => (single ? singleRole(text, i) : roleOf(text, i)));
  // For each mark, the next one that is surely a mark (not a 'maybe' or an apostrophe): whether a 'maybe'
  // closes depends on it.
  const nextSure = new Int32Array(marks.length + 1).fill(-1);
  for (let k = marks.length - 1; k >= 0; k--) {
    const r = roles[k + 1];
    nextSure[k] = r === 'open' || r === 'close' || r === 'either' ? k + 1 : (nextSure[k + 1] as number);
  }
  let mi = 0;
  const emit = (o: number, c: number, innerEnd: number): void => {
    let s = o + (text.startsWith('``', o) || text.startsWith("''", o) ? 2 : 1);
    let e = innerEnd;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /[\s,]/.test(text[e - 1] as string)) e--;
    // The paragraph holding the words (provenance rule): a mark ending one paragraph can open words in the next.
    if (e > s) spans.push({ open: o, close: c, start: s, end: e, paragraph: paragraphAt(starts, s) });
  };
  for (let p = 0; p < starts.length; p++) {
    const ps = starts[p] as number;
    const pe = ends[p] as number;
    while (mi < marks.length && (marks[mi] as number) < ps) mi++;
    let skipMark = -1;
    if (open >= 0) {
      // Continuing a quote from the previous paragraph: this paragraph's opening mark is not a new quote.
      skipMark = firstNonSpace(text, ps, pe);
    }
    for (; mi < marks.length && (marks[mi] as number) < pe; mi++) {
      const i = marks[mi] as number;
      if (i === skipMark) continue;
      const r = roles[mi];
      if (r === null || r === undefined) continue;
      if (r === 'maybe') {
        // "the Joneses’ house" inside a quote that closes later is a possessive; with no sure closing mark
        // before the paragraph ends (or a new quote opening first), it closes the quote: ‘The Invincibles’ after ….
        const j = nextSure[mi] as number;
        if (open < 0 || (j >= 0 && (marks[j] as number) < pe && roles[j] !== 'open')) continue;
      }
      if (open < 0) {
        if (r !== 'close') {
          open = i;
          openPara = p;
        }
        continue;
      }
      if (r === 'open' && openPara === p && i > open + 1 && nestedWord(text, marks, roles, mi, pe)) {
        // "… he was going to "fake" an injury …": a word or two quoted inside a quote in the same marks is nested
        // in it; both marks are passed over and the quote goes on.
        mi++;
        continue;
      }
      if (r === 'open' && openPara === p && i > open + 1) {
        // A new opening mark while a quote is open: the earlier one lost its closing mark. End it at the
        // last sentence end before the new mark, so the two quotes do not swallow each other.
        const chunk = text.slice(open + 1, i);
        const stop = Math.max(chunk.lastIndexOf('. '), chunk.lastIndexOf('? '), chunk.lastIndexOf('! '));
        if (stop > 0) emit(open, -1, open + 1 + stop + 1);
        unclosed++;
        open = i;
        continue;
      }
      emit(open, i, i);
      open = -1;
    }
    if (open >= 0) {
      const nextStart = p + 1 < starts.length ? firstNonSpace(text, starts[p + 1] as number, ends[p + 1] as number) : -1;
      const continues =
        nextStart >= 0 &&
        (single
          ? /[‘']/.test(text[nextStart] as string) && singleRole(text, nextStart) === 'open'
          : /["“„«`']/.test(text[nextStart] as string) && (text[nextStart] !== "'" || text.startsWith("''", nextStart)) && roleOf(text, nextStart) !== 'close');
      if (!continues) {
        emit(open, -1, pe);
        unclosed++;
        open = -1;
      }
    }
  }
  if (unclosed > 0) warnings.push(`quotes: ${unclosed} quotation mark(s) without a partner; those quotes end at their paragraph or sentence`);
  return spans;
}

/**
 * The article's own style first. A British story (single marks) that also quotes in double marks ("…," said
 * Lucy) keeps the double-marked spans that lie outside all of its own; one inside a single-marked quote is a
 * nested quote and is left to it. (The reverse, single marks in a US story, is mostly scare quotes and
 * apostrophes: its single marks stay unpaired.)
 */
function pairBothStyles(text: string, starts: number[], warnings: string[], style: QuoteStyle): QuoteSpan[] {
  const own = pairQuotationMarks(text, starts, warnings, style);
  if (style !== 'single') return own;
  const other = pairQuotationMarks(text, starts, [], 'double');
  if (other.length === 0) return own;
  const endOf = (q: QuoteSpan): number => (q.close >= 0 ? q.close : q.end);
  // Both lists are in text order and a style's own spans do not overlap: one sweep, not every pair (a hostile
  // text may hold thousands of each).
  let j = 0;
  const outside = other.filter((o) => {
    while (j < own.length && endOf(own[j]!) < o.open) j++;
    return j >= own.length || own[j]!.open > endOf(o);
  });
  if (outside.length === 0) return own;
  return [...own, ...outside].sort((a, b) => a.open - b.open);
}

/** Every quotation the article's marks pair, in text order (scare quotes and titles too). */
export function pairQuotes(text: string, paragraphStarts: number[], warnings: string[] = []): QuoteSpan[] {
  return pairBothStyles(text, paragraphStarts.length > 0 ? paragraphStarts : [0], warnings, quoteStyle(text));
}

/** A quoted run is speech unless it is a scare quote (one or two words) or a title ("a film called …"). */
export function isSpeech(text: string, span: QuoteSpan): boolean {
  const inner = text.slice(span.start, span.end);
  const words = inner.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length < 3) return false;
  if (words.length <= 10 && !/[.!?,;:]$/.test(inner)) {
    const long = words.filter((w) => w.length >= 4);
    const titleCase = long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
    const before = text.slice(Math.max(0, span.open - 40), span.open);
    if (titleCase && (TITLE_CUES.test(before) || words.length <= 6)) return false;
  }
  return true;
}

export interface DetailedQuote extends Quote {
  /** Offsets of `speakerMention` in the text, when the attribution names the speaker there. */
  mentionStart: number | null;
  mentionEnd: number | null;
  /** How the speaker was found. */
  via: Attribution['via'];
}

/** What the extract stage has already read of the article, passed on so the quote rules need not read it again. */
export interface PriorReading {
  /** `splitSentences(text)`, whose bounds the speaker rules read (split again when not given). */
  sentences?: readonly SentenceSpan[];
  /** The article's Organisations list, whose names a speaker keeps whole. */
  organizations?: readonly Entity[];
  /** `looksCaseless(text)` (read again when not given). */
  caseless?: boolean;
}

/** Quotes with their speakers and where the attribution sits (the evaluation reads the offsets). */
export function findQuotes(
  text: string,
  paragraphStarts: number[],
  people: Entity[],
  maxQuotes: number,
  reading: PriorReading = {},
): { quotes: DetailedQuote[]; warnings: string[]; spans: QuoteSpan[] } {
  const { sentences, organizations = [] } = reading;
  const caseless = reading.caseless ?? looksCaseless(text);
  const warnings: string[] = [];
  const starts = paragraphStarts.length > 0 ? paragraphStarts : [0];
  const all = pairQuotes(text, starts, warnings);
  const isQuote = all.map((s) => isSpeech(text, s));
  let kept = isQuote.filter(Boolean).length;
  let upTo = all.length;
  if (kept > maxQuotes) {
    warnings.push(`quotes: ${kept} quotes found, only the first ${maxQuotes} kept (limit maxQuotes)`);
    let n = 0;
    upTo = all.findIndex((_, i) => isQuote[i] && ++n > maxQuotes);
    kept = maxQuotes;
  }
  // Short quoted words are attributed too (they carry the thread of who is speaking), then left out.
  const considered = all.slice(0, upTo);
  // Lower-cased text is attributed on a copy given newswire capitals (same offsets); mentions keep the article's
  // words, and sentence bounds are the splitter's on the article itself, never on the copy.
  const attributedAll = attributeQuotes(caseless ? recaseLowered(text) : text, starts, considered, all, people, caseless, sentences ?? splitSentences(text, caseless), organizations);
  const speech = considered.filter((_, i) => isQuote[i]);
  const attributed = attributedAll.filter((_, i) => isQuote[i]);
  const quotes = speech.map((s, i): DetailedQuote => {
    const a = attributed[i];
    return {
      text: text.slice(s.start, s.end),
      // A name read off the recased copy goes back to the article's lower case, as the people list has it.
      speaker: (caseless ? a?.speaker?.toLowerCase() : a?.speaker) ?? null,
      speakerMention: a && a.mentionStart !== null && a.mentionEnd !== null ? text.slice(a.mentionStart, a.mentionEnd) : (a?.mention ?? null),
      paragraph: s.paragraph,
      start: s.start,
      end: s.end,
      mentionStart: a?.mentionStart ?? null,
      mentionEnd: a?.mentionEnd ?? null,
      via: a?.via ?? 'none',
    };
  });
  return { quotes, warnings, spans: all };
}

/** Direct quotes in the text, each with its speaker; at most `maxQuotes` (the rest dropped with a warning). */
export function extractQuotes(
  text: string,
  paragraphStarts: number[],
  people: Entity[],
  maxQuotes: number,
  reading: PriorReading = {},
): { quotes: Quote[]; warnings: string[]; spans: QuoteSpan[] } {
  const { quotes, warnings, spans } = findQuotes(text, paragraphStarts, people, maxQuotes, reading);
  return {
    spans,
    quotes: quotes.map(({ text: t, speaker, speakerMention, paragraph, start, end }) => ({ text: t, speaker, speakerMention, paragraph, start, end })),
    warnings,
  };
}
