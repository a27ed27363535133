/**
 * HTML → blocks and metadata, with htmlparser2's streaming tokenizer: nothing is executed or fetched, no DOM
 * is built and nothing recurses, so 20,000 nested elements or a 6 MB single line cost linear time.
 *
 * Page furniture is skipped by element (script, style, nav, footer, aside, forms, ...) and by the class or
 * id words sites use for it (share, related, newsletter, comments, ...). When the page marks its article
 * (<article>, <main>, itemprop=articleBody) and that holds enough text, only that part is read.
 */
import { Parser } from 'htmlparser2';
import { emptyDocument, normaliseSpace, type ParsedDocument } from './document.ts';

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video',
  'audio', 'picture', 'img', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'input',
  'label', 'figcaption', 'menu', 'dialog', 'head',
]);

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'br', 'hr', 'figure', 'address', 'body',
  'html', 'center', 'details', 'summary', 'caption', 'tbody', 'thead', 'tfoot',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Class/id words that mark furniture rather than the story. Matched against whole words of the attribute. */
const FURNITURE_WORD =
  /(?:^|[\s_-])(?:share|sharing|social|related|recommended|newsletter|comments?|cookies?|consent|promo|advert|advertisement|ads?|sponsored|breadcrumbs?|sidebar|subscribe|subscription|signup|paywall|popup|modal|byline-share|tags|more-stories|read-more|outbrain|taboola|caption|credit|byline|author|dateline|timestamp)(?:$|[\s_-])/i;

/** Never skipped for their class words: a story's own <article class="has-comments"> is still the story. */
const STRUCTURAL = new Set(['html', 'body', 'article', 'main']);

const ARTICLE_MARK = new Set(['article', 'main']);

interface Block {
  text: string;
  inArticle: boolean;
  heading: number;
}

function isFurniture(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  const role = attribs['role'];
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary') return true;
  const words = `${attribs['class'] ?? ''} ${attribs['id'] ?? ''}`;
  return words.length < 500 && FURNITURE_WORD.test(words);
}

function metaDate(name: string): boolean {
  return /^(article:published_time|og:published_time|datepublished|date|pubdate|publishdate|publish-date|publish_date|dc\.date|dc\.date\.issued|dcterms\.created|parsely-pub-date|sailthru\.date|article\.published|cxenseparse:recs:publishtime)$/.test(
    name,
  );
}

/** Reads datePublished / headline / publisher from JSON-LD, which many news sites embed. */
function readJsonLd(json: string, doc: ParsedDocument, found: { headline: string | null }): void {
  if (json.length > 1_000_000) return;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return;
  }
  const queue: unknown[] = [data];
  let visited = 0;
  while (queue.length > 0 && visited++ < 500) {
    const node = queue.shift();
    if (Array.isArray(node)) {
      queue.push(...node);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const o = node as Record<string, unknown>;
    if (typeof o['datePublished'] === 'string' && doc.publishedRaw === null) doc.publishedRaw = o['datePublished'];
    if (typeof o['headline'] === 'string' && found.headline === null) found.headline = o['headline'];
    const pub = o['publisher'];
    if (pub && typeof pub === 'object' && typeof (pub as Record<string, unknown>)['name'] === 'string' && doc.publisher === null) {
      doc.publisher = (pub as Record<string, string>)['name']!;
    }
    if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
  }
}

/** Removes a trailing " | Site" / " - Site" from a <title> when it names the site. */
function stripSiteSuffix(title: string, site: string | null): string {
  const m = /^(.{10,}?)\s+[|–—-]\s+([^|–—-]{2,60})$/.exec(title);
  if (!m) return title;
  const tail = m[2]!.trim().toLowerCase();
  if (site !== null && (tail.includes(site.toLowerCase()) || site.toLowerCase().includes(tail))) return m[1]!;
  // No site name to compare with: only the "Title | Site" form is clear enough to cut.
  if (site === null && /\s\|\s[^|]+$/.test(title) && m[2]!.trim().split(/\s+/).length <= 4) return m[1]!;
  return title;
}

