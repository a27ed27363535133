import { describe, expect, it } from 'vitest';
import { OPENING, orderOpening, RANK_WEIGHTS, scoreSentences, selectStatements, statementCount, type RankSentence } from '../functions/pipeline/extract/rank.ts';
import { noFacts, sentencesOf } from './helpers/rank-sentences.ts';

const STORY = [
  'The city council approved a new flood defence plan for the river district on Monday.',
  'The weather was mild and a few people walked their dogs along the embankment.',
  'The flood defence plan will raise the river walls and add pumps to the district drains.',
  'Residents of the river district have asked the council for flood defences since the 2019 floods.',
  'A bakery on the corner sold out of bread by noon.',
  'Council engineers said the flood walls and pumps should protect the district from a once-a-century flood.',
  'Local football results were mixed at the weekend.',
];

describe('scoreSentences', () => {
  it('ranks central sentences above off-topic ones', () => {
    const ss = sentencesOf(STORY);
    const scores = scoreSentences(ss, 'Council approves flood defences', noFacts(ss.length));
    const rankOf = (needle: string) => [...scores].sort((a, b) => b - a).indexOf(scores[ss.findIndex((s) => s.text.includes(needle))]!);
    for (const onTopic of ['flood defence plan will raise', 'Council engineers said']) {
      for (const offTopic of ['bakery', 'football', 'weather was mild']) expect(rankOf(onTopic)).toBeLessThan(rankOf(offTopic));
    }
  });

  it('gives the lead a head start over an equally central later sentence', () => {
    const same = 'The port reopened after the strike ended with a pay deal for dock workers.';
    const ss = sentencesOf([same, 'Dock workers at the port voted for the pay deal.', 'The strike at the port lasted a week.', same.replace('The port', 'Later the port')]);
    const scores = scoreSentences(ss, '', noFacts(ss.length));
    expect(scores[0]!).toBeGreaterThan(scores[3]!);
  });

  it('puts the lede first: the first opening sentence that states something, not a question', () => {
    const ss = sentencesOf([
      'Is the river finally under control?',
      'The city council approved a new flood defence plan for the river district on Monday.',
      ...STORY.slice(1),
    ]);
    const chosen = selectStatements(ss, scoreSentences(ss, '', noFacts(ss.length)), 5);
    expect(ss[chosen[0]!.index]!.text).toBe('The city council approved a new flood defence plan for the river district on Monday.');
  });

  it('passes over an opening quotation for the lede, with curly marks or tokenised `` \'\' marks', () => {
    const quote = 'We will rebuild every single home on this street before the winter comes, whatever it costs us';
    for (const [open, close, lower] of [['“', '”', false], ['`` ', " ''", true]] as const) {
      const paragraphs = [`${open}${quote},${close} the mayor said.`, ...STORY].map((p) => (lower ? p.toLowerCase() : p));
      const ss = sentencesOf(paragraphs);
      const scores = scoreSentences(ss, '', noFacts(ss.length));
      // The lede bonus goes to the council sentence, not to the quotation before it.
      const flat = scoreSentences(ss, '', noFacts(ss.length), { ...RANK_WEIGHTS, lede: 0 });
      expect(scores[0]).toBe(flat[0]);
      expect(scores[1]!).toBeGreaterThan(flat[1]!);
    }
  });

  it('rewards fact density: names, figures and quotes', () => {
    const ss = sentencesOf(['Officials met in the capital to discuss the budget.', 'Officials met in the capital to discuss the budget.']);
    const scores = scoreSentences(ss, '', [{ names: 0, figures: 0, quotes: 0 }, { names: 2, figures: 2, quotes: 1 }]);
    const flat = scoreSentences(ss, '', noFacts(2));
    expect(scores[0]).toBe(flat[0]);
    expect(scores[1]!).toBeGreaterThan(flat[1]!);
  });

  it('ranks a fragment that continues an earlier quotation below the same words standing alone', () => {
    const ss = sentencesOf(['Officials met in the capital to discuss the budget.', 'Officials met in the capital to discuss the budget.']);
    const scores = scoreSentences(ss, '', [{ names: 0, figures: 0, quotes: 0 }, { names: 0, figures: 0, quotes: 0, midQuote: true }]);
    const flat = scoreSentences(ss, '', noFacts(2));
    expect(scores[1]!).toBeLessThan(flat[1]!);
  });

  it('ranks a question below the same words stated, quoted or tokenised alike', () => {
    for (const question of ['Will the flood walls protect the district?', '“Will the flood walls protect the district?”', "`` will the flood walls protect the district ? ''"]) {
      const ss = sentencesOf([STORY[0]!, STORY[2]!, question, 'The flood walls will protect the district.', STORY[5]!]);
      const scores = scoreSentences(ss, '', noFacts(ss.length));
      const asked = ss.findIndex((s) => s.text === question);
      const stated = ss.findIndex((s) => s.text === 'The flood walls will protect the district.');
      // The statement comes later, so without the penalty the question's earlier position would win.
      expect(scores[asked]!, question).toBeLessThan(scores[stated]!);
    }
  });

  it('does not depend on capital letters', () => {
    const ss = sentencesOf(STORY);
    const lower = sentencesOf(STORY.map((p) => p.toLowerCase()));
    const a = scoreSentences(ss, 'Council approves flood defences', noFacts(ss.length));
    const b = scoreSentences(lower, 'council approves flood defences', noFacts(lower.length));
    expect(b.map((x) => x.toFixed(6))).toEqual(a.map((x) => x.toFixed(6)));
  });
});

