/**
 * Powertools logger (structured JSON) and metrics (CloudWatch EMF). Outside Lambda — tests, `factsheet
 * serve` — metrics are off unless POWERTOOLS_METRICS_DISABLED=false asks for them, so nothing prints EMF
 * blobs or "no metrics" warnings into a terminal.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

type Env = Record<string, string | undefined>;
type LogLevel = NonNullable<ConstructorParameters<typeof Logger>[0]>['logLevel'];

export interface Telemetry {
  logger: Logger;
  made(durationMs: number): void;
  skipped(): void;
  failed(code: string): void;
  /** Emit what was recorded during this invocation. */
  flush(): void;
}

export interface TelemetryOptions {
  logLevel?: LogLevel;
  metrics?: boolean;
}

const SERVICE = 'factsheet';

function metricsWanted(env: Env): boolean {
  const flag = env['POWERTOOLS_METRICS_DISABLED']?.trim().toLowerCase();
  if (flag === 'false' || flag === '0') return true;
  if (flag === 'true' || flag === '1') return false;
  return Boolean(env['AWS_LAMBDA_FUNCTION_NAME']);
}

export function createTelemetry(env: Env = process.env, options: TelemetryOptions = {}): Telemetry {
  const logLevel = options.logLevel ?? ((env['POWERTOOLS_LOG_LEVEL'] ?? env['AWS_LAMBDA_LOG_LEVEL'] ?? 'INFO') as LogLevel);
  const logger = new Logger({ serviceName: env['POWERTOOLS_SERVICE_NAME'] ?? SERVICE, logLevel });
  const metrics =
    options.metrics ?? metricsWanted(env)
      ? new Metrics({ namespace: env['POWERTOOLS_METRICS_NAMESPACE'] ?? 'Factsheet', serviceName: SERVICE, logger })
      : null;
  const failures = new Map<string, number>();
  return {
    logger,
    made(durationMs) {
      metrics?.addMetric('SheetsMade', MetricUnit.Count, 1);
      metrics?.addMetric('Duration', MetricUnit.Milliseconds, Math.round(durationMs));
    },
    skipped() {
      metrics?.addMetric('SheetsSkipped', MetricUnit.Count, 1);
    },
    failed(code) {
      failures.set(code, (failures.get(code) ?? 0) + 1);
    },
    flush() {
      if (!metrics) {
        failures.clear();
        return;
      }
      // One metric per failure code, so an alarm or a graph can split them.
      for (const [code, count] of failures) {
        metrics.singleMetric().addDimension('code', code).addMetric('Failures', MetricUnit.Count, count);
      }
      failures.clear();
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    },
  };
}