export function parseHtml(html: string): ParsedDocument {
  const doc = emptyDocument();
  const blocks: Block[] = [];
  const found = { title: null as string | null, ogTitle: null as string | null, headline: null as string | null, h1: null as string | null, ogUrl: null as string | null, canonical: null as string | null };

  // Open-element bookkeeping without recursion: a stack of tag names plus the depth where skipping began.
  const stack: string[] = [];
  let skipFrom = -1;
  let articleFrom = -1;
  let inTitle = false;
  let titleText = '';
  let jsonLd: string[] | null = null;
  let current: string[] = [];
  let currentHeading = 0;
  // Characters of the current block that sit inside links: a block that is nearly all link text is a
  // menu or a list of other stories, not the article.
  let linkDepth = 0;
  let linkChars = 0;
  let allChars = 0;

  const flush = (): void => {
    if (current.length === 0) return;
    const text = normaliseSpace(current.join(''));
    const linkShare = allChars > 0 ? linkChars / allChars : 0;
    current = [];
    linkChars = 0;
    allChars = 0;
    const linkList = linkShare > 0.8 && text.split(' ').length <= 25;
    if (text && !linkList) blocks.push({ text, inArticle: articleFrom >= 0, heading: currentHeading });
    currentHeading = 0;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        stack.push(name);
        if (name === 'a') linkDepth++;
        if (name === 'title' && !stack.includes('svg')) inTitle = true;
        if (name === 'meta') {
          const key = (attribs['property'] ?? attribs['name'] ?? attribs['itemprop'] ?? '').toLowerCase();
          const content = attribs['content'];
          if (content) {
            if (key === 'og:site_name' || key === 'application-name' || key === 'publisher') doc.publisher ??= content;
            else if (key === 'og:title' || key === 'twitter:title') found.ogTitle ??= content;
            else if (key === 'og:url') found.ogUrl ??= content;
            else if (metaDate(key)) doc.publishedRaw ??= content;
          }
        } else if (name === 'link' && /(^|\s)canonical(\s|$)/i.test(attribs['rel'] ?? '') && attribs['href']) {
          found.canonical ??= attribs['href'];
        } else if (name === 'time' && attribs['datetime'] && articleFrom >= 0) {
          doc.publishedRaw ??= attribs['datetime'];
        } else if (name === 'script' && (attribs['type'] ?? '').toLowerCase() === 'application/ld+json') {
          jsonLd = [];
        }
        if (skipFrom >= 0) return;
        if (SKIP_TAGS.has(name) || (!STRUCTURAL.has(name) && isFurniture(attribs))) {
          flush();
          skipFrom = stack.length - 1;
          return;
        }
        if (BLOCK_TAGS.has(name)) flush();
        if (HEADINGS.has(name)) currentHeading = Number(name[1]);
        if (articleFrom < 0 && (ARTICLE_MARK.has(name) || attribs['itemprop'] === 'articleBody')) {
          articleFrom = stack.length - 1;
        }
      },
      ontext(data) {
        if (jsonLd !== null) {
          jsonLd.push(data);
          return;
        }
        if (inTitle) {
          titleText += data;
          return;
        }
        if (skipFrom < 0) {
          current.push(data);
          const visible = data.replace(/\s+/g, '').length;
          allChars += visible;
          if (linkDepth > 0) linkChars += visible;
        }
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'a' && linkDepth > 0) linkDepth--;
        if (name === 'script' && jsonLd !== null) {
          readJsonLd(jsonLd.join(''), doc, found);
          jsonLd = null;
        }
        // Pop to the matching element; htmlparser2 reports implied closes, so the stack stays in step.
        const at = stack.lastIndexOf(name);
        if (at < 0) return;
        if (skipFrom < 0 && (BLOCK_TAGS.has(name) || HEADINGS.has(name))) {
          const heading = currentHeading;
          flush();
          if (name === 'h1' && heading === 1) {
            const last = blocks[blocks.length - 1];
            if (last && last.heading === 1) found.h1 ??= last.text;
          }
        }
        if (at <= skipFrom) skipFrom = -1;
        if (at <= articleFrom) {
          flush();
          articleFrom = -1;
        }
        while (stack.length > at) stack.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const articleChars = blocks.filter((b) => b.inArticle).reduce((n, b) => n + b.text.length, 0);
  const chosen = articleChars >= 200 ? blocks.filter((b) => b.inArticle) : blocks;

  const pageTitle = normaliseSpace(titleText);
  const title = found.h1 ?? found.ogTitle ?? found.headline ?? (pageTitle ? stripSiteSuffix(pageTitle, doc.publisher) : null);
  doc.title = title ? normaliseSpace(title) : null;
  doc.url = found.canonical ?? found.ogUrl;
  if (doc.publisher) doc.publisher = normaliseSpace(doc.publisher);

  // Headings other than the title are section labels, not prose; the title itself is metadata.
  let titleDropped = false;
  doc.blocks = chosen
    .filter((b) => {
      if (b.heading === 0) return true;
      if (!titleDropped && doc.title !== null && b.text === doc.title) {
        titleDropped = true;
        return false;
      }
      return b.heading > 1 && b.text.split(' ').length > 12;
    })
    .map((b) => b.text);
  doc.titleConsumed = true;
  return doc;
}
