import { describe, expect, it } from 'vitest';
import { ingest } from '../functions/pipeline/ingest.ts';
import { bracketCredits, stripCredits } from '../functions/pipeline/ingest/boilerplate.ts';
import { isStoppedHeadline } from '../functions/pipeline/ingest/text.ts';
import { DEFAULT_LIMITS } from '../functions/pipeline/limits.ts';
import { makeFactSheet } from '../functions/pipeline/index.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const run = (text: string, key = 'a.txt') => ingest(utf8(text), { key, version: null }, DEFAULT_LIMITS);

const BODY = [
  'The transport board voted on Tuesday to extend the tram line to the harbour, a project worth £210m.',
  'Board chair Helen Okoro said the extension would carry 9,000 passengers a day by 2029.',
  '“This line has been promised for twenty years,” Okoro said. “Now it will be built.”',
  'Opponents on the council said the money should go to buses in the outer estates.',
  'Work is due to begin in the spring, and the board will publish the route in March.',
  'Shop owners near the harbour welcomed the news but asked for help during the works.',
].join('\n\n');

describe('ingest: a headline that ends with a full stop', () => {
  it('takes a short first line alone above the body as the title, not as the lead', () => {
    const a = run(`Transport board backs tram line to harbour, rejects bus plan.\n\n${BODY}\n`);
    expect(a.title).toBe('Transport board backs tram line to harbour, rejects bus plan.');
    expect(a.paragraphs[0]).toMatch(/^The transport board voted/);
    expect(a.paragraphs.some((p) => p.startsWith('Transport board backs'))).toBe(false);
  });

  it('keeps the title out of the key statements and the summary', async () => {
    const { sheet } = await makeFactSheet({ bytes: utf8(`Poll: Voters split on harbour tram line.\n\n${BODY}\n`), key: 'tram.txt' }, { pdf: false });
    expect(sheet.title).toBe('Poll: Voters split on harbour tram line.');
    for (const k of sheet.keyStatements) expect(k.text).not.toMatch(/Voters split/);
    expect(sheet.summary.text).toMatch(/^The transport board voted/);
  });

  it('leaves a one-line story, a lead with its day, a wrapped lead and a quoted lead in the text', () => {
    const only = run('The tram line to the harbour will be built, the board said.\n');
    expect(only.paragraphs).toEqual(['The tram line to the harbour will be built, the board said.']);
    const dated = run(`Two trams collided in the depot on Sunday.\n\n${BODY}\n`);
    expect(dated.paragraphs[0]).toBe('Two trams collided in the depot on Sunday.');
    const wrapped = run(`Two trams collided in the depot after a signal\nfailed, the operator said.\n\n${BODY}\n`);
    expect(wrapped.paragraphs[0]).toBe('Two trams collided in the depot after a signal failed, the operator said.');
    const quoted = run(`“We will rebuild the depot,” the operator said.\n\n${BODY}\n`);
    expect(quoted.paragraphs[0]).toBe('“We will rebuild the depot,” the operator said.');
  });

  it('reads a headline from its form: short, one stop, no closing quotation', () => {
    expect(isStoppedHeadline('Harbour tram line wins board vote.')).toBe(true);
    expect(isStoppedHeadline("'Not again': Depot crash stirs anger over signals.")).toBe(true);
    expect(isStoppedHeadline('Board calls tram plan ‘overdue.’')).toBe(false);
    expect(isStoppedHeadline('Tram plan wins vote...')).toBe(false);
    expect(isStoppedHeadline('Tram plan wins vote')).toBe(false);
    expect(isStoppedHeadline('Trams stopped last night.')).toBe(false);
    expect(isStoppedHeadline(`${'word '.repeat(22)}end.`)).toBe(false);
  });

  it('leaves the short lead of an untitled article in the text: a lead is prose, not headlinese', () => {
    const lead = run(`The transport board has backed a tram line to the harbour.\n\n${BODY}\n`);
    expect(lead.paragraphs[0]).toBe('The transport board has backed a tram line to the harbour.');
    for (const prose of [
      'Tram fares are rising faster than wages.',
      'Harbour shops will close early during the works.',
      'Tram ridership doubled in a year, official figures show.',
      'Shares in Harbour Trams have fallen.',
    ]) {
      expect(isStoppedHeadline(prose)).toBe(false);
    }
    expect(isStoppedHeadline('Update: Board backs harbour tram line.')).toBe(true);
  });
});

