/**
 * Layout: FactSheet + template → the sections the renderer draws, in the template's order, trimmed to the
 * template's limits, with empty sections left out and every item carrying its "¶n" reference.
 * Pure and font-agnostic: how much fits on a page is the renderer's business (see `trimOneItem`).
 *
 * Paragraph references are 1-based ("¶1" is `paragraphs[0]`), matching the numbers the `detailed`
 * template prints beside the article text.
 */
import type { FactSheet } from './factsheet.ts';
import type { SectionType, Template, TemplateSection } from './templates.ts';

export interface NumberedItem {
  label: string;
  text: string;
  ref: string;
}
export interface QuoteItem {
  text: string;
  /** "— Sergey Lavrov" / "— A spokeswoman for the ministry" / "— speaker not identified". */
  attribution: string;
  /** The words the article used for the speaker, when they add something ("the top Russian diplomat"). */
  mention: string | null;
  ref: string;
}
export interface TimelineItem {
  when: string;
  text: string;
  ref: string;
  /** The date could not be placed in time ("Friday", "November"): such entries follow the dated ones, in article order. */
  undated?: true;
}
export interface EntityGroup {
  label: string;
  names: string[];
}
export interface TableColumn {
  label: string;
  /** Share of the content width. */
  width: number;
  align: 'left' | 'right';
  /** 'strong' for the key column, 'ref' for a "¶n" column. */
  style?: 'strong' | 'ref';
}

export type SectionBody =
  | { kind: 'text'; text: string; ref: string }
  | { kind: 'numbered'; items: NumberedItem[] }
  | { kind: 'quotes'; items: QuoteItem[] }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][] }
  | { kind: 'timeline'; items: TimelineItem[] }
  | { kind: 'groups'; groups: EntityGroup[] }
  | { kind: 'inline'; items: string[] }
  | { kind: 'paragraphs'; items: NumberedItem[] };

export type LaidOutSection = {
  type: SectionType;
  title: string;
  /**
   * How many items the section had before the template's maxItems cut it, when it did: the heading then says
   * "4 of 7", so a reader knows the sheet shows a selection (the JSON holds them all).
   */
  total?: number;
} & SectionBody;

export interface LaidOutSheet {
  template: Template;
  /** PDF document information and catalog entries. */
  meta: {
    title: string;
    author: string | null;
    subject: string;
    keywords: string[];
    /** BCP 47 language tag for the catalog /Lang. */
    lang: string;
    creator: string;
  };
  header: {
    title: string;
    /** Publisher, publication date, dateline: whichever are known. */
    byline: string[];
    /** Source URL, only when it is http(s) (it becomes a link). */
    url: string | null;
    /** "612 words · 5 statements · 3 quotes". */
    glance: string;
  };
  footer: { sourceKey: string; sha: string; generator: string };
  sections: LaidOutSection[];
  /** What layout or render left out (limits, page fitting, glyphs); merged into the sheet's warnings. */
  warnings: string[];
}

const TITLE_MAX = 220;
const DEFAULT_ITEM_CHARS = 1_200;

export function layout(sheet: FactSheet, template: Template): LaidOutSheet {
  const title = clip(clean(sheet.title), TITLE_MAX) || `Untitled article (${baseName(sheet.input.key)})`;
  const names = [...sheet.entities.people, ...sheet.entities.organizations, ...sheet.entities.places]
    .sort((a, b) => b.mentions - a.mentions)
    .map((e) => clean(e.name));
  const sections = template.sections
    .map((s) => layoutSection(sheet, s))
    .filter((s): s is LaidOutSection => s !== null && !isEmpty(s));
  return {
    template,
    meta: {
      title,
      author: sheet.publisher ? clean(sheet.publisher) : null,
      subject: clip(clean(sheet.summary.text), 300) || `Fact sheet of ${baseName(sheet.input.key)}`,
      keywords: [...new Set(names)].slice(0, 12),
      lang: languageTag(sheet.language),
      creator: `factsheet ${sheet.generator.version} (template ${template.name})`,
    },
    header: {
      title,
      byline: [sheet.publisher, formatDate(sheet.published), sheet.dateline]
        .filter((s): s is string => !!s && clean(s) !== '')
        .map(clean),
      url: httpUrl(sheet.url),
      glance: glance(sheet),
    },
    footer: {
      sourceKey: sheet.input.key,
      sha: sheet.input.sha256.slice(0, template.footer.shaChars),
      generator: `factsheet ${sheet.generator.version} · template ${template.name}`,
    },
    sections,
    warnings: [],
  };
}

