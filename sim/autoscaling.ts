/**
 * Auto Scaling operations (awsQuery, like CloudFormation): the groups, with the launch template (by id or
 * name, a version number, `$Latest` or `$Default`), mixed instances policy overrides (which can name an AMI
 * directly) and launch configuration each uses, and the launch configurations with their AMIs.
 */
import { authorize } from './access.js'
import type { SimTemplateRef } from './ec2-scenario.js'
import type { Ec2Call, QueryHandler } from './ec2-params.js'
import { ec2World, type Ec2World } from './ec2-state.js'
import { SimError } from './errors.js'
import { paginate } from './pagination.js'
import { awsQueryAnswer, listParam, type QueryParams } from './query.js'
import type { SimState } from './state.js'

/** autoscaling model: `MaxRecords` "The default value is 50 and the maximum value is 100". */
const DEFAULT_RECORDS = 50
const MAX_RECORDS = 100

function records(params: QueryParams): number {
  if (params.MaxRecords === undefined) return DEFAULT_RECORDS
  const value = Number(params.MaxRecords)
  if (!Number.isInteger(value) || value < 1 || value > MAX_RECORDS)
    throw new SimError(
      'ValidationError',
      `1 validation error detected: Value '${String(params.MaxRecords)}' at 'maxRecords' failed to satisfy constraint: Member must have value less than or equal to ${MAX_RECORDS}`
    )
  return value
}

/** Names to describe: "By default, you can only specify up to 50 names ... increase this limit using MaxRecords". */
function names(params: QueryParams, member: string, size: number): string[] {
  const given = listParam<string>(params, member)
  if (given.length > Math.max(DEFAULT_RECORDS, size))
    throw new SimError(
      'ValidationError',
      `The number of ${member} (${given.length}) exceeds the limit of ${Math.max(DEFAULT_RECORDS, size)}.`
    )
  return given
}

/** One page of the items the request names (all without names), in name order. */
function listing<T extends { name: string }>(
  state: SimState,
  operation: string,
  member: string,
  params: QueryParams,
  call: Ec2Call,
  items: T[]
) {
  const size = records(params)
  const wanted = names(params, member, size)
  const selected = items
    .filter((i) => wanted.length === 0 || wanted.includes(i.name))
    .sort((a, b) => a.name.localeCompare(b.name))
  const capped = Math.min(size, state.scenario.pageSize[operation] ?? size)
  return paginate(
    `${operation}:${call.region}`,
    params.NextToken as string | undefined,
    capped,
    call.elapsed,
    'InvalidNextToken',
    () => selected
  )
}

/** `arn:aws:autoscaling:<region>:<account>:autoScalingGroup:<uuid>:autoScalingGroupName/<name>` and alike. */
function resourceArn(world: Ec2World, region: string, kind: string, name: string): string {
  return world.arn('autoscaling', region, `${kind}:00000000-0000-4000-8000-000000000000:${kind}Name/${name}`)
}

/** A launch template specification as Auto Scaling answers it: both id and name when the template exists. */
function specification(world: Ec2World, region: string, ref: SimTemplateRef | undefined) {
  if (!ref) return undefined
  const template = world.template(region, ref)
  return {
    LaunchTemplateId: template?.id ?? ref.id,
    LaunchTemplateName: template?.name ?? ref.name,
    Version: ref.version
  }
}

/** autoscaling model: DescribeAutoScalingGroups (filters on tags only: tag:<key>, tag-key, tag-value). */
const describeAutoScalingGroups: QueryHandler = (state, params, call) => {
  const tagFilters = listParam<{ Name?: string; Values?: string[] }>(params, 'Filters').map((f) => {
    const name = f.Name ?? ''
    if (!name.startsWith('tag:') && name !== 'tag-key' && name !== 'tag-value')
      throw new SimError('ValidationError', `Filter name ${name} is not valid: the filters limit results by tags.`)
    return { name, values: (f.Values ?? []).filter((v) => v !== undefined) }
  })
  const world = ec2World(state)
  const tagged = world.region(call.region).autoScalingGroups.filter((g) =>
    tagFilters.every(({ name, values }) => {
      const tags = Object.entries(g.tags)
      if (name === 'tag-key') return tags.some(([k]) => values.includes(k))
      if (name === 'tag-value') return tags.some(([, v]) => values.includes(v))
      return tags.some(([k, v]) => k === name.slice(4) && values.includes(v))
    })
  )
  const result = listing(state, 'DescribeAutoScalingGroups', 'AutoScalingGroupNames', params, call, tagged)
  return {
    AutoScalingGroups: result.items.map((g) => ({
      AutoScalingGroupName: g.name,
      AutoScalingGroupARN: resourceArn(world, call.region, 'autoScalingGroup', g.name),
      LaunchConfigurationName: g.launchConfiguration,
      LaunchTemplate: specification(world, call.region, g.launchTemplate),
      MixedInstancesPolicy: g.mixed && {
        LaunchTemplate: {
          LaunchTemplateSpecification: specification(world, call.region, g.mixed.launchTemplate),
          Overrides: g.mixed.overrides.map((o) => ({
            InstanceType: o.instanceType,
            LaunchTemplateSpecification: specification(world, call.region, o.launchTemplate),
            ImageId: o.image
          }))
        }
      },
      MinSize: 1,
      MaxSize: 4,
      DesiredCapacity: 2,
      DefaultCooldown: 300,
      AvailabilityZones: [`${call.region}a`],
      HealthCheckType: 'EC2',
      CreatedTime: world.iso(0),
      Tags: Object.entries(g.tags).map(([Key, Value]) => ({
        ResourceId: g.name,
        ResourceType: 'auto-scaling-group',
        Key,
        Value,
        PropagateAtLaunch: false
      }))
    })),
    NextToken: result.nextToken
  }
}

/** autoscaling model: DescribeLaunchConfigurations. */
const describeLaunchConfigurations: QueryHandler = (state, params, call) => {
  const world = ec2World(state)
  const configurations = world.region(call.region).launchConfigurations
  const result = listing(
    state,
    'DescribeLaunchConfigurations',
    'LaunchConfigurationNames',
    params,
    call,
    configurations
  )
  return {
    LaunchConfigurations: result.items.map((c) => ({
      LaunchConfigurationName: c.name,
      LaunchConfigurationARN: resourceArn(world, call.region, 'launchConfiguration', c.name),
      ImageId: c.image,
      InstanceType: c.instanceType,
      CreatedTime: world.iso(0)
    })),
    NextToken: result.nextToken
  }
}

const operations: Record<string, QueryHandler> = {
  DescribeAutoScalingGroups: describeAutoScalingGroups,
  DescribeLaunchConfigurations: describeLaunchConfigurations
}

/** Auto Scaling as the server dispatches it: `AccessDenied` for an action the credentials lack. */
export const autoScalingService = {
  name: 'autoscaling' as const,
  operations: Object.keys(operations),
  answer: awsQueryAnswer('http://autoscaling.amazonaws.com/doc/2011-01-01/'),
  handle(state: SimState, operation: string, params: QueryParams, call: Ec2Call): Record<string, unknown> {
    const handler = operations[operation]
    if (!handler) throw new SimError('InvalidAction', `Could not find operation ${operation}`)
    authorize(state, `autoscaling:${operation}`, undefined, call.region)
    return handler(state, params, call)
  }
}
