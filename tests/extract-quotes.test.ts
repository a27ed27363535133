import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities, recaseLowered } from '../functions/pipeline/extract/entities.ts';
import { extractQuotes, pairQuotationMarks } from '../functions/pipeline/extract/quotes.ts';
import { lowerTokenised } from '../eval/metrics.ts';

const fixture = (name: string): string => readFileSync(path.join(import.meta.dirname, 'fixtures/quotes', name), 'utf8');
const starts = (text: string): number[] => [0, ...[...text.matchAll(/\n\s*\n/g)].map((m) => m.index + m[0].length)];
const quotesOf = (text: string, max = 100) => extractQuotes(text, starts(text), extractEntities(text, starts(text)).people, max);

describe('extractQuotes: pairing', () => {
  const text = fixture('norway-minister.txt');
  const { quotes } = quotesOf(text);

  it('returns the words inside the marks, at their offsets, with the paragraph index', () => {
    const ps = starts(text);
    expect(quotes.length).toBeGreaterThan(5);
    for (const q of quotes) {
      expect(q.text).toBe(text.slice(q.start, q.end));
      expect(q.text).not.toMatch(/^["“”]|["“”]$/);
      expect(ps[q.paragraph]).toBeLessThanOrEqual(q.start);
      expect((ps[q.paragraph + 1] ?? Infinity) > q.start).toBe(true);
    }
  });

  it('pairs curly and straight marks and keeps multi-sentence quotes whole', () => {
    expect(quotes[0]?.text).toBe('We have agreed with our partners to meet again in Tromsø. Nobody wants another season without rules');
    expect(quotes.some((q) => q.text.startsWith('The fleets need certainty'))).toBe(true);
  });

  it('merges a quote that runs over two paragraphs', () => {
    const merged = quotes.find((q) => q.text.startsWith('I have heard this before'));
    expect(merged?.text).toContain('the boats stay in port.');
    expect(merged?.text).toContain('What we need is a signed agreement');
  });

  it('skips scare quotes of one or two words, keeps fragments inside a sentence', () => {
    expect(quotes.some((q) => q.text === 'paper tiger' || q.text === 'theatre')).toBe(false);
    expect(quotes.some((q) => q.text.startsWith('the protection of spawning grounds'))).toBe(true);
  });

  it('keeps every occurrence of a repeated quote (the ranking dedupes statements)', () => {
    const repeated = quotes.filter((q) => q.text.startsWith('We have agreed with our partners'));
    expect(repeated).toHaveLength(2);
    expect(repeated[0]?.start).not.toBe(repeated[1]?.start);
  });

  it('never chokes on unbalanced marks or inch marks', () => {
    const t = fixture('unbalanced.txt');
    const r = quotesOf(t);
    expect(r.quotes.map((q) => q.text)).toEqual([
      'a good day for the harbour and everyone who works there.',
      "This budget is bigger than last year's, and it is still not enough.",
      'nobody measured it properly before the contract was signed.',
    ]);
    expect(r.warnings.join(' ')).toMatch(/without a partner/);
  });

  it('survives marks only, and text with no marks', () => {
    expect(quotesOf('""""“”“').quotes).toEqual([]);
    expect(quotesOf('No quotes here at all.').quotes).toEqual([]);
    expect(pairQuotationMarks('', [0])).toEqual([]);
  });
});

describe('extractQuotes: a word quoted inside a quote in the same straight marks', () => {
  const text =
    'The club chairman Alan Reid said: "I want to set the record straight. "At that meeting the player admitted he had planned to "fake" an injury in training. "He is paid very well and his behaviour was unacceptable." Reid said the fine would stand.';

  it('keeps the outer quote whole and gives every part of it to its speaker', () => {
    const quotes = quotesOf(text).quotes;
    const admitted = quotes.find((q) => q.text.startsWith('At that meeting'));
    expect(admitted?.text).toContain('"fake" an injury');
    expect(admitted?.speaker).toBe('Alan Reid');
    expect(quotes.find((q) => q.text.startsWith('He is paid'))?.speaker).toBe('Alan Reid');
    expect(quotes.some((q) => q.text === 'fake')).toBe(false);
  });

  it('still closes a quote at a mark followed by a new sentence', () => {
    const two = 'He said: "It was over." "We move on," the coach added.';
    expect(quotesOf(two).quotes.map((q) => q.text)).toEqual(['It was over.', 'We move on']);
  });
});

