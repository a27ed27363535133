import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FactSheet } from '../functions/pipeline/factsheet.ts';
import { clean, clip, formatDate, formatRange, itemCount, layout, trimOneItem, type LaidOutSection } from '../functions/pipeline/layout.ts';
import { paginate } from '../functions/pipeline/render/paginate.ts';
import { fitMiddle, visualWordOrder, wrapText } from '../functions/pipeline/render/wrap.ts';
import { resolveTemplate } from '../functions/pipeline/templates.ts';
import { bigSheet, loadSheet } from './fixtures/sheets/sheets.ts';

const section = <K extends LaidOutSection['kind']>(s: LaidOutSection[], kind: K) =>
  s.find((x) => x.kind === kind) as Extract<LaidOutSection, { kind: K }> | undefined;

describe('layout', () => {
  const sheet = loadSheet('standard-en');

  it('lays out the template sections in the template order', () => {
    for (const name of ['standard', 'brief', 'detailed']) {
      const t = resolveTemplate(name);
      expect(layout(sheet, t).sections.map((s) => s.title)).toEqual(t.sections.map((s) => s.title));
    }
  });

  it('leaves out empty sections', () => {
    const bare: FactSheet = { ...sheet, quotes: [], figures: [], sources: [], entities: { people: [], organizations: [], places: [] } };
    const types = layout(bare, resolveTemplate('standard')).sections.map((s) => s.type);
    expect(types).toEqual(['summary', 'keyStatements', 'dates']);
  });

  it('applies the per-section limits', () => {
    const big = bigSheet(4);
    const laid = layout(big, resolveTemplate('standard'));
    const t = resolveTemplate('standard');
    for (const s of laid.sections) {
      const max = t.sections.find((x) => x.type === s.type)!.maxItems;
      if (max !== undefined) expect(itemCount(s), s.title).toBeLessThanOrEqual(max);
    }
    expect(section(laid.sections, 'numbered')!.items).toHaveLength(6);
    const long = { ...sheet, keyStatements: [{ ...sheet.keyStatements[0]!, text: 'word '.repeat(200).trim() }] };
    const cut = section(layout(long, t).sections, 'numbered')!.items[0]!.text;
    expect(cut.length).toBeLessThanOrEqual(420);
    expect(cut.endsWith('word…')).toBe(true);
  });

  it('says how many items a list had when the template shows only some', () => {
    const big = bigSheet(4);
    const t = resolveTemplate('standard');
    const laid = layout(big, t);
    const quotes = section(laid.sections, 'quotes')!;
    expect(quotes.items.length).toBeLessThan(big.quotes.length);
    expect(quotes.total).toBe(big.quotes.length);
    const figures = section(laid.sections, 'table')!;
    expect(figures.total).toBe(big.figures.length > figures.rows.length ? big.figures.length : undefined);
    // A list shown whole carries no count.
    const whole = layout(sheet, resolveTemplate({ ...t, name: 'no-limits', sections: t.sections.map(({ maxItems: _m, ...rest }) => rest) }));
    expect(whole.sections.filter((s) => s.total !== undefined)).toEqual([]);
  });

  it('when quotes must be cut, keeps those the sheet does not already print and whose speaker is known', () => {
    const base = sheet.quotes[0]!;
    const quote = (text: string, speaker: string | null, paragraph: number) => ({ ...base, text, speaker, speakerMention: speaker, paragraph });
    const quotes = [
      quote('We will rebuild every bridge before the winter.', 'Ana Petrova', 1),
      quote('Nobody warned us about the flood.', null, 2),
      quote('The levee held for nine hours.', 'Tomas Berg', 3),
      quote('Help arrived on the third day.', 'Ana Petrova', 4),
    ];
    const printed = { ...sheet.keyStatements[0]!, text: '"The levee held for nine hours," Berg said.' };
    const t = resolveTemplate('standard');
    const two = resolveTemplate({ ...t, name: 'two-quotes', sections: t.sections.map((x) => (x.type === 'quotes' ? { ...x, maxItems: 2 } : x)) });
    const shown = section(layout({ ...sheet, quotes, keyStatements: [printed, ...sheet.keyStatements.slice(1)] }, two).sections, 'quotes')!;
    // Kept in article order; the unattributed quote and the one a statement prints went.
    expect(shown.items.map((q) => q.text)).toEqual(['We will rebuild every bridge before the winter.', 'Help arrived on the third day.']);
    expect(shown.total).toBe(4);
  });

  it('names the speaker after a statement that is nothing but a quote, and only then', () => {
    const quote = { text: 'We will rebuild the bridge by spring.', speaker: 'Ana Ruiz', speakerMention: 'the mayor', paragraph: 2, start: 501, end: 538 };
    const only = { text: '“We will rebuild the bridge by spring.”', score: 1, paragraph: 2, start: 500, end: 539 };
    const signed = { text: '“We will rebuild the bridge by spring,” the mayor said.', score: 0.9, paragraph: 2, start: 500, end: 555 };
    const items = (k: FactSheet['keyStatements'][number], speaker: string | null = 'Ana Ruiz') =>
      section(layout({ ...sheet, keyStatements: [k], quotes: [{ ...quote, speaker }] }, resolveTemplate('standard')).sections, 'numbered')!.items;
    expect(items(only)[0]!.text).toBe('“We will rebuild the bridge by spring.” — Ana Ruiz');
    expect(items({ ...signed, end: 555 })[0]!.text).toBe(clean(signed.text));
    expect(items(only, null)[0]!.text).toBe(clean(only.text));
  });

  it('leaves out statements the summary prints word for word, where the template says so', () => {
    const standard = section(layout(sheet, resolveTemplate('standard')).sections, 'numbered')!.items;
    expect(standard.map((i) => i.text)).toEqual(sheet.keyStatements.slice(1).map((k) => k.text));
    expect(standard[0]!.label).toBe('1');
    const detailed = section(layout(sheet, resolveTemplate('detailed')).sections, 'numbered')!.items;
    expect(detailed).toHaveLength(sheet.keyStatements.length);
  });

  it('points every item at its paragraph, numbered from 1', () => {
    const laid = layout(sheet, resolveTemplate('detailed'));
    const statements = section(laid.sections, 'numbered')!.items;
    statements.forEach((s, i) => {
      expect(s.label).toBe(String(i + 1));
      expect(s.ref).toBe(`¶${sheet.keyStatements[i]!.paragraph + 1}`);
    });
    const article = section(laid.sections, 'paragraphs')!.items;
    expect(article.map((p) => p.label)).toEqual(sheet.paragraphs.map((_, i) => `¶${i + 1}`));
    expect(section(laid.sections, 'text')!.ref).toBe('¶1 ¶2');
  });

  it('shows the words used for a speaker only when they add to the name', () => {
    const quotes = section(layout(sheet, resolveTemplate('standard')).sections, 'quotes')!.items;
    expect(quotes[0]).toMatchObject({ attribution: 'Mirela Kovács', mention: 'the minister' });
    expect(quotes[1]).toMatchObject({ attribution: 'Mirela Kovács', mention: null });
    const anonymous = { ...sheet, quotes: [{ ...sheet.quotes[0]!, speaker: null, speakerMention: null }] };
    expect(section(layout(anonymous, resolveTemplate('standard')).sections, 'quotes')!.items[0]).toMatchObject({
      attribution: 'speaker not identified',
      mention: null,
    });
    // A speaker the article only described is printed as described; a bare pronoun identifies no one.
    const described = (speakerMention: string) => ({ ...sheet, quotes: [{ ...sheet.quotes[0]!, speaker: null, speakerMention }] });
    expect(section(layout(described('a spokeswoman for the port authority'), resolveTemplate('standard')).sections, 'quotes')!.items[0]).toMatchObject({
      attribution: 'A spokeswoman for the port authority',
      mention: null,
    });
    expect(section(layout(described('she'), resolveTemplate('standard')).sections, 'quotes')!.items[0]).toMatchObject({
      attribution: 'speaker not identified',
      mention: null,
    });
  });

  it('names the speaker in the article’s fuller words, and never repeats a title and surname beside the name', () => {
    const said = (speaker: string, speakerMention: string) => {
      const s = { ...sheet, quotes: [{ ...sheet.quotes[0]!, speaker, speakerMention }] };
      return section(layout(s, resolveTemplate('standard')).sections, 'quotes')!.items[0];
    };
    expect(said('Alan Ferris', 'Sir Alan Ferris')).toMatchObject({ attribution: 'Sir Alan Ferris', mention: null });
    expect(said('Acosta', 'Ms. Acosta')).toMatchObject({ attribution: 'Ms. Acosta', mention: null });
    expect(said('Paul Ryan', 'Mr. Ryan')).toMatchObject({ attribution: 'Paul Ryan', mention: null });
    expect(said('Paul Ryan', 'Mr Paul Ryan')).toMatchObject({ attribution: 'Paul Ryan', mention: null });
    expect(said('MPAA', 'The MPAA')).toMatchObject({ attribution: 'MPAA', mention: null });
    // Words that hold the whole name are printed as the attribution, not as the name and then again beside it.
    expect(said('Brett Godfrey', 'Virgin Blue chief executive Brett Godfrey')).toMatchObject({
      attribution: 'Virgin Blue chief executive Brett Godfrey',
      mention: null,
    });
    expect(said('Bob Neill', 'Bob Neill, leader of the Assembly group')).toMatchObject({ attribution: 'Bob Neill, leader of the Assembly group', mention: null });
    expect(said('Chris Paterson', 'team-mate Chris Paterson')).toMatchObject({ attribution: 'Team-mate Chris Paterson', mention: null });
    expect(said('Ann Lee', 'Ann Leeds')).toMatchObject({ attribution: 'Ann Lee', mention: 'Ann Leeds' });
    expect(said('Obama', 'Obama’s')).toMatchObject({ attribution: 'Obama', mention: null });
    expect(said('Ken Livingstone', "Labour's Mr Livingstone")).toMatchObject({ attribution: 'Ken Livingstone', mention: 'Labour’s Mr Livingstone' });
    // A statement that is nothing but a quote is signed with the same fuller name.
    const quote = { text: 'We will rebuild the bridge by spring.', speaker: 'Alan Ferris', speakerMention: 'Sir Alan Ferris', paragraph: 2, start: 501, end: 538 };
    const only = { text: '“We will rebuild the bridge by spring.”', score: 1, paragraph: 2, start: 500, end: 539 };
    const statements = section(layout({ ...sheet, keyStatements: [only], quotes: [quote] }, resolveTemplate('standard')).sections, 'numbered')!;
    expect(statements.items[0]!.text).toBe('“We will rebuild the bridge by spring.” — Sir Alan Ferris');
  });

  it('keeps a mention count on the line of its name (no-break space)', () => {
    const groups = section(layout(sheet, resolveTemplate('standard')).sections, 'groups')!.groups;
    const counted = groups.flatMap((g) => g.names).filter((n) => /\(\d+\)$/.test(n));
    expect(counted.length).toBeGreaterThan(0);
    for (const n of counted) expect(n).toMatch(/\S\u00a0\(\d+\)$/);
    // The wrapper breaks only at plain spaces, so the name's last word and its count move together.
    const measure = (s: string) => s.length;
    expect(wrapText('Sergey Lavrov\u00a0(5)', 16, measure)).toEqual(['Sergey ', 'Lavrov\u00a0(5)']);
  });

  it('strips the quote marks the extractor kept, since the sheet prints its own', () => {
    const marked = { ...sheet, quotes: [{ ...sheet.quotes[0]!, text: '“We will stay,”' }] };
    expect(section(layout(marked, resolveTemplate('standard')).sections, 'quotes')!.items[0]!.text).toBe('We will stay');
  });

  it('sets straight quotes and apostrophes as typographic ones', () => {
    const straight = { ...sheet, keyStatements: [{ ...sheet.keyStatements[0]!, text: `"It's over," he said of the "deal".` }] };
    const text = section(layout(straight, resolveTemplate('standard')).sections, 'numbered')!.items[0]!.text;
    expect(text).toBe('“It’s over,” he said of the “deal”.');
  });

  it('does not repeat a pronoun as the words used for the speaker', () => {
    const he = { ...sheet, quotes: [{ ...sheet.quotes[0]!, speakerMention: 'he' }] };
    expect(section(layout(he, resolveTemplate('standard')).sections, 'quotes')!.items[0]!.mention).toBeNull();
  });

  it('gives dates from one sentence one timeline entry', () => {
    const d = sheet.dates[0]!;
    const two = {
      ...sheet,
      dates: [
        { ...d, text: 'November', iso: null, isoEnd: null, context: 'Aid went in November and December.' },
        { ...d, text: 'December', iso: null, isoEnd: null, context: 'Aid went in November and December.' },
      ],
    };
    const items = section(layout(two, resolveTemplate('standard')).sections, 'timeline')!.items;
    expect(items).toEqual([{ when: 'November · December', text: 'Aid went in November and December.', ref: `¶${d.paragraph + 1}`, undated: true }]);
  });

  it('orders the timeline by date, undated entries last in article order', () => {
    const dated = {
      ...sheet,
      dates: [
        { ...sheet.dates[0]!, text: 'later', iso: '2025-02-01', isoEnd: null, context: 'B' },
        { ...sheet.dates[0]!, text: 'someday', iso: null, isoEnd: null, context: 'X' },
        { ...sheet.dates[0]!, text: 'earlier', iso: '2024-01-05', isoEnd: '2024-01-09', context: 'A' },
        { ...sheet.dates[0]!, text: 'one day', iso: null, isoEnd: null, context: 'Y' },
      ],
    };
    const items = section(layout(dated, resolveTemplate('standard')).sections, 'timeline')!.items;
    expect(items.map((i) => i.text)).toEqual(['A', 'B', 'X', 'Y']);
    expect(items.map((i) => i.when)).toEqual(['5 Jan 2024 – 9 Jan 2024', '1 Feb 2025', 'someday', 'one day']);
  });

  it('fills the PDF metadata from the sheet', () => {
    const laid = layout(sheet, resolveTemplate('standard'));
    expect(laid.meta.title).toBe(sheet.title);
    expect(laid.meta.author).toBe('Coastal Herald');
    expect(laid.meta.lang).toBe('en');
    expect(laid.meta.keywords.slice(0, 2)).toEqual(['Ostrava', 'Mirela Kovács']);
    expect(laid.meta.creator).toBe('factsheet 0.1.0 (template standard)');
    expect(laid.header.byline).toEqual(['Coastal Herald', '17 December 2024', 'VELARIA CITY']);
    expect(laid.footer.sha).toBe(sheet.input.sha256.slice(0, 12));
    expect(layout(sheet, resolveTemplate('detailed')).footer.sha).toBe(sheet.input.sha256);
  });

  it('links only http and https source URLs', () => {
    const t = resolveTemplate('standard');
    expect(layout(sheet, t).header.url).toBe(sheet.url);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'not a url', null]) {
      expect(layout({ ...sheet, url }, t).header.url).toBeNull();
    }
  });

  it('copes with a missing title, publisher, date and an odd language code', () => {
    const odd = { ...sheet, title: '  ', publisher: null, published: null, dateline: null, language: 'english please' };
    const laid = layout(odd, resolveTemplate('standard'));
    expect(laid.meta.title).toBe('Untitled article (ostrava recognition.txt)');
    expect(laid.meta.author).toBeNull();
    expect(laid.header.byline).toEqual([]);
    expect(laid.meta.lang).toBe('und');
  });

  it('trims one item at a time where items are worth least for their number, later sections first, then drops sections', () => {
    let laid = layout(sheet, resolveTemplate('standard'));
    // Items per section ÷ what one is worth (statements and quotes 3, figures and dates 2, names and outlets 1).
    const worth: Record<string, number> = { summary: 4, keyStatements: 3, quotes: 3, figures: 2, dates: 2, entities: 1, sources: 1 };
    const load = laid.sections.map((s) => (itemCount(s) > 1 ? itemCount(s) / worth[s.type]! : -1));
    const before = laid.sections.map(itemCount);
    const step = trimOneItem(laid)!;
    const after = step.sheet.sections.map(itemCount);
    const changed = before.findIndex((n, i) => n !== after[i]);
    expect(after[changed]).toBe(before[changed]! - 1);
    expect(load.lastIndexOf(Math.max(...load))).toBe(changed);
    // Four names, then four quotes: the fourth name goes first, though the quotes come later.
    const quotes = section(laid.sections, 'quotes')!;
    const names = section(laid.sections, 'groups')!;
    const even: typeof laid = {
      ...laid,
      sections: [
        { ...names, groups: [{ label: 'People', names: ['A', 'B', 'C', 'D'] }] },
        { ...quotes, items: [0, 1, 2, 3].map((i) => quotes.items[i % quotes.items.length]!) },
      ],
    };
    expect(trimOneItem(even)!.dropped).toBe(names.title);
    // The trimmed list remembers how many it had, so its heading can say so.
    expect(step.sheet.sections[changed]!.total ?? Infinity).toBeGreaterThanOrEqual(before[changed]!);
    let steps = 0;
    for (let next = trimOneItem(laid); next; next = trimOneItem(laid)) {
      laid = next.sheet;
      steps++;
    }
    expect(laid.sections).toHaveLength(1);
    expect(laid.sections[0]!.type).toBe('summary');
    expect(steps).toBeGreaterThan(10);
  });
});

