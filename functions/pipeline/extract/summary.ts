/**
 * The summary: the article's own lead, one or two sentences, extractive so it can be checked. The first
 * sentence that states something (not a fragment, not a bare quotation) opens it; a short one is followed
 * by the next.
 */
export interface SummarySentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

export interface Summary {
  text: string;
  spans: Array<{ paragraph: number; start: number; end: number }>;
}

const words = (s: string): number => (s.match(/\S+/g) ?? []).length;

function states(s: SummarySentence): boolean {
  const t = s.text.trim();
  if (words(t) < 6) return false;
  if (/\?["”’]?$/.test(t)) return false;
  // Wholly a quotation: colour, not a lead.
  return !(/^["“'‘]/.test(t) && /["”'’]$/.test(t));
}

export function buildSummary(sentences: readonly SummarySentence[]): Summary {
  const firstAt = sentences.slice(0, 4).findIndex(states);
  const at = firstAt >= 0 ? firstAt : 0;
  const first = sentences[at];
  if (!first) return { text: '', spans: [] };
  const chosen = [first];
  const next = sentences[at + 1];
  if (next && words(first.text) < 22 && words(first.text) + words(next.text) <= 60 && states(next)) chosen.push(next);
  return {
    text: chosen.map((s) => s.text).join(' '),
    spans: chosen.map((s) => ({ paragraph: s.paragraph, start: s.start, end: s.end })),
  };
}
