/**
 * Dates the article mentions, absolute ("January 18, 2024") and relative ("last week", "on Friday"),
 * resolved against the article's own date when it has one. A range ("from August 26 to December 1") is one
 * item with `iso` and `isoEnd`. Without an article date, only dates that state their year are resolved;
 * the others are listed with `iso: null` rather than guessed from today's date.
 *
 * chrono-node runs only on sentences that contain a date-like word, which keeps long articles cheap.
 */
import { casual, type Chrono, type ParsedComponents, type Parser, type ParsingContext } from 'chrono-node';
import type { SentenceSpan } from './sentences.ts';

export interface DateSpan {
  text: string;
  iso: string | null;
  isoEnd: string | null;
  context: string;
  start: number;
  end: number;
}

const DATE_HINT =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday|tomorrow|tonight|ago|(?:last|next|this|past|coming) (?:week|month|year|weekend)|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})\b/i;

/** chrono also reads "now", "may" the verb and bare times; these are not dates a reader needs. */
const NOT_A_DATE = /^(?:now|right now|sun|sat|wed|today's|this|the moment)$/i;
/** "may" and "march" in lower case are verbs; capitalised, they are months unless they open the sentence ("May I"). */
const VERB_MONTH = /^(?:may|march)$/;

const MONTH_NAMES = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** A month, with or without its day, and no year: "August", "5 May", "March 3rd". */
const MONTH_WITHOUT_YEAR = new RegExp(`^(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(?:${MONTH_NAMES})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?$`, 'i');
const MONTH_NAME = new RegExp(`^(?:${MONTH_NAMES})$`, 'i');

const DURATION_LEAD = /^(?:(?:for|after|within|over|during|in|about|around|nearly|almost|more than|less than|up to|at least|the)\s+)+/i;
const DURATION =
  /^(?:a|an|a few|a couple of|several|some|[\p{L}-]+|\d+(?:\.\d+)?)(?:\s+(?:more|full|long|whole))?\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|nights?)(?:\s+(?:after|before|later|earlier))?$/iu;

/**
 * The suffixes of chrono's "three years ago" and "two days later" patterns, exactly as chrono 2.10 writes them.
 * Each follows a repeated time-unit group ("2 years, 3 months and a day"); V8 compiles such a regex to native
 * code on its second use, and with the suffix after the group irregexp's code explodes: about 60 ms per
 * pattern, paid by the first sheet a process makes. The same regex with the suffix in a lookahead compiles in
 * about 5 ms.
 */
const TIME_UNIT_SUFFIXES = [
  String.raw`\s{0,5}(?:ago|before|earlier)(?=\W|$)`,
  String.raw`\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=(?:\W|$))`,
];

/** Matches nothing, at once. */
const NEVER = /(?!)/;

/**
 * `parser` with its time-unit suffix matched as a lookahead, then read back at the end of the match: the
 * lookahead fails and succeeds where the suffix would, so the engine backtracks through the same choices and
 * finds the same match with the same groups; the suffix's own first match at that point is what the original
 * pattern would have taken, so the result's text is the same too. A pattern without a known suffix (another
 * chrono version) is used as it is.
 */
function suffixAsLookahead(parser: Parser): Parser {
  let original: RegExp | null = null;
  let ahead: RegExp | null = null;
  let suffix: RegExp | null = null;
  let anywhere: RegExp | null = null;
  return {
    pattern(context: ParsingContext): RegExp {
      const full = parser.pattern(context);
      if (full !== original) {
        original = full;
        const tail = TIME_UNIT_SUFFIXES.find((t) => full.source.endsWith(t));
        ahead = tail ? new RegExp(`${full.source.slice(0, -tail.length)}(?=${tail})`, full.flags) : full;
        suffix = tail ? new RegExp(tail, `${full.flags.replace(/[gy]/g, '')}y`) : null;
        anywhere = tail ? new RegExp(tail, full.flags.replace(/[gy]/g, '')) : null;
      }
      // Every match ends in the suffix: a text without it anywhere cannot match, and the big pattern is not
      // run (each run on a first sheet moves it a step towards V8's costly native compilation).
      if (anywhere !== null && !anywhere.test(context.text)) return NEVER;
      return ahead ?? full;
    },
    extract(context: ParsingContext, match: RegExpMatchArray) {
      if (suffix !== null && ahead !== original) {
        // chrono set match.index to the offset in context.text; the suffix needs no start-of-text anchor.
        suffix.lastIndex = (match.index ?? 0) + match[0].length;
        const tail = suffix.exec(context.text);
        if (tail === null) return null;
        match[0] += tail[0];
      }
      return parser.extract(context, match);
    },
  };
}

/** chrono's casual English parser, with the two slow-to-compile patterns rewritten (see suffixAsLookahead). */
function fastCompilingCasual(): Chrono {
  const parser = casual.clone();
  parser.parsers = parser.parsers.map(suffixAsLookahead);
  return parser;
}

/** Gives what chrono's `casual` gives (tests/extract-dates.test.ts compares them). */
export const dateParser: Chrono = fastCompilingCasual();

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoOf(c: ParsedComponents, reference: Date | null): string | null {
  if (reference === null && !c.isCertain('year')) return null;
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null || m === null || d === null) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A date has a calendar day, month, weekday, or is relative to the article's date ("last week"). */
function namesADay(c: ParsedComponents, text: string): boolean {
  if (c.isCertain('day') || c.isCertain('month') || c.isCertain('weekday') || c.isCertain('year')) return true;
  // A duration ("three years", "two weeks") is not a date; "last week", "two years ago" are.
  return /\b(?:today|yesterday|tomorrow|tonight|ago|last|next|this|past|coming|earlier|later)\b/i.test(text);
}