function layoutSection(sheet: FactSheet, s: TemplateSection): LaidOutSection | null {
  const max = s.maxItems ?? Number.POSITIVE_INFINITY;
  const chars = s.maxChars ?? DEFAULT_ITEM_CHARS;
  const head = { type: s.type, title: s.title };
  switch (s.type) {
    case 'summary': {
      const paragraphs = [...new Set(sheet.summary.spans.map((x) => x.paragraph))].sort((a, b) => a - b);
      return { ...head, kind: 'text', text: clip(clean(sheet.summary.text), s.maxChars ?? Infinity), ref: refs(paragraphs) };
    }
    case 'keyStatements': {
      const summary = squash(sheet.summary.text);
      const statements = sheet.keyStatements.filter((k) => !(s.skipIfInSummary && summary.includes(squash(k.text))));
      return {
        ...head,
        ...totalIfCut(statements.length, max),
        kind: 'numbered',
        items: statements
          .slice(0, max)
          .map((k, i) => ({ label: String(i + 1), text: withSpeaker(clip(clean(k.text), chars), k, sheet.quotes), ref: ref(k.paragraph) })),
      };
    }
    case 'quotes':
      return {
        ...head,
        ...totalIfCut(sheet.quotes.length, max),
        kind: 'quotes',
        items: quotesToShow(sheet, max).map((q) => ({
          text: clip(unquote(clean(q.text)), chars),
          ...attribute(q.speaker, q.speakerMention),
          ref: ref(q.paragraph),
        })),
      };
    case 'figures':
      return {
        ...head,
        ...totalIfCut(sheet.figures.length, max),
        kind: 'table',
        columns: [
          { label: 'Figure', width: 0.24, align: 'left', style: 'strong' },
          { label: 'What it measures', width: 0.66, align: 'left' },
          { label: 'Source', width: 0.1, align: 'right', style: 'ref' },
        ],
        rows: sheet.figures
          .slice(0, max)
          .map((f) => [clip(clean(f.text), 60), clip(clean(f.context), chars) || '—', ref(f.paragraph)]),
      };
    case 'dates': {
      const items = mergeSameSentence(
        chronological(sheet.dates).map((d) => ({
          when: d.iso ? formatRange(d.iso, d.isoEnd) : clean(d.text),
          text: clip(clean(d.context), chars),
          ref: ref(d.paragraph),
          ...(d.iso ? {} : { undated: true as const }),
        })),
      );
      return { ...head, ...totalIfCut(items.length, max), kind: 'timeline', items: items.slice(0, max) };
    }
    case 'entities': {
      const group = (label: string, list: FactSheet['entities']['people']): EntityGroup => ({
        label,
        names: [...list]
          .sort((a, b) => b.mentions - a.mentions)
          .slice(0, max)
          // A no-break space: the count stays on the line of the name it counts.
          .map((e) => (e.mentions > 1 ? `${clean(e.name)}\u00a0(${e.mentions})` : clean(e.name))),
      });
      const all = [sheet.entities.people, sheet.entities.organizations, sheet.entities.places];
      return {
        ...head,
        ...totalIfCut(all.reduce((n, list) => n + list.length, 0), all.reduce((n, list) => n + Math.min(max, list.length), 0)),
        kind: 'groups',
        groups: [
          group('People', sheet.entities.people),
          group('Organisations', sheet.entities.organizations),
          group('Places', sheet.entities.places),
        ].filter((g) => g.names.length > 0),
      };
    }
    case 'sources': {
      const outlets = [...new Set(sheet.sources.map(clean))].filter(Boolean);
      return { ...head, ...totalIfCut(outlets.length, max), kind: 'inline', items: outlets.slice(0, max) };
    }
    case 'article':
      return {
        ...head,
        kind: 'paragraphs',
        items: sheet.paragraphs
          .slice(0, max)
          .map((p, i) => ({ label: ref(i), text: clip(clean(p), s.maxChars ?? Infinity), ref: '' })),
      };
  }
}

