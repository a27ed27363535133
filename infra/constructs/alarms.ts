/**
 * Everything that needs a person: a message in the dead-letter queue, function errors, throttles, and a
 * backlog that stopped draining. All go to one SNS topic; an email subscription comes from context.
 */
import { Duration, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface AlarmsProps {
  fn: IFunction;
  queue: IQueue;
  deadLetterQueue: IQueue;
  /** Backlog alarm threshold: the oldest message has waited this long. */
  maxMessageAge: Duration;
  email: string | undefined;
}

export class Alarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'factsheet alarms', enforceSSL: true });
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications carry only alarm names and metric values; CloudWatch cannot publish to a topic under the AWS-managed SNS key, and a customer key would cost more than the data warrants.',
    });
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));

    const period = Duration.minutes(1);
    this.add('DeadLetters', {
      metric: props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
      threshold: 1,
      description: 'An upload could not be processed after the retries; its message is in the dead-letter queue.',
    });
    this.add('Errors', {
      metric: props.fn.metricErrors({ period, statistic: 'Sum' }),
      threshold: 1,
      description: 'The factsheet function failed whole invocations (crash, timeout, out of memory).',
    });
    this.add('Throttles', {
      metric: props.fn.metricThrottles({ period, statistic: 'Sum' }),
      threshold: 1,
      description: 'The factsheet function was throttled; throttled deliveries count towards the dead-letter limit.',
    });
    this.add('Backlog', {
      metric: props.queue.metricApproximateAgeOfOldestMessage({ period, statistic: 'Maximum' }),
      threshold: props.maxMessageAge.toSeconds(),
      evaluationPeriods: 5,
      description: 'Uploads are waiting longer than expected: the queue is not draining.',
    });
  }

  private add(id: string, options: { metric: IMetric; threshold: number; evaluationPeriods?: number; description: string }): void {
    const alarm = new Alarm(this, id, {
      metric: options.metric,
      threshold: options.threshold,
      evaluationPeriods: options.evaluationPeriods ?? 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: options.description,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