export function extractDates(
  text: string,
  sentences: readonly SentenceSpan[],
  published: string | null,
): DateSpan[] {
  const reference = published !== null ? new Date(`${published}T12:00:00Z`) : null;
  const refDate = reference !== null && !Number.isNaN(reference.getTime()) ? reference : datelineDate(text);
  const out: DateSpan[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!DATE_HINT.test(sentence)) {
      out.push(...withBareYears(text, s, sentence, withStretches(text, s, sentence, [], refDate)));
      continue;
    }
    // Without an article date chrono would resolve against today; give it a fixed reference and only
    // keep what the text itself makes certain (see isoOf).
    const results = dateParser.parse(sentence, refDate ?? new Date(Date.UTC(2000, 0, 1)));
    const found: DateSpan[] = [];
    for (const r of results) {
      // "January -", "2005 may": chrono takes a dash or the verb "may" after a date along with it.
      const plain = r.text.trim().replace(/[,;:.]+$/, '').replace(/\s+(?:of|in|on|at|the)$/i, '');
      let phrase = r.text.trim().replace(/[\s,;:.\-–—]+$/, '').replace(/\s+(?:of|in|on|at|the)$/i, '').replace(/\s+(?:may|march)$/, '');
      let offset = r.index + (r.text.length - r.text.trimStart().length);
      let parsed = { start: r.start, end: r.end };
      // "CBS This Morning on Monday": a capitalised "This Morning" inside a sentence is a name; the date is Monday.
      const named = /^(?:This|Last|Next)\s+\p{Lu}\p{Ll}+\s+(?:on\s+)?/u.exec(phrase);
      if (named && offset > 0 && !/\b(?:Week|Month|Year|Weekend)\b/.test(named[0]) && !MONTH_NAME.test(named[0].split(/\s+/)[1]!)) {
        phrase = phrase.slice(named[0].length);
        offset += named[0].length;
      }
      if (phrase !== plain) {
        // The trimmed phrase is read again, so its date is its own and not the dropped words'.
        const again = dateParser.parse(phrase, refDate ?? new Date(Date.UTC(2000, 0, 1)))[0];
        if (again === undefined || again.index !== 0) continue;
        parsed = { start: again.start, end: again.end };
      }
      if (NOT_A_DATE.test(phrase) || phrase.length < 3) continue;
      if (VERB_MONTH.test(phrase) || (/^(?:May|March)$/.test(phrase) && offset === 0)) continue;
      // "the NYC Pride March", "the March of Dimes": a capitalised March or May inside a name.
      const at = s.start + offset;
      if (/^(?:May|March)$/.test(phrase) && (/(?<![\p{L}])(?!(?:In|On|By|Since|Until|Till|From|Through|Before|After|During|Early|Late|Mid|Last|Next|This|Since|Of|And|Or|To)\s)\p{Lu}[\p{L}.]*\s$/u.test(text.slice(Math.max(0, at - 20), at)) || /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(text.slice(at + phrase.length, at + phrase.length + 12)))) continue;
      if (!namesADay(parsed.start, phrase)) continue;
      // A duration ("three years", "50 days") is not a date; "three years ago" is.
      // "Four years after" counts from some other event, not from the article's date.
      // "for six hours", "after 30 days", "a couple of days before" measure time; they name no day.
      const core = phrase.replace(DURATION_LEAD, '');
      if (DURATION.test(core) && !/^(?:next|last|this|past|coming)\b/i.test(core)) continue;
      // "7/5" without a year is as likely odds or a score as a day.
      if (/^\d{1,2}\/\d{1,2}$/.test(phrase)) continue;
      // chrono reads "voted 31 to 12 on Tuesday" as noon on Tuesday: the count is not part of the date.
      const lead = /^(?:\d{1,2}\s+(?:on|at)\s+|(?:on|in|at|by)\s+)/i.exec(phrase);
      if (lead) {
        phrase = phrase.slice(lead[0].length);
        offset += lead[0].length;
      }
      // Without the article's date, a date is resolved only when the text gives its year.
      const certain = refDate !== null || /\b\d{4}\b/.test(phrase);
      let iso = certain ? isoOf(parsed.start, refDate) : null;
      // "last year", "next month" name a year or a month, not the day a year or a month from the article's
      // date: they start where that year or month starts, as "August" starts on the 1st.
      const period = /^(?:last|next|this)\s+(year|month)$/i.exec(phrase);
      if (iso !== null && period) iso = period[1]!.toLowerCase() === 'year' ? `${iso.slice(0, 4)}-01-01` : `${iso.slice(0, 7)}-01`;
      found.push({
        text: phrase,
        iso,
        isoEnd: certain && parsed.end ? isoOf(parsed.end, refDate) : null,
        context: sentence,
        start: s.start + offset,
        end: s.start + offset + phrase.length,
      });
    }
    const read = joinRanges(text, withStatedYear(text, found, refDate));
    const dated = withStretches(text, s, sentence, readInContext(text, s, sentence, read, refDate), refDate);
    out.push(...withBareYears(text, s, sentence, dated).map((d) => (figurativeInQuote(text, d) ? { ...d, iso: null, isoEnd: null } : wholePeriod(d))));
  }
  return out;
}