describe('extractQuotes: lower-cased, tokenised text', () => {
  it('pairs ``…\'\' marks and still finds and resolves the speakers', () => {
    const t = [
      'foreign minister sergey lavrov met officials in kabul on monday .',
      "`` we maintain working contacts with the new authorities , '' lavrov said .",
      "`` the humanitarian sphere is becoming an urgent area , '' he added .",
    ].join('\n\n');
    const { people } = extractEntities(t, starts(t));
    expect(people).toEqual([{ name: 'sergey lavrov', mentions: 2 }]);
    const { quotes } = extractQuotes(t, starts(t), people, 10);
    expect(quotes.map((q) => [q.text, q.speaker, q.speakerMention])).toEqual([
      ['we maintain working contacts with the new authorities', 'sergey lavrov', 'lavrov'],
      ['the humanitarian sphere is becoming an urgent area', 'sergey lavrov', 'he'],
    ]);
  });
});

describe('extractQuotes: lower-cased text without a title before the names', () => {
  const t = [
    'mayor lena brandt and harbour chief tom reyes met in dayton on monday .',
    '“ the channel must be dredged before winter , ” brandt said .',
    'reyes disagreed . “ we have no money for that this year , ” said reyes .',
    'donald pike , a local fisherman , said the boats “ cannot wait another season . ”',
    '“ it is a question of jobs , ” he added .',
  ].join('\n\n');
  const { people } = extractEntities(t, starts(t));
  const { quotes } = extractQuotes(t, starts(t), people, 10);

  it('finds the names the text shows to be names, and keeps the article\'s lower-case words', () => {
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['lena brandt', 'tom reyes', 'donald pike']));
  });

  it('attributes "x said", "said x", "x, a …, said" and "he added" as in cased text', () => {
    expect(quotes.map((q) => [q.speakerMention, q.speaker])).toEqual([
      ['brandt', 'lena brandt'],
      ['reyes', 'tom reyes'],
      ['donald pike , a local fisherman', 'donald pike'],
      ['he', 'donald pike'],
    ]);
  });
});

describe('recaseLowered', () => {
  it('gives newswire capitals to sentence starts, places, nationalities and learned names, keeping the length', () => {
    const t = 'foreign minister sergey lavrov spoke in moscow . the russian side , lavrov said , wants talks . i agree .';
    const r = recaseLowered(t);
    expect(r).toHaveLength(t.length);
    expect(r).toBe('Foreign Minister Sergey Lavrov spoke in Moscow . The Russian side , Lavrov said , wants talks . I agree .');
  });

  it('learns a name that opens a sentence before a speech verb, or is set off by a description', () => {
    const t = 'the vote was close . hennessey acknowledged the risk . dana bystrom added nothing . later, murphy , the head of the port board , spoke .';
    expect(recaseLowered(t)).toBe('The vote was close . Hennessey acknowledged the risk . Dana Bystrom added nothing . Later, Murphy , the head of the port board , spoke .');
  });

  it('does not make common words into names', () => {
    const t = 'the campaign said it would appeal . officials said the ruling was wrong .';
    expect(recaseLowered(t)).toBe('The campaign said it would appeal . Officials said the ruling was wrong .');
  });
});

