/**
 * Article → every FactSheet field but `generator`. Sentences are split once; every extractor works on the
 * cleaned text `paragraphs.join("\n\n")` and reports offsets into it, so each item points back to its
 * paragraph.
 */
import { paragraphAt, paragraphOffsets, type Article } from '../article.ts';
import type { FactSheet } from '../factsheet.ts';
import type { Limits } from '../limits.ts';
import { captionSentences, countWords, furniture, looksCaseless, splitSentences, wirePrefixLength } from './sentences.ts';
import { orderOpening, scoreSentences, selectStatements, statementCount, type RankSentence, type SentenceFacts } from './rank.ts';
import { buildSummary } from './summary.ts';
import { extractFigures, figureMentions } from './figures.ts';
import { extractDates } from './dates.ts';
import { extractEntities, findNameMentions } from './entities.ts';
import { extractQuotes } from './quotes.ts';
import { extractSources } from './sources.ts';

export type ExtractedSheet = Omit<FactSheet, 'generator'>;

/** Counts, per sentence, the spans that start inside it; spans and sentences are both in text order. */
function countPerSentence(sentences: readonly RankSentence[], spans: ReadonlyArray<{ start: number }>): number[] {
  const counts = sentences.map(() => 0);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const sp of sorted) {
    while (i < sentences.length && sentences[i]!.end <= sp.start) i++;
    if (i >= sentences.length) break;
    if (sentences[i]!.start <= sp.start) counts[i]!++;
  }
  return counts;
}

/** Sentences that start inside a quotation opened in an earlier sentence (spans in text order). */
function midQuoteFlags(sentences: readonly RankSentence[], quotes: ReadonlyArray<{ start: number; end: number }>): boolean[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  let q = 0;
  return sentences.map((s) => {
    while (q < sorted.length && sorted[q]!.end <= s.start) q++;
    const quote = sorted[q];
    // The quote's text starts after its opening mark, so a sentence that opens the quote starts 1–2 before it.
    return quote !== undefined && quote.start < s.start - 2 && quote.end > s.start;
  });
}

export function extract(article: Article, limits: Limits): ExtractedSheet {
  const paragraphs = article.paragraphs;
  const text = paragraphs.join('\n\n');
  const starts = paragraphOffsets(paragraphs);
  // Whether the article is all lower case: read once, every extractor asks.
  const caseless = looksCaseless(text);

  const sentences: RankSentence[] = [];
  // The speaker rules read their sentence bounds from the same spans.
  const spans = splitSentences(text, caseless);
  for (const s of spans) {
    const paragraph = paragraphAt(starts, s.start);
    const prev = sentences[sentences.length - 1];
    const inParagraph = prev && prev.paragraph === paragraph ? prev.inParagraph + 1 : 0;
    sentences.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), paragraph, inParagraph });
  }

  const entities = extractEntities(text, starts, caseless);
  const quoted = extractQuotes(text, starts, entities.people, limits.maxQuotes, { sentences: spans, organizations: entities.organizations, caseless });
  // A pronoun inside a quotation is the speaker's: the figures read the quotations the quotes paired.
  const figures = extractFigures(text, sentences, { ...entities, quotes: quoted.spans });
  const dates = extractDates(text, sentences, article.published);

  const names = countPerSentence(sentences, findNameMentions(text, caseless));
  const figureCounts = countPerSentence(sentences, figureMentions(figures));
  const quoteCounts = countPerSentence(sentences, quoted.quotes);
  const midQuote = midQuoteFlags(sentences, quoted.quotes);
  const facts: SentenceFacts[] = sentences.map((_, i) => ({
    names: names[i]!,
    figures: figureCounts[i]!,
    quotes: quoteCounts[i]!,
    midQuote: midQuote[i]!,
  }));
  // Statements are drawn from the sentences that state something: page furniture (bylines, "PUBLISHED: …"
  // stamps) is left out, so it neither ranks nor pushes the lead down, and a wire opening ("LONDON (CNN) --")
  // is not repeated in the statement. A photo caption cut off at a caption seam is left out the same way.
  // Should nothing be left, every sentence is a candidate.
  const isFurniture = furniture(sentences.map((s) => s.text));
  const isCaption = captionSentences(text, sentences, caseless);
  let keep = sentences.map((_, i) => i).filter((i) => !isFurniture[i] && !isCaption[i]);
  if (keep.length === 0) keep = sentences.map((_, i) => i);
  const candidates: RankSentence[] = keep.map((i) => {
    const s = sentences[i]!;
    const cut = wirePrefixLength(s.text);
    return cut > 0 ? { ...s, start: s.start + cut, text: s.text.slice(cut) } : s;
  });
  const scores = scoreSentences(candidates, article.title, keep.map((i) => facts[i]!));
  const chosen = orderOpening(candidates, selectStatements(candidates, scores, statementCount(candidates.length)));

  return {
    schemaVersion: '1.0',
    title: article.title,
    publisher: article.publisher,
    published: article.published,
    dateline: article.dateline,
    url: article.url,
    language: article.language,
    wordCount: countWords(text),
    summary: buildSummary(candidates),
    keyStatements: chosen.map((c) => {
      const s = candidates[c.index]!;
      return { text: s.text, score: Math.round(c.score * 1e4) / 1e4, paragraph: s.paragraph, start: s.start, end: s.end };
    }),
    quotes: quoted.quotes,
    figures: figures.map((f) => ({ ...f, paragraph: paragraphAt(starts, f.start) })),
    dates: dates.map((d) => ({ ...d, paragraph: paragraphAt(starts, d.start) })),
    entities,
    sources: extractSources(text, article.publisher, article.credits),
    paragraphs,
    input: article.input,
    warnings: [...article.warnings, ...quoted.warnings],
  };
}
