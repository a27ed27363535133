/**
 * The buckets: the article bucket (uploads under `incoming/`, results under `factsheets/`, reports under
 * `failed/`), an optional separate output bucket, and the log bucket that receives their access logs.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  ObjectOwnership,
  type LifecycleRule,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { FactsheetConfig } from '../config.ts';

export interface StorageProps {
  config: FactsheetConfig;
}

export class Storage extends Construct {
  /** Where articles are uploaded (`incoming/`). */
  readonly articleBucket: Bucket;
  /** Where the function writes `factsheets/` and `failed/`: the article bucket unless configured apart. */
  readonly outputBucket: Bucket;
  readonly logBucket: Bucket;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    // Grant the log delivery service through a bucket policy, not the LogDeliveryWrite ACL: ACLs stay
    // disabled (BucketOwnerEnforced) on every bucket. Set here so it holds without cdk.json's flags too.
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
    const { config } = props;
    const destroy = config.removal === 'destroy';
    const removal = {
      removalPolicy: destroy ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
      // A throwaway stack must be deletable; CloudFormation cannot delete a bucket that holds objects.
      autoDeleteObjects: destroy,
    };
    const hardened = {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    };

    this.logBucket = new Bucket(this, 'AccessLogs', {
      ...hardened,
      ...removal,
      // The S3 log delivery service writes with the bucket owner's key only: SSE-S3 is the one option.
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(config.storage.accessLogDays) }],
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging it into itself would loop and another log bucket would only move the finding.',
    });

    const separate = config.storage.separateOutputBucket;
    const failedReports: LifecycleRule = {
      id: 'expire-failed-reports',
      prefix: config.prefixes.failed,
      expiration: Duration.days(config.storage.failedReportDays),
    };
    const common: LifecycleRule[] = [
      {
        id: 'expire-old-versions',
        noncurrentVersionExpiration: Duration.days(config.storage.noncurrentVersionDays),
        abortIncompleteMultipartUploadAfter: Duration.days(7),
      },
      // Versioned: a lifecycle expiration leaves a delete marker; clear those once nothing is behind them.
      { id: 'remove-expired-delete-markers', expiredObjectDeleteMarker: true },
    ];

    this.articleBucket = new Bucket(this, 'Articles', {
      ...hardened,
      ...removal,
      versioned: true,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'articles/',
      lifecycleRules: separate ? common : [...common, failedReports],
    });

    this.outputBucket = separate
      ? new Bucket(this, 'Output', {
          ...hardened,
          ...removal,
          versioned: true,
          serverAccessLogsBucket: this.logBucket,
          serverAccessLogsPrefix: 'output/',
          lifecycleRules: [...common, failedReports],
        })
      : this.articleBucket;
  }
}