describe('extractQuotes: any input', () => {
  const piece = fc.constantFrom('"', '“', '”', "''", '``', '„', '«', '»', "'", 'said', 'he', 'she', 'Anna Berg', 'the minister', ',', '.', '?', ' ', ' ', ' ', 'words', 'more words here', '\n\n', '\n', ':', '—', '(', ')', 'U.S.', 'Mr.');
  it('never throws, and every quote is its own slice of the text, inside its paragraph', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const ps = starts(text);
        const { people } = extractEntities(text, ps);
        const { quotes } = extractQuotes(text, ps, people, 50);
        for (const q of quotes) {
          expect(q.start).toBeLessThan(q.end);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(ps[q.paragraph]).toBeLessThanOrEqual(q.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('extractQuotes: limits and scale', () => {
  const many = Array.from({ length: 20_000 }, (_, i) => `"Quote number ${i} is here," Anna Berg said.`).join('\n\n');

  it('drops quotes beyond maxQuotes with a warning', () => {
    const r = extractQuotes(many, starts(many), [{ name: 'Anna Berg', mentions: 1 }], 50);
    expect(r.quotes).toHaveLength(50);
    expect(r.warnings.join(' ')).toMatch(/only the first 50 kept/);
  });

  it('handles 20,000 quotes in bounded time', () => {
    const t0 = performance.now();
    const r = extractQuotes(many, starts(many), [{ name: 'Anna Berg', mentions: 1 }], 20_000);
    const ms = performance.now() - t0;
    expect(r.quotes).toHaveLength(20_000);
    expect(r.quotes[19_999]?.speaker).toBe('Anna Berg');
    expect(ms).toBeLessThan(20_000); // generous sanity bound; speed is measured in the benchmarks
  });

  it('handles 20,000 unbalanced marks without quadratic blow-up', () => {
    const t = 'He said "yes and then'.repeat(20_000);
    const t0 = performance.now();
    extractQuotes(t, [0], [], 100);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});

const seeds = path.resolve(import.meta.dirname, '../../shared/corpus/seeds');
describe.runIf(existsSync(seeds))('extractQuotes on the seed articles', () => {
  const seed = (f: string): string => readFileSync(path.join(seeds, f), 'utf8');

  it('attributes "We maintain working contacts…" to Sergey Lavrov', () => {
    const { quotes } = quotesOf(seed('000_41ce63c9e59dfd44.txt'));
    const q = quotes.find((x) => x.text.startsWith('We maintain working contacts'));
    expect(q?.speaker).toBe('Sergey Lavrov');
    expect(q?.speakerMention).toBe('the Russian Foreign Minister');
    expect(quotes.every((x) => x.speaker === 'Sergey Lavrov')).toBe(true);
  });

  it('attributes the "real power" quote to Sergey Lavrov as "the top Russian diplomat"', () => {
    const { quotes } = quotesOf(seed('004_2fc46c062b82a8b9.txt'));
    const q = quotes.find((x) => x.text.includes('real power'));
    expect(q?.speaker).toBe('Sergey Lavrov');
    expect(q?.speakerMention).toBe('the top Russian diplomat');
    expect(quotes.some((x) => x.text.startsWith('the fulfillment of their own promises'))).toBe(true);
  });
});

describe('PolNeAR scorer (eval/polnear.ts) on a written brat fixture', () => {
  it('parses discontinuous spans, uses the first annotator, and scores recall, precision and speakers', async () => {
    const { evaluatePolnear, formatPolnearReport } = await import('../eval/polnear.ts');
    const r = await evaluatePolnear(path.join(import.meta.dirname, 'fixtures/quotes/polnear'));
    expect(r.splits.map((s) => s.split)).toEqual(['train']);
    const s = r.splits[0]!;
    expect(s.articles).toBe(1);
    expect(s.ours.speech).toMatchObject({ gold: 2, found: 2, predicted: 2, correct: 2, withSource: 2, speakerRight: 2 });
    expect(s.ours.anyMark).toMatchObject({ gold: 3, found: 2 }); // the "paper tiger" scare quote is not a quote for us
    expect(s.baseline.speech).toMatchObject({ gold: 2, found: 2, predicted: 3 });
    expect(formatPolnearReport(r)).toMatch(/train\s+ours\s+speech\s+2\s+100\.0%/);
  });

  it('names the source by surname and first name, in capitals or lower-cased', async () => {
    const { namesSamePerson } = await import('../eval/polnear.ts');
    expect(namesSamePerson('Donald Trump', 'Mr. Trump')).toBe(true);
    expect(namesSamePerson('Bill Clinton', 'Hillary Clinton')).toBe(false);
    expect(namesSamePerson('donald trump', 'mr. trump')).toBe(true);
    expect(namesSamePerson('donald trump', 'the new york businessman')).toBe(false);
    expect(namesSamePerson('bill clinton', 'former secretary of state hillary clinton')).toBe(false);
  });
});

describe('lower-cased text: a quote ending in "?" or "!" inside its attribution sentence', () => {
  const text = 'the council met on tuesday.\n\n“who is really paying for the new bridge?” asked councillor ruth okafor, reading from the budget.';

  it('recasing leaves the word after “…?” as it came, so the inverted verb stays a verb', () => {
    const recased = recaseLowered(text);
    expect(recased.length).toBe(text.length);
    expect(recased).toContain('?” asked');
    // A full stop still opens a sentence.
    expect(recased.startsWith('The council met')).toBe(true);
  });

  it('recasing leaves the word after a bracket closed on an abbreviation, and after “…!”', () => {
    expect(recaseLowered('rep. jo amesbury (d-ore.) said it was over. “stop this now!” the mayor shouted.')).toContain('Rep. Jo Amesbury (d-ore.) said it was over. “Stop this now!” the mayor');
  });

  it('attributes “…?” asked X in lower-cased text', () => {
    const q = quotesOf(text).quotes.find((x) => x.text.startsWith('who is really'));
    expect(q?.speakerMention).toBe('councillor ruth okafor');
  });
});

describe('lower-cased text: a party label in parentheses inside the attribution', () => {
  it('attributes “…,” rep. x (d-ore.) said', () => {
    const text = '“we will get the bridge built before the winter,” rep. jo amesbury (d-ore.) said. the vote is on friday.';
    expect(quotesOf(text).quotes[0]?.speakerMention).toBe('rep. jo amesbury');
  });
});

describe('lower-cased text: a one-word speaker and an unlisted verb closing the sentence', () => {
  it('attributes “…?” okafor pressed.', () => {
    const text = 'the hearing ran late.\n\n“would the toll be negotiable at all?” okafor pressed. the minister did not answer.';
    expect(quotesOf(text).quotes[0]?.speakerMention).toBe('okafor');
  });
});

describe('recaseLowered: names the lower-cased text shows to be names', () => {
  it('learns a surname after a first name from the longer lists, with initials around it', () => {
    const r = recaseLowered('the board met. ruth a. okafor chaired it, and t. gerald mbeki took notes. dana whitcombe left early.');
    expect(r).toContain('Ruth A. Okafor chaired');
    expect(r).toContain('T. Gerald Mbeki took');
    expect(r).toContain('Dana Whitcombe left');
  });

  it('takes a surname that is also a title word when punctuation closes the name', () => {
    expect(recaseLowered('the vote was close, said nina judge, a teacher.')).toContain('said Nina Judge, a teacher');
  });

  it('learns a name set off by an age, a "who" clause or a long description', () => {
    const r = recaseLowered('the port reopened. halvorsen, 61, watched. vera lundqvist, who runs the ferry, waved. olsen, the regional port authority director, spoke.');
    expect(r).toContain('Halvorsen, 61');
    expect(r).toContain('Vera Lundqvist, who');
    expect(r).toContain('Olsen, the regional');
  });

  it('learns the name after an inverted verb that follows a quote, initials included', () => {
    expect(recaseLowered('“the fares will rise,” wrote kevin d. ostrowski. later ostrowski left.')).toContain('wrote Kevin D. Ostrowski. Later Ostrowski left');
  });

  it('but not the object of a verb that opens its clause ("asked questions.")', () => {
    expect(recaseLowered('she asked questions. then she left.')).toBe('She asked questions. Then she left.');
  });

  it('learns the name signing a quote after a dash, and the source of "according to" and "as X put it"', () => {
    const r = recaseLowered('“the ferry is late again.” ― tove lindqvist\n\nthe fares rose, according to the lantern. as vellacourt put it, the town pays.');
    expect(r).toContain('” ― Tove Lindqvist');
    expect(r).toContain('according to the Lantern.');
    expect(r).toContain('As Vellacourt put it');
  });

  it('leaves plural nouns after "according to", and adverbs in -ly after a name', () => {
    const r = recaseLowered('the fares rose, according to estimates. gov. ada morrow awkwardly tried to explain.');
    expect(r).toContain('according to estimates.');
    expect(r).toContain('Gov. Ada Morrow awkwardly tried');
  });

  it('keeps names in -lly that adverbs do not end in, and leaves mass nouns after "according to"', () => {
    const r = recaseLowered('“the ferry will run,” said skelly, and megyn kelly formally agreed. according to data, fares rose.');
    expect(r).toContain('said Skelly, and Megyn Kelly formally agreed');
    expect(r).toContain('According to data,');
  });

  it('reads tokenised text the same: spaces before punctuation, `` \'\' marks and a -- dash', () => {
    const r = recaseLowered("the vote was close , said nina judge , a teacher . `` the ferry is late . '' -- tove lindqvist\n\nhalvorsen , 61 , watched .");
    expect(r).toContain('said Nina Judge , a teacher');
    expect(r).toContain("'' -- Tove Lindqvist");
    expect(r).toContain('Halvorsen , 61 , watched');
  });

  it('capitalises well-known acronym organisations and outlets', () => {
    const r = recaseLowered('the fbi opened a file, cnn reported.');
    expect(r).toContain('The Fbi opened');
    expect(r).toContain('Cnn reported');
  });
});

describe('extractQuotes: single quotation marks (British style)', () => {
  const text = fixture('british-single-marks.txt');
  const { quotes } = quotesOf(text);
  const texts = quotes.map((q) => q.text);

  it('pairs ‘…’ and straight single marks, with apostrophes inside words left alone', () => {
    expect(texts).toContain('I have given this harbour eleven years and I am proud of the staff’s work');
    expect(texts).toContain('But the board and I no longer agree on where the money should go.');
    // A possessive after s inside a quote ("the islanders' livelihoods") does not close it.
    expect(texts).toContain("We thank Moira for everything she has done for the islanders' livelihoods");
    for (const q of quotes) expect(q.text).toBe(text.slice(q.start, q.end));
  });

  it('attributes them as double-quoted speech is attributed', () => {
    const speakerOf = (start: string): string | null | undefined => quotes.find((q) => q.text.startsWith(start))?.speaker;
    expect(speakerOf('I have given')).toBe('Moira Galbraith');
    expect(speakerOf('But the board')).toBe('Moira Galbraith');
    expect(speakerOf('We thank Moira')).toBe('Alasdair Reid');
    expect(speakerOf('The ferry will run')).toBe('Alasdair Reid');
  });

  it('takes an elision (’90s) for no mark, a quoted name closed after s for a closed quote, and scare quotes for no speech', () => {
    expect(texts.some((q) => q.startsWith('90s'))).toBe(false);
    // ‘The Skerrin Rovers’ closes at the mark after "Rovers" (nothing later in its paragraph closes it).
    expect(texts.some((q) => q.includes('after the war'))).toBe(false);
    expect(texts).not.toContain('a disgrace');
  });

  it('carries a quote left open at a paragraph end into a paragraph that opens with a mark', () => {
    const merged = quotes.find((q) => q.text.startsWith('The ferry will run on Sundays'));
    expect(merged?.text).toContain('We will publish the new timetable next week.');
  });

  it('pairs them in lower-cased, tokenised text too, where a closing mark stands alone and clitics are split off', () => {
    const lowered = lowerTokenised(text);
    expect(lowered).toContain("i have given this harbour eleven years and i am proud of the staff 's work , '");
    const r = quotesOf(lowered);
    const letters = (q: string): string => q.toLowerCase().replace(/[^a-z]/g, '');
    // Every quote of the published text, with the same words (a quoted name without its capitals reads as speech).
    expect(r.quotes.map((q) => letters(q.text))).toEqual(expect.arrayContaining(quotes.map((q) => letters(q.text))));
    expect(r.quotes.find((q) => q.text.startsWith('we thank moira'))?.speaker).toMatch(/reid$/);
    expect(r.quotes[0]?.speaker).toMatch(/galbraith$/);
  });

  it('takes a short story with one single-quoted quotation and no double marks as single-marked', () => {
    const t = "Another neighbour, Richard Rhoades, said he ran outside. 'I just wanted to stay with him,' he said.";
    expect(quotesOf(t).quotes.map((q) => [q.text, q.speaker])).toEqual([['I just wanted to stay with him', 'Richard Rhoades']]);
  });

  it('keeps double marks for articles that quote with them, nested single quotes inside left as text', () => {
    const t = '"We were told \'no more cuts\' by the minister in March," said the union secretary, Ewan Bell.';
    expect(quotesOf(t).quotes.map((q) => q.text)).toEqual(["We were told 'no more cuts' by the minister in March"]);
  });
});
