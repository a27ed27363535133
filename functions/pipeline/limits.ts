/**
 * Limits enforced before heavy parsing, so hostile input costs bounded time and memory.
 * Overridable per call (CLI flags, Lambda environment) through `resolveLimits`.
 */
export interface Limits {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
  /** Paragraphs beyond this are dropped with a warning. */
  maxParagraphs: number;
  /** Quotes beyond this are dropped with a warning. */
  maxQuotes: number;
  /**
   * Characters of cleaned text handed to extraction (beyond them, dropped with a warning). Extraction time
   * grows with the text, and one 6 MB paragraph passes the paragraph limit untouched; the largest corpus
   * article is about 55 KB, so the default is ten times that.
   */
  maxChars: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 25 * 1024 * 1024,
  maxParagraphs: 5_000,
  maxQuotes: 2_000,
  maxChars: 500_000,
};

const ENV_NAMES: Record<keyof Limits, string> = {
  maxBytes: 'FACTSHEET_MAX_BYTES',
  maxParagraphs: 'FACTSHEET_MAX_PARAGRAPHS',
  maxQuotes: 'FACTSHEET_MAX_QUOTES',
  maxChars: 'FACTSHEET_MAX_CHARS',
};

/** Defaults, overridden by positive integers found in `env` (e.g. process.env), then by `overrides`. */
export function resolveLimits(env: Record<string, string | undefined> = {}, overrides: Partial<Limits> = {}): Limits {
  const limits = { ...DEFAULT_LIMITS };
  for (const name of Object.keys(ENV_NAMES) as (keyof Limits)[]) {
    const raw = env[ENV_NAMES[name]];
    if (raw !== undefined && /^\d+$/.test(raw) && Number(raw) > 0) limits[name] = Number(raw);
  }
  return { ...limits, ...overrides };
}