/** "… of 2003", "… of March", "… of March 2003" after "the last week". */
const OF_MONTH_OR_YEAR = new RegExp(`^\\s+of\\s+(?:(\\d{4})|(${MONTH_NAMES})(?:\\s+(\\d{4}))?)\\b`, 'i');
const NAMED_MONTH = new RegExp(`\\b(?:${MONTH_NAMES})\\b\\.?`, 'i');

/**
 * A date that names a month or a year but no day ("August", "August last year", "March 2024", "next month",
 * "last year") is that whole month or year: its `isoEnd` is the period's last day, as a bare year's is, so no
 * one reads "1 August" into it. A weekday, a day number or a week narrows it, and it is left as it is.
 */
function wholePeriod(d: DateSpan): DateSpan {
  if (d.iso === null) return d;
  if (d.isoEnd !== null) {
    // "from March to May": chrono ends the range on 1 May; it ends with May.
    const tail = RANGE_TAIL.exec(d.text);
    const ended = tail ? { ...d, isoEnd: endOfNamedMonth({ ...d, text: tail[1]!, iso: d.isoEnd }) } : d;
    // "between March and October 2004": the start takes the end's year, as chrono can leave it a year after.
    if (tail && ended.isoEnd !== null && ended.iso! > ended.isoEnd && !/\b\d{4}\b/.test(d.text.slice(0, tail.index))) {
      const iso = `${ended.isoEnd.slice(0, 4)}${ended.iso!.slice(4)}`;
      return { ...ended, iso: iso > ended.isoEnd ? `${Number(ended.isoEnd.slice(0, 4)) - 1}${ended.iso!.slice(4)}` : iso };
    }
    return ended;
  }
  if (/\d{1,2}(?:st|nd|rd|th)?\b(?!\d)(?![,\s]*\d{4}\b)|\b(?:week|weekend|day|days|today|tonight|yesterday|tomorrow|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}:\d\d)/i.test(d.text.replace(/\b\d{4}\b/g, ''))) return d;
  const y = Number(d.iso.slice(0, 4));
  if (NAMED_MONTH.test(d.text) || /^(?:last|next|this)\s+month$/i.test(d.text)) {
    const m = Number(d.iso.slice(5, 7));
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { ...d, iso: `${d.iso.slice(0, 8)}01`, isoEnd: `${d.iso.slice(0, 8)}${pad(last)}` };
  }
  // "the past year" is the twelve months to the article's date, not a calendar year.
  if (/^(?:last|next|this)\s+year$/i.test(d.text)) return { ...d, iso: `${y}-01-01`, isoEnd: `${y}-12-31` };
  return d;
}

/**
 * "in 2005", "since 2019", "by 2030", "from 2005 to 2010": a year after a word that places something in time
 * dates it, and chrono reads no year alone. The contract's iso is a day (YYYY-MM-DD), so a year is the range
 * of its days, 1 January to 31 December, rather than a made-up first of January standing alone. "2,005
 * people", "2005 votes" and "the 2005 season" have no such word before them and are left alone.
 */