/**
 * The quotes a section of `max` shows, in article order. When not all fit, the sheet's other words come
 * first: a quote whose speaker is named or described, and one the summary or a key statement does not already
 * print whole (the sheet would say it twice), before one that is.
 */
/**
 * A statement that is nothing but a quote ("“Every clinic … will have to wait until spring.”") says what was said
 * and not who said it: the sheet names the speaker after it, as the quotes section does. A statement that
 * carries any words of its own ("…,” the minister said.") is printed as it is, and the JSON keeps the
 * article's words either way.
 */
function withSpeaker(text: string, k: FactSheet['keyStatements'][number], quotes: FactSheet['quotes']): string {
  for (const q of quotes) {
    if (q.speaker === null || q.start < k.start || q.end > k.end) continue;
    const outside = k.text.slice(0, q.start - k.start) + k.text.slice(q.end - k.start);
    if (!/[\p{L}\p{N}]/u.test(outside)) return `${text} — ${attribute(q.speaker, q.speakerMention).attribution}`;
  }
  return text;
}

function quotesToShow(sheet: FactSheet, max: number): FactSheet['quotes'] {
  if (sheet.quotes.length <= max) return sheet.quotes;
  // Letters and digits only: a quote ending in "." is printed in a statement with "," before "he said".
  const bare = (t: string) => clean(t).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const printed = [sheet.summary.text, ...sheet.keyStatements.map((k) => k.text)].map(bare);
  const worth = (q: FactSheet['quotes'][number]) => {
    const text = bare(q.text);
    const attributed = q.speaker !== null || mentionWorthShowing(null, q.speakerMention) !== null;
    return (attributed ? 2 : 0) + (printed.some((p) => p.includes(text)) ? 0 : 1);
  };
  return sheet.quotes
    .map((q, i) => ({ q, i, worth: worth(q) }))
    .sort((a, b) => b.worth - a.worth || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.q);
}

function totalIfCut(total: number, max: number): { total?: number } {
  return total > max ? { total } : {};
}

function isEmpty(s: LaidOutSection): boolean {
  switch (s.kind) {
    case 'text':
      return s.text === '';
    case 'table':
      return s.rows.length === 0;
    case 'groups':
      return s.groups.length === 0;
    default:
      return s.items.length === 0;
  }
}

/** How many items a section shows, as its heading counts them ("12 of 15"): every name of every entity group. */
export function shownCount(s: LaidOutSection): number {
  return s.kind === 'groups' ? s.groups.reduce((n, g) => n + g.names.length, 0) : itemCount(s);
}

/** How many items a section shows (for entity groups: the longest group, the rows of its table). */
export function itemCount(s: LaidOutSection): number {
  switch (s.kind) {
    case 'text':
      return 1;
    case 'table':
      return s.rows.length;
    case 'groups':
      return Math.max(0, ...s.groups.map((g) => g.names.length));
    default:
      return s.items.length;
  }
}

/**
 * What one item of a section is worth to a reader of the sheet, against the others: a statement or a quote
 * carries the story, a figure or a dated event supports it, one more name or outlet is the least missed.
 */
const ITEM_WORTH: Record<SectionType, number> = {
  summary: 4,
  keyStatements: 3,
  quotes: 3,
  figures: 2,
  dates: 2,
  entities: 1,
  sources: 1,
  article: 1,
};

