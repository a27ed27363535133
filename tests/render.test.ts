import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FactSheet } from '../functions/pipeline/factsheet.ts';
import { FONT_FILES, fontBytes } from '../functions/pipeline/fonts.ts';
import { layout, ref } from '../functions/pipeline/layout.ts';
import { render } from '../functions/pipeline/render.ts';
import { resolveTemplate } from '../functions/pipeline/templates.ts';
import { normalizeSpace, readPdf, structRoles, textOutsidePage, type ReadPdf } from './helpers/pdf.ts';
import { bigSheet, loadSheet } from './fixtures/sheets/sheets.ts';

const DATE = new Date('2026-11-23T12:00:00Z');
const run = promisify(execFile);

async function renderSheet(sheet: FactSheet, template: string, creationDate = DATE) {
  const warnings: string[] = [];
  const bytes = await render(layout(sheet, resolveTemplate(template)), { creationDate, onWarning: (w) => warnings.push(w) });
  return { bytes, warnings, pdf: await readPdf(bytes) };
}

const squash = (s: string) => s.replace(/\s+/g, '');
/** In the text as read (structure content in stream order, page furniture skipped), ignoring spacing. */
const has = (pdf: ReadPdf, s: string) => squash(pdf.readingText).includes(squash(s));
/** Where each needle is in the text as read; -1 when absent. */
const readingPositions = (pdf: ReadPdf, needles: string[]) => needles.map((n) => squash(pdf.readingText).indexOf(squash(n)));

/**
 * Section headings are printed in capitals; a heading is a line equal to its title, or to its title and the
 * "4 of 7" count printed beside it (returned without the count).
 */
function headingsOf(pdf: ReadPdf, titles: string[]): string[] {
  const wanted = new Set(titles.map((t) => t.toUpperCase()));
  return pdf.pages.flatMap((p) =>
    p.text
      .split('\n')
      .map((line) => line.trim().replace(/\s+\d+ of \d+$/, ''))
      .filter((line) => wanted.has(line)),
  );
}

