/**
 * What a million articles cost on Lambda, from measured durations. Prices are AWS's public list prices for
 * us-east-1, arm64 (first pricing tier), as of 2026; no free tier applied.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../infra/config.ts';
import { round } from './stats.ts';
import { REPO_ROOT } from './spawn.ts';

export const PRICES = {
  region: 'us-east-1',
  architecture: 'arm64',
  usdPerGbSecond: 0.0000133334,
  usdPerMillionRequests: 0.2,
  // For the all-in line only: what S3 and SQS charge around each article.
  s3PutPer1000: 0.005,
  s3GetPer1000: 0.0004,
  sqsPerMillion: 0.4,
} as const;

/** A Lambda function gets one full vCPU at 1,769 MB and a proportional share below: CPU-bound work stretches. */
export const FULL_VCPU_MB = 1769;

export function deployedFunctionConfig(): { memoryMb: number; batchSize: number } {
  const cdk = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
  const config = readConfig({ tryGetContext: (key) => cdk.context?.[key] });
  return { memoryMb: config.fn.memorySize, batchSize: config.delivery.batchSize };
}

export interface CostEstimate {
  memoryMb: number;
  /** Warm handler invocation, one article: CPU time and wall time as measured here. */
  measuredCpuMsPerArticle: number;
  measuredWallMsPerArticle: number;
  cpuShare: number;
  /** CPU time stretched by the CPU share this memory size gets, plus the wait (wall − CPU) as measured, whole ms. */
  billedMsPerArticle: number;
  /** What each extra 10 ms of S3 latency per article (beyond loopback) adds per million articles. */
  usdPerMillionPer10msS3Latency: number;
  usdPerMillionArticles: number;
  usdPerMillionArticlesAt1PerBatch: number;
  /** Lambda + S3 (upload PUT, GET, 2 HEADs, 2 PUTs out) + SQS (send, receive, delete): the whole bill per million. */
  usdPerMillionAllIn: number;
  assumptions: string[];
}

export function estimateCost(cpuMs: number, wallMs: number, memoryMb: number, batchSize: number): CostEstimate {
  const cpuShare = Math.min(1, memoryMb / FULL_VCPU_MB);
  // Waiting (for S3, or for a CPU on this shared machine) does not stretch with the CPU share; computing does.
  const waitMs = Math.max(0, wallMs - cpuMs);
  const billedMs = Math.ceil(cpuMs / cpuShare + waitMs);
  const gbSeconds = (billedMs / 1000) * (memoryMb / 1024);
  const computePerMillion = 1e6 * gbSeconds * PRICES.usdPerGbSecond;
  const per10ms = 1e6 * (10 / 1000) * (memoryMb / 1024) * PRICES.usdPerGbSecond;
  // One request per article is the worst case (batch of one); an SQS batch shares one request between articles.
  const perArticleRequests = PRICES.usdPerMillionRequests;
  // GET and HEAD are priced alike: the source GET, and the HEADs of the sheet's JSON and of its error report.
  const s3PerMillion = 1000 * (3 * PRICES.s3PutPer1000 + 3 * PRICES.s3GetPer1000);
  const sqsPerMillion = 3 * PRICES.sqsPerMillion;
  return {
    memoryMb,
    measuredCpuMsPerArticle: round(cpuMs),
    measuredWallMsPerArticle: round(wallMs),
    cpuShare: round(cpuShare, 3),
    billedMsPerArticle: billedMs,
    usdPerMillionPer10msS3Latency: round(per10ms),
    usdPerMillionArticles: round(computePerMillion + perArticleRequests),
    usdPerMillionArticlesAt1PerBatch: round(computePerMillion + perArticleRequests / batchSize),
    usdPerMillionAllIn: round(computePerMillion + perArticleRequests + s3PerMillion + sqsPerMillion),
    assumptions: [
      `arm64 ${PRICES.region}: $${PRICES.usdPerGbSecond} per GB-s, $${PRICES.usdPerMillionRequests} per million requests (list price, no free tier)`,
      `duration = mean warm handler CPU time / CPU share at ${memoryMb} MB (${FULL_VCPU_MB} MB = 1 vCPU) + the rest of its wall time (S3 on loopback); x86 EPYC here, Graviton speed assumed equal; cold starts excluded`,
      `real S3 is slower than loopback: each 10 ms more per article adds $${round(per10ms)} per million`,
      'one invocation per article (batch of one); the batch line divides the request charge by the configured SQS batch size',
      `all-in adds S3 (3 PUT + 1 GET + 2 HEAD: $${PRICES.s3PutPer1000}/1000 PUT, $${PRICES.s3GetPer1000}/1000 GET or HEAD; DELETE is free) and SQS (3 requests at $${PRICES.sqsPerMillion}/million)`,
    ],
  };
}