/** A section whose items support the story (figures, dates, names, outlets) rather than tell it. */
export function isSupporting(type: SectionType): boolean {
  return ITEM_WORTH[type] <= 2;
}

/**
 * One step of fitting a sheet into fewer pages: drop the last item of the section whose items are worth the
 * least for how many it shows (items ÷ ITEM_WORTH: a ninth name goes before a fourth quote; later sections
 * first on ties, since the template orders sections by importance); when every section is down to one item,
 * drop the last section. Null when nothing more can go (one section of one item left).
 */
export function trimOneItem(laid: LaidOutSheet): { sheet: LaidOutSheet; dropped: string; type: SectionType } | null {
  const sections = laid.sections;
  const load = (s: LaidOutSection) => itemCount(s) / ITEM_WORTH[s.type];
  let pick = -1;
  for (let i = sections.length - 1; i >= 0; i--) {
    if (itemCount(sections[i]!) > 1 && (pick < 0 || load(sections[i]!) > load(sections[pick]!))) pick = i;
  }
  if (pick < 0) {
    if (sections.length <= 1) return null;
    const last = sections.at(-1)!;
    return { sheet: { ...laid, sections: sections.slice(0, -1) }, dropped: last.title, type: last.type };
  }
  const s = sections[pick]!;
  const next = [...sections];
  next[pick] = dropLast(s);
  return { sheet: { ...laid, sections: next }, dropped: s.title, type: s.type };
}

function dropLast(s: LaidOutSection): LaidOutSection {
  // A section that loses items says so ("4 of 7"; for entity groups, names of all groups).
  const total = s.total ?? shownCount(s);
  switch (s.kind) {
    case 'text':
      return s;
    case 'table':
      return { ...s, total, rows: s.rows.slice(0, -1) };
    case 'groups': {
      const longest = Math.max(...s.groups.map((g) => g.names.length));
      return { ...s, total, groups: s.groups.map((g) => (g.names.length === longest ? { ...g, names: g.names.slice(0, -1) } : g)) };
    }
    case 'numbered':
    case 'paragraphs':
      return { ...s, total, items: s.items.slice(0, -1) };
    case 'quotes':
      return { ...s, total, items: s.items.slice(0, -1) };
    case 'timeline':
      return { ...s, total, items: s.items.slice(0, -1) };
    case 'inline':
      return { ...s, total, items: s.items.slice(0, -1) };
  }
}

// ---- text helpers -------------------------------------------------------------------------------------

// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g;
const SPACES = /\s+/g;
/** Two straight single quotes typed for a double one (''Personally…'' in some wire copy). */
const DOUBLED_SINGLE = /''/g;
const OPENING_QUOTE = /(^|[\s([{—–-])"/gu;
const CLOSING_QUOTE = /"/g;
/** A single quote opens after a space or an opening mark and before a word; one before a digit is the elision in "’90s". */
const SINGLE_OPENING = /(^|[\s([{“—–-])'(?=[^\s\d])/gu;
const SINGLE_CLOSING = /'/g;
/** Anything one of the steps of clean would change; most texts have none, and are returned as they are. */
// eslint-disable-next-line no-control-regex
const UNCLEAN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff"']|[^\S ]| {2}|^ | $/;

/**
 * Collapses whitespace (including the newlines extraction may leave), strips control characters, and sets
 * straight quotes as typographic ones ("…" → “…”, '…' → ‘…’, it's → it’s), as a printed sheet should.
 */
export function clean(s: string): string {
  if (!UNCLEAN.test(s)) return s;
  return s
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .trim()
    .replace(DOUBLED_SINGLE, '"')
    .replace(OPENING_QUOTE, '$1“')
    .replace(CLOSING_QUOTE, '”')
    .replace(SINGLE_OPENING, '$1‘')
    .replace(SINGLE_CLOSING, '’');
}

/** Cuts at a word boundary so the result, with "…", is at most `max` characters. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(' ');
  const base = space > max * 0.5 ? cut.slice(0, space) : cut;
  return `${base.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The quote is printed inside typographic quotes, so marks the extractor kept are removed first. */
function unquote(s: string): string {
  // The comma that led into "…, the minister said" belongs to the sentence, not to the quote.
  return s
    .replace(/^["“”„«»‘’']+/, '')
    .replace(/["“”„«»‘’']+$/, '')
    .replace(/[,;:]+$/, '')
    .trim();
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them', 'i', 'we', 'you', 'his', 'hers', 'their']);
/** Titles the article may put before a name ("Sir Alan Ferris", "Ms. Acosta", "Dr Amal Haddad"). */
const LEADING_TITLES = /^(?:(?:Sir|Dame|Lord|Lady|Baroness|Baron|Dr|Prof|Professor|Rev|Reverend|Rabbi|Mr|Mrs|Ms|Miss|Mx)\.?\s+)+/;
/** "The MPAA" for "MPAA" is the same name. */
const LEADING_THE = /^the\s+/i;
/** Titles that only say "this person" and are not part of the name as a sheet would print it with a first name. */
const COURTESY_ONLY = /^(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+)+$/;

/**
 * Who a quote is from, as the sheet prints it. An unresolved speaker the article described ("a spokeswoman for
 * Royal Mail", "the club") is printed as described: that is the article's whole attribution. Only when there is
 * nothing but a pronoun or no words at all is the speaker "not identified".
 */
function attribute(speaker: string | null, mention: string | null): { attribution: string; mention: string | null } {
  if (speaker) {
    const name = clean(speaker);
    const fuller = fullerName(name, mention);
    return { attribution: fuller, mention: fuller === name ? mentionWorthShowing(speaker, mention) : null };
  }
  const described = mentionWorthShowing(null, mention);
  if (described) return { attribution: capitalise(described), mention: null };
  return { attribution: 'speaker not identified', mention: null };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The article's own fuller words for a speaker when they hold the whole name: "Sir Alan Ferris" for "Alan
 * Ferris", "Ms. Acosta" for "Acosta", "Virgin Blue chief executive Brett Godfrey" for "Brett Godfrey" (rather than
 * the name and then the same words again beside it). A courtesy title before a full name ("Mr Paul Ryan") adds
 * nothing.
 */
function fullerName(name: string, mention: string | null): string {
  if (!mention) return name;
  const m = clean(mention);
  const at = m.indexOf(name);
  if (at < 0 || m === name || !wordBounded(m, at, name.length) || POSSESSIVE.test(m.slice(at + name.length))) return name;
  const title = m.slice(0, at);
  const bare = title.replace(LEADING_THE, '') === '' || (COURTESY_ONLY.test(title) && name.includes(' '));
  if (at + name.length === m.length && bare) return name;
  return capitalise(m);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** "Obama’s" beside "Obama" adds nothing either. */
const POSSESSIVE_END = /['’]s?$/u;
/** "Obama’s" holds the name but speaks of something of his, not of him. */
const POSSESSIVE = /^['’]s?(?![\p{L}])/u;

/** The text at `at` is a whole word or words of `s`, not part of a longer one. */
function wordBounded(s: string, at: number, length: number): boolean {
  return !LETTER_OR_DIGIT.test(s.charAt(at - 1)) && !LETTER_OR_DIGIT.test(s.charAt(at + length));
}

function mentionWorthShowing(speaker: string | null, mention: string | null): string | null {
  if (!mention) return null;
  const m = clean(mention);
  if (!m || PRONOUNS.has(m.toLowerCase())) return null;
  if (speaker === null) return m;
  // "Kovács" or "Mr. Ryan" beside "Mirela Kovács" or "Paul Ryan" adds nothing, nor does "he"; "the top Russian
  // diplomat" does.
  const name = clean(speaker).toLowerCase();
  const rest = m.replace(LEADING_TITLES, '').replace(LEADING_THE, '').replace(POSSESSIVE_END, '').toLowerCase();
  if (rest === '' || name.includes(rest)) return null;
  return m;
}

/** For "the same words" comparisons: case, spacing and quote styles do not count. */
function squash(s: string): string {
  return clean(s).toLowerCase().replace(/[\s“”"‘’']+/g, '');
}

export function ref(paragraph: number): string {
  return `¶${paragraph + 1}`;
}

function refs(paragraphs: number[]): string {
  return paragraphs.map(ref).join(' ');
}

/** Dates found in one sentence share one timeline entry ("November · December"), not one each. */
function mergeSameSentence(items: TimelineItem[]): TimelineItem[] {
  const out: TimelineItem[] = [];
  const bySentence = new Map<string, TimelineItem>();
  for (const item of items) {
    const key = `${item.ref}|${item.text}`;
    const seen = bySentence.get(key);
    if (seen) {
      if (!seen.when.split(' · ').includes(item.when)) seen.when += ` · ${item.when}`;
    } else {
      const copy = { ...item };
      bySentence.set(key, copy);
      out.push(copy);
    }
  }
  return out;
}

function chronological<T extends { iso: string | null }>(dates: T[]): T[] {
  // Stable: undated items keep the article's order, after the dated ones.
  return dates
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      if (a.d.iso && b.d.iso) return a.d.iso < b.d.iso ? -1 : a.d.iso > b.d.iso ? 1 : a.i - b.i;
      if (a.d.iso) return -1;
      if (b.d.iso) return 1;
      return a.i - b.i;
    })
    .map((x) => x.d);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-03-12" → "12 March 2024"; "2024-03" → "March 2024"; anything else is shown as given. */
export function formatDate(iso: string | null, short = false): string | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return clean(iso);
  const months = short ? MONTHS : MONTHS_LONG;
  const month = m[2] ? months[Number(m[2]) - 1] : undefined;
  if (!month) return m[1]!;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/**
 * A date range as the timeline prints it. Whole years and whole months, which the extractor gives as the range
 * of their days ("2005", "August last year"), are printed as the year or the month, not as two days.
 */
export function formatRange(iso: string, isoEnd: string | null): string {
  if (!isoEnd || isoEnd === iso) return formatDate(iso, true)!;
  const a = /^(\d{4})-(\d{2})-01$/.exec(iso);
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoEnd);
  if (a && b && Number(b[3]) === new Date(Date.UTC(Number(b[1]), Number(b[2]), 0)).getUTCDate()) {
    // From the first of a month to the last of a month: months, or years when they are January and December.
    if (a[2] === '01' && b[2] === '12') return a[1] === b[1] ? a[1]! : `${a[1]} – ${b[1]}`;
    const first = formatDate(`${a[1]}-${a[2]}`, true)!;
    return a[1] === b[1] && a[2] === b[2] ? first : `${first} – ${formatDate(`${b[1]}-${b[2]}`, true)}`;
  }
  return `${formatDate(iso, true)} – ${formatDate(isoEnd, true)}`;
}

function languageTag(lang: string): string {
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) ? lang : 'und';
}

function httpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function glance(sheet: FactSheet): string {
  const count = (n: number, one: string, many: string) => (n > 0 ? `${thousands(n)} ${n === 1 ? one : many}` : null);
  return [
    count(sheet.wordCount, 'word', 'words'),
    count(sheet.paragraphs.length, 'paragraph', 'paragraphs'),
    count(sheet.keyStatements.length, 'key statement', 'key statements'),
    count(sheet.quotes.length, 'quote', 'quotes'),
    count(sheet.figures.length, 'figure', 'figures'),
    count(sheet.dates.length, 'date', 'dates'),
  ]
    .filter(Boolean)
    .join(' · ');
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function baseName(key: string): string {
  return key.split('/').at(-1) ?? key;
}
