/** What Auto Scaling launches from, which EC2's reference check does not see: groups and launch configurations. */
import {
  DescribeAutoScalingGroupsCommand,
  DescribeLaunchConfigurationsCommand,
  type AutoScalingClient,
  type AutoScalingGroup,
  type LaunchConfiguration
} from '@aws-sdk/client-auto-scaling'
import { regionItems } from './in-use-calls.js'
import type { RateLimiter } from './rate-limit.js'

export interface AutoScalingApis {
  region: string
  autoScaling: AutoScalingClient
  limiter: RateLimiter
  signal?: AbortSignal
}

/** autoscaling model: MaxRecords at most 100. */
const RECORDS = 100

/** Every Auto Scaling group and launch configuration of the region. */
export async function autoScalingLaunchers(
  apis: AutoScalingApis
): Promise<{ groups: AutoScalingGroup[]; configurations: LaunchConfiguration[] }> {
  const { signal, autoScaling } = apis
  const groups = await regionItems(
    apis,
    'autoscaling:DescribeAutoScalingGroups',
    (NextToken) =>
      autoScaling.send(
        new DescribeAutoScalingGroupsCommand({ MaxRecords: RECORDS, NextToken, IncludeInstances: false }),
        {
          abortSignal: signal
        }
      ),
    { items: (p) => p.AutoScalingGroups, id: (g) => g.AutoScalingGroupName }
  )
  const configurations = await regionItems(
    apis,
    'autoscaling:DescribeLaunchConfigurations',
    (NextToken) =>
      autoScaling.send(new DescribeLaunchConfigurationsCommand({ MaxRecords: RECORDS, NextToken }), {
        abortSignal: signal
      }),
    { items: (p) => p.LaunchConfigurations, id: (c) => c.LaunchConfigurationName }
  )
  return { groups, configurations }
}
