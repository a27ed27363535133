import { describe, expect, it } from 'vitest';
import { ingest } from '../functions/pipeline/ingest.ts';
import { extract } from '../functions/pipeline/extract/index.ts';
import { DEFAULT_LIMITS } from '../functions/pipeline/limits.ts';
import { casual, ParsingContext, type ParsedResult } from 'chrono-node';
import { dateParser, extractDates } from '../functions/pipeline/extract/dates.ts';
import { splitSentences } from '../functions/pipeline/extract/sentences.ts';

const dates = (text: string, published: string | null) => extractDates(text, splitSentences(text), published);

describe('extractDates', () => {
  const text = 'In the period from August 26 to December 1, 770 people were evacuated. Aid arrived in November. The talks resume next week.';

  it('reads "from August 26 to December 1" as one range, resolved against the article date', () => {
    const ds = dates(text, '2022-01-20');
    const range = ds[0]!;
    expect(range).toMatchObject({ text: 'from August 26 to December 1', iso: '2021-08-26', isoEnd: '2021-12-01' });
    expect(text.slice(range.start, range.end)).toBe(range.text);
    expect(range.context).toBe('In the period from August 26 to December 1, 770 people were evacuated.');
    expect(ds.filter((d) => /August|December/.test(d.text))).toHaveLength(1);
  });

  it('resolves relative dates against the article date', () => {
    const ds = dates(text, '2022-01-20');
    expect(ds.find((d) => d.text === 'November')?.iso).toBe('2021-11-01');
    // A week is Monday to Sunday (20 January 2022 was a Thursday).
    expect(ds.find((d) => d.text === 'next week')).toMatchObject({ iso: '2022-01-24', isoEnd: '2022-01-30' });
  });

  it('does not guess a year without the article date, but resolves dates that state theirs', () => {
    const ds = dates(`${text} The treaty was signed on 5 March 2023.`, null);
    expect(ds.find((d) => d.text.includes('August'))?.iso).toBeNull();
    expect(ds.find((d) => d.text === 'next week')?.iso).toBeNull();
    expect(ds.find((d) => d.text === '5 March 2023')?.iso).toBe('2023-03-05');
  });

  it('joins "between March 3 and March 5, 2024" into one range', () => {
    const ds = dates('The talks took place between March 3 and March 5, 2024.', '2024-06-01');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ iso: '2024-03-03', isoEnd: '2024-03-05' });
    // Without the article's date the start still takes the year the end states.
    expect(dates('The talks took place between March 3 and March 5, 2024.', null)[0]).toMatchObject({ iso: '2024-03-03', isoEnd: '2024-03-05' });
  });

  it('does not read durations as dates: "for six hours", "after 30 days", "a couple of days before"', () => {
    const t = 'The crews worked for six hours on Friday. The permit lapses after 30 days. A couple of days before the vote, the mayor spoke for a week. The odds were 7/5.';
    expect(dates(t, '2024-06-05').map((d) => d.text)).toEqual(['Friday']);
  });

  it('uses the published date the ingest finds as the reference for the whole sheet', () => {
    const article = 'Harbour reopens\n\nPublished: 12 March 2025\n\nThe harbour reopened on Monday, two weeks ago the storm hit.';
    const sheet = extract(ingest(new TextEncoder().encode(article), { key: 'harbour.txt', version: null }, DEFAULT_LIMITS), DEFAULT_LIMITS);
    expect(sheet.published).toBe('2025-03-12');
    expect(sheet.dates.find((d) => d.text === 'Monday')?.iso).toBe('2025-03-10');
    expect(sheet.dates.find((d) => d.text === 'two weeks ago')?.iso).toBe('2025-02-26');
  });

  it('reads a month and the year words that place it as one date: "August last year", "last April", "March this year"', () => {
    const t = 'The council took over in August last year. The depot closed last April and reopened next March. Fares rose in May this year. We met on 5 May last year. Rates rose between November 2019 and August last year.';
    const ds = dates(t, '2021-02-10');
    expect(ds.map((d) => [d.text, d.iso, d.isoEnd])).toEqual([
      ['August last year', '2020-08-01', '2020-08-31'],
      ['last April', '2020-04-01', '2020-04-30'],
      ['next March', '2021-03-01', '2021-03-31'],
      ['May this year', '2021-05-01', '2021-05-31'],
      ['5 May last year', '2020-05-05', null],
      ['between November 2019 and August last year', '2019-11-01', '2020-08-31'],
    ]);
    for (const d of ds) expect(t.slice(d.start, d.end)).toBe(d.text);
    // Without the article's date they are still one item each, and unresolved.
    expect(dates(t, null).map((d) => [d.text, d.iso])).toEqual([
      ['August last year', null],
      ['last April', null],
      ['next March', null],
      ['May this year', null],
      ['5 May last year', null],
      ['between November 2019 and August last year', '2019-11-01'],
    ]);
  });

  it('"last year" and "next month" are that whole year or month, not a day a year or month from the article date', () => {
    const ds = dates('Sales fell last year and may rise next month. Over the past year, costs grew. Prices peaked on 3 March.', '2021-06-17');
    // A whole year or month is the range of its days (the sheet prints "2020", "Jul 2021"); a rolling year is
    // the twelve months to the article's date.
    expect(ds.map((d) => [d.text, d.iso, d.isoEnd])).toEqual([
      ['last year', '2020-01-01', '2020-12-31'],
      ['next month', '2021-07-01', '2021-07-31'],
      ['the past year', '2020-06-17', '2021-06-17'],
      ['3 March', '2021-03-03', null],
    ]);
  });

  it('places "the last week of 2019" in its year, not around the article date', () => {
    const ds = dates('The ferry ran late during the last week of 2019.', '2021-02-10');
    expect(ds.map((d) => [d.text, d.iso])).toEqual([['last week of 2019', '2019-12-25']]);
  });

  it('leaves out what chrono takes along: a dash, the verb "may", a programme called "This Morning"', () => {
    const t = 'Prices - rising 2% in January - worried buyers. Profits in 2020 may fall. The mayor told BBC This Morning on Monday that she would stay. They march on Friday. The NYC Pride March drew crowds, as did the March of Hope.';
    expect(dates(t, '2021-02-10').map((d) => [d.text, d.iso])).toEqual([
      ['January', '2021-01-01'],
      ['2020', '2020-01-01'],
      ['Monday', '2021-02-08'],
      ['Friday', '2021-02-12'],
    ]);
  });

  it('resolves against a date line at the top when no publication date came with the article', () => {
    const article = 'Harbour reopens\n\nUpdated 09:40 GMT, 12 March 2025\n\nThe harbour reopened on Monday. The storm hit in August last year.';
    const sheet = extract(ingest(new TextEncoder().encode(article), { key: 'harbour.txt', version: null }, DEFAULT_LIMITS), DEFAULT_LIMITS);
    expect(sheet.dates.find((d) => d.text === 'Monday')?.iso).toBe('2025-03-10');
    expect(sheet.dates.find((d) => d.text === 'August last year')?.iso).toBe('2024-08-01');
    // A full date inside a sentence of the story is what it tells, not when it was written.
    const story = 'Harbour reopens\n\nThe harbour, built on 5 March 1990, reopened on Monday.';
    const plain = extract(ingest(new TextEncoder().encode(story), { key: 'story.txt', version: null }, DEFAULT_LIMITS), DEFAULT_LIMITS);
    expect(plain.dates.find((d) => d.text === 'Monday')?.iso).toBeNull();
  });

  it('reads "this week", "last week" and "next week" as Monday to Sunday, "earlier this week" up to the article date', () => {
    // 15 December 2015 was a Tuesday.
    const t = 'The party last week was his first. The vote is next week. Talks began earlier this week. A deal may come later this week. Rain is due this week.';
    expect(dates(t, '2015-12-15').map((d) => [d.text, d.iso, d.isoEnd])).toEqual([
      ['last week', '2015-12-07', '2015-12-13'],
      ['next week', '2015-12-21', '2015-12-27'],
      ['this week', '2015-12-14', '2015-12-15'],
      ['this week', '2015-12-15', '2015-12-20'],
      ['this week', '2015-12-14', '2015-12-20'],
    ]);
  });

  it('resolves a bare weekday or month backward in the past tense and forward in the future tense', () => {
    // 25 February 2016 was a Thursday. chrono alone puts each on the nearest one, either side.
    const t =
      'Jeb Bush, who dropped out on Saturday, endorsed no one. The House will vote on Monday. Mr. Cruz told reporters on Monday that he would stay. ' +
      'The summit will be held on 2 March. The rally was held in December. She wants to win the November election. He won the caucuses on Saturday. Applicants were due to file by February 20.';
    expect(dates(t, '2016-02-25').map((d) => [d.text, d.iso, d.isoEnd])).toEqual([
      ['Saturday', '2016-02-20', null],
      ['Monday', '2016-02-29', null],
      ['Monday', '2016-02-22', null],
      ['2 March', '2016-03-02', null],
      ['December', '2015-12-01', '2015-12-31'],
      ['November', '2016-11-01', '2016-11-30'],
      ['Saturday', '2016-02-20', null],
      ['February 20', '2016-02-20', null],
    ]);
    // With no word for the tense, chrono's nearest reading stands; the article's own day is both.
    expect(dates('The talks end on Thursday. Fares rise in December.', '2016-02-25').map((d) => d.iso)).toEqual(['2016-02-25', '2015-12-01']);
    expect(dates('He will speak on Thursday.', '2016-02-25').map((d) => d.iso)).toEqual(['2016-02-25']);
  });

  it('reads the tense only from the words that govern the date', () => {
    // 25 February 2016 was a Thursday. Each of these reads wrong if the nearest tense word anywhere decides:
    // "was set to", "called", "will" after the rally, "later", "contested", and "passed" three words before "Friday".
    const t =
      'Trump was set to headline Saturday in Albuquerque. Cross called November\'s election a test. The rally Monday will matter. ' +
      'He replied later Monday. It would set the stage for a contested convention in July. Cruz on Tuesday called it off. ' +
      'The new law, passed last year, takes effect Friday. Shops closed after Tuesday\'s storm.';
    expect(dates(t, '2016-02-25').map((d) => [d.text, d.iso])).toEqual([
      ['Saturday', '2016-02-20'],
      ['November', '2015-11-01'],
      ['Monday', '2016-02-22'],
      ['Monday', '2016-02-22'],
      ['July', '2016-07-01'],
      ['Tuesday', '2016-02-23'],
      ['last year', '2015-01-01'],
      ['Friday', '2016-02-26'],
      ['Tuesday', '2016-02-23'],
    ]);
    // A passive's "be" may lie before the reach: "be decided at the convention in July" is not past.
    expect(dates('The nominee will almost certainly be decided at the convention in July.', '2016-02-25').map((d) => d.iso)).toEqual(['2016-07-01']);
  });

  it('does not read papers and programmes as dates: "USA TODAY", the Today programme, "This Week", the Sunday Times', () => {
    const t =
      'He told USA TODAY and NBC\'s Today show that he would run. She said on ABC\'s This Week that she had not. His show Lopez Tonight ended. ' +
      'He told the Sunday Times and the Mail on Sunday, then Fox News Sunday, that he was leaving. Today he left. “Tonight we celebrate,” he said.';
    expect(dates(t, '2016-02-25').map((d) => [d.text, d.iso])).toEqual([
      ['Today', '2016-02-25'],
      ['Tonight', '2016-02-25'],
    ]);
  });

  it('lists a named day ("Super Tuesday", "Black Friday") whole and unresolved', () => {
    const ds = dates('Polls were unclear before Super Tuesday. Shops opened early on Black Friday. Results came on Wednesday.', '2016-03-02');
    expect(ds.map((d) => [d.text, d.iso])).toEqual([
      ['Super Tuesday', null],
      ['Black Friday', null],
      ['Wednesday', '2016-03-02'],
    ]);
  });

  it('does not read someone\'s year as the article\'s: "his last year in office"', () => {
    const ds = dates('He held 25 parties in 2008, his last year in office. The firm\'s next year looks hard. Sales fell last year.', '2015-12-15');
    expect(ds.map((d) => d.text)).toEqual(['2008', 'last year']);
  });

  it('reads "the weekend of 9 and 10 July" as one range', () => {
    const ds = dates('Bands will play over the weekend of 9 and 10 July.', '2005-03-01');
    expect(ds.map((d) => [d.text, d.iso, d.isoEnd])).toEqual([['9 and 10 July', '2005-07-09', '2005-07-10']]);
  });

  it('reads "the past three months", "the last two years", "the next two weeks" as ranges ending or starting at the article date', () => {
    const t = 'Sales rose over the past three months and the last two years. We will wait for the next two weeks. In the past 12 months it fell. ' +
      'The last week of 2019 was wet. The next day he left. Over the past years it grew. The next two years he spent abroad.';
    expect(dates(t, '2016-03-31').map((d) => [d.text, d.iso, d.isoEnd])).toEqual([
      ['the past three months', '2015-12-31', '2016-03-31'],
      ['the last two years', '2014-03-31', '2016-03-31'],
      ['the next two weeks', '2016-03-31', '2016-04-14'],
      ['the past 12 months', '2015-03-31', '2016-03-31'],
      ['last week of 2019', '2019-12-25', null],
    ]);
    // Without the article's date a stretch is listed unresolved.
    expect(dates('Sales rose over the past three months.', null).map((d) => [d.text, d.iso])).toEqual([['the past three months', null]]);
  });

  it('ends a range to a whole month with that month: "from March to May", "between August and November 2001"', () => {
    const t = 'Rates rose from March to May. The site was online between August and November 2001. Talks ran from March 3 to May 5.';
    expect(dates(t, '2016-06-16').map((d) => [d.text, d.iso, d.isoEnd])).toEqual([
      ['from March to May', '2016-03-01', '2016-05-31'],
      ['between August and November 2001', '2001-08-01', '2001-11-30'],
      ['from March 3 to May 5', '2016-03-03', '2016-05-05'],
    ]);
    // Without the article's date the start of "between March and October 2004" came out in 2005; it takes the end's year.
    expect(dates('He accessed the system between March and October 2004.', null).map((d) => [d.iso, d.isoEnd])).toEqual([['2004-03-01', '2004-10-31']]);
  });

  it('reads "the Sept. 11 attacks" as 2001, "this past week" as a stretch, and "the last few years of my marriage" as no date', () => {
    const t = 'He voted for the war after the Sept. 11 terrorist attacks. Cruz went after Trump this past week. ' +
      '“In the last few years of my marriage, he was unfaithful,” she wrote on Thursday.';
    expect(dates(t, '2016-03-16').map((d) => [d.text, d.iso, d.isoEnd])).toEqual([
      ['Sept. 11', '2001-09-11', null],
      ['this past week', '2016-03-09', '2016-03-16'],
      ['Thursday', '2016-03-10', null],
    ]);
    // "last week of" a name, with no "the" before it, is still last week.
    expect(dates('The collapse last week of China Aviation Oil hurt.', '2005-01-10').map((d) => [d.text, d.iso])).toEqual([['last week', '2005-01-03']]);
  });

  it('does not read counts, "now" or "may" as dates', () => {
    const ds = dates('The council voted 31 to 12 on Tuesday. Now it may appeal.', '2024-06-05');
    expect(ds.map((d) => [d.text, d.iso])).toEqual([['Tuesday', '2024-06-04']]);
  });
});