const BARE_YEAR =
  /(?:\b(?:in|since|by|until|till|from|before|after|during|through|throughout|around|circa|between|early|late|mid|as of|as early as|as late as|back in)\s+|\bmid-)((?:1[89]|20)\d\d)(?:s\b)?(?:\s*(?:-|–|to|and|until|through)\s*((?:1[89]|20)\d\d))?(?![\d,.]\d|\s?(?:%|per ?cent|percent)|'?s\b|-\d|\w)/gi;

function withBareYears(text: string, s: SentenceSpan, sentence: string, dated: DateSpan[]): DateSpan[] {
  if (!/\d{4}/.test(sentence)) return dated;
  const years: DateSpan[] = [];
  for (const m of sentence.matchAll(BARE_YEAR)) {
    const year = m[1]!;
    const yearAt = m.index + m[0].indexOf(year);
    // "between 2005 and 2010", "from 2005 to 2010": a range, read with its opener; otherwise the year alone.
    const range = m[2] !== undefined && (/^(?:between|from)\s/i.test(m[0]) || !/\band\b/.test(m[0]));
    if (m[2] !== undefined && !range) continue;
    const start = s.start + (range && /^(?:between|from)\s/i.test(m[0]) ? m.index : yearAt);
    const end = s.start + m.index + m[0].length;
    // "the 1990s": a decade is no year.
    if (/s$/.test(m[0])) continue;
    // "won by 2000 votes", "around 1900 people": after a word that also goes before counts, a plural is counted.
    if (/^(?:by|around|between|from|until|till|through)\s/i.test(m[0]) && /^\s+\p{Ll}+s\b/u.test(sentence.slice(m.index + m[0].length)) && !/^\s+(?:was|is|has|as|its|his|this|thus|plus)\b/.test(sentence.slice(m.index + m[0].length))) continue;
    if (dated.some((d) => d.start < end && start < d.end)) continue;
    years.push({ text: text.slice(start, end), iso: `${year}-01-01`, isoEnd: `${range ? m[2]! : year}-12-31`, context: sentence, start, end });
  }
  return years.length === 0 ? dated : [...dated, ...years].sort((a, b) => a.start - b.start);
}

/**
 * "'Today, we are all fishermen'", "'Tomorrow belongs to the young'", "'as it is today'": inside a quotation,
 * "today" or "tomorrow" opening the quotation or one of its sentences, or after "of", "even", "than", "like" or
 * a form of "be", means nowadays or the future, not a day; it stays in the list, unresolved. Elsewhere in a
 * quotation ("I wrote to him today") it is a day, and the article's date is the best reading of it.
 */
function figurativeInQuote(text: string, d: DateSpan): boolean {
  if (d.iso === null || !/^(?:today|tomorrow)$/i.test(d.text)) return false;
  const paragraph = text.slice(Math.max(text.lastIndexOf('\n', d.start) + 1, d.start - 2000), d.start);
  const open = (paragraph.match(/“/g) ?? []).length - (paragraph.match(/”/g) ?? []).length;
  const straight = (paragraph.match(/"/g) ?? []).length;
  if (open <= 0 && straight % 2 === 0) return false;
  return /(?:[“"‘]|[.!?]["”’]?)\s*$|\b(?:of|even|than|like|is|are|was|were|be)\s+$/i.test(paragraph);
}

/**
 * "between March 3 and March 5, 2024", "from August 26 to December 1": chrono reads some ranges as two
 * dates; they are one item, whose start takes the end's year when it states none.
 */
function joinRanges(text: string, found: DateSpan[]): DateSpan[] {
  const out: DateSpan[] = [];
  for (const d of found) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, d.start) : '';
    const opener = prev ? /\b(?:between|from)\s+$/i.test(text.slice(Math.max(0, prev.start - 10), prev.start)) : false;
    if (prev && prev.isoEnd === null && /^\s*(?:-|–|to|until|till|through|and)\s*$/i.test(gap) && (opener || gap.trim() !== 'and')) {
      let iso = prev.iso;
      if (iso !== null && d.iso !== null && !/\b\d{4}\b/.test(prev.text)) iso = `${d.iso.slice(0, 4)}${iso.slice(4)}`;
      if (iso === null && d.iso !== null && /\b\d{4}\b/.test(d.text)) {
        // "between March 3 and March 5, 2024": the start takes its year from the end.
        const start = dateParser.parse(prev.text, new Date(`${d.iso}T12:00:00Z`))[0]?.start;
        iso = start ? isoOf(start, new Date(`${d.iso}T12:00:00Z`)) : null;
      }
      // "from March to May", "between August and November 2001": a range to a whole month ends with that month.
      out[out.length - 1] = { ...prev, text: text.slice(prev.start, d.end), iso, isoEnd: endOfNamedMonth(d), end: d.end };
      continue;
    }
    out.push(d);
  }
  // A range reads with its opener: "from August 26 to December 1".
  return out.map((d) => {
    if (d.isoEnd === null && !/\b(?:to|until|and|through)\b|[-–]/.test(d.text)) return d;
    const opener = /\b(?:from|between)\s+$/i.exec(text.slice(Math.max(0, d.start - 10), d.start));
    if (!opener) return d;
    const start = d.start - opener[0].length + (opener[0].length - opener[0].trimStart().length);
    return { ...d, text: text.slice(start, d.end), start };
  });
}

const RANGE_TAIL = /(?:\bto|\band|\buntil|\bthrough|[-–])\s*([^-–]*)$/i;

/** The last day of a date that names a month and no day ("November 2001", "May"); otherwise its own day. */
function endOfNamedMonth(d: DateSpan): string | null {
  if (d.iso === null || !NAMED_MONTH.test(d.text) || /\d{1,2}(?:st|nd|rd|th)?\b(?![,\s]*\d{4}\b)/.test(d.text.replace(/\b\d{4}\b/g, ''))) return d.iso;
  const last = new Date(Date.UTC(Number(d.iso.slice(0, 4)), Number(d.iso.slice(5, 7)), 0)).getUTCDate();
  return `${d.iso.slice(0, 8)}${pad(last)}`;
}

/**
 * The date an article's own opening gives when no publication date came with it: a date line ("3 February
 * 2023", "Updated 14:05 GMT, 3 February 2023") or a wire dateline ("MOSCOW, Jan. 18, 2024 (Reuters) -"). A
 * full date inside a sentence ("On 5 March 1990 the firm was founded") is what the story is about, not when
 * it was written, and is not taken.
 */
export function datelineDate(text: string): Date | null {
  const opening = text.slice(0, 400);
  for (const whole of opening.split(/\n+/).slice(0, 4)) {
    // Only a short line or the head of a wire dateline can be a date line; nothing else is parsed.
    const line = whole.length <= 100 ? whole : /^[\p{Lu}][\p{Lu} .'’-]{1,40},/u.test(whole) ? whole.slice(0, 60) : '';
    if (!/\b\d{4}\b/.test(line) || !DATE_HINT.test(line)) continue;
    const r = dateParser.parse(line, new Date(Date.UTC(2000, 0, 1)))[0];
    if (r === undefined || !r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) continue;
    const rest = (line.slice(0, r.index) + line.slice(r.index + r.text.length)).replace(/\b(?:published|updated|posted|last updated|on|at|gmt|utc|bst|est|ist|am|pm|\d{1,2}[:.]\d{2})\b|[|,:•·\s-]/gi, '');
    const wire = /^[\p{Lu}][\p{Lu} .'’-]{1,40},\s*$/u.test(line.slice(0, r.index)) && /^\s*(?:\(|-|–|—|:)/.test(line.slice(r.index + r.text.length));
    if (rest.length <= 12 || wire) {
      const y = r.start.get('year')!;
      const m = r.start.get('month')!;
      const d = r.start.get('day')!;
      return new Date(Date.UTC(y, m - 1, d, 12));
    }
  }
  return null;
}

/**
 * "August last year", "last April", "March this year", "the last week of 2003": a month (or a week) and the
 * words that place it in a year are one date. chrono reads the month alone (and resolves it to the nearest
 * one) and "last year" as a second date; here they are joined and the year is the one the words name.
 */
function withStatedYear(text: string, found: DateSpan[], refDate: Date | null): DateSpan[] {
  const out: DateSpan[] = [];
  const refYear = refDate?.getUTCFullYear() ?? null;
  const refMonth = refDate !== null ? refDate.getUTCMonth() + 1 : null;
  for (const d of found) {
    const prev = out[out.length - 1];
    // The "last year" of "August last year", already joined to its month.
    if (prev !== undefined && d.start < prev.end) continue;
    if (MONTH_WITHOUT_YEAR.test(d.text)) {
      const after = /^\s+(?:of\s+)?(last|next|this)\s+year\b/i.exec(text.slice(d.end, d.end + 24));
      const before = after ? null : /\b(last|next|this)\s+$/i.exec(text.slice(Math.max(0, d.start - 6), d.start));
      if (after || before) {
        const which = (after ?? before)![1]!.toLowerCase();
        const month = d.iso !== null ? Number(d.iso.slice(5, 7)) : null;
        let year: number | null = null;
        if (refYear !== null && refMonth !== null && month !== null) {
          if (after) year = refYear + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
          // "last April" is the latest April before the article's month; "next April" the first after it.
          else if (which === 'last') year = month < refMonth ? refYear : refYear - 1;
          else if (which === 'next') year = month > refMonth ? refYear : refYear + 1;
          else year = refYear;
        }
        const start = before ? d.start - before[0].length : d.start;
        const end = after ? d.end + after[0].length : d.end;
        out.push({ ...d, text: text.slice(start, end), iso: year !== null && d.iso !== null ? `${year}${d.iso.slice(4)}` : null, start, end });
        continue;
      }
    }
    // "the last week of 2003", "the first week of March": a week placed in a month or year, not around today.
    const period = /^(first|last|final)\s+(week|weekend|month|days?)$/i.exec(d.text);
    const of = period ? OF_MONTH_OR_YEAR.exec(text.slice(d.end, d.end + 24)) : null;
    if (period && of) {
      const end = d.end + of[0].length;
      const year = of[1] ?? of[3];
      let iso: string | null = null;
      if (year !== undefined || refYear !== null) {
        const y = Number(year ?? refYear);
        const m = of[2] !== undefined ? (dateParser.parse(of[2], new Date(Date.UTC(y, 0, 1)))[0]?.start.get('month') ?? 1) : null;
        const first = period[1]!.toLowerCase() === 'first';
        // The first week starts on the period's first day; the last one seven days before its end.
        const day = first ? new Date(Date.UTC(y, (m ?? 1) - 1, 1)) : new Date(Date.UTC(y, m ?? 12, 1) - 7 * 86_400_000);
        iso = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
      }
      out.push({ ...d, text: text.slice(d.start, end), iso, isoEnd: null, end });
      continue;
    }
    out.push(d);
  }
  return out;
}

const DAY_MS = 86_400_000;

function isoDay(t: number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** "Tuesday", "Sunday night", "Monday's": a weekday and nothing that fixes which one. */
const BARE_WEEKDAY = /^(sun|mon|tues|wednes|thurs|fri|satur)day(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?$/i;
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6 };
/** "Super Tuesday", "Black Friday", "Bloody Sunday": a day with a name of its own, and no date the weekday fixes. */
const NAMED_DAY_BEFORE = /\b(?:Super|Black|Cyber|Bloody|Good|Ash|Easter|Palm|Holy|Maundy|Shrove|Giving|Mini)\s+$/;
/** "the Sunday Telegraph", "Saturday Night Live", "the Mail on Sunday", "Fox News Sunday": papers and programmes. */
const TITLE_AFTER_WEEKDAY = /^\s+(?:Telegraph|Times|Mirror|Express|People|Herald|Post|Sport|Politics|Night\s+(?:Live|Football))\b/;
const TITLE_BEFORE_WEEKDAY = /\b(?:(?:Mail|Independent)\s+on|News)\s+$/;
/** "USA Today", "NBC's Today show", "ABC's This Week", "Lopez Tonight": capitalised after a word, a title. */
const RELATIVE_TITLE = /^(?:Today|Tonight|Tomorrow|This Week|This Morning|Last Week)$|^(?:TODAY|TONIGHT|THIS WEEK)$/;
const AFTER_A_WORD = /[\p{L}\p{N}'’]\s+$/u;
/** "his last year in office", "the company's next year": a year of someone's, not one the article's date places. */
const OWNED_PERIOD = /^(?:last|next|this|past)\s+(?:year|month|week)$/i;
const OWNER_BEFORE = /(?:\b(?:his|her|their|its|my|our|your)|\p{L}['’]s)\s+$/iu;
const RELATIVE_PERIOD = /^(?:last|past|next)\s+(?:\S+\s+)*?(?:days|weeks?|months?|years?|decades?)$/i;
const OF_SOMETHING_ELSE = new RegExp(`^\\s+of\\s+(?!\\d{4}\\b|(?:${MONTH_NAMES})\\b)`, 'i');
const SEPTEMBER_11 = /^Sept(?:ember|\.)?\s+11(?:th)?$/i;
const ATTACKS_AFTER = /^\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijack)/i;
/** "this week", "earlier this week", "last week": a calendar week, Monday to Sunday. */
const CALENDAR_WEEK = /^(this|last|next)\s+week$/i;
const WEEK_PART_BEFORE = /\b(earlier|later)\s+$/i;
/** "the weekend of 9 and 10 July": the weekend is the date that follows. */
const WEEKEND = /^weekend$/i;
const WEEKEND_OF = /^\s+of\s+\d/;
/** "9 and 10 July", "9-10 July": the first day of a range chrono reads only the end of. */
const DAY_RANGE_START = /\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|-|–|to)\s*$/;
const DAY_MONTH = new RegExp(`^\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES})\\.?$`, 'i');

/**
 * Words that say a clause is about the past or the future. "-ed" words are past unless they say something is
 * planned ("scheduled for Monday"); "-eed" words ("need", "exceed") are not past at all.
 */
const PAST_WORD =
  /\b(?:(?:would|could|did|was|were|had)n['’]t|(?:could|would) not|was|were|had|been|did|said|told|went|came|won|lost|met|gave|took|made|held|ran|left|saw|spoke|wrote|began|fell|rose|got|sent|brought|thought|found|became|struck|sold|bought|paid|led|knew|felt|kept|drew|chose|ago|since)\b/gi;
const PAST_PARTICIPLE = /(?<!-)\b\p{Ll}{2,}ed\b/gu;
const NOT_PAST_PARTICIPLE = /^(?:scheduled|slated|expected|planned|proposed|supposed|intended|anticipated|\p{Ll}*eed)$/u;
const FUTURE_WORD =
  /\b(?:will|won['’]t|shall|would(?! not)|could(?! not)|should|may|might|plans? to|planning to|(?<!\b(?:was|were)\s)(?:(?:set|scheduled|slated|expected|going) to|(?:scheduled|slated|set) for)|(?:is|are|['’]s) due|upcoming|ahead of|in anticipation of|in advance of|is to|are to|aims? to|hopes? to|intends? to|wants? to)\b|(?<=\p{L})['’]ll\b/giu;

const DETERMINER_BEFORE = /\b(?:a|an|the|this|that|his|her|its|their|our)\s+$/i;
const PASSIVE_BEFORE = /\b(?:be|being|is|are)\s+$/i;

type Tense = 'past' | 'future' | null;

/** Where a clause ends: punctuation, or a word that opens another clause ("said on Monday that she would stay"). */
const CLAUSE_BREAK = /[,;:()“”"—–]|\s--?\s|\b(?:that|who|which|whether|because|but|when|while|and)\b/i;
/** "On Tuesday, ...", "In May, ...": a date that opens its sentence takes the tense of the clause that follows. */
const OPENS_SENTENCE = /^\s*(?:(?:on|in|last|early|late)\s+)?$/i;
/** How far from the date a tense word is read: "said on Saturday", "will vote on Monday", "Cruz on Friday played". */
const TENSE_REACH_BEFORE = 30;
const TENSE_REACH_AFTER = 20;

/**
 * The tense of the word that governs the date: the nearest tense word just before it in its clause ("who
 * dropped out on Saturday", "will vote on Monday", "told reporters on Monday that he would stay"), else one just
 * after it ("Cruz on Friday played down"), else, for a date that opens the sentence, the first in the clause
 * after it ("In May, the council voted"). Farther words are about something else ("spending before the primary
 * on Tuesday", "an unprecedented windfall sometime in March"), and chrono's nearest reading stands.
 */
function tenseNear(sentence: string, from: number, to: number): Tense {
  // "the prime minister's Dec. 28 meeting", "called November's election": the day of an event, which the verbs
  // around do not date, unless it is the day after or before which something happened ("after Wednesday's attacks").
  if (/['’]s\s+$/.test(sentence.slice(Math.max(0, from - 4), from)) || /^['’]s\b/.test(sentence.slice(to, to + 3))) {
    const lead = sentence.slice(Math.max(0, from - 20), from);
    return /\b(?:after|since|following)\s+$/i.test(lead) ? 'past' : /\b(?:ahead of|before|until)\s+$/i.test(lead) ? 'future' : null;
  }
  // The window starts at a word, so that no word's tail ("…ited") reads as a past tense.
  let before = from > TENSE_REACH_BEFORE ? sentence.slice(from - TENSE_REACH_BEFORE, from).replace(/^\S*/, '') : sentence.slice(0, from);
  const cut = lastBreak(before);
  if (cut >= 0) before = before.slice(cut);
  const last = tenseWords(sentence, from - before.length, from).pop();
  if (last !== undefined) return last;
  // After the date only for "X on Friday played down" and "On Friday, X said"; "the rally Tuesday will keep"
  // and "Monday's decision will reverberate" tell of the rally and the decision, not of the day.
  const opens = OPENS_SENTENCE.test(sentence.slice(0, from));
  if (!opens && !/\bon\s+$/i.test(before)) return null;
  const start = to + (opens ? (/^\s*,/.exec(sentence.slice(to))?.[0].length ?? 0) : 0);
  const after = sentence.slice(start, to + TENSE_REACH_AFTER + (opens ? 30 : 0));
  const stop = after.search(CLAUSE_BREAK);
  return tenseWords(sentence, start, start + (stop >= 0 ? stop : after.length))[0] ?? null;
}

const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'gi');

function lastBreak(s: string): number {
  let at = -1;
  for (const m of s.matchAll(CLAUSE_BREAKS)) at = m.index + m[0].length;
  return at;
}

/** The tenses of the tense words in sentence[lo, hi), in order; the words before lo still show a passive. */
function tenseWords(sentence: string, lo: number, hi: number): Tense[] {
  const s = sentence.slice(lo, hi);
  const found: Array<[number, Tense]> = [];
  const add = (re: RegExp, tense: Tense, skip?: RegExp): void => {
    for (const m of s.matchAll(re)) {
      if (skip?.test(m[0])) continue;
      // "a contested convention", "the so-called": after a determiner an "-ed" word is an adjective.
      const at = lo + m.index;
      if (tense === 'past' && re === PAST_PARTICIPLE && DETERMINER_BEFORE.test(sentence.slice(Math.max(0, at - 6), at))) continue;
      // "will be held", "is being sold": a passive's tense is its auxiliary's, not the participle's.
      if (tense === 'past' && PASSIVE_BEFORE.test(sentence.slice(Math.max(0, at - 7), at))) continue;
      found.push([m.index, tense]);
    }
  };
  add(PAST_WORD, 'past');
  add(PAST_PARTICIPLE, 'past', NOT_PAST_PARTICIPLE);
  add(FUTURE_WORD, 'future');
  return found.sort((a, b) => a[0] - b[0]).map(([, t]) => t);
}

/**
 * chrono puts a bare weekday or month on the nearest one, either side of the article's date; what the sentence
 * tells decides: "Jeb Bush, who dropped out on Saturday" is the Saturday before, "will vote on Monday" the Monday
 * after, "Clinton went there in September" the last September. The article's own day or month counts for both.
 */
function byTense(d: DateSpan, tense: Tense, ref: Date): DateSpan {
  if (d.iso === null || tense === null) return d;
  const refNoon = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate(), 12);
  const weekday = BARE_WEEKDAY.exec(d.text);
  if (weekday && d.isoEnd === null) {
    const want = WEEKDAY_INDEX[weekday[1]!.toLowerCase()]!;
    const have = ref.getUTCDay();
    const shift = tense === 'past' ? -((have - want + 7) % 7) : (want - have + 7) % 7;
    return { ...d, iso: isoDay(refNoon + shift * DAY_MS) };
  }
  if (!MONTH_WITHOUT_YEAR.test(d.text) || (d.isoEnd !== null && d.iso.slice(0, 7) !== d.isoEnd.slice(0, 7))) return d;
  const wholeMonth = !DAY_MONTH.test(d.text) && !/\d/.test(d.text);
  const refYear = ref.getUTCFullYear();
  const sameYear = `${refYear}${d.iso.slice(4)}`;
  const refIso = isoDay(refNoon);
  // A whole month compares by month: the article's own month is neither before nor after it.
  const cmp = wholeMonth ? sameYear.slice(0, 7).localeCompare(refIso.slice(0, 7)) : sameYear.localeCompare(refIso);
  const year = tense === 'past' ? (cmp > 0 ? refYear - 1 : refYear) : cmp < 0 ? refYear + 1 : refYear;
  const move = (iso: string | null): string | null => (iso === null ? null : `${year}${iso.slice(4)}`);
  return { ...d, iso: move(d.iso), isoEnd: move(d.isoEnd) };
}

/** The Monday to Sunday of the week `weeks` from the article's date's week. */
function calendarWeek(ref: Date, weeks: number): [string, string] {
  const refNoon = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate(), 12);
  const monday = refNoon - ((ref.getUTCDay() + 6) % 7) * DAY_MS + weeks * 7 * DAY_MS;
  return [isoDay(monday), isoDay(monday + 6 * DAY_MS)];
}

/**
 * What the words around a date say about it: a title or a paper is no date ("USA TODAY", "the Sunday Times"),
 * a named day ("Super Tuesday") is listed whole and unresolved, someone's year ("his last year in office") is
 * not the article's, a week is a Monday-to-Sunday range, a bare weekday or month goes the way the tense says,
 * and "9 and 10 July" is one range.
 */
function readInContext(text: string, s: SentenceSpan, sentence: string, found: DateSpan[], ref: Date | null): DateSpan[] {
  const out: DateSpan[] = [];
  found.forEach((d, i) => {
    const before = text.slice(Math.max(s.start, d.start - 30), d.start);
    const after = text.slice(d.end, d.end + 30);
    if (RELATIVE_TITLE.test(d.text) && AFTER_A_WORD.test(before)) return;
    const weekday = BARE_WEEKDAY.test(d.text);
    if (weekday && (TITLE_AFTER_WEEKDAY.test(after) || TITLE_BEFORE_WEEKDAY.test(before))) return;
    if (OWNED_PERIOD.test(d.text) && OWNER_BEFORE.test(before)) return;
    // "the last few years of my marriage": a stretch of something else's time, not one ending at the article's date.
    // "The collapse last week of China Aviation Oil" is a date, and "the last three months of 2015" one placed in its year.
    if (RELATIVE_PERIOD.test(d.text) && /\bthe\s+$/i.test(before) && OF_SOMETHING_ELSE.test(after)) return;
    // "the Sept. 11 attacks": the day has a year of its own, 2001, whatever the article's date.
    if (SEPTEMBER_11.test(d.text) && ATTACKS_AFTER.test(after)) {
      out.push({ ...d, iso: '2001-09-11', isoEnd: null });
      return;
    }
    if (WEEKEND.test(d.text) && WEEKEND_OF.test(after) && found[i + 1] !== undefined) return;
    const named = weekday ? NAMED_DAY_BEFORE.exec(before) : null;
    if (named) {
      const start = d.start - named[0].length + (named[0].length - named[0].trimStart().length);
      out.push({ ...d, text: text.slice(start, d.end), start, iso: null, isoEnd: null });
      return;
    }
    const firstDay = DAY_MONTH.test(d.text) && d.isoEnd === null ? DAY_RANGE_START.exec(before) : null;
    let item = d;
    if (firstDay) {
      const start = d.start - (before.length - firstDay.index - (firstDay[0].length - firstDay[0].trimStart().length));
      item = { ...d, text: text.slice(start, d.end), start, iso: d.iso === null ? null : `${d.iso.slice(0, 8)}${pad(Number(firstDay[1]))}`, isoEnd: d.iso };
      if (item.iso !== null && item.iso > d.iso!) item = d;
    }
    if (ref === null || item.iso === null) {
      out.push(item);
      return;
    }
    const week = CALENDAR_WEEK.exec(item.text);
    if (week && item.isoEnd === null) {
      const which = week[1]!.toLowerCase();
      let [from, to] = calendarWeek(ref, which === 'last' ? -1 : which === 'next' ? 1 : 0);
      // "earlier this week" ends at the article's date; "later this week" starts there.
      const part = which === 'this' ? WEEK_PART_BEFORE.exec(before) : null;
      if (part?.[1]!.toLowerCase() === 'earlier') to = isoDay(ref.getTime());
      if (part?.[1]!.toLowerCase() === 'later') from = isoDay(ref.getTime());
      out.push({ ...item, iso: from, isoEnd: to });
      return;
    }
    const at = item.start - s.start;
    out.push(byTense(item, tenseNear(sentence, at, at + item.text.length), ref));
  });
  return out;
}

const COUNT_WORDS: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, eighteen: 18, twenty: 20, thirty: 30, fifty: 50, 'couple of': 2,
};
/**
 * "the past three months", "the last two years", "the next two weeks", "the past year": a stretch of time that
 * ends (or starts) at the article's date. "the last week of 2003" is placed in its year elsewhere, and "the
 * next day" counts from the story's events, not from the article's date.
 */
const STRETCH =
  /\b(?:the|this)\s+(past|last|next|coming)\s+(?:(\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|fifty|couple of)\s+)?(weeks?|fortnight|months?|years?|decades?|days)\b(?!\s+of\b)/gi;

const STRETCH_LEAD = /\b(?:over|in|within|during|for|through|throughout|into)\s+$/i;

function stretchRange(ref: Date, back: boolean, count: number, unit: string): [string, string] {
  const sign = back ? -1 : 1;
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth();
  const day = ref.getUTCDate();
  const other = (() => {
    if (/^days?$/.test(unit)) return Date.UTC(y, m, day + sign * count, 12);
    if (/^weeks?$/.test(unit)) return Date.UTC(y, m, day + sign * 7 * count, 12);
    if (unit === 'fortnight') return Date.UTC(y, m, day + sign * 14, 12);
    const months = /^months?$/.test(unit) ? count : /^years?$/.test(unit) ? 12 * count : 120 * count;
    const target = new Date(Date.UTC(y, m + sign * months, 1, 12));
    const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, last), 12);
  })();
  const refIso = isoDay(Date.UTC(y, m, day, 12));
  return back ? [isoDay(other), refIso] : [refIso, isoDay(other)];
}

function withStretches(text: string, s: SentenceSpan, sentence: string, dated: DateSpan[], ref: Date | null): DateSpan[] {
  if (!/\b(?:the|this)\s+(?:past|last|next|coming)\s/i.test(sentence)) return dated;
  const stretches: DateSpan[] = [];
  for (const m of sentence.matchAll(STRETCH)) {
    const unit = m[3]!.toLowerCase();
    const plural = unit.endsWith('s');
    const count = m[2] === undefined ? 1 : Number(m[2]) || COUNT_WORDS[m[2].toLowerCase()]!;
    // "the last year", "the past two years"; not "the past years" (how many?) or "the next three year".
    if (m[2] === undefined ? plural : count > 1 !== plural) continue;
    // "this past week" is a stretch; "this last year", "this next month" are not said.
    if (/^this\b/i.test(m[0]) && m[1]!.toLowerCase() !== 'past') continue;
    // "The next month, a committee …", "elections the next year": without "over", "in" or "within" before it, "the
    // next" counts on from the story's events.
    if (/^(?:next|coming)$/i.test(m[1]!) && !STRETCH_LEAD.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    const start = s.start + m.index;
    const end = start + m[0].length;
    const [iso, isoEnd] = ref !== null ? stretchRange(ref, /^(?:past|last)$/i.test(m[1]!), count, unit) : [null, null];
    stretches.push({ text: m[0], iso, isoEnd, context: sentence, start, end });
  }
  if (stretches.length === 0) return dated;
  const kept = dated.filter((d) => !stretches.some((t) => d.start < t.end && t.start < d.end));
  return [...kept, ...stretches].sort((a, b) => a.start - b.start);
}
