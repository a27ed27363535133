import { describe, expect, it } from 'vitest';
import { pronounSubjects, type KnownNames } from '../functions/pipeline/extract/figure-subjects.ts';
import { extractFigures } from '../functions/pipeline/extract/figures.ts';
import { pairQuotes } from '../functions/pipeline/extract/quotes.ts';
import { splitSentences } from '../functions/pipeline/extract/sentences.ts';
import { genderOfName, peopleIndex } from '../functions/pipeline/extract/names.ts';

const names: KnownNames = { people: [{ name: 'Peter Grant' }, { name: 'Maria Olsen' }], organizations: [{ name: 'Norland Power' }] };
const contextOf = (text: string, figure: string, known: KnownNames = names) => extractFigures(text, splitSentences(text), known).find((f) => f.text === figure)?.context;

describe('pronounSubjects: one reader per article, its state passed in', () => {
  const quoted = 'Peter Grant was blunt on Friday.\n\n“The board knows the record. When he raised $3m for the port,\n\n“nobody asked where it went,” a donor said.';

  it('reads the quotations it is given: a pronoun inside one is the speaker\'s', () => {
    expect(contextOf(quoted, '$3m')).toBe('raised for port');
    // The same text with the paired quotations passed in, as extract/index.ts does.
    const paragraphStarts = [0, ...[...quoted.matchAll(/\n\n/g)].map((m) => m.index + 2)];
    expect(contextOf(quoted, '$3m', { ...names, quotes: pairQuotes(quoted, paragraphStarts) })).toBe('raised for port');
    // Told there are no quotations, the rules take the pronoun for the article's own: the spans decide.
    expect(contextOf(quoted, '$3m', { ...names, quotes: [] })).toBe('Peter Grant raised for port');
  });

  it('keeps no state between articles: the same names read differently in two texts', () => {
    const a = 'Peter Grant toured the port. He raised $2m for the harbour.';
    const b = 'Peter Grant met Maria Olsen. She raised $2m for the harbour.';
    for (let round = 0; round < 2; round++) {
      expect(contextOf(a, '$2m')).toBe('Peter Grant raised for harbour');
      expect(contextOf(b, '$2m')).toBe('Maria Olsen raised for harbour');
    }
  });

  it('without names every context stays as it is', () => {
    const text = 'Peter Grant toured the port. He raised $2m for the harbour.';
    const namer = pronounSubjects(text, splitSentences(text), undefined);
    expect(namer(1, text.indexOf('$2m'), 'raised')).toBe('raised');
    expect(pronounSubjects(text, splitSentences(text), names)(1, text.indexOf('$2m'), 'raised')).toBe('Peter Grant raised');
  });
});

describe('the name rules it shares with speakers.ts (names.ts)', () => {
  it('genderOfName: a full name by its first name, a title by its words, a lone word only when asked', () => {
    expect(genderOfName('Maria Olsen', ['mr'])).toBe('f'); // the first name outweighs a namesake's title
    expect(genderOfName('Olsen', ['', 'mrs'])).toBe('f');
    expect(genderOfName('Olsen', ['chief spokesman'])).toBe('m');
    expect(genderOfName('James', [])).toBe('m');
    expect(genderOfName('James', [], false)).toBeNull();
  });

  it('peopleIndex: exact in any case, then by surname (suffixes aside), then by any word; else the name itself', () => {
    const toPeople = peopleIndex([{ name: 'Peter Grant' }, { name: 'Barack Obama' }, { name: 'Michelle Obama' }]);
    expect(toPeople('peter grant')).toBe('Peter Grant');
    expect(toPeople('Grant')).toBe('Peter Grant');
    expect(toPeople('Peter Grant Jr.')).toBe('Peter Grant');
    expect(toPeople('Obama', (full) => full.startsWith('Michelle'))).toBe('Michelle Obama');
    expect(toPeople('Jane Doe')).toBe('Jane Doe');
  });

  it('peopleIndex: given the text, a bare surname is the namesake named in full first, not the most mentioned', () => {
    const brothers = [{ name: 'Freddy Marsh' }, { name: 'Daniel J. Marsh' }]; // Freddy most mentioned
    const text = 'Daniel J. Marsh is running. His brother Freddy Marsh flew planes. Freddy laughed. Mr. Marsh said so.';
    expect(peopleIndex(brothers, text)('Marsh')).toBe('Daniel J. Marsh');
    // Without the text the list's order (most mentioned first) decides; a name never written in full keeps its place.
    expect(peopleIndex(brothers)('Marsh')).toBe('Freddy Marsh');
    expect(peopleIndex([{ name: 'Ann Marsh' }, ...brothers], text)('Marsh')).toBe('Daniel J. Marsh');
  });

  it('a title before the surname gives the gender of a one-word name', () => {
    const holt: KnownNames = { people: [{ name: 'Holt' }], organizations: [] };
    expect(contextOf('Mrs Holt toured the port on Monday. She raised $2m for the harbour.', '$2m', holt)).toBe('Holt raised for harbour');
    expect(contextOf('Mrs Holt toured the port on Monday. He raised $2m for the harbour.', '$2m', holt)).toBe('raised for harbour');
  });

  it('a party opening a sentence is no unlisted name; another capitalised opener written mid-sentence may be', () => {
    for (const party of ['Green', 'Labour', 'Republican']) {
      expect(contextOf(`Peter Grant spoke with the ${party} candidate. ${party} activists cheered. He raised $2m for the harbour.`, '$2m')).toBe('Peter Grant raised for harbour');
    }
    expect(contextOf('Peter Grant spoke with the Walker candidate. Walker activists cheered. He raised $2m for the harbour.', '$2m')).toBe('raised for harbour');
  });
});

