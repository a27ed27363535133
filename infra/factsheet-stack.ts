/** The factsheet stack: buckets, delivery, the function, alarms, and the outputs a user needs next. */
import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { FactsheetConfig } from './config.ts';
import { Alarms } from './constructs/alarms.ts';
import { Processor } from './constructs/processor.ts';
import { Storage } from './constructs/storage.ts';

export interface FactsheetStackProps extends StackProps {
  config: FactsheetConfig;
}

export class FactsheetStack extends Stack {
  readonly storage: Storage;
  readonly processor: Processor;
  readonly alarms: Alarms;

  constructor(scope: Construct, id: string, props: FactsheetStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.storage = new Storage(this, 'Storage', { config });
    this.processor = new Processor(this, 'Processor', {
      config,
      articleBucket: this.storage.articleBucket,
      outputBucket: this.storage.outputBucket,
    });
    this.alarms = new Alarms(this, 'Alarms', {
      fn: this.processor.fn,
      queue: this.processor.queue,
      deadLetterQueue: this.processor.deadLetterQueue,
      // A full visibility timeout without progress means the backlog is stuck, not just busy.
      maxMessageAge: Duration.seconds(Math.max(900, config.delivery.visibilityTimeoutSeconds)),
      email: config.alarmEmail,
    });

    const input = this.storage.articleBucket.bucketName;
    const output = this.storage.outputBucket.bucketName;
    new CfnOutput(this, 'BucketName', { value: input, description: 'Upload articles here, under the incoming prefix' });
    if (config.storage.separateOutputBucket) {
      new CfnOutput(this, 'OutputBucketName', { value: output, description: 'Fact sheets and failure reports' });
    }
    new CfnOutput(this, 'QueueUrl', { value: this.processor.queue.queueUrl });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.processor.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn });
    new CfnOutput(this, 'FunctionName', { value: this.processor.fn.functionName });
    new CfnOutput(this, 'UploadCommand', {
      value: `aws s3 cp article.txt s3://${input}/${config.prefixes.incoming}article.txt`,
    });
    new CfnOutput(this, 'DownloadCommand', {
      value: `aws s3 cp s3://${output}/${config.prefixes.output}article.pdf .`,
    });
    new CfnOutput(this, 'DownloadJsonCommand', {
      value: `aws s3 cp s3://${output}/${config.prefixes.output}article.json .`,
    });
    new CfnOutput(this, 'FailedReportsCommand', {
      value: `aws s3 ls --recursive s3://${output}/${config.prefixes.failed}`,
    });
  }
}
