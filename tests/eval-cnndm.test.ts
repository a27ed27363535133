import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateCnndm, formatCnndmReport, parseStory, rouge, rougeTokens } from '../eval/cnndm.ts';

// Stories in the release's .story form, written for this test.
const FERRY = [
  'A ferry carrying 212 passengers ran aground off the coast of Skye on Tuesday morning, coastguards said.',
  '',
  'All passengers were taken off safely by lifeboat crews from Portree and Mallaig within three hours.',
  '',
  'The operator, Island Lines, said the vessel lost steering in heavy seas shortly after leaving Uig.',
  '',
  'A spokeswoman for the coastguard said: "The sea was rough but the crews did a superb job."',
  '',
  'Divers will inspect the hull on Wednesday before the ferry is towed to Greenock for repairs.',
  '',
  '@highlight',
  '',
  'Ferry with 212 passengers runs aground off Skye',
  '',
  '@highlight',
  '',
  'All passengers taken off safely by lifeboat crews',
  '',
  '@highlight',
  '',
  'Operator says vessel lost steering in heavy seas',
].join('\n');

const LIBRARY = [
  'Councillors in Dunmore voted on Monday to keep all four of the town\'s libraries open for another five years.',
  '',
  'The council had proposed closing two branches to save £450,000 a year from its budget.',
  '',
  'More than 6,000 residents signed a petition against the closures, organisers said.',
  '',
  '"Libraries are where our children learn to love reading," said councillor Ann Reid.',
  '',
  '@highlight',
  '',
  'Dunmore councillors vote to keep all four libraries open',
  '',
  '@highlight',
  '',
  'Closing two branches would have saved £450,000 a year',
].join('\n');

describe('CNN/DailyMail story scoring', () => {
  it('reads a .story file: paragraphs for the article, each @highlight block a highlight', () => {
    const story = parseStory(FERRY.replace(/\n/g, '\r\n'));
    expect(story.article.split('\n\n')).toHaveLength(5);
    expect(story.article).not.toContain('@highlight');
    expect(story.highlights).toEqual([
      'Ferry with 212 passengers runs aground off Skye',
      'All passengers taken off safely by lifeboat crews',
      'Operator says vessel lost steering in heavy seas',
    ]);
    expect(parseStory('Only an article, no highlights.').highlights).toEqual([]);
  });

  it('tokenises as rouge-score does: lower case, a–z/0–9 only, Porter stems past three letters', () => {
    expect(rougeTokens('Crews RESCUED the passengers, running £450,000 in 3pm’s seas')).toEqual([
      'crew',
      'rescu',
      'the',
      'passeng',
      'run',
      '450',
      '000',
      'in',
      '3pm',
      's',
      'sea',
    ]);
    // Stemming makes inflections meet.
    expect(rouge(rougeTokens('the ferry runs aground'), rougeTokens('the ferry ran aground and running')).r1).toBeGreaterThan(0.5);
  });

  it('scores ROUGE-1 and -2 F1 and ROUGE-1 recall', () => {
    const ref = rougeTokens('ferry runs aground off skye');
    expect(rouge(ref, ref)).toEqual({ r1: 1, r2: 1, r1Recall: 1 });
    const shuffled = rouge(rougeTokens('skye off aground runs ferry'), ref);
    expect(shuffled.r1).toBe(1);
    expect(shuffled.r2).toBe(0);
    const longer = rouge(rougeTokens('ferry runs aground off skye after a long night at sea in a storm'), ref);
    expect(longer.r1Recall).toBe(1);
    expect(longer.r1).toBeLessThan(1);
    expect(rouge([], ref)).toEqual({ r1: 0, r2: 0, r1Recall: 0 });
  });

  describe('over a folder of stories', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'cnndm-'));
      // The release keeps stories in cnn/stories and dailymail/stories: both levels are read.
      await mkdir(path.join(dir, 'cnn', 'stories'), { recursive: true });
      await writeFile(path.join(dir, 'cnn', 'stories', 'a1.story'), FERRY);
      await writeFile(path.join(dir, 'b2.story'), LIBRARY);
      await writeFile(path.join(dir, 'c3.story'), 'An article with no highlights is skipped.');
      await writeFile(path.join(dir, 'notes.txt'), 'not a story');
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('runs the pipeline on each form and scores the top 3 beside Lead-3 and TextRank-3', async () => {
      const report = await evaluateCnndm(dir);
      expect(report).not.toBeNull();
      expect(report!.stories).toBe(2);
      expect(report!.failures).toEqual([]);
      for (const form of [report!.asPublished, report!.lowerTokenised, report!.ptbOneLine]) {
        expect(form.r1.lead).toBeGreaterThan(30);
        expect(form.r1.ours).toBeGreaterThan(30);
        expect(form.words.ours).toBeGreaterThan(20);
        expect(form.r1Recall.ours).toBeGreaterThanOrEqual(form.r1.ours / 2);
      }
      const text = formatCnndmReport(report!);
      expect(text).toContain('2 stories');
      expect(text).toContain('PTB, one line');
    });

    it('says there is nothing to score for a missing folder or one without stories', async () => {
      expect(await evaluateCnndm(path.join(dir, 'missing'))).toBeNull();
      const empty = await mkdtemp(path.join(tmpdir(), 'cnndm-empty-'));
      try {
        expect(await evaluateCnndm(empty)).toBeNull();
      } finally {
        await rm(empty, { recursive: true, force: true });
      }
    });
  });
});
