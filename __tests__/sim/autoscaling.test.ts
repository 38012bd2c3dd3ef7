/** Auto Scaling (awsQuery) in the simulator, through the real SDK client: groups and launch configurations. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  AutoScalingClient,
  DescribeAutoScalingGroupsCommand,
  DescribeLaunchConfigurationsCommand,
  paginateDescribeAutoScalingGroups,
  type AutoScalingGroup
} from '@aws-sdk/client-auto-scaling'
import { parse, stringify } from 'yaml'
import { simulate, type SimHarness } from '../helpers.js'

let h: SimHarness
const client = (region: string) => new AutoScalingClient({ region, maxAttempts: 1 })
let east: AutoScalingClient
let west: AutoScalingClient

beforeAll(async () => {
  const doc = parse(readFileSync(new URL('../../scenarios/in-use.yml', import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >
  doc.pageSize = { DescribeAutoScalingGroups: 1 }
  doc.denied = [{ action: 'autoscaling:DescribeLaunchConfigurations', regions: ['eu-west-1'] }]
  h = await simulate(stringify(doc))
  east = client('us-east-1')
  west = client('eu-west-1')
})
afterAll(async () => {
  east.destroy()
  west.destroy()
  await h.stop()
})

async function groups(c: AutoScalingClient): Promise<AutoScalingGroup[]> {
  const all: AutoScalingGroup[] = []
  for await (const page of paginateDescribeAutoScalingGroups({ client: c }, {}))
    all.push(...(page.AutoScalingGroups ?? []))
  return all
}

describe('DescribeAutoScalingGroups', () => {
  it('pages through the groups, each with its launch template (id and name) or launch configuration', async () => {
    const all = await groups(east)
    expect(all.map((g) => [g.AutoScalingGroupName, g.LaunchTemplate, g.LaunchConfigurationName])).toEqual([
      [
        'api-asg',
        { LaunchTemplateId: 'lt-0000000000000a002', LaunchTemplateName: 'api', Version: '$Default' },
        undefined
      ],
      ['web-asg', undefined, 'web-lc']
    ])
    expect(h.sim.calls.filter((c) => c.operation === 'DescribeAutoScalingGroups')).toHaveLength(2)
    expect(all[0]?.AutoScalingGroupARN).toMatch(
      /^arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:.*:autoScalingGroupName\/api-asg$/
    )
  })

  it('answers a mixed instances policy whose override names an AMI directly', async () => {
    const [batch] = await groups(west)
    expect(batch?.MixedInstancesPolicy?.LaunchTemplate).toEqual({
      LaunchTemplateSpecification: {
        LaunchTemplateId: 'lt-0000000000000b002',
        LaunchTemplateName: 'batch',
        Version: '$Latest'
      },
      Overrides: [{ InstanceType: 'c7g.large' }, { InstanceType: 'c7i.large', ImageId: 'ami-00602000000000000' }]
    })
  })

  it('describes named groups, refuses more than 100 records and an unknown token', async () => {
    const named = await east.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ['web-asg', 'gone'] }))
    expect(named.AutoScalingGroups?.map((g) => g.AutoScalingGroupName)).toEqual(['web-asg'])
    await expect(east.send(new DescribeAutoScalingGroupsCommand({ MaxRecords: 101 }))).rejects.toMatchObject({
      name: 'ValidationError'
    })
    await expect(east.send(new DescribeAutoScalingGroupsCommand({ NextToken: 'bogus' }))).rejects.toMatchObject({
      name: 'InvalidNextToken'
    })
    await expect(
      east.send(new DescribeAutoScalingGroupsCommand({ Filters: [{ Name: 'instance-type', Values: ['x'] }] }))
    ).rejects.toMatchObject({
      name: 'ValidationError'
    })
  })
})

describe('DescribeLaunchConfigurations', () => {
  it('answers each configuration with its AMI', async () => {
    const { LaunchConfigurations: configurations } = await east.send(new DescribeLaunchConfigurationsCommand({}))
    expect(configurations?.map((c) => [c.LaunchConfigurationName, c.ImageId])).toEqual([
      ['web-lc', 'ami-00201000000000000']
    ])
  })

  it('answers AccessDenied, naming the action, where the role lacks it', async () => {
    const denied = await west
      .send(new DescribeLaunchConfigurationsCommand({}))
      .catch((e: Error & { $metadata?: { httpStatusCode?: number } }) => e)
    expect(denied).toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } })
    expect((denied as Error).message).toContain('autoscaling:DescribeLaunchConfigurations')
  })
})
