import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../functions/pipeline/ingest.ts';
import { FactsheetError } from '../functions/pipeline/errors.ts';
import { DEFAULT_LIMITS, type Limits } from '../functions/pipeline/limits.ts';
import type { InputErrorCode } from '../functions/pipeline/errors.ts';

const fixture = (name: string): Uint8Array => readFileSync(path.join(import.meta.dirname, 'fixtures/articles', name));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const run = (bytes: Uint8Array, key = 'a.txt', limits: Limits = DEFAULT_LIMITS) => ingest(bytes, { key, version: null }, limits);

function codeOf(fn: () => unknown): InputErrorCode | 'no error' {
  try {
    fn();
    return 'no error';
  } catch (err) {
    if (err instanceof FactsheetError) return err.code;
    throw err;
  }
}

const ARTICLE = 'Bridge reopens after repairs\n\nThe old bridge over the river reopened on Monday after eight months of repairs, the city said.\n\nTraffic was light in the morning.\n';

describe('ingest: decoding', () => {
  it('reads UTF-8 with and without a BOM, the same text', () => {
    const plain = run(utf8(ARTICLE));
    const bom = run(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARTICLE)]));
    expect(bom.paragraphs).toEqual(plain.paragraphs);
    expect(bom.title).toBe('Bridge reopens after repairs');
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(ARTICLE, 'utf16le')]);
    const swapped = Buffer.from(ARTICLE, 'utf16le');
    swapped.swap16();
    const be = new Uint8Array([0xfe, 0xff, ...swapped]);
    expect(run(le).paragraphs).toEqual(run(utf8(ARTICLE)).paragraphs);
    expect(run(be).paragraphs).toEqual(run(utf8(ARTICLE)).paragraphs);
  });

  it('decodes Windows-1252 text (curly quotes 0x93/0x94, é) instead of rejecting it', () => {
    const latin = 'Caf\xe9 owners protest\n\n\x93We will stay open,\x94 said the owner of the caf\xe9 in the old town on Friday.\n';
    const bytes = new Uint8Array([...latin].map((c) => c.charCodeAt(0)));
    const a = run(bytes);
    expect(a.title).toBe('Café owners protest');
    expect(a.paragraphs[0]).toBe('“We will stay open,” said the owner of the café in the old town on Friday.');
  });

  it('rejects binary input as NOT_TEXT', () => {
    expect(codeOf(() => run(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))).toBe('NOT_TEXT');
    expect(codeOf(() => run(utf8('%PDF-1.7\n1 0 obj')))).toBe('NOT_TEXT');
    expect(codeOf(() => run(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toBe('NOT_TEXT');
    expect(codeOf(() => run(new Uint8Array([...utf8('Some text'), 0, ...utf8(' and more')])))).toBe('NOT_TEXT');
    expect(codeOf(() => run(new Uint8Array(200).map((_, i) => 1 + (i % 8))))).toBe('NOT_TEXT');
  });

  it('rejects empty and whitespace-only input as EMPTY', () => {
    expect(codeOf(() => run(new Uint8Array()))).toBe('EMPTY');
    expect(codeOf(() => run(utf8(' \n\t\r\n  ')))).toBe('EMPTY');
    expect(codeOf(() => run(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a])))).toBe('EMPTY');
  });

  it('rejects oversize input as TOO_LARGE before looking at its content', () => {
    // Binary content: if the size were not checked first this would be NOT_TEXT.
    const big = new Uint8Array(2048).fill(0);
    expect(codeOf(() => run(big, 'a.txt', { ...DEFAULT_LIMITS, maxBytes: 1024 }))).toBe('TOO_LARGE');
  });

  it('accepts .txt, .md, .markdown, .html, .htm and nothing else', () => {
    expect(run(utf8(ARTICLE), 'x/A.TXT').input.format).toBe('txt');
    expect(run(utf8(`# T\n\n${ARTICLE}`), 'a.markdown').input.format).toBe('md');
    expect(run(utf8(`<p>${ARTICLE}</p>`), 'a.htm').input.format).toBe('html');
    for (const key of ['a.pdf', 'a.docx', 'noext', 'a.txt.gz', 'a.json']) {
      expect(codeOf(() => run(utf8(ARTICLE), key))).toBe('UNSUPPORTED_TYPE');
    }
  });

  it('says NO_CONTENT when only furniture is left', () => {
    expect(codeOf(() => run(utf8('<html><head><title>T</title><script>var a = 1;</script></head><body><nav>Home</nav></body></html>'), 'a.html'))).toBe('NO_CONTENT');
    expect(codeOf(() => run(utf8('Headline\n\nRelated Stories\n\nNo stories found.\n\nX\nwww.example.com\n')))).toBe('NO_CONTENT');
  });

  it('records size and sha256 of the bytes', () => {
    const bytes = utf8(ARTICLE);
    const a = ingest(bytes, { key: 'a.txt', version: 'v1' }, DEFAULT_LIMITS);
    expect(a.input).toMatchObject({ key: 'a.txt', format: 'txt', bytes: bytes.length, version: 'v1' });
    expect(a.input.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('ingest: plain text cleaning', () => {
  const a = run(fixture('aid-convoy.txt'), 'aid-convoy.txt');
  const text = a.paragraphs.join('\n\n');

  it('takes the title from the first line and keeps it out of the text', () => {
    expect(a.title).toBe('Norway pledges new aid convoy as talks on Sudan corridor stall');
    expect(text).not.toContain('talks on Sudan corridor stall');
  });

  it('drops photo captions with credits, even when repeated', () => {
    expect(text).not.toContain('(File | AP)');
    expect(a.paragraphs).not.toContain('Norwegian Foreign Minister Ingrid Solberg');
  });

  it('drops markup an export left in the text, keeping what it wraps; a line of tags alone goes, and a section label', () => {
    const body = [
      'Harbour fees rise',
      'The port raised its fees on Monday, the harbour board said.',
      '<tweet tweet-id="1029384756"><tweet/>.',
      'The board posted <a href="https://example.org/fees" target="_blank">the new tariff</a> online.',
      '<tweet author="@harbourboard" date="May 2, 2024">Fees go up from June.</tweet>.',
      'Costs rose if x <y and z> w, the board added.',
      'TOP STORIES.',
    ].join('\n\n');
    const r = run(utf8(body));
    expect(r.paragraphs).toEqual([
      'The port raised its fees on Monday, the harbour board said.',
      'The board posted the new tariff online.',
      'Fees go up from June.',
      'Costs rose if x <y and z> w, the board added.',
    ]);
  });

  it('drops web furniture: related stories, "No stories found.", lone X, site name and URL', () => {
    for (const junk of ['Related Stories', 'No stories found', 'www.dailyledger.com', 'The Daily Ledger']) expect(text).not.toContain(junk);
    expect(a.paragraphs).not.toContain('X');
  });

  it('turns the trailing site name into the publisher', () => {
    expect(a.publisher).toBe('The Daily Ledger');
  });

  it('lifts the dateline into metadata and out of the text', () => {
    expect(a.dateline).toBe('OSLO');
    expect(a.paragraphs[1]).toMatch(/^Norwegian Foreign Minister Ingrid Solberg has said/);
    expect(text).not.toContain('OSLO:');
  });

  it('dates the story from a wire dateline that carries a year, and only then', () => {
    const story = 'The harbour authority said the ferry would resume its crossings next week after repairs to the ramp.';
    const dated = run(utf8(`Ferry to resume crossings\n\nBERGEN, Norway, Mar. 4, 2025 (Reuters) - ${story}\n`));
    expect(dated.dateline).toBe('BERGEN, Norway');
    expect(dated.published).toBe('2025-03-04');
    expect(dated.paragraphs[0]).toBe(story);
    const noYear = run(utf8(`Ferry to resume crossings\n\nBERGEN, Mar. 4 (Reuters) - ${story}\n`));
    expect(noYear.dateline).toBe('BERGEN');
    expect(noYear.published).toBeNull();
  });

  it('keeps every article paragraph, with no newline inside a paragraph', () => {
    expect(a.paragraphs).toHaveLength(9);
    for (const p of a.paragraphs) expect(p).not.toMatch(/\n/);
    expect(a.language).toBe('en');
  });

  it('drops a line repeated verbatim but keeps the first', () => {
    const line = 'The ministry confirmed the figures on Monday in a short statement to the press.';
    const b = run(utf8(`Title here\n\n${line}\n\nAnother paragraph follows with more detail about the plan.\n\n${line}\n`));
    expect(b.paragraphs.filter((p) => p === line)).toHaveLength(1);
    expect(b.paragraphs).toHaveLength(2);
  });

  it('uses the lead when the first line is a paragraph, not a headline', () => {
    const lead = 'The Taliban-run government in Kabul has real power over most of the country, even though pockets of resistance remain in the north, the foreign minister said at his annual news conference on Thursday.';
    const b = run(utf8(`${lead}\n\nSecond paragraph of the story, with more detail.\n`));
    expect(b.paragraphs[0]).toBe(lead);
    expect(b.title.length).toBeLessThanOrEqual(111);
    expect(lead.startsWith(b.title.replace(/…$/, ''))).toBe(true);
  });

  it('keeps a short first line that ends like a sentence as the lead, not the title', () => {
    const b = run(utf8('Ten people were killed in floods on Monday.\n\nRescue teams reached the valley by nightfall.\n'));
    expect(b.paragraphs).toEqual(['Ten people were killed in floods on Monday.', 'Rescue teams reached the valley by nightfall.']);
    expect(b.title).toBe('Ten people were killed in floods on Monday');
  });

  it('takes a Title Case first line as the title even when it ends with a full stop, and drops "Read the rest here."', () => {
    const b = run(utf8('Mayor Wins Second Term After Tight Race in Harbour City.\n\nThe mayor won a second term on Sunday by 412 votes.\n\nRead the rest here.\n'));
    expect(b.title).toBe('Mayor Wins Second Term After Tight Race in Harbour City.');
    expect(b.paragraphs).toEqual(['The mayor won a second term on Sunday by 412 votes.']);
  });

  it('never takes a byline for the title: the lead gives it, and "By the numbers: …" stays a headline', () => {
    const lead = 'A lorry driver was jailed on Friday for causing the death of a cyclist on a busy road.';
    for (const byline of ['By . Press Association Reporter', 'By JANE DOE and TOM LEE for MailOnline', 'By Maria Okafor']) {
      const b = run(utf8(`${byline}\n\n${lead}\n\nThe judge said the driver had been using his phone.\n`));
      expect(b.title).toBe(lead.slice(0, -1));
      expect(b.paragraphs[0]).toBe(lead);
    }
    const h = run(utf8('By the numbers: what the budget means for you\n\nThe chancellor set out the budget on Wednesday.\n'));
    expect(h.title).toBe('By the numbers: what the budget means for you');
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const wrapped = 'Storm warning\n\nThe weather service warned on Sunday that gale force winds\nwould reach the northern coast by the evening, and told\nresidents to stay indoors until the storm had passed.\n';
    const b = run(utf8(wrapped));
    expect(b.paragraphs).toEqual([
      'The weather service warned on Sunday that gale force winds would reach the northern coast by the evening, and told residents to stay indoors until the storm had passed.',
    ]);
  });

  it('drops paragraphs beyond the limit with a warning', () => {
    const many = `Title\n\n${Array.from({ length: 30 }, (_, i) => `Paragraph number ${i + 1} says something.`).join('\n\n')}\n`;
    const b = run(utf8(many), 'a.txt', { ...DEFAULT_LIMITS, maxParagraphs: 10 });
    expect(b.paragraphs).toHaveLength(10);
    expect(b.warnings.join(' ')).toMatch(/30 paragraphs.*first 10/);
  });

  it('reads "Published:" stamps as the date and removes them', () => {
    const b = run(utf8('Council votes on budget\n\nPublished: 12 March 2024, 10:05 IST\n\nThe council approved the budget on Tuesday after a long debate.\n'));
    expect(b.published).toBe('2024-03-12');
    expect(b.paragraphs).toEqual(['The council approved the budget on Tuesday after a long debate.']);
  });
});

describe('ingest: markdown', () => {
  const a = run(fixture('harbour.md'), 'news/harbour.md');

  it('reads front matter: title, date, publisher, url', () => {
    expect(a.title).toBe('Harbour authority approves £40m sea wall');
    expect(a.published).toBe('2025-03-14');
    expect(a.publisher).toBe('Coastal Herald');
    expect(a.url).toBe('https://example.org/news/harbour-sea-wall');
  });

  it('reduces inline markup to text and leaves out headings, images and code', () => {
    expect(a.paragraphs[0]).toBe(
      'The harbour authority in Portwell voted on Thursday to build a £40m sea wall after storms flooded the old town twice last winter.',
    );
    const text = a.paragraphs.join('\n');
    for (const gone of ['Background', '![', 'quay.jpg', 'code block', '**', '](', '# Harbour']) expect(text).not.toContain(gone);
    expect(a.paragraphs).toContain('Work is due to start in June and finish by late 2027.');
    expect(a.paragraphs).toContain('"We cannot keep rebuilding the same streets every spring," Okafor said.');
  });

  it('takes the # heading as the title when there is no front matter', () => {
    const b = run(utf8('# Dock strike ends\n\nWorkers at the port returned on Monday after a week-long strike over pay.\n'), 'a.md');
    expect(b.title).toBe('Dock strike ends');
    expect(b.paragraphs).toEqual(['Workers at the port returned on Monday after a week-long strike over pay.']);
  });
});

describe('ingest: HTML', () => {
  const a = run(fixture('council.html'), 'council.html');
  const text = a.paragraphs.join('\n\n');

  it('reads title, publisher, canonical url and published date from the head', () => {
    expect(a.title).toBe('City council backs tram extension');
    expect(a.publisher).toBe('Riverside Gazette');
    expect(a.url).toBe('https://gazette.example.com/news/tram-extension');
    expect(a.published).toBe('2024-06-05');
  });

  it('keeps the story and nothing executed or decorative', () => {
    for (const gone of ['SCRIPT TEXT', 'STYLE TEXT', 'NAV TEXT', 'ASIDE TEXT', 'FOOTER TEXT', 'Share on', 'Photo | Reuters', 'By Tomas Reyes']) {
      expect(text).not.toContain(gone);
    }
    expect(a.paragraphs[0]).toMatch(/^The city council voted 31 to 12 on Tuesday/);
    expect(text).toContain('The extension will cost £210m');
    expect(text).toContain('“This is the single most important transport decision');
    expect(text).toContain('city’s commuters');
    expect(a.paragraphs).toHaveLength(4);
  });

  it('takes the <title> when there is no h1, cutting a "| Site" suffix but not a dash inside the title', () => {
    const page = (title: string) => utf8(`<title>${title}</title><p>The storm reached the coast on Monday night, officials said.</p>`);
    expect(run(page('Storm hits coast | Daily Post'), 'a.html').title).toBe('Storm hits coast');
    expect(run(page('Brexit - what happens next'), 'a.html').title).toBe('Brexit - what happens next');
  });

  it('drops blocks that are nearly all links (menus, lists of other stories) but keeps prose with a link', () => {
    const page = utf8(`<body><div><a href="/a">Markets</a> | <a href="/b">Politics</a> | <a href="/c">Sport</a></div>
      <p>The central bank raised rates to 5% on Thursday, its <a href="/x">third rise</a> this year, citing stubborn inflation.</p>
      <ul><li><a href="/s1">Bank chief warns of slow growth ahead</a></li><li><a href="/s2">Why mortgage rates keep rising</a></li></ul>
      <p>Economists had expected the move after last month's figures.</p></body>`);
    expect(run(page, 'a.html').paragraphs).toEqual([
      'The central bank raised rates to 5% on Thursday, its third rise this year, citing stubborn inflation.',
      "Economists had expected the move after last month's figures.",
    ]);
  });

  it('survives 20,000 nested elements', () => {
    const deep = `<html><body>${'<div>'.repeat(20_000)}<p>Deep inside the page the mayor announced a new park for the district.</p>${'</div>'.repeat(20_000)}</body></html>`;
    const started = performance.now();
    const b = run(utf8(deep), 'deep.html');
    expect(b.paragraphs).toEqual(['Deep inside the page the mayor announced a new park for the district.']);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('survives a 6 MB single line', () => {
    const sentence = 'The <b>council</b> met again and the <a href="x">vote</a> was delayed once more. ';
    const line = `<html><body><p>${sentence.repeat(Math.ceil((6 * 1024 * 1024) / sentence.length))}</p></body></html>`;
    const started = performance.now();
    const b = run(utf8(line), 'long.html');
    expect(b.paragraphs).toHaveLength(1);
    expect(b.paragraphs[0]!.startsWith('The council met again and the vote was delayed once more.')).toBe(true);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('survives hostile markdown and text lines of 6 MB', () => {
    const md = `# T\n\n${'[a](b '.repeat(300_000)}**${'_x'.repeat(500_000)}\n`;
    const started = performance.now();
    expect(run(utf8(md), 'x.md').paragraphs).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