describe('selectStatements', () => {
  it('shows a statement once when the article repeats it (paraphrase and quotation)', () => {
    const ss = sentencesOf([
      'Recognition of the new government will depend on how its promises are fulfilled, including countering threats from its territory, said the foreign minister.',
      'The minister met his counterpart in the capital on Tuesday to discuss trade and transport links.',
      '"Recognition of the new government will depend on how their promises are fulfilled, including on countering threats from its territory," he added.',
      'Trade between the two countries grew last year, officials said.',
    ]);
    const chosen = selectStatements(ss, scoreSentences(ss, '', noFacts(ss.length)), 4);
    const recognition = chosen.filter((c) => ss[c.index]!.text.includes('Recognition of the new government'));
    expect(recognition).toHaveLength(1);
    expect(chosen.length).toBe(3);
  });

  it('returns statements best first', () => {
    const ss = sentencesOf(STORY);
    const scores = scoreSentences(ss, '', noFacts(ss.length));
    const chosen = selectStatements(ss, scores, 5);
    for (let i = 1; i < chosen.length; i++) expect(chosen[i - 1]!.score).toBeGreaterThanOrEqual(chosen[i]!.score);
  });

  it('shows 5 to 8 statements', () => {
    expect(statementCount(3)).toBe(5);
    expect(statementCount(30)).toBe(6);
    expect(statementCount(400)).toBe(8);
  });

  it('stays near-linear on a long text (windowed graph, no all-pairs)', () => {
    const paragraph = (i: number) => `Report ${i} says the committee number ${i % 97} reviewed budget line ${i % 13} and found item ${i} in order.`;
    const small = sentencesOf(Array.from({ length: 1000 }, (_, i) => paragraph(i)));
    const large = sentencesOf(Array.from({ length: 8000 }, (_, i) => paragraph(i)));
    const time = (ss: RankSentence[]) => {
      const t0 = performance.now();
      selectStatements(ss, scoreSentences(ss, '', noFacts(ss.length)), 8);
      return performance.now() - t0;
    };
    time(small);
    const tSmall = time(small);
    const tLarge = time(large);
    // 8x the sentences; all-pairs would be 64x. A generous bound that only quadratic growth would break.
    expect(tLarge).toBeLessThan(Math.max(tSmall * 30, 200));
  });
});

