/**
 * Cleaning: from the parser's blocks to the article's paragraphs. Drops web furniture (boilerplate lines,
 * captions and credits, bylines, related-story lists, the trailing site name and URL), lines repeated
 * verbatim, and lifts metadata found on the way (publisher from the trailing site name, a date stamp line,
 * the dateline).
 */
import { normaliseSpace } from './document.ts';
import {
  isBoilerplate,
  isByline,
  isCaption,
  isLoneUrl,
  isNonProse,
  isRelatedHeader,
  bracketCredits,
  stripCredits,
  stripMarkup,
  wordCount,
} from './boilerplate.ts';
import { dateStampLine, toIsoDate } from './published.ts';
import { findDateline } from './dateline.ts';

export interface CleanInput {
  blocks: string[];
  title: string | null;
  publisher: string | null;
}

export interface Cleaned {
  paragraphs: string[];
  /** Site name found in the page's trailing furniture ("The New Indian Express" beside its domain). */
  publisher: string | null;
  /** A date stamp line ("Published: …") that was removed, resolved to ISO. */
  published: string | null;
  dateline: string | null;
  /** Site domain seen as a lone line ("www.newindianexpress.com"). */
  domain: string | null;
  /** What the bracketed source credits removed from the text named ("NYT.", "Lee Moran, HuffPost"). */
  credits: string[];
}

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

function domainOf(line: string): string | null {
  if (!isLoneUrl(line)) return null;
  const host = line.replace(/^https?:\/\//i, '').replace(/\/.*$/, '').replace(/^www\./i, '').toLowerCase();
  return host.includes('.') ? host : null;
}

const CAPITAL_OR_DIGIT = /^[\p{Lu}\d&]/u;

/** A site name: a few capitalised words, no sentence punctuation ("The New Indian Express", "BBC News"). */
function looksLikeSiteName(line: string): boolean {
  const words = line.split(' ');
  return (
    words.length <= 6 &&
    line.length <= 60 &&
    !/[.!?,:;"“”]$/.test(line) &&
    words.every((w) => CAPITAL_OR_DIGIT.test(w) || /^(?:of|the|and|for|in|on|de|la|le)$/.test(w))
  );
}

/** The site's name from trailing lines: the one whose letters match the site's domain. */
function publisherFromTail(tail: string[], domain: string | null): string | null {
  if (domain === null) return null;
  const label = squash(domain.split('.').slice(0, -1).join('.').replace(/\.(co|com|org|net)$/, ''));
  if (label.length < 3) return null;
  for (const line of tail) {
    if (!looksLikeSiteName(line)) continue;
    const s = squash(line);
    if (s.length >= 3 && (s.includes(label) || label.includes(s))) return line;
  }
  return null;
}

export function cleanBlocks(input: CleanInput): Cleaned {
  const credits: string[] = [];
  const lines = input.blocks
    .map((b) => {
      const line = normaliseSpace(stripMarkup(b));
      credits.push(...bracketCredits(line));
      return stripCredits(line);
    })
    .filter((l) => l !== '');
  const titleKey = input.title ? squash(input.title) : null;
  let published: string | null = null;
  let domain: string | null = null;

  for (const l of lines) domain ??= domainOf(l);

  // The trailing furniture: everything after the last line of prose that is boilerplate or a short label.
  let tailStart = lines.length;
  while (tailStart > 0) {
    const l = lines[tailStart - 1]!;
    if (isBoilerplate(l) || isNonProse(l) || isCaption(l)) tailStart--;
    else break;
  }
  if (tailStart === 0) {
    // Nothing reads as prose (a list of short lines): then only clear furniture counts as the tail.
    tailStart = lines.length;
    while (tailStart > 0 && isBoilerplate(lines[tailStart - 1]!)) tailStart--;
  }
  const tail = lines.slice(tailStart);
  const publisher = input.publisher ?? publisherFromTail(tail, domain);
  const siteKeys = new Set([publisher, domain, domain ? `www.${domain}` : null].filter((x): x is string => !!x).map(squash));

  // Count verbatim repeats, so a short unpunctuated line seen twice (an image caption) goes altogether.
  const seen = new Map<string, number>();
  for (const l of lines.slice(0, tailStart)) seen.set(l, (seen.get(l) ?? 0) + 1);

  const kept: string[] = [];
  const emitted = new Set<string>();
  let inRelatedList = false;
  for (let i = 0; i < tailStart; i++) {
    const l = lines[i]!;
    if (isRelatedHeader(l)) {
      inRelatedList = true;
      continue;
    }
    if (inRelatedList) {
      if (isNonProse(l) || isBoilerplate(l)) continue;
      inRelatedList = false;
    }
    if (isBoilerplate(l) || isCaption(l) || isByline(l)) continue;
    // squash copies the whole line: only lines that could match are squashed.
    if (siteKeys.size > 0 && siteKeys.has(squash(l))) continue;
    if (titleKey !== null && kept.length === 0 && squash(l) === titleKey) continue;
    if (kept.length < 3 || i >= tailStart - 3) {
      const stamp = dateStampLine(l);
      if (stamp !== null) {
        published ??= stamp;
        continue;
      }
    }
    if (emitted.has(l)) continue;
    if ((seen.get(l) ?? 0) > 1 && isNonProse(l) && wordCount(l) <= 20) continue;
    emitted.add(l);
    kept.push(l);
  }

  // Date stamps also hide in the trailing furniture.
  for (const l of tail) published ??= dateStampLine(l);

  let dateline: string | null = null;
  for (let i = 0; i < Math.min(3, kept.length); i++) {
    const d = findDateline(kept[i]!);
    if (d) {
      dateline = d.place;
      // A wire dateline with a year dates the story when nothing else did; without a year it cannot.
      if (d.date !== null) published ??= toIsoDate(d.date);
      kept[i] = kept[i]!.slice(d.length);
      break;
    }
  }
  return { paragraphs: kept, publisher, published, dateline, domain, credits };
}