describe('render: standard template', async () => {
  const sheet = loadSheet('standard-en');
  const { pdf, bytes, warnings } = await renderSheet(sheet, 'standard');
  const template = resolveTemplate('standard');

  it('is a valid PDF of one or two pages', () => {
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(pdf.pageCount).toBeGreaterThanOrEqual(1);
    expect(pdf.pageCount).toBeLessThanOrEqual(2);
    expect(warnings).toEqual([]);
  });

  it('prints every section, in the template order, with its content', () => {
    const titles = template.sections.map((s) => s.title);
    expect(headingsOf(pdf, titles)).toEqual(titles.map((t) => t.toUpperCase()));
    // One piece of content per section, in order: summary, statement, quote, figure, date, person, source.
    const order = readingPositions(pdf, [
      sheet.title,
      sheet.summary.text.slice(0, 60),
      sheet.keyStatements[1]!.text,
      sheet.quotes[0]!.text.slice(0, 50),
      sheet.figures[0]!.context,
      sheet.dates.find((d) => d.iso === '2024-08')!.context,
      'Mirela Kovács (5)',
      'Coastal Herald · Ministry of Emergency Response',
    ]);
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('numbers the key statements and points each item to its paragraph', () => {
    // The first statement is the summary's opening sentence: standard does not print it twice.
    const [inSummary, ...s] = sheet.keyStatements;
    expect(has(pdf, `1.${inSummary!.text}`)).toBe(false);
    for (let i = 0; i < s.length; i++) expect(has(pdf, `${i + 1}.${s[i]!.text}${ref(s[i]!.paragraph)}`)).toBe(true);
    const refs = pdf.pages.flatMap((p) => p.items.filter((i) => /^¶\d+/.test(i.str)).map((i) => i.str));
    for (const k of s) expect(refs).toContain(ref(k.paragraph));
  });

  it('shows each quote with its speaker and, when it says more, the words the article used', () => {
    const q = sheet.quotes[0]!;
    expect(has(pdf, `“${q.text.slice(0, 40)}`)).toBe(true);
    expect(has(pdf, `— Mirela Kovács, as “the minister”`)).toBe(true);
    // "Kovács" is part of the name: not repeated as "the words used".
    expect(has(pdf, 'as “Kovács”')).toBe(false);
  });

  it('puts the header band and the footer on the pages', () => {
    expect(has(pdf, 'Coastal Herald · 17 December 2024 · VELARIA CITY')).toBe(true);
    // Footer lines are page furniture (artifacts): printed on every page, not read as content.
    expect(has(pdf, 'Generated 2026')).toBe(false);
    pdf.pages.forEach((p, i) => {
      expect(p.text).toContain(`Page ${i + 1} of ${pdf.pageCount}`);
      expect(p.text).toContain(`sha256 ${sheet.input.sha256.slice(0, 12)}`);
      expect(p.text).toContain('Generated 2026-11-23 12:00 UTC');
      expect(p.text).toContain('incoming/news/ostrava recognition.txt');
    });
  });

  it('keeps all text inside the page', () => {
    expect(textOutsidePage(pdf)).toEqual([]);
  });

  it('links the source URL', () => {
    expect(pdf.pages[0]!.links).toEqual([sheet.url]);
  });

  it('carries document metadata', () => {
    expect(pdf.info['Title']).toBe(sheet.title);
    expect(pdf.info['Author']).toBe('Coastal Herald');
    expect(String(pdf.info['Subject'])).toContain('The foreign minister of Ostrava');
    expect(String(pdf.info['Keywords'])).toContain('Mirela Kovács');
    expect(String(pdf.info['Keywords'])).toContain('Ostrava');
    expect(pdf.info['Creator']).toBe('factsheet 0.1.0 (template standard)');
    expect(String(pdf.info['Producer'])).toContain('factsheet');
    expect(pdf.info['CreationDate']).toBe('D:20261123120000Z');
  });

  it('keeps metadata with XML special characters intact in the Info dictionary and the XMP packet', async () => {
    const odd = { ...sheet, title: 'Tom & Jerry <live> in Ostrava', publisher: 'A&B News' };
    const { pdf: out } = await renderSheet(odd, 'brief');
    expect(out.info['Title']).toBe('Tom & Jerry <live> in Ostrava');
    expect(out.info['Author']).toBe('A&B News');
    expect(out.xmp?.['dc:title']).toBe('Tom & Jerry <live> in Ostrava');
    expect(out.xmp?.['dc:creator']).toEqual(['A&B News']);
  });

  it('is a tagged PDF with language, structure tree and a bookmark per section', () => {
    expect(pdf.tagged).toBe(true);
    expect(pdf.lang).toBe('en');
    const roles = new Set(pdf.structTrees.flatMap(structRoles));
    for (const role of ['Document', 'H1', 'Sect', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'BlockQuote', 'Table', 'TR', 'TH', 'TD', 'Link']) {
      expect(roles, role).toContain(role);
    }
    expect(pdf.outline.map((o) => o.title)).toEqual(template.sections.map((s) => s.title));
  });

  it('embeds subset DejaVu fonts only, never a standard 14 font', () => {
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const f of pdf.fonts) expect(f).toMatch(/^[A-Z]{6}\+DejaVu/);
  });
});

describe('render: reproducible bytes', () => {
  it('gives identical bytes for the same sheet and date, different bytes for another date', async () => {
    const sheet = loadSheet('standard-en');
    const a = await renderSheet(sheet, 'standard');
    // Whatever was rendered in between (other scripts, other glyphs) must not leak into the bytes.
    await renderSheet(loadSheet('multilingual'), 'detailed');
    const b = await renderSheet(sheet, 'standard');
    const c = await renderSheet(sheet, 'standard', new Date('2026-11-24T12:00:00Z'));
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes))).toBe(0);
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(c.bytes))).not.toBe(0);
    expect(a.pdf.fonts).toEqual(b.pdf.fonts);
  });

  it('gives the same bytes in a fresh process as in one that rendered other sheets first', async () => {
    await renderSheet(loadSheet('multilingual'), 'standard');
    await renderSheet(bigSheet(2), 'detailed');
    const here = await renderSheet(loadSheet('standard-en'), 'standard');
    const script = fileURLToPath(new URL('./fixtures/render-once.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
    const { stdout } = await run(process.execPath, [tsx, script, 'standard-en', 'standard', DATE.toISOString()], {
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(Buffer.compare(Buffer.from(stdout, 'base64'), Buffer.from(here.bytes))).toBe(0);
  });
});

describe('render: shared word layouts are safe', () => {
  // render.ts shares pdfkit's per-word layouts between documents. That is only byte-neutral when no glyph
  // is reached from two characters (else a glyph's ToUnicode entry would depend on which word came first).
  it.each(FONT_FILES)('%s maps every glyph from at most one character', (file) => {
    const fontkit = createRequire(import.meta.url)('fontkit') as {
      create(b: Buffer): { characterSet: number[]; glyphForCodePoint(cp: number): { id: number } };
    };
    const font = fontkit.create(fontBytes(file));
    const seen = new Map<number, number>();
    const shared: string[] = [];
    for (const cp of font.characterSet) {
      const id = font.glyphForCodePoint(cp).id;
      const other = seen.get(id);
      if (other !== undefined && id !== 0) shared.push(`U+${other.toString(16)} and U+${cp.toString(16)}`);
      seen.set(id, cp);
    }
    expect(shared).toEqual([]);
  });
});

describe('render: scripts and glyphs', async () => {
  const sheet = loadSheet('multilingual');
  const { pdf, warnings } = await renderSheet(sheet, 'standard');

  it('renders Cyrillic, Greek, accented names and €£₹ as text', () => {
    for (const word of ['Лавров', 'Россия продолжит гуманитарные поставки', 'Αλέξης Παπαδόπουλος', 'Łukasz Żółć', 'Zoë Brontë', 'Françoise Dubois-Ørsted', '₹250 crore', '£23 million', 'Société Générale', 'Ça ne change rien']) {
      expect(has(pdf, word), word).toBe(true);
    }
    expect(pdf.lang).toBe('ru');
    expect(warnings).toEqual([]);
    expect(textOutsidePage(pdf)).toEqual([]);
  });

  it('draws a character the chosen font lacks with the fallback font', async () => {
    // The quote font (DejaVu Serif Condensed Italic) has no Hebrew; DejaVu Sans does.
    const base = loadSheet('standard-en');
    const hebrew = { ...base, quotes: [{ ...base.quotes[0]!, text: 'We said shalom, שלום, to everyone' }] };
    const out = await renderSheet(hebrew, 'standard');
    expect(has(out.pdf, 'shalom, שלום, to everyone')).toBe(true);
    expect(out.pdf.fonts.some((f) => f.endsWith('+DejaVuSans'))).toBe(true);
    expect(out.warnings).toEqual([]);
  });

  it('sets right-to-left words in reading order: the first word of a Hebrew or Arabic run is its rightmost', async () => {
    const base = loadSheet('standard-en');
    const rtl = { ...base, quotes: [{ ...base.quotes[0]!, text: 'אחד שניים שלושה, and then مرحبا بالعالم' }] };
    const out = await renderSheet(rtl, 'standard');
    const x = (word: string) => out.pdf.pages[0]!.items.find((i) => i.str.includes(word))!.x;
    expect(x('אחד')).toBeGreaterThan(x('שניים'));
    expect(x('שניים')).toBeGreaterThan(x('שלושה'));
    expect(x('مرحبا')).toBeGreaterThan(x('بالعالم'));
    expect(x('and then')).toBeGreaterThan(x('אחד'));
    expect(x('بالعالم')).toBeGreaterThan(x('and then'));
    expect(out.warnings).toEqual([]);
  });

  it('never leaves a silent blank: text no font has is marked and reported', async () => {
    const cjk = { ...loadSheet('standard-en'), title: 'Summit in 東京 ends' };
    const out = await renderSheet(cjk, 'standard');
    expect(has(out.pdf, 'Summit in \uFFFD\uFFFD ends')).toBe(true);
    expect(out.warnings.join('\n')).toMatch(/東 \(U\+6771\)/);
    expect(out.warnings.join('\n')).toMatch(/京 \(U\+4EAC\)/);
  });

  it('leaves out emoji no font has, instead of boxes, and says so', async () => {
    const base = loadSheet('standard-en');
    const emoji = {
      ...base,
      title: 'Fans cheer 🎉🎉 as the team wins 👍🏽',
      quotes: [{ ...base.quotes[0]!, text: 'What a night ❤️ for all of us 🇬🇧' }],
    };
    const out = await renderSheet(emoji, 'standard');
    expect(out.pdf.text).not.toContain('\uFFFD');
    expect(has(out.pdf, 'Fans cheer as the team wins')).toBe(true);
    expect(out.pdf.text).toMatch(/What a night (❤ )?for all of us/);
    expect(out.warnings.join('\n')).toMatch(/emoji the embedded fonts cannot show were left out: .*🎉 \(U\+1F389\)/);
    expect(out.warnings.join('\n')).not.toMatch(/printed as/);
    expect(textOutsidePage(out.pdf)).toEqual([]);
  });
});

describe('render: timeline', () => {
  it('marks where the entries that could not be placed in time begin, and only when there are some', async () => {
    const base = loadSheet('standard-en');
    const undated = { ...base.dates[0]!, text: 'on Friday', iso: null, isoEnd: null, context: 'The harbour office reopened its doors.', paragraph: 7 };
    const out = await renderSheet({ ...base, dates: [undated, ...base.dates] }, 'standard');
    const at = readingPositions(out.pdf, ['A joint commission will meet again.', 'NOT DATED · IN ARTICLE ORDER', 'on Friday', 'The harbour office reopened']);
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(has((await renderSheet(base, 'standard')).pdf, 'NOT DATED')).toBe(false);
  });
});

describe('render: the three templates differ as described', async () => {
  const sheet = bigSheet(8);
  const [standard, brief, detailed] = await Promise.all(['standard', 'brief', 'detailed'].map((t) => renderSheet(sheet, t)));

  it('brief is exactly one page: summary, top statements, top quotes', () => {
    expect(brief!.pdf.pageCount).toBe(1);
    expect(headingsOf(brief!.pdf, ['Summary', 'Top statements', 'Top quotes', 'Key figures', 'Timeline'])).toEqual([
      'SUMMARY',
      'TOP STATEMENTS',
      'TOP QUOTES',
    ]);
    expect(textOutsidePage(brief!.pdf)).toEqual([]);
  });

  it('standard says beside a heading how many of a list it shows', () => {
    const quotes = layout(sheet, resolveTemplate('standard')).sections.find((s) => s.type === 'quotes')!;
    expect(quotes.kind === 'quotes' && quotes.items.length).toBeLessThan(sheet.quotes.length);
    const count = `${quotes.kind === 'quotes' ? quotes.items.length : 0} of ${sheet.quotes.length}`;
    // Read after the heading and before the first quote.
    const [heading, said, first] = readingPositions(standard!.pdf, ['QUOTES', count, sheet.quotes[0]!.text.slice(0, 40)]);
    expect(said).toBeGreaterThan(heading!);
    expect(first).toBeGreaterThan(said!);
  });

  it('standard stays within two pages however long the article', () => {
    expect(standard!.pdf.pageCount).toBeLessThanOrEqual(2);
    expect(headingsOf(standard!.pdf, ['Article text'])).toEqual([]);
    expect(textOutsidePage(standard!.pdf)).toEqual([]);
  });

  it('does not end on a page of a few lines: a few names go so the sheet ends a page earlier, and it says so', async () => {
    const base = loadSheet('standard-en');
    const standardTemplate = resolveTemplate('standard');
    // Every name shown, so each place more is one row more.
    const sections = standardTemplate.sections.map(({ maxItems, ...rest }) => (rest.type === 'entities' ? rest : { ...rest, maxItems }));
    const limited = resolveTemplate({ ...standardTemplate, name: 'three-pages', page: { ...standardTemplate.page, maxPages: 3 }, sections });
    const unlimited = resolveTemplate({ ...standardTemplate, name: 'no-page-limit', page: { ...standardTemplate.page, maxPages: undefined }, sections });
    const withPlaces = (n: number): FactSheet => ({
      ...base,
      entities: { ...base.entities, places: Array.from({ length: n }, (_, i) => ({ ...base.entities.places[0]!, name: `Harbour ${i + 1}`, mentions: 1 })) },
    });
    const pagesOf = async (sheet: FactSheet, t: typeof limited) => {
      const warnings: string[] = [];
      const pdf = await readPdf(await render(layout(sheet, t), { creationDate: DATE, onWarning: (w) => warnings.push(w) }));
      return { pdf, warnings };
    };
    // The fewest places that push the sheet onto one more page: that page then holds one row of names.
    const fewest = (await pagesOf(withPlaces(1), unlimited)).pdf.pageCount;
    let [low, n] = [1, 64];
    while (n - low > 1) {
      const mid = Math.floor((low + n) / 2);
      if ((await pagesOf(withPlaces(mid), unlimited)).pdf.pageCount === fewest) low = mid;
      else n = mid;
    }
    expect((await pagesOf(withPlaces(n), unlimited)).pdf.pageCount).toBe(fewest + 1);
    const out = await pagesOf(withPlaces(n), limited);
    expect(out.pdf.pageCount).toBe(fewest);
    expect(out.warnings.join('\n')).toMatch(new RegExp(`items? of "People, organisations and places" left out to fit ${fewest} pages?`));
    // The heading says how many of all the names found the sheet shows.
    const total = base.entities.people.length + base.entities.organizations.length + n;
    expect(normalizeSpace(out.pdf.text)).toMatch(new RegExp(`PEOPLE, ORGANISATIONS AND PLACES \\d+ of ${total}`));
  });

  it('drops the least important items to honour a page limit, and says so', async () => {
    const standardTemplate = resolveTemplate('standard');
    const onePage = resolveTemplate({
      ...standardTemplate,
      name: 'one-page-everything',
      page: { ...standardTemplate.page, maxPages: 1 },
      sections: standardTemplate.sections.map(({ maxItems: _drop, ...rest }) => rest),
    });
    const warnings: string[] = [];
    const bytes = await render(layout(sheet, onePage), { creationDate: DATE, onWarning: (w) => warnings.push(w) });
    const pdf = await readPdf(bytes);
    expect(pdf.pageCount).toBe(1);
    expect(warnings.some((w) => /items? of "[^"]+" left out to fit 1 page$/.test(w))).toBe(true);
    // The first statement shown (the first is in the summary), the most important, survives.
    expect(has(pdf, `1.${sheet.keyStatements[1]!.text}`)).toBe(true);
    expect(textOutsidePage(pdf)).toEqual([]);
  });

  it('detailed shows everything extracted and the numbered article text', () => {
    const pdf = detailed!.pdf;
    expect(pdf.pageCount).toBeGreaterThan(2);
    expect(detailed!.warnings).toEqual([]);
    for (const k of sheet.keyStatements) expect(has(pdf, k.text), k.text).toBe(true);
    for (const f of sheet.figures) expect(has(pdf, f.context), f.context).toBe(true);
    for (const p of sheet.entities.people) expect(has(pdf, p.name), p.name).toBe(true);
    expect(headingsOf(pdf, ['Article text'])).toEqual(['ARTICLE TEXT']);
    const last = sheet.paragraphs.length - 1;
    expect(has(pdf, `${ref(last)}${sheet.paragraphs[last]!}`)).toBe(true);
    expect(textOutsidePage(pdf)).toEqual([]);
  });

  it('repeats a table header on every page a table continues to', () => {
    const pdf = detailed!.pdf;
    const pagesWithRows = pdf.pages.filter((p) => sheet.figures.some((f) => squash(p.text).includes(squash(f.context))));
    expect(pagesWithRows.length).toBeGreaterThan(1);
    for (const p of pagesWithRows) expect(p.text).toMatch(/FIGURE\s*WHAT IT MEASURES\s*SOURCE/);
  });

  it('labels a section that continues at the top of the next page', () => {
    const pdf = detailed!.pdf;
    const continued = pdf.pages.filter((p) => / \(CONTINUED\)$/m.test(p.text));
    expect(continued.length).toBeGreaterThan(0);
    for (const p of continued) {
      // The label is page furniture: right under the running header, and not read as content.
      const label = p.items.find((i) => i.str.endsWith('(CONTINUED)'))!;
      expect(label.artifact).toBe(true);
      expect(p.items.filter((i) => !i.artifact && i.y > label.y)).toEqual([]);
    }
  });

  it('never leaves a heading alone at the foot of a page', () => {
    const titles = new Set(resolveTemplate('detailed').sections.map((s) => s.title.toUpperCase()));
    for (const pdf of [standard!.pdf, detailed!.pdf]) {
      for (const page of pdf.pages) {
        const lines = page.text.split('\n');
        // The footer's two lines close every page; the content just above them must not be a heading.
        const contentLines = lines.length - 2;
        lines.forEach((line, i) => {
          if (titles.has(line.trim())) expect(i, `page ${page.number}: "${line}" has nothing below it`).toBeLessThan(contentLines - 1);
        });
      }
    }
  });

  it('wraps long quotes inside their panel', () => {
    const long = { ...loadSheet('standard-en') };
    long.quotes = [{ ...long.quotes[0]!, text: `${'A very long quotation that keeps going '.repeat(8)}until it ends.` }];
    return renderSheet(long, 'standard').then(({ pdf }) => {
      expect(textOutsidePage(pdf)).toEqual([]);
      const quoteLines = pdf.pages[0]!.items.filter((i) => i.str.includes('A very long quotation'));
      expect(quoteLines.length).toBeGreaterThan(2);
      const right = Math.max(...quoteLines.map((i) => i.x + i.width));
      expect(right).toBeLessThan(pdf.pages[0]!.width - 44);
      expect(normalizeSpace(pdf.text)).toContain('until it ends.”');
    });
  });

  it('sets the speaker beside a one-line quote, and under a longer one', async () => {
    const base = loadSheet('standard-en');
    const short = { ...base.quotes[0]!, text: 'Not one more delay', speaker: 'Ana Ruiz', speakerMention: null };
    const long = { ...base.quotes[0]!, text: `${'A long quotation that keeps going '.repeat(5)}to its end`, speaker: 'Ben Ode', speakerMention: null };
    const { pdf } = await renderSheet({ ...base, quotes: [short, long] }, 'standard');
    const item = (s: string) => pdf.pages[0]!.items.find((i) => i.str.includes(s))!;
    const [quote, speaker] = [item('Not one more delay'), item('Ana Ruiz')];
    expect(Math.abs(quote.y - speaker.y)).toBeLessThan(1);
    expect(speaker.x).toBeGreaterThan(quote.x + quote.width);
    expect(item('Ben Ode').y).toBeLessThan(item('to its end').y - 5);
    expect(textOutsidePage(pdf)).toEqual([]);
  });
});

describe('render: empty and odd sheets', () => {
  it('leaves out empty sections and still renders a sheet with only a title', async () => {
    const base = loadSheet('standard-en');
    const empty: FactSheet = {
      ...base,
      summary: { text: '', spans: [] },
      keyStatements: [],
      quotes: [],
      figures: [],
      dates: [],
      entities: { people: [], organizations: [], places: [] },
      sources: [],
      url: 'javascript:alert(1)',
    };
    const { pdf } = await renderSheet(empty, 'standard');
    expect(pdf.pageCount).toBe(1);
    expect(headingsOf(pdf, resolveTemplate('standard').sections.map((s) => s.title))).toEqual([]);
    expect(has(pdf, base.title)).toBe(true);
    expect(pdf.pages[0]!.links).toEqual([]);
    expect(pdf.outline).toEqual([]);
  });
});

describe('render: any sheet stays inside its margins', () => {
  // Words from many scripts, words longer than a line, characters no font has, stray quotes and spaces.
  const word = fc.oneof(
    fc.constantFrom('the', 'minister', 'said', '“quoted”', "it's", 'Łódź', 'Москва', 'Αθήνα', '₹250', '€4.2m', '東京', '😀', 'שלום', 'x'),
    fc.string({ minLength: 1, maxLength: 12 }),
    // Any code point, lone surrogates and control characters included.
    fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
    fc.string({ minLength: 40, maxLength: 120 }).map((s) => s.replace(/\s/g, 'w')),
  );
  const text = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(' '));
  const sheetArb = fc.record({
    title: text(40),
    publisher: fc.option(text(8), { nil: null }),
    dateline: fc.option(text(6), { nil: null }),
    summary: text(120),
    statements: fc.array(text(80), { maxLength: 12 }),
    quotes: fc.array(fc.record({ q: text(90), who: fc.option(text(4), { nil: null }), as: fc.option(text(12), { nil: null }) }), { maxLength: 8 }),
    figures: fc.array(fc.record({ f: text(4), what: text(30) }), { maxLength: 14 }),
    names: fc.array(text(5), { maxLength: 20 }),
    key: text(30),
  });

  type Generated = typeof sheetArb extends fc.Arbitrary<infer T> ? T : never;
  function toSheet(a: Generated): FactSheet {
    const base = loadSheet('standard-en');
    const at = { paragraph: 3, start: 0, end: 1 };
    return {
      ...base,
      title: a.title,
      publisher: a.publisher,
      dateline: a.dateline,
      summary: { text: a.summary, spans: [at] },
      keyStatements: a.statements.map((t, i) => ({ text: t, score: 1 - i / 100, ...at })),
      quotes: a.quotes.map((q) => ({ text: q.q, speaker: q.who, speakerMention: q.as, ...at })),
      figures: a.figures.map((f) => ({ text: f.f, value: null, unit: null, context: f.what, ...at })),
      entities: { people: a.names.map((n, i) => ({ name: n, mentions: i + 1 })), organizations: [], places: [] },
      input: { ...base.input, key: a.key },
    };
  }

  it('for every template: no text outside the margins, page limits kept', async () => {
    await fc.assert(
      fc.asyncProperty(sheetArb, fc.constantFrom('standard', 'brief', 'detailed'), async (a, name) => {
        const template = resolveTemplate(name);
        const { pdf } = await renderSheet(toSheet(a), name);
        if (template.page.maxPages !== undefined) expect(pdf.pageCount).toBeLessThanOrEqual(template.page.maxPages);
        const m = template.page.margins;
        // A wrapped line keeps its trailing space (tagged PDF), which pdfjs counts in the width: allow one space.
        const space = 3.5;
        for (const page of pdf.pages) {
          for (const item of page.items) {
            expect(item.x, item.str).toBeGreaterThanOrEqual(m.left - 0.5);
            expect(item.x + item.width, item.str).toBeLessThanOrEqual(page.width - m.right + space);
            expect(item.y, item.str).toBeGreaterThanOrEqual(0);
            expect(item.y + item.height, item.str).toBeLessThanOrEqual(page.height);
          }
        }
      }),
      { numRuns: 24, seed: 20261123 },
    );
  });
});
