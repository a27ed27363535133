/**
 * Deployment configuration: cdk context (`cdk.json` or `-c factsheet:key=value`) → a typed, validated config.
 * Values given with `-c` arrive as strings, values in cdk.json as JSON; both are accepted. Every problem is
 * reported at once, naming the context key, so a bad `cdk deploy` fails before anything is built.
 */
import type { Prefixes } from '../functions/pipeline/keys.ts';
import { isTemplateName, TEMPLATE_NAMES } from '../functions/pipeline/templates.ts';

export type RemovalMode = 'retain' | 'destroy';

export interface FactsheetConfig {
  stackName: string;
  prefixes: Prefixes;
  defaultTemplate: string;
  fn: {
    memorySize: number;
    timeoutSeconds: number;
    /** Unset: the function shares the account's unreserved pool. */
    reservedConcurrency: number | undefined;
    logRetentionDays: number;
  };
  delivery: {
    batchSize: number;
    /** SQS event source maximum concurrency: caps pollers so a burst cannot throttle the function. */
    maxConcurrency: number;
    maxReceiveCount: number;
    /** Derived: 6 × function timeout, as AWS recommends for SQS event sources. */
    visibilityTimeoutSeconds: number;
    dlqRetentionDays: number;
  };
  storage: {
    noncurrentVersionDays: number;
    failedReportDays: number;
    accessLogDays: number;
    separateOutputBucket: boolean;
  };
  alarmEmail: string | undefined;
  removal: RemovalMode;
}

/** Every context key this app reads, with its default (undefined: optional, no default). */
export const CONTEXT_DEFAULTS = {
  'factsheet:stackName': 'Factsheet',
  'factsheet:incomingPrefix': 'incoming/',
  'factsheet:outputPrefix': 'factsheets/',
  'factsheet:failedPrefix': 'failed/',
  'factsheet:defaultTemplate': 'standard',
  // Measured (see the deployment notes): the pipeline is single-threaded and CPU-bound, peak RSS ~220 MB
  // even for a 24 MB article. 1769 MB is one full vCPU: below it a sheet costs about the same and takes longer.
  'factsheet:memorySize': 1769,
  // One 24 MB article took 5.3 s on one (busy) core, so a batch of ten at the 25 MB limit ~55 s; twice that.
  'factsheet:timeoutSeconds': 120,
  'factsheet:reservedConcurrency': undefined,
  'factsheet:logRetentionDays': 30,
  'factsheet:batchSize': 10,
  'factsheet:maxConcurrency': 50,
  'factsheet:maxReceiveCount': 3,
  'factsheet:dlqRetentionDays': 14,
  'factsheet:noncurrentVersionDays': 30,
  'factsheet:failedReportDays': 90,
  'factsheet:accessLogDays': 365,
  'factsheet:separateOutputBucket': false,
  'factsheet:alarmEmail': undefined,
  'factsheet:removalPolicy': 'retain',
} as const;

export type ContextKey = keyof typeof CONTEXT_DEFAULTS;

/** CloudWatch Logs accepts only these retention periods. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid factsheet context:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Anything with cdk's `tryGetContext`, e.g. `app.node`. */
export interface ContextSource {
  tryGetContext(key: string): unknown;
  /** When available, unknown `factsheet:` keys (typos) are refused instead of silently ignored. */
  getAllContext?(): Record<string, unknown>;
}

