/**
 * bytes + key → Article: format by extension, size limit, decoding, parsing (txt / md / html), cleaning and
 * metadata. Throws FactsheetError with a specific code for input that cannot be made into a sheet.
 */
import { createHash } from 'node:crypto';
import type { Article } from './article.ts';
import { FactsheetError } from './errors.ts';
import type { Limits } from './limits.ts';
import { decodeText } from './ingest/decode.ts';
import { formatFromKey } from './ingest/format.ts';
import { looksLikeHeadline, parseText } from './ingest/text.ts';
import { parseMarkdown } from './ingest/markdown.ts';
import { parseHtml } from './ingest/html.ts';
import { cleanBlocks } from './ingest/clean.ts';
import { toIsoDate } from './ingest/published.ts';
import { detectLanguage } from './ingest/language.ts';
import { normaliseSpace, type ParsedDocument } from './ingest/document.ts';

/** A title for an article whose first line is its lead: the first sentence, shortened at a word. */
function titleFromLead(paragraph: string): string {
  const sentence = /^.{20,}?[.!?](?=\s|$)/.exec(paragraph)?.[0] ?? paragraph;
  if (sentence.length <= 110) return sentence.replace(/[.]$/, '');
  const cut = sentence.slice(0, 110);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).replace(/[,;:]$/, '')}…`;
}

function parse(format: Article['input']['format'], text: string): ParsedDocument {
  if (format === 'html') return parseHtml(text);
  if (format === 'md') {
    const doc = parseMarkdown(text);
    if (doc.title !== null) return doc;
    // No front matter title and no heading: the first line, as for plain text.
    const first = doc.blocks[0] !== undefined ? normaliseSpace(doc.blocks[0]) : '';
    if (first && looksLikeHeadline(first)) {
      doc.title = first;
      doc.titleConsumed = true;
      doc.blocks.shift();
    }
    return doc;
  }
  return parseText(text);
}

/** An index at most `at` that does not split a surrogate pair. */
function safeCut(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  return c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
}

/**
 * Whole paragraphs up to `maxChars` characters; the paragraph that crosses the budget is cut at a sentence
 * end (or a word end) when enough of it fits, so extraction works on bounded text whatever the input.
 */
function withinCharBudget(paragraphs: string[], maxChars: number): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const p of paragraphs) {
    if (used + p.length <= maxChars) {
      kept.push(p);
      used += p.length + 2;
      continue;
    }
    const room = maxChars - used;
    if (kept.length === 0 || room > 200) {
      const slice = p.slice(0, Math.max(room, 1));
      const sentenceEnd = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('? '), slice.lastIndexOf('! '));
      const wordEnd = slice.lastIndexOf(' ');
      const at = sentenceEnd > room / 2 ? sentenceEnd + 1 : wordEnd > room / 2 ? wordEnd : safeCut(slice, slice.length);
      const cut = slice.slice(0, at).trimEnd();
      if (cut !== '') kept.push(cut);
    }
    break;
  }
  return kept;
}

export function ingest(bytes: Uint8Array, meta: { key: string; version: string | null }, limits: Limits): Article {
  const format = formatFromKey(meta.key);
  if (bytes.length > limits.maxBytes) {
    throw new FactsheetError(
      'TOO_LARGE',
      `The file is ${bytes.length} bytes; the limit is ${limits.maxBytes} bytes.`,
    );
  }
  const warnings: string[] = [];
  let text = decodeText(bytes);
  // Plain text and markdown are nearly all content: what lies far beyond the character budget cannot be
  // used, so it is not parsed either (HTML is mostly markup, and the byte limit bounds it).
  const parseBudget = limits.maxChars * 4;
  if (format !== 'html' && text.length > parseBudget) {
    const lineEnd = text.lastIndexOf('\n', parseBudget);
    text = text.slice(0, lineEnd > parseBudget / 2 ? lineEnd : safeCut(text, parseBudget));
    warnings.push(`The text is longer than ${parseBudget} characters; only the first ${text.length} were read.`);
  }
  const doc = parse(format, text);
  const cleaned = cleanBlocks({ blocks: doc.blocks, title: doc.title, publisher: doc.publisher });
  let paragraphs = cleaned.paragraphs;
  if (paragraphs.length === 0) {
    throw new FactsheetError('NO_CONTENT', 'No article text was found after removing page furniture.');
  }
  if (paragraphs.length > limits.maxParagraphs) {
    warnings.push(
      `The article has ${paragraphs.length} paragraphs; only the first ${limits.maxParagraphs} were used.`,
    );
    paragraphs = paragraphs.slice(0, limits.maxParagraphs);
  }
  const chars = paragraphs.reduce((n, p) => n + p.length + 2, -2);
  if (chars > limits.maxChars) {
    paragraphs = withinCharBudget(paragraphs, limits.maxChars);
    warnings.push(`The article has ${chars} characters of text; only the first ${limits.maxChars} were used.`);
  }
  const title = doc.title !== null && doc.title !== '' ? normaliseSpace(doc.title) : titleFromLead(paragraphs[0]!);
  const published = (doc.publishedRaw !== null ? toIsoDate(doc.publishedRaw) : null) ?? cleaned.published;
  return {
    title,
    publisher: cleaned.publisher,
    published,
    dateline: cleaned.dateline,
    url: doc.url,
    language: detectLanguage(paragraphs),
    paragraphs,
    input: {
      key: meta.key,
      format,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      version: meta.version,
    },
    warnings,
    ...(cleaned.credits.length > 0 ? { credits: cleaned.credits } : {}),
  };
}