describe('ingest: credits and digest headings', () => {
  it('drops bracketed source credits after a sentence, but not an editor’s insertion', () => {
    expect(stripCredits('The depot reopened after the repairs. [Jo Marsh, Harbour Post]')).toBe('The depot reopened after the repairs.');
    expect(stripCredits('Fares will rise in May.” [Transit Weekly.] The board met again.')).toBe('Fares will rise in May.” The board met again.');
    expect(stripCredits('He said she would resign. [She] should have gone sooner, he added.')).toBe('He said she would resign. [She] should have gone sooner, he added.');
    expect(stripCredits('The fare is [about] £3.')).toBe('The fare is [about] £3.');
    expect(stripCredits('The depot reopened. (Reporting by Jo Marsh; Editing by Sam Reid.)')).toBe('The depot reopened.');
    expect(stripCredits('The depot reopened (reporting by the board shows).')).toBe('The depot reopened (reporting by the board shows).');
  });

  it('drops a shouted heading run into the item under it, never a dateline or a heading before a quotation', () => {
    expect(stripCredits('TRAM LINE GETS GREEN LIGHT The board voted on Tuesday to extend the line.')).toBe('The board voted on Tuesday to extend the line.');
    for (const keep of [
      'PORT ELLEN, Islay — The board voted on Tuesday.',
      'NEW YORK (AP) — The board voted on Tuesday.',
      'SAN JOSE, Calif. The board voted on Tuesday.',
      'TRAM LINE GETS GREEN LIGHT “We waited twenty years,” the chair said.',
      'A US firm won the contract.',
    ]) {
      expect(stripCredits(keep)).toBe(keep);
    }
  });

  it('drops a tweet’s embed links but keeps its words', () => {
    expect(stripCredits('Trams are back on the harbour line! pic.twitter.com/Ab12Cd — Harbour Trams (@harbourtrams) May 2, 2025.')).toBe(
      'Trams are back on the harbour line! — Harbour Trams (@harbourtrams) May 2, 2025.',
    );
    expect(stripCredits('Read the plan https://t.co/Xy9Z8 today.')).toBe('Read the plan today.');
    expect(stripCredits('New trams in #harbour https://t.co/Xy9Z8 pic.twitter.com/Ab12Cd.')).toBe('New trams in #harbour.');
    expect(stripCredits('Trams are back.https://t.co/Xy9Z8— Harbour Trams (@harbourtrams) May 2, 2025.')).toBe('Trams are back. — Harbour Trams (@harbourtrams) May 2, 2025.');
    expect(stripCredits('It will save £10m a year.“ [Harbour Post]')).toBe('It will save £10m a year.“');
  });

  it('drops a wire credit line, a line that was only a credit, the site’s call to its reader and an update note', () => {
    const tail = [
      '[Harbour Post]',
      '(Reporting by Jo Marsh in Port Ellen; Editing by Sam Reid.)',
      'For more video news from the Harbour Post, check out our morning briefing.',
      'For more, sign up for the Harbour Post newsletter.',
      'This story has been updated to include comments from the operator.',
      'For more than ten years the harbour has waited for trams.',
    ].join('\n\n');
    const a = run(`Tram line approved\n\n${BODY}\n\n${tail}\n`);
    expect(a.paragraphs.some((p) => /Reporting by|\[Harbour Post\]|check out|sign up|has been updated/.test(p))).toBe(false);
    expect(a.paragraphs.at(-1)).toBe('For more than ten years the harbour has waited for trams.');
    expect(a.paragraphs.at(-2)).toMatch(/^Shop owners/);
  });

  it('keeps what the removed bracketed credits named, for the sheet’s sources', async () => {
    expect(bracketCredits('The depot reopened. [Jo Marsh, Harbour Post] The board met.')).toEqual(['Jo Marsh, Harbour Post']);
    expect(bracketCredits('[Transit Weekly | Paywall]')).toEqual(['Transit Weekly | Paywall']);
    expect(bracketCredits('He said she would resign. [She] should have gone sooner.')).toEqual([]);
    const digest = [
      'Harbour digest',
      'TRAM LINE GETS GREEN LIGHT The board voted on Tuesday to extend the tram line to the ferry terminal by 2027. [HPX.]',
      'Fares on the line will rise by 5 percent in May, the operator said in a letter to passengers on Monday. [Transit Weekly | Paywall]',
      'Shop owners on the quay said they expected more visitors once the works were finished. [Jo Marsh.]',
      'Early figures show that ridership doubled on weekends and fell slightly on weekdays. [Weekend figures, Weekday figures.]',
      'The council has promised to publish the full costs before the works begin next spring. [Jo Marsh, Harbour Post]',
    ].join('\n\n');
    const { sheet } = await makeFactSheet({ bytes: utf8(`${digest}\n`), key: 'digest.txt' }, { pdf: false });
    expect(sheet.sources).toEqual(['HPX', 'Transit Weekly', 'Harbour Post']);
    expect(sheet.keyStatements.length).toBe(5);
    expect(sheet.keyStatements.filter((k) => /\[|Paywall/.test(k.text))).toEqual([]);
  });

  it('drops a wire credit line at the end of the text', () => {
    const a = run(`Tram line approved\n\n${BODY}\n\n[Harbour Post]\n\n(Reporting by Jo Marsh in Port Ellen; Editing by Sam Reid.)\n`);
    expect(a.paragraphs.some((p) => /Reporting by|\[Harbour Post\]/.test(p))).toBe(false);
    expect(a.paragraphs.at(-1)).toMatch(/^Shop owners/);
  });
});
