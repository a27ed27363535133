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

export function ingest(bytes: Uint8Array, meta: { key: string; version: string | null }, limits: Limits): Article {
  const format = formatFromKey(meta.key);
  if (bytes.length > limits.maxBytes) {
    throw new FactsheetError(
      'TOO_LARGE',
      `The file is ${bytes.length} bytes; the limit is ${limits.maxBytes} bytes.`,
    );
  }
  const text = decodeText(bytes);
  const doc = parse(format, text);
  const cleaned = cleanBlocks({ blocks: doc.blocks, title: doc.title, publisher: doc.publisher });
  let paragraphs = cleaned.paragraphs;
  if (paragraphs.length === 0) {
    throw new FactsheetError('NO_CONTENT', 'No article text was found after removing page furniture.');
  }
  const warnings: string[] = [];
  if (paragraphs.length > limits.maxParagraphs) {
    warnings.push(
      `The article has ${paragraphs.length} paragraphs; only the first ${limits.maxParagraphs} were used.`,
    );
    paragraphs = paragraphs.slice(0, limits.maxParagraphs);
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
  };
}
