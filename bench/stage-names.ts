/**
 * The pipeline's stages in the order they run, and their sum: the rows and columns of every per-stage table
 * (bench/run.ts, bench/markdown.ts). A module of its own so the Markdown report loads no pipeline code.
 */
export const STAGES = ['ingest', 'extract', 'layout', 'render', 'total'] as const;
export type Stage = (typeof STAGES)[number];
