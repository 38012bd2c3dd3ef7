/** What Auto Scaling launches from, which EC2's reference check does not see: groups and launch configurations. */
import {
  DescribeAutoScalingGroupsCommand,
  DescribeLaunchConfigurationsCommand,
  type AutoScalingClient,
  type AutoScalingGroup,
  type LaunchConfiguration
} from '@aws-sdk/client-auto-scaling'
import { regionPages } from './in-use-calls.js'
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
  const groups = await regionPages(apis, 'autoscaling:DescribeAutoScalingGroups', (NextToken) =>
    autoScaling.send(
      new DescribeAutoScalingGroupsCommand({ MaxRecords: RECORDS, NextToken, IncludeInstances: false }),
      {
        abortSignal: signal
      }
    )
  )
  const configurations = await regionPages(apis, 'autoscaling:DescribeLaunchConfigurations', (NextToken) =>
    autoScaling.send(new DescribeLaunchConfigurationsCommand({ MaxRecords: RECORDS, NextToken }), {
      abortSignal: signal
    })
  )
  return {
    groups: groups.flatMap((p) => p.AutoScalingGroups ?? []),
    configurations: configurations.flatMap((p) => p.LaunchConfigurations ?? [])
  }
}
