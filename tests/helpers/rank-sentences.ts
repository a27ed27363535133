/**
 * Ranking input built from paragraphs the way extract does it (split, then each sentence given its paragraph
 * and its place in it), so rank tests state articles as paragraphs. Shared by the rank suites.
 */
import type { RankSentence } from '../../functions/pipeline/extract/rank.ts';
import { splitSentences } from '../../functions/pipeline/extract/sentences.ts';

export function sentencesOf(paragraphs: string[]): RankSentence[] {
  const text = paragraphs.join('\n\n');
  const out: RankSentence[] = [];
  let paragraph = 0;
  let at = 0;
  for (const s of splitSentences(text)) {
    while (paragraph + 1 < paragraphs.length && at + paragraphs[paragraph]!.length + 2 <= s.start) {
      at += paragraphs[paragraph]!.length + 2;
      paragraph++;
    }
    const prev = out[out.length - 1];
    out.push({ ...s, text: text.slice(s.start, s.end), paragraph, inParagraph: prev?.paragraph === paragraph ? prev.inParagraph + 1 : 0 });
  }
  return out;
}

/** Fact counts of `n` sentences that hold no names, figures or quotes. */
export const noFacts = (n: number) => Array.from({ length: n }, () => ({ names: 0, figures: 0, quotes: 0 }));