describe('the date parser (chrono casual with its "ago"/"later" patterns compiled cheaply)', () => {
  // Written for this test: every suffix of both patterns, chained units, abbreviations, a near miss ("agony"),
  // curly quotes (a two-byte string), and a unit run longer than chrono's ten repeats.
  const sentences = [
    'Three years ago the plant closed; two days later it reopened, and a week after that it closed again.',
    'The deal was signed 5 years, 2 months and 3 days before March 3, 2024, officials said.',
    '“Six months ago” we met, she said — four years before 2020 — and 10 minutes earlier the vote ended.',
    'Two weeks from now, 3 days henceforth, a year forward and 10 mins out the rules change.',
    'About 2 hrs ago, a couple of days later, several weeks before the election, half an hour after noon.',
    'The agony of 3 days, the laterals of 2 weeks and the afterglow of a year are not dates.',
    `It started ${Array.from({ length: 13 }, (_, i) => `${i + 1} days`).join(', ')} ago.`,
    'Talks ended on Tuesday; 1d 2h later the deal was off, 7y before that it began.',
  ];
  const shape = (rs: ParsedResult[]) =>
    rs.map((r) => ({ index: r.index, text: r.text, start: r.start.date().toISOString(), end: r.end?.date().toISOString() ?? null }));

  it('finds what chrono\'s casual parser finds, with the same text, offsets and dates', () => {
    const ref = new Date('2024-03-05T12:00:00Z');
    let relative = 0;
    for (const s of sentences) {
      const ours = shape(dateParser.parse(s, ref));
      expect(ours, s).toEqual(shape(casual.parse(s, ref)));
      relative += ours.filter((r) => /ago|later|before|after|earlier|from now|henceforth|forward|out/i.test(r.text)).length;
    }
    // The sentences exercise the rewritten patterns, not only the others.
    expect(relative).toBeGreaterThanOrEqual(12);
  });

  it('has both slow patterns rewritten (a chrono upgrade that changes them would silently bring the cost back)', () => {
    const context = new ParsingContext('two days ago, three weeks later', new Date());
    const rewritten = dateParser.parsers.filter((p) => /\(\?=\\s\{0,5\}\(\?:(?:ago|later)\|/.test(p.pattern(context).source));
    expect(rewritten).toHaveLength(2);
  });

  it('does not run the two patterns over a text that lacks their suffix, and finds the same dates as chrono there', () => {
    const plain = 'The plant closed for 3 years, 2 months on Tuesday; the agony of 3 days, the laterals of 2 weeks.';
    const context = new ParsingContext(plain, new Date());
    const rewritten = dateParser.parsers.filter((p) => /\(\?=\\s\{0,5\}\(\?:(?:ago|later)\|/.test(p.pattern(context).source));
    expect(rewritten).toHaveLength(0);
    const ref = new Date('2024-03-05T12:00:00Z');
    expect(shape(dateParser.parse(plain, ref))).toEqual(shape(casual.parse(plain, ref)));
    expect(dateParser.parse(plain, ref).length).toBeGreaterThan(0);
  });

  it('reads a year after a word that places something in time as the whole of that year', () => {
    const t = 'The boatyard opened in 2005 and has lost money since 2019. It hopes to break even by mid-2030. Fees rose from 2011 to 2015.';
    expect(dates(t, '2026-03-02').map((d) => [d.text, d.iso, d.isoEnd])).toEqual([
      ['2005', '2005-01-01', '2005-12-31'],
      ['2019', '2019-01-01', '2019-12-31'],
      ['2030', '2030-01-01', '2030-12-31'],
      ['from 2011 to 2015', '2011-01-01', '2015-12-31'],
    ]);
    // Without the article's date a stated year is still certain.
    expect(dates('The pier was rebuilt in 1998.', null).map((d) => d.iso)).toEqual(['1998-01-01']);
  });

  it('leaves alone years that are counts, decades, or part of a month already read', () => {
    const t = 'The 2005 regatta drew 2,005 sailors and 2005 guests. Rents doubled in the 1990s. She won by 2000 votes. The quay shut in March 2004.';
    expect(dates(t, '2026-03-02').map((d) => [d.text, d.iso])).toEqual([['March 2004', '2004-03-01']]);
  });

  it('leaves a figurative "today" or "tomorrow" inside a quotation unresolved, and resolves a literal one', () => {
    const t = '“Today, we are all ferry passengers,” the mayor said. The ballot closes tomorrow. He added: "Tomorrow belongs to the harbour. The quay is not what it was, even today." The count is today.';
    expect(dates(t, '2026-03-02').map((d) => [d.text, d.iso])).toEqual([
      ['Today', null],
      ['tomorrow', '2026-03-03'],
      ['Tomorrow', null],
      ['today', null],
      ['today', '2026-03-02'],
    ]);
    // A day named inside a quotation is still a day.
    expect(dates('“I wrote to the harbour master today,” she said.', '2026-03-02').map((d) => d.iso)).toEqual(['2026-03-02']);
  });
});
