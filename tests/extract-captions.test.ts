import { describe, expect, it } from 'vitest';
import { ingest } from '../functions/pipeline/ingest.ts';
import { extract } from '../functions/pipeline/extract/index.ts';
import { DEFAULT_LIMITS } from '../functions/pipeline/limits.ts';

/**
 * A one-line tabloid story written for this test: its photo captions carry no full stop and run into the
 * sentence after them, as in the one-line CNN/DailyMail text.
 */
const CAPTIONS = [
  'Rossi chats with goalkeeper Tom Hale during a training session at the club’s training ground',
  'Hale (left) and Rossi (right) celebrate the winning goal against Hull at Elland Road',
  'Delighted: The Leeds striker is mobbed by his team-mates after scoring the winner against Hull on Saturday',
  'Rossi poses with his Player of the Month award for March at the club’s training ground',
];
const BODY = [
  'Leeds United striker Marco Rossi has signed a new four-year contract with the club, ending months of talk about his future.',
  'The 27-year-old Italian has scored 19 goals in 31 games this season and is the top scorer in the Championship.',
  'Hale, 44, said the new deal was the best news the club could have had before the last eight games of the season.',
  '"Marco is the heart of this team and the fans love him," Hale said.',
  'He joined Leeds from Torino for £6 million in 2022 and had two years left on his old contract.',
  'Several clubs in the Premier League were said to be ready to bid for the striker in the summer.',
  'The club is second in the table, three points behind the leaders, with eight games to play.',
  'The club said the terms of the contract would not be made public.',
  'Supporters had started a campaign on social media in January to keep the striker at the club.',
  'Rossi said he had never wanted to leave and that his family was happy in the city.',
  'The striker is expected to start against Millwall at Elland Road on Saturday afternoon.',
  'Tickets for the match sold out within an hour of going on sale last Friday morning.',
  'Rossi has also been called up by Italy for the friendly matches in June.',
];
const STORY = [BODY[0], BODY[1], CAPTIONS[0], BODY[2], BODY[3], CAPTIONS[1], BODY[4], CAPTIONS[2], BODY[5], CAPTIONS[3], BODY[6], BODY[7], BODY[8], BODY[9], BODY[10], BODY[11], BODY[12]].join(' ');

describe('extract: photo captions in a one-line story are not key statements', () => {
  const sheet = extract(ingest(new TextEncoder().encode(`Rossi signs new Leeds deal\n\n${STORY}`), { key: 'caption.txt', version: null }, DEFAULT_LIMITS), DEFAULT_LIMITS);
  const text = sheet.paragraphs.join('\n\n');

  it('is a run-on story, as the caption rules need', () => {
    expect(STORY.length).toBeGreaterThan(1500);
  });

  it('ranks statements from the body and none of the captions, with exact offsets', () => {
    expect(sheet.keyStatements.length).toBeGreaterThanOrEqual(5);
    for (const k of sheet.keyStatements) {
      expect(text.slice(k.start, k.end)).toBe(k.text);
      for (const caption of CAPTIONS) expect(k.text).not.toContain(caption.slice(0, 30));
      expect(BODY.some((b) => b.includes(k.text) || k.text.includes(b))).toBe(true);
    }
    expect(sheet.summary.text).not.toContain('chats with');
  });
});
