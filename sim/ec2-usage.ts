/**
 * EC2 image usage reports: how other accounts use the account's AMIs. Asynchronous as the model documents:
 * CreateImageUsageReport answers a report id, the report is `pending` for a while, then `available`, and
 * only then are its entries listed (DescribeImageUsageReportEntries).
 */
import { createHash } from 'node:crypto'
import { canonical } from '../src/core/canonical.js'
import { amiId, dryRun, ec2Page, filters, matches, maxResults, type QueryHandler } from './ec2-params.js'
import { ec2World, type UsageReport } from './ec2-state.js'
import { SimError } from './errors.js'
import { listParam, type QueryParams } from './query.js'
import type { SimState } from './state.js'

/** `ImageUsageResourceTypeName`: "Valid values: ec2:Instance | ec2:LaunchTemplate". */
const USAGE_TYPES = ['ec2:Instance', 'ec2:LaunchTemplate']
/** `ExpirationTime`: "30 days after the report was created". */
const EXPIRY_MS = 30 * 24 * 3_600_000

type TypeRequest = { ResourceType?: string; ResourceTypeOption?: { OptionName?: string; OptionValue?: string[] }[] }

function reportState(state: SimState, report: UsageReport, elapsed: number): 'pending' | 'available' {
  return elapsed - report.createdAt < state.scenario.ec2.usageReportDelay ? 'pending' : 'available'
}

/** ec2 model: CreateImageUsageReport (ImageId and ResourceTypes required; idempotent by ClientToken). */
const createImageUsageReport: QueryHandler = (state, params, call) => {
  if (params.ImageId === undefined)
    throw new SimError('MissingParameter', "The request must contain the parameter 'ImageId'.")
  const imageId = amiId(params.ImageId)
  const types = listParam<TypeRequest>(params, 'ResourceType').map((r) => {
    if (!USAGE_TYPES.includes(r.ResourceType ?? ''))
      throw new SimError('InvalidParameterValue', `Invalid resource type: ${String(r.ResourceType)}`)
    // "Valid value: version-depth" (ImageUsageResourceTypeOptionRequest), only for launch templates.
    const option = r.ResourceTypeOption?.[0]
    if (option && (r.ResourceType !== 'ec2:LaunchTemplate' || option.OptionName !== 'version-depth'))
      throw new SimError(
        'InvalidParameterValue',
        `Option ${String(option.OptionName)} is not valid for ${String(r.ResourceType)}`
      )
    const depth = option ? Number(option.OptionValue?.[0]) : undefined
    if (depth !== undefined && (!Number.isInteger(depth) || depth < 1 || depth > 10_000))
      throw new SimError('InvalidParameterValue', 'version-depth must be an integer between 1 and 10000.')
    return { type: r.ResourceType as string, depth }
  })
  if (types.length === 0)
    throw new SimError('MissingParameter', "The request must contain the parameter 'ResourceTypes'.")
  const accountIds = listParam<string>(params, 'AccountId')
  if (accountIds.length > 200) throw new SimError('InvalidParameterValue', 'AccountIds can name at most 200 accounts.')
  const world = ec2World(state)
  if (!world.amis(call.region, call.elapsed).some((a) => a.id === imageId && a.owner === world.account))
    throw new SimError('InvalidAMIID.NotFound', `The image id '[${imageId}]' does not exist`)
  dryRun(params)
  const { ClientToken: token, ...request } = params
  const fingerprint = canonical({ ...request, region: call.region })
  const previous = token === undefined ? undefined : world.reports.find((r) => r.clientToken === token)
  if (previous) {
    if (previous.fingerprint !== fingerprint)
      throw new SimError(
        'IdempotentParameterMismatch',
        `The client token ${String(token)} was already used with other parameters.`
      )
    return { reportId: previous.id }
  }
  const id = `amiur-${createHash('sha256').update(`${world.reports.length}/${imageId}`).digest('hex').slice(0, 17)}`
  world.reports.push({
    id,
    region: call.region,
    imageId,
    resourceTypes: types,
    accountIds,
    clientToken: token as string | undefined,
    fingerprint,
    createdAt: call.elapsed,
    tags: listParam<{ Tag?: { Key?: string; Value?: string }[] }>(params, 'TagSpecification').flatMap(
      (t) => t.Tag ?? []
    )
  })
  return { reportId: id }
}

