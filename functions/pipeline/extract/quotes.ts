/**
 * Direct quotes: quotation marks paired into spans, then each span attributed to a speaker (speakers.ts).
 *
 * Pairing is one linear pass over the marks. A mark's role comes from the characters around it before its
 * glyph (straight marks have no direction, and real text mixes “…" freely). A quote left open at the end of
 * a paragraph continues when the next paragraph opens with a mark (the newspaper convention for a quote
 * running over several paragraphs); otherwise it ends with its paragraph. Unbalanced marks never throw.
 *
 * Repeated identical quotes are all kept: each occurrence is a place in the article a reader may check, and
 * the key-statement ranking is where duplicates are removed.
 */
import { paragraphAt } from '../article.ts';
import type { Entity, Quote } from '../factsheet.ts';
import { recaseLowered } from './entities.ts';
import { looksCaseless } from './sentences.ts';
import { attributeQuotes, type Attribution, type QuoteSpan } from './speakers.ts';

const OPEN_GLYPHS = new Set(['“', '„', '«']);
const CLOSE_GLYPHS = new Set(['”', '»']);
/** Quotation marks, including the ``…'' pairs of tokenised corpora. */
const MARKS = /["“”„«»]|``|''/g;

/** Words before a quoted run of capitalised words that make it a title, not speech ("a film called"). */
const TITLE_CUES = /\b(?:called|titled|entitled|headlined|dubbed|named|nicknamed|film|book|song|show|slogan|series|album|hashtag|headline|program|programme|movie|memoir|novel|op-ed|article|column|essay|video|ad|poem|play|documentary|report)[\s,]*$/i;

type Role = 'open' | 'close' | 'either';

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

/**
 * Pairs quotation marks into spans. `open`/`close` are the marks' offsets (close = -1 when the quote ran to
 * the end of its paragraph without one); `start`/`end` delimit the words inside, trimmed.
 */
export function pairQuotationMarks(text: string, paragraphStarts: number[], warnings: string[] = []): QuoteSpan[] {
  const starts = paragraphStarts.length > 0 ? paragraphStarts : [0];
  const ends = paragraphEnds(text, starts);
  const spans: QuoteSpan[] = [];
  let unclosed = 0;
  let open = -1;
  let openPara = 0;
  // Every mark's offset, found in one pass; paragraphs then walk this list with a single pointer.
  const marks = Array.from(text.matchAll(MARKS), (m) => m.index);
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
      const role = roleOf(text, i);
      if (open < 0) {
        if (role !== 'close') {
          open = i;
          openPara = p;
        }
        continue;
      }
      if (role === 'open' && openPara === p && i > open + 1) {
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
      const continues = nextStart >= 0 && /["“„«`']/.test(text[nextStart] as string) && (text[nextStart] !== "'" || text.startsWith("''", nextStart)) && roleOf(text, nextStart) !== 'close';
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

/** Quotes with their speakers and where the attribution sits (the evaluation reads the offsets). */
export function findQuotes(text: string, paragraphStarts: number[], people: Entity[], maxQuotes: number): { quotes: DetailedQuote[]; warnings: string[] } {
  const warnings: string[] = [];
  const starts = paragraphStarts.length > 0 ? paragraphStarts : [0];
  const all = pairQuotationMarks(text, starts, warnings);
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
  // Lower-cased text is attributed on a copy given newswire capitals (same offsets); mentions keep the article's words.
  const caseless = looksCaseless(text);
  const attributedAll = attributeQuotes(caseless ? recaseLowered(text) : text, starts, considered, all, people, caseless);
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
  return { quotes, warnings };
}

/** Direct quotes in the text, each with its speaker; at most `maxQuotes` (the rest dropped with a warning). */
export function extractQuotes(text: string, paragraphStarts: number[], people: Entity[], maxQuotes: number): { quotes: Quote[]; warnings: string[] } {
  const { quotes, warnings } = findQuotes(text, paragraphStarts, people, maxQuotes);
  return {
    quotes: quotes.map(({ text: t, speaker, speakerMention, paragraph, start, end }) => ({ text: t, speaker, speakerMention, paragraph, start, end })),
    warnings,
  };
}