describe('text helpers', () => {
  const measure = (s: string) => s.length * 5;

  it('wraps at spaces within the width, keeping separating spaces at line ends', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', 60, measure);
    expect(lines.join('')).toBe('the quick brown fox jumps over the lazy dog');
    for (const line of lines) expect(measure(line.trimEnd())).toBeLessThanOrEqual(60);
    expect(lines.slice(0, -1).every((l) => l.endsWith(' '))).toBe(true);
  });

  it('breaks a word longer than the line between characters', () => {
    const lines = wrapText('see https://example.org/a/very/long/path/to/somewhere now', 50, measure);
    for (const line of lines) expect(measure(line.trimEnd())).toBeLessThanOrEqual(50);
    expect(lines.join('').replace(/ /g, '')).toBe('seehttps://example.org/a/very/long/path/to/somewherenow');
  });

  it('draws the words of a right-to-left run from the right, leaving left-to-right words in place', () => {
    expect(visualWordOrder('שלום עולם')).toBe('עולם שלום');
    expect(visualWordOrder('We said שלום עולם to all ')).toBe('We said עולם שלום to all ');
    // Numbers and punctuation between right-to-left words belong to their run.
    expect(visualWordOrder('مرحبا 2024 بالعالم')).toBe('بالعالم 2024 مرحبا');
    expect(visualWordOrder('Plain — text')).toBe('Plain — text');
  });

  it('fits a long key in the middle with an ellipsis', () => {
    const fitted = fitMiddle('incoming/a/very/deep/folder/structure/article.txt', 120, measure);
    expect(measure(fitted)).toBeLessThanOrEqual(120);
    expect(fitted).toMatch(/^incoming.*….*article\.txt$/);
  });

  it('prints a whole month or year as the month or year, other ranges day to day', () => {
    expect(formatRange('2023-08-01', '2023-08-31')).toBe('Aug 2023');
    expect(formatRange('2024-02-01', '2024-02-29')).toBe('Feb 2024');
    expect(formatRange('2023-01-01', '2023-12-31')).toBe('2023');
    expect(formatRange('2011-01-01', '2015-12-31')).toBe('2011 – 2015');
    expect(formatRange('2024-08-01', '2024-10-31')).toBe('Aug 2024 – Oct 2024');
    expect(formatRange('2024-08-26', '2024-12-01')).toBe('26 Aug 2024 – 1 Dec 2024');
    expect(formatRange('2024-08-01', '2024-08-30')).toBe('1 Aug 2024 – 30 Aug 2024');
    expect(formatRange('2024-01-18', null)).toBe('18 Jan 2024');
  });

  it('clips at a word and formats dates', () => {
    expect(clip('one two three four', 12)).toBe('one two…');
    expect(clip('short', 12)).toBe('short');
    expect(formatDate('2024-03-05')).toBe('5 March 2024');
    expect(formatDate('2024-03')).toBe('March 2024');
    expect(formatDate('2024')).toBe('2024');
    expect(formatDate(null)).toBeNull();
  });
});