describe('orderOpening', () => {
  const ranked = (indices: number[]) => indices.map((index, k) => ({ index, score: 10 - k }));

  it('keeps the best five as the first five and the rest in place, scores descending', () => {
    const ss = sentencesOf(STORY);
    const chosen = ranked([5, 2, 0, 3, 6, 1]);
    const ordered = orderOpening(ss, chosen);
    expect(new Set(ordered.slice(0, 5).map((r) => r.index))).toEqual(new Set([5, 2, 0, 3, 6]));
    expect(ordered[5]).toEqual(chosen[5]);
    for (let i = 1; i < ordered.length; i++) expect(ordered[i - 1]!.score).toBeGreaterThanOrEqual(ordered[i]!.score);
  });

  it('opens with the earliest of the best, then prefers a statement that adds what the first did not say', () => {
    const ss = sentencesOf([
      'The city council approved a new flood defence plan for the river district on Monday.',
      'The council approved the flood defence plan for the river district after a long debate.',
      'Engineers will raise the walls and add pumps, paid for by a new levy on riverside homes.',
      'The levy on riverside homes will pay for the pumps and the higher walls, engineers said.',
      'The plan was approved on Monday.',
    ]);
    // Ranked: the repeat of the lede best, then the new facts; the lede itself fourth.
    const ordered = orderOpening(ss, ranked([1, 4, 2, 0, 3]));
    expect(ordered[0]!.index).toBe(0);
    // Sentence 1 only repeats the lede; sentence 2 brings the walls, pumps and levy.
    expect(ordered[1]!.index).toBe(2);
  });

  it('prefers, after the lede, a short sentence to a much longer one that says no more of the story', () => {
    const ss = sentencesOf([
      'The city council approved a new flood defence plan for the river district on Monday.',
      'The plan, which council officers have been drafting with engineers, residents groups, insurers and two neighbouring councils over the past three years of meetings, consultations and public hearings held in schools, churches and community halls, adds pumps and higher walls along the river.',
      'Pumps and higher walls will line the river by 2027.',
      'Residents asked for flood defences after the 2019 floods.',
      'The pumps and walls will be paid for by a levy.',
    ]);
    // The long sentence is earlier and brings more new words; only its length speaks against it.
    const ordered = orderOpening(ss, ranked([0, 1, 2, 3, 4]));
    expect(ordered[0]!.index).toBe(0);
    expect(ordered[1]!.index).toBe(2);
    expect(orderOpening(ss, ranked([0, 1, 2, 3, 4]), { ...OPENING, lengthPenalty: 0 })[1]!.index).toBe(1);
    // Length is counted in words, not tokens: the tokenised, lower-cased copy is ordered the same way.
    const lower = sentencesOf(ss.map((s) => s.text.toLowerCase().replace(/([,.])/g, ' $1')));
    expect(orderOpening(lower, ranked([0, 1, 2, 3, 4])).map((r) => r.index)).toEqual(ordered.map((r) => r.index));
  });

  it('leaves one or no statements alone', () => {
    const ss = sentencesOf(STORY);
    expect(orderOpening(ss, [])).toEqual([]);
    expect(orderOpening(ss, ranked([3]))).toEqual(ranked([3]));
  });
});

describe('words kept between scoring, selection and the opening', () => {
  it('belong to the sentence list asked about, even when another list was ranked in between', () => {
    const story = sentencesOf(STORY);
    const scores = scoreSentences(story, '', noFacts(story.length));
    const alone = orderOpening(story, selectStatements(story, scores, 5));
    // A list of the same length whose sentences differ: its words must not stand in for the story's.
    const other = story.map((s, i) => ({ ...s, text: i === 2 ? 'Council engineers said the flood walls and pumps should protect the district.' : s.text }));
    scoreSentences(other, '', noFacts(other.length));
    expect(orderOpening(story, selectStatements(story, scores, 5))).toEqual(alone);
    // The same sentences in a new array (as the pipeline builds per article) are the same list.
    expect(orderOpening([...story], selectStatements([...story], scores, 5))).toEqual(alone);
  });
});
