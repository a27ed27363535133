/**
 * Markdown: optional YAML-style front matter (title, date, publisher/site, url), `# h1` as the title,
 * paragraphs separated by blank lines with soft-wrapped lines joined, list items and block quotes as their
 * own paragraphs. Inline markup is reduced to its text. Sub-headings, code blocks, tables and rules are not
 * article prose and are left out. Every pattern is linear (bounded or anchored), so hostile input is cheap.
 */
import { emptyDocument, type ParsedDocument } from './document.ts';

const FRONT_KEYS: Record<string, 'title' | 'publishedRaw' | 'publisher' | 'url'> = {
  title: 'title',
  headline: 'title',
  date: 'publishedRaw',
  published: 'publishedRaw',
  published_at: 'publishedRaw',
  publishdate: 'publishedRaw',
  pubdate: 'publishedRaw',
  publisher: 'publisher',
  site: 'publisher',
  site_name: 'publisher',
  source: 'publisher',
  url: 'url',
  canonical: 'url',
  canonical_url: 'url',
  link: 'url',
};

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")))) {
    return t.slice(1, -1);
  }
  return t;
}

/**
 * Raw HTML elements whose content is code, not text (script, style), go with their content; an unclosed
 * one runs to the end, as in a browser. One forward scan: linear whatever the input.
 */
function dropCodeElements(s: string): string {
  const open = /<(script|style)\b[^<>]{0,500}>/gi;
  const lower = s.toLowerCase();
  let out = '';
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = open.exec(s)) !== null) {
    out += s.slice(at, m.index);
    const close = lower.indexOf(`</${m[1]!.toLowerCase()}`, open.lastIndex);
    if (close < 0) return out;
    const closeEnd = lower.indexOf('>', close);
    at = closeEnd < 0 ? s.length : closeEnd + 1;
    open.lastIndex = at;
  }
  return out + s.slice(at);
}

/** Reduces inline Markdown to its text: links keep their words, images, HTML tags and script/style bodies go. */
export function stripInline(s: string): string {
  return dropCodeElements(s)
    .replace(/!\[[^[\]\n]{0,500}\]\([^()\n]{0,2000}\)/g, '')
    .replace(/\[([^[\]\n]{0,500})\]\([^()\n]{0,2000}\)/g, '$1')
    .replace(/\[([^[\]\n]{0,500})\]\[[^[\]\n]{0,200}\]/g, '$1')
    .replace(/<[^<>\n]{0,500}>/g, '')
    .replace(/`([^`\n]{0,500})`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^*_\n]{0,1000}?\S)\1/g, '$2')
    .replace(/(^|[\s(])[*_](?=\S)([^*_\n]{0,1000}?\S)[*_](?=$|[\s).,;:!?])/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}

function readFrontMatter(lines: string[], doc: ParsedDocument): number {
  if (lines[0]?.trim() !== '---') return 0;
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (end < 0 || end > 200) return 0;
  for (const line of lines.slice(1, end)) {
    const m = /^([A-Za-z_][\w-]{0,40})\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const field = FRONT_KEYS[m[1]!.toLowerCase()];
    const value = unquote(m[2]!);
    if (field && value && doc[field] === null) doc[field] = value;
  }
  return end + 1;
}

export function parseMarkdown(text: string): ParsedDocument {
  const doc = emptyDocument();
  const lines = text.split(/\r\n|\r|\n/);
  let i = readFrontMatter(lines, doc);
  const frontTitle = doc.title;
  let para: string[] = [];
  const flush = (): void => {
    if (para.length > 0) doc.blocks.push(stripInline(para.join(' ')));
    para = [];
  };
  let fence: string | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (fence !== null) {
      if (trimmed.startsWith(fence)) fence = null;
      continue;
    }
    const fenceOpen = /^(`{3,}|~{3,})/.exec(trimmed);
    if (fenceOpen) {
      flush();
      fence = fenceOpen[1]!;
      continue;
    }
    if (trimmed === '') {
      flush();
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(trimmed);
    if (heading) {
      flush();
      if (heading[1] === '#' && doc.title === null) {
        doc.title = stripInline(heading[2]!);
        doc.titleConsumed = true;
      } else if (heading[1] === '#' && frontTitle !== null && stripInline(heading[2]!) === frontTitle) {
        doc.titleConsumed = true;
      }
      continue;
    }
    // Setext heading: a line underlined with === (title) or --- (sub-heading).
    const next = lines[i + 1]?.trim() ?? '';
    if (para.length === 0 && /^(=+|-+)$/.test(next) && next.length >= 2) {
      if (next.startsWith('=') && doc.title === null) {
        doc.title = stripInline(trimmed);
        doc.titleConsumed = true;
      }
      i++;
      continue;
    }
    if (/^([-*_])(\s*\1){2,}$/.test(trimmed)) {
      flush();
      continue;
    }
    if (trimmed.startsWith('|')) {
      flush();
      continue;
    }
    const item = /^(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(trimmed);
    if (item) {
      flush();
      para.push(item[1]!);
      continue;
    }
    const quote = /^(?:>\s?)+(.*)$/.exec(trimmed);
    if (quote) {
      if (quote[1]!.trim() === '') flush();
      else para.push(quote[1]!);
      continue;
    }
    para.push(trimmed);
  }
  flush();
  if (doc.title === null && doc.blocks.length > 0) {
    // No front matter and no heading: fall back to the plain-text rule, the first line as the title.
    doc.titleConsumed = false;
  }
  return doc;
}