describe('paginate', () => {
  const block = (height: number, o: Partial<{ gap: number; keep: boolean; header: number }> = {}) => ({
    height,
    gapBefore: o.gap ?? 0,
    keepWithNext: o.keep ?? false,
    ...(o.header !== undefined ? { repeatHeader: o.header } : {}),
  });

  it('never lets a block straddle a page and drops the gap at a page top', () => {
    const pages = paginate([block(60), block(30, { gap: 10 }), block(30, { gap: 10 })], [100, 100]);
    expect(pages.map((p) => p.map((x) => x.block))).toEqual([[0, 1], [2]]);
    expect(pages[1]![0]!.y).toBe(0);
  });

  it('moves a heading to the next page with its first item', () => {
    const pages = paginate([block(80), block(10, { keep: true }), block(20)], [100, 100]);
    expect(pages.map((p) => p.map((x) => x.block))).toEqual([[0], [1, 2]]);
  });

  it('repeats a table header on the page a table continues to', () => {
    const blocks = [block(10, { keep: true }), block(40, { header: 0 }), block(40, { header: 0 }), block(40, { header: 0 })];
    const pages = paginate(blocks, [100, 100]);
    expect(pages.map((p) => p.map((x) => [x.block, x.repeated]))).toEqual([
      [
        [0, false],
        [1, false],
        [2, false],
      ],
      [
        [0, true],
        [3, false],
      ],
    ]);
  });

  it('draws a continuation label only where its section continues onto a new page', () => {
    const blocks = [block(10, { keep: true }), { ...block(8, { keep: true }), repeatOnly: true }, block(45, { header: 1 }), block(45, { header: 1 }), block(45, { header: 1 })];
    const pages = paginate(blocks, [100, 100]);
    expect(pages.map((p) => p.map((x) => [x.block, x.repeated]))).toEqual([
      [
        [0, false],
        [2, false],
        [3, false],
      ],
      [
        [1, true],
        [4, false],
      ],
    ]);
  });

  it('never overflows a page when a repeated header is added above a moved block', () => {
    // Rows 2 and 3 are chained (95 points): with the repeated header (10) they cannot share a fresh page.
    const blocks = [block(10, { keep: true }), block(20, { header: 0 }), block(40, { keep: true, header: 0 }), block(55, { header: 0 })];
    const pages = paginate(blocks, [100, 100]);
    for (const p of pages) expect(Math.max(...p.map((x) => x.y + blocks[x.block]!.height))).toBeLessThanOrEqual(100);
  });

  it('places a chain taller than a page instead of looping', () => {
    const pages = paginate([block(10), block(60, { keep: true }), block(60, { keep: true }), block(60)], [100, 100]);
    expect(pages.flat().map((x) => x.block)).toEqual([0, 1, 2, 3]);
    for (const p of pages) expect(p.at(-1)!.y + 60).toBeLessThanOrEqual(100);
  });
});

