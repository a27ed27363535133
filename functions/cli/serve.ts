/** `factsheet serve`: the local bucket in the foreground, one line per sheet, clean stop on SIGINT/SIGTERM. */
import { resolve } from 'node:path';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startLocalBucket } from '../local/local-bucket.ts';
import type { Outcome } from '../handler/process-object.ts';
import type { Io } from './make.ts';

export interface ServeOptions {
  port: number;
  dir: string;
  bucket: string;
}

function describeOutcome(outcome: Outcome): string | null {
  switch (outcome.status) {
    case 'made':
      return `made     ${outcome.pdf} + .json  ← ${outcome.key} (${outcome.template}, ${Math.round(outcome.durationMs)} ms)`;
    case 'skipped':
      return `skipped  ${outcome.key}: ${outcome.reason}`;
    case 'failed':
      return `failed   ${outcome.key}: ${outcome.message} [${outcome.code}] → ${outcome.report}`;
    case 'ignored':
      return null;
  }
}

export async function serve(options: ServeOptions, io: Io): Promise<number> {
  let local;
  try {
    local = await startLocalBucket({
      ...options,
      onOutcome: (outcome) => {
        const line = describeOutcome(outcome);
        if (line) io.out(line);
      },
      onCatchUp: (count) => {
        if (count > 0) io.out(`catching up: ${count} upload(s) left unprocessed by an earlier run`);
      },
      onRetry: (key, attempt, message, givingUp) =>
        io.err(givingUp ? `failed   ${key}: gave up after ${attempt} attempts: ${message}` : `retrying ${key} (attempt ${attempt} failed: ${message})`),
    });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'EADDRINUSE') {
      io.err(`factsheet serve: port ${options.port} on 127.0.0.1 is in use (another factsheet serve?); try --port`);
      return 1;
    }
    throw err;
  }
  const { endpoint, bucket } = local;
  const prefix = local.config.prefixes;
  io.out(
    [
      `factsheet local bucket ready`,
      `  endpoint:    ${endpoint}`,
      `  bucket:      ${bucket}`,
      `  credentials: AWS_ACCESS_KEY_ID=${LOCAL_CREDENTIALS.accessKeyId} AWS_SECRET_ACCESS_KEY=${LOCAL_CREDENTIALS.secretAccessKey} (region ${LOCAL_REGION})`,
      `  data:        ${resolve(options.dir)}`,
      `  upload:      aws --endpoint-url ${endpoint} s3 cp article.txt s3://${bucket}/${prefix.incoming}`,
      `  download:    aws --endpoint-url ${endpoint} s3 cp s3://${bucket}/${prefix.output}article.pdf .`,
      `Press Ctrl-C to stop.`,
    ].join('\n'),
  );

  await new Promise<void>((done) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      io.out(`${signal}: finishing the sheets in progress, then stopping`);
      done();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  await local.stop();
  io.out('stopped');
  return 0;
}
