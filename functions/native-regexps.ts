/**
 * Regular expressions compiled once, to machine code, on their first run.
 *
 * By default V8 first runs a pattern in its bytecode interpreter and compiles it to machine code on the next run
 * ("tier-up"): every pattern is compiled twice. Extraction runs a few hundred patterns (chrono-node's date
 * grammars among them), most only a few times per article, so on a fresh process that double compilation is a
 * large share of the first sheet: measured on one BBC article, pinned to a core, extraction took 92 ms cold
 * with tier-up and 61 ms without, the second article 10.3 ms against 4.8 ms, and a steady pass over 200
 * articles 3.2–3.7 ms per article either way. A Lambda cold start is mostly first runs.
 *
 * The Lambda asset's entry (handler/lambda.ts) and the bench's bundled pipeline import this module before anything
 * else; patterns compile when first run, not when created, so setting the flag after other modules have built
 * their RegExp objects is still in time. Not the CLI: under tsx a module-loader thread runs JavaScript beside the
 * main one, and Node warns that changing V8's process-wide flags after start may misbehave.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