export function readConfig(source: ContextSource): FactsheetConfig {
  const problems: string[] = [];
  for (const key of Object.keys(source.getAllContext?.() ?? {})) {
    if (key.startsWith('factsheet:') && !(key in CONTEXT_DEFAULTS)) {
      problems.push(`${key} is not a known setting; known: ${Object.keys(CONTEXT_DEFAULTS).join(', ')}`);
    }
  }
  const raw = (key: ContextKey): unknown => {
    const value = source.tryGetContext(key);
    return value === undefined || value === null || value === '' ? CONTEXT_DEFAULTS[key] : value;
  };

  const int = (key: ContextKey, min: number, max: number): number => {
    const value = raw(key);
    const n = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
      problems.push(`${key} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
      return min;
    }
    return n;
  };
  const optionalInt = (key: ContextKey, min: number, max: number): number | undefined =>
    raw(key) === undefined ? undefined : int(key, min, max);

  const bool = (key: ContextKey): boolean => {
    const value = raw(key);
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    problems.push(`${key} must be true or false, got ${JSON.stringify(value)}`);
    return false;
  };

  const str = (key: ContextKey, pattern: RegExp, what: string): string => {
    const value = raw(key);
    if (typeof value !== 'string' || !pattern.test(value)) {
      problems.push(`${key} must be ${what}, got ${JSON.stringify(value)}`);
      return '';
    }
    return value;
  };

  const prefix = (key: ContextKey): string =>
    str(key, /^[A-Za-z0-9!_.*'()-]+(\/[A-Za-z0-9!_.*'()-]+)*\/$/, 'a key prefix of safe characters ending in "/"');

  const stackName = str('factsheet:stackName', /^[A-Za-z][A-Za-z0-9-]{0,127}$/, 'a CloudFormation stack name');
  const prefixes: Prefixes = {
    incoming: prefix('factsheet:incomingPrefix'),
    output: prefix('factsheet:outputPrefix'),
    failed: prefix('factsheet:failedPrefix'),
  };
  const defaultTemplate = str('factsheet:defaultTemplate', /^[a-z0-9][a-z0-9_-]{0,63}$/, 'a template name');
  // Caught here, an unknown default fails one `cdk deploy` instead of every upload after it.
  if (defaultTemplate && !isTemplateName(defaultTemplate)) {
    problems.push(`factsheet:defaultTemplate "${defaultTemplate}" is not a template; known: ${TEMPLATE_NAMES.join(', ')}`);
  }

  const memorySize = int('factsheet:memorySize', 128, 10240);
  const timeoutSeconds = int('factsheet:timeoutSeconds', 3, 900);
  const reservedConcurrency = optionalInt('factsheet:reservedConcurrency', 1, 10000);
  const logRetentionDays = int('factsheet:logRetentionDays', 1, 3653);
  if (!(LOG_RETENTION_DAYS as readonly number[]).includes(logRetentionDays)) {
    problems.push(`factsheet:logRetentionDays must be one of ${LOG_RETENTION_DAYS.join(', ')}`);
  }

  const batchSize = int('factsheet:batchSize', 1, 10);
  const maxConcurrency = int('factsheet:maxConcurrency', 2, 1000);
  const maxReceiveCount = int('factsheet:maxReceiveCount', 3, 5);
  const dlqRetentionDays = int('factsheet:dlqRetentionDays', 1, 14);
  // The visibility timeout caps at 12 hours; 6× a 15-minute timeout fits.
  const visibilityTimeoutSeconds = timeoutSeconds * 6;

  if (reservedConcurrency !== undefined && reservedConcurrency < maxConcurrency) {
    // More pollers than reserved slots means throttled deliveries that count towards maxReceiveCount.
    problems.push(
      `factsheet:maxConcurrency (${maxConcurrency}) must not exceed factsheet:reservedConcurrency (${reservedConcurrency})`,
    );
  }

  const storage = {
    noncurrentVersionDays: int('factsheet:noncurrentVersionDays', 1, 3650),
    failedReportDays: int('factsheet:failedReportDays', 1, 3650),
    accessLogDays: int('factsheet:accessLogDays', 1, 3650),
    separateOutputBucket: bool('factsheet:separateOutputBucket'),
  };

  const emailValue = raw('factsheet:alarmEmail');
  let alarmEmail: string | undefined;
  if (emailValue !== undefined) {
    if (typeof emailValue === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(emailValue)) alarmEmail = emailValue;
    else problems.push(`factsheet:alarmEmail must be an email address, got ${JSON.stringify(emailValue)}`);
  }

  const removalValue = raw('factsheet:removalPolicy');
  let removal: RemovalMode = 'retain';
  if (removalValue === 'retain' || removalValue === 'destroy') removal = removalValue;
  else problems.push(`factsheet:removalPolicy must be "retain" or "destroy", got ${JSON.stringify(removalValue)}`);

  problems.push(...prefixProblems(prefixes));

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    stackName,
    prefixes,
    defaultTemplate,
    fn: { memorySize, timeoutSeconds, reservedConcurrency, logRetentionDays },
    delivery: { batchSize, maxConcurrency, maxReceiveCount, visibilityTimeoutSeconds, dlqRetentionDays },
    storage,
    alarmEmail,
    removal,
  };
}

/**
 * The guarantee that nothing the function writes can trigger it: no output prefix may overlap the incoming
 * one (neither may start with the other). Checked even with a separate output bucket, so switching that
 * off later cannot create a loop.
 */
function prefixProblems(prefixes: Prefixes): string[] {
  if (!prefixes.incoming || !prefixes.output || !prefixes.failed) return [];
  const overlap = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);
  const problems: string[] = [];
  for (const [name, value] of [
    ['outputPrefix', prefixes.output],
    ['failedPrefix', prefixes.failed],
  ] as const) {
    if (overlap(value, prefixes.incoming)) {
      problems.push(`factsheet:${name} "${value}" overlaps factsheet:incomingPrefix "${prefixes.incoming}"`);
    }
  }
  if (overlap(prefixes.output, prefixes.failed)) {
    problems.push(`factsheet:outputPrefix "${prefixes.output}" overlaps factsheet:failedPrefix "${prefixes.failed}"`);
  }
  return problems;
}