describe('"it"/"they" after a name that reports of itself, or after a place opening the sentence before', () => {
  const known: KnownNames = { people: [{ name: 'Peter Grant' }], organizations: [{ name: 'Norland Power' }, { name: 'Harbour Trust' }], places: [{ name: 'Vestmark' }, { name: 'Wales' }] };
  it('names the reporting verb\'s subject, one name, an organisation or a place', () => {
    expect(contextOf('Shares slid as Norland Power said last week it would pay $85m to settle the claims.', '$85m', known)).toMatch(/^Norland Power pay/);
    expect(contextOf('The market fell after Vestmark said it expected repayments of $3bn this year.', '$3bn', known)).toMatch(/^Vestmark expected/);
    expect(contextOf('Norland Power has said all along that they want $4m for the site.', '$4m', known)).toMatch(/^Norland Power want/);
    expect(contextOf('Wales say they will pay £150,000 for the striker.', '£150,000', known)).toMatch(/^Wales pay/);
  });
  it('leaves the verb bare when the name is only part of the subject, or the verb does not agree', () => {
    expect(contextOf('The bank and Vestmark said they expected repayments of $3bn.', '$3bn', known)).not.toMatch(/Vestmark/);
    expect(contextOf('Vestmark said they expected repayments of $3bn.', '$3bn', known)).not.toMatch(/Vestmark/);
  });
  it('"it" opening a sentence is a place that opened the sentence before; "they" is not', () => {
    expect(contextOf('Vestmark will boost state spending next year. It has earmarked $96bn for roads.', '$96bn', known)).toMatch(/^Vestmark earmarked/);
    expect(contextOf('Vestmark will boost state spending next year. They have earmarked $96bn for roads.', '$96bn', known)).not.toMatch(/Vestmark/);
  });
});

describe('"It" opening a sentence after one that opens with "The <noun>" and its verb', () => {
  const none: KnownNames = { people: [], organizations: [] };
  it('names the subject head, in the number the pronoun asks for', () => {
    expect(contextOf('The krona has weakened sharply since May. It has lost 6% against the euro.', '6%', none)).toMatch(/^krona lost/);
    expect(contextOf('The claim asks the court to halt the sale. It also seeks damages of $50,000.', '$50,000', none)).toMatch(/^claim seeks damages/);
    expect(contextOf('The growers have appealed for help. They raised $80,000 last winter.', '$80,000', none)).toMatch(/^growers raised/);
  });
  it('leaves an owner, a count word, or a pronoun of the other number bare', () => {
    expect(contextOf("The fund's manager has resigned. It has lost 6% this year.", '6%', none)).not.toMatch(/fund|manager/);
    expect(contextOf('The number of buyers has fallen. It has lost 6% this year.', '6%', none)).not.toMatch(/number/);
    expect(contextOf('The growers have appealed for help. It raised $80,000 last winter.', '$80,000', none)).not.toMatch(/growers/);
  });
});

describe('"it" later in a sentence whose subject is "The <noun>", nothing else between', () => {
  const none: KnownNames = { people: [], organizations: [] };
  it('after a linking word or a reporting verb', () => {
    expect(contextOf('The krona has weakened sharply since May when it traded about $1.20 to the euro.', 'about $1.20', none)).toMatch(/^krona traded/);
    expect(contextOf('The company said it expected profits to be about £138m.', 'about £138m', none)).toMatch(/^company expected profits/);
  });
  it('not when another thing or a name is written between', () => {
    expect(contextOf('The company bought the mill when it traded about $1.20 to the euro.', 'about $1.20', none)).not.toMatch(/company/);
    expect(contextOf('The company told Reuters that it expected profits to be about £138m.', 'about £138m', none)).not.toMatch(/company/);
  });
});