describe('layout: clean', () => {
  // Every step, always: clean skips them for a text none of them would change.
  const everyStep = (s: string) =>
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/''/g, '"')
      .replace(/(^|[\s([{—–-])"/gu, '$1“')
      .replace(/"/g, '”')
      .replace(/(^|[\s([{“—–-])'(?=[^\s\d])/gu, '$1‘')
      .replace(/'/g, '’');

  it('gives what all its steps give, for any text', () => {
    const char = fc.oneof(
      { arbitrary: fc.constantFrom('a', 'É', '1', '(', '—', '’'), weight: 6 },
      { arbitrary: fc.constantFrom(' ', '"', "'"), weight: 3 },
      { arbitrary: fc.constantFrom('\n', '\t', '\u00a0', '\u200b', '\ufeff', '\u0007', '\u2028'), weight: 1 },
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }).map((cs) => cs.join('')), (s) => {
        expect(clean(s)).toBe(everyStep(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('sets quotes and spaces as a printed sheet should', () => {
    expect(clean('  He said "it\'s\u200b done"\n\tnow ')).toBe('He said “it’s done” now');
    expect(clean('Plain text, left as it is.')).toBe('Plain text, left as it is.');
    expect(clean("it's")).toBe('it’s');
    // Single quotes curl like double ones; one before a digit is an elision.
    expect(clean("the 'greatest gadget' of the '90s, 'Hi' she said")).toBe('the ‘greatest gadget’ of the ’90s, ‘Hi’ she said');
    expect(clean(`"'Go home,' he told me"`)).toBe('“‘Go home,’ he told me”');
    expect(clean("the players' union")).toBe('the players’ union');
    expect(clean("he said. ''Robbie has an agreement,'' he added")).toBe('he said. “Robbie has an agreement,” he added');
  });
});