/** The reports of the region that ImageIds and ReportIds (when given) name. */
function selectReports(state: SimState, params: QueryParams, region: string, asOf: number): UsageReport[] {
  const imageIds = listParam<string>(params, 'ImageId')
  const reportIds = listParam<string>(params, 'ReportId')
  if (imageIds.length > 200 || reportIds.length > 200)
    throw new SimError('InvalidParameterValue', 'At most 200 ids can be given.')
  return ec2World(state).reports.filter(
    (r) =>
      r.region === region &&
      r.createdAt <= asOf &&
      (imageIds.length === 0 || imageIds.includes(r.imageId)) &&
      (reportIds.length === 0 || reportIds.includes(r.id))
  )
}

/** ec2 model: DescribeImageUsageReports (filters state, creation-time, tag:<key>). */
const describeImageUsageReports: QueryHandler = (state, params, call) => {
  const wanted = filters(params, ['state', 'creation-time', 'tag:*'])
  const size = maxResults(params, { min: 1, max: 1000 })
  dryRun(params)
  const world = ec2World(state)
  const page = ec2Page(state, 'DescribeImageUsageReports', params, call, size, (asOf) =>
    selectReports(state, params, call.region, asOf).filter(
      (r) =>
        matches(wanted.get('state'), reportState(state, r, call.elapsed)) &&
        matches(wanted.get('creation-time'), world.iso(r.createdAt).toISOString()) &&
        [...wanted].every(
          ([name, values]) =>
            !name.startsWith('tag:') || r.tags.some((t) => t.Key === name.slice(4) && matches(values, t.Value))
        )
    )
  )
  return {
    imageUsageReportSet: page.items.map((r) => ({
      imageId: r.imageId,
      reportId: r.id,
      resourceTypeSet: r.resourceTypes.map((t) => ({
        resourceType: t.type,
        resourceTypeOptionSet:
          t.depth === undefined ? undefined : [{ optionName: 'version-depth', optionValueSet: [String(t.depth)] }]
      })),
      accountIdSet: r.accountIds.length > 0 ? r.accountIds : undefined,
      state: reportState(state, r, call.elapsed),
      creationTime: world.iso(r.createdAt),
      expirationTime: world.iso(r.createdAt + EXPIRY_MS),
      tagSet: r.tags.length > 0 ? r.tags.map((t) => ({ key: t.Key, value: t.Value })) : undefined
    })),
    nextToken: page.nextToken
  }
}

/** ec2 model: DescribeImageUsageReportEntries (filters account-id, resource-type, creation-time). */
const describeImageUsageReportEntries: QueryHandler = (state, params, call) => {
  const wanted = filters(params, ['account-id', 'resource-type', 'creation-time'])
  const size = maxResults(params, { min: 1, max: 1000 })
  dryRun(params)
  const world = ec2World(state)
  const usage = world.region(call.region).usage
  const page = ec2Page(state, 'DescribeImageUsageReportEntries', params, call, size, (asOf) =>
    selectReports(state, params, call.region, asOf)
      .filter((r) => reportState(state, r, asOf) === 'available')
      .flatMap((r) =>
        usage
          .filter((u) => u.image === r.imageId && (r.accountIds.length === 0 || r.accountIds.includes(u.account)))
          .flatMap((u) =>
            r.resourceTypes.map((t) => ({
              resourceType: t.type,
              reportId: r.id,
              usageCount: t.type === 'ec2:Instance' ? u.instances : u.launchTemplates,
              accountId: u.account,
              imageId: r.imageId,
              reportCreationTime: world.iso(r.createdAt)
            }))
          )
          .filter((e) => e.usageCount > 0)
      )
      .filter(
        (e) =>
          matches(wanted.get('account-id'), e.accountId) &&
          matches(wanted.get('resource-type'), e.resourceType) &&
          matches(wanted.get('creation-time'), e.reportCreationTime.toISOString())
      )
  )
  return { imageUsageReportEntrySet: page.items, nextToken: page.nextToken }
}

export const usageReportOperations: Record<string, QueryHandler> = {
  CreateImageUsageReport: createImageUsageReport,
  DescribeImageUsageReports: describeImageUsageReports,
  DescribeImageUsageReportEntries: describeImageUsageReportEntries
}
