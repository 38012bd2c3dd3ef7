/** EC2 (ec2 protocol) in the simulator, through the real SDK client: references, launch templates, AMIs, usage reports. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  CreateImageUsageReportCommand,
  DescribeImageReferencesCommand,
  DescribeImagesCommand,
  DescribeImageUsageReportEntriesCommand,
  DescribeImageUsageReportsCommand,
  DescribeLaunchTemplateVersionsCommand,
  type DescribeLaunchTemplateVersionsCommandInput,
  EC2Client,
  paginateDescribeImageReferences,
  type ImageReference
} from '@aws-sdk/client-ec2'
import { ConfiguredRetryStrategy } from '@smithy/util-retry'
import { parse, stringify } from 'yaml'
import { simulate, type SimHarness } from '../helpers.js'

const AMI = (build: number, region: 1 | 2) => `ami-0${String(build).padStart(2, '0')}0${region}000000000000`
const EXTRA = `
pageSize: { DescribeImageReferences: 5 }
rateLimits: { DescribeImages: 2 }
denied: [{ action: ec2:DescribeImageReferences, regions: [ca-central-1] }]
ec2:
  usageReportDelay: 2m
  unreachable: [ap-south-1]
  regions:
    us-east-1:
      images: [{ id: ami-0ffff000000000000, name: retired, state: disabled }]
      recipes: [{ name: web-base, parentImage: ${AMI(7, 1)} }, { name: web-box, container: true, parentImage: ${AMI(7, 1)} }]
      instances:
${Array.from({ length: 7 }, (_, i) => `        - { image: ${AMI(7, 1)}, state: ${i % 2 ? 'stopped' : 'running'} }`).join('\n')}
      usage: [{ image: ${AMI(9, 1)}, account: "444455556666", instances: 2, launchTemplates: 1 }, { image: ${AMI(9, 1)}, account: "777788889999", instances: 1 }]
`

/** Objects merged key by key, lists appended. */
function merge(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b]
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) }
    for (const [k, v] of Object.entries(b)) out[k] = k in out ? merge(out[k], v) : v
    return out
  }
  return b ?? a
}

/** The in-use scenario file, with a few more resources for the paging and error cases. */
function scenario(): string {
  return stringify(
    merge(parse(readFileSync(new URL('../../scenarios/in-use.yml', import.meta.url), 'utf8')), parse(EXTRA))
  )
}

let h: SimHarness
let ec2: EC2Client
const inRegion = (region: string) => new EC2Client({ region, maxAttempts: 1 })

beforeAll(async () => {
  h = await simulate(scenario())
  ec2 = inRegion('us-east-1')
})
afterAll(async () => {
  ec2.destroy()
  await h.stop()
})

async function references(
  client: EC2Client,
  input: Partial<ConstructorParameters<typeof DescribeImageReferencesCommand>[0]>
): Promise<ImageReference[]> {
  const found: ImageReference[] = []
  const pages = paginateDescribeImageReferences(
    { client, pageSize: 5 },
    { ImageIds: [], IncludeAllResourceTypes: true, ...input }
  )
  for await (const page of pages) found.push(...(page.ImageReferences ?? []))
  return found
}

describe('DescribeImageReferences', () => {
  it('answers image id, resource type and ARN only, every type, paged by MaxResults', async () => {
    const found = await references(ec2, { ImageIds: [AMI(7, 1), AMI(3, 1)] })
    expect(found.map((r) => Object.keys(r).sort())).toEqual(found.map(() => ['Arn', 'ImageId', 'ResourceType']))
    const types = found.map((r) => `${r.ImageId} ${r.ResourceType}`)
    expect(types.filter((t) => t === `${AMI(7, 1)} ec2:Instance`)).toHaveLength(7)
    expect(found.filter((r) => r.ResourceType?.startsWith('imagebuilder:')).map((r) => r.Arn)).toEqual([
      'arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/web-base/1.0.0',
      'arn:aws:imagebuilder:us-east-1:123456789012:container-recipe/web-box/1.0.0'
    ])
    expect(found.filter((r) => r.ImageId === AMI(3, 1))).toEqual([
      {
        ImageId: AMI(3, 1),
        ResourceType: 'ssm:Parameter',
        Arn: 'arn:aws:ssm:us-east-1:123456789012:parameter/golden/web/ami'
      }
    ])
    const calls = h.sim.calls.filter((c) => c.operation === 'DescribeImageReferences')
    expect(calls.length).toBeGreaterThanOrEqual(2)
  })

  it('counts instances in every state by default, and only the asked states with state-name', async () => {
    const all = await references(ec2, { ImageIds: [AMI(4, 1), AMI(5, 1)] })
    expect(all.filter((r) => r.ResourceType === 'ec2:Instance').map((r) => r.ImageId)).toEqual([
      AMI(4, 1),
      AMI(5, 1),
      AMI(5, 1),
      AMI(5, 1)
    ])
    const stopped = await references(ec2, {
      ImageIds: [AMI(4, 1), AMI(5, 1)],
      IncludeAllResourceTypes: false,
      ResourceTypes: [
        {
          ResourceType: 'ec2:Instance',
          ResourceTypeOptions: [{ OptionName: 'state-name', OptionValues: ['stopped', 'stopping'] }]
        }
      ]
    })
    expect(stopped.map((r) => r.ImageId)).toEqual([AMI(5, 1)])
    expect(stopped[0]?.Arn).toMatch(/^arn:aws:ec2:us-east-1:123456789012:instance\/i-[0-9a-f]{17}$/)
  })

  it('names the launch template, not the version, and looks back version-depth versions (10 by default)', async () => {
    const eu = inRegion('eu-west-1')
    const depth = (n: number) => [
      {
        ResourceType: 'ec2:LaunchTemplate' as const,
        ResourceTypeOptions: [{ OptionName: 'version-depth' as const, OptionValues: [String(n)] }]
      }
    ]
    expect(await references(eu, { ImageIds: [AMI(1, 2)] })).toEqual([])
    expect(await references(eu, { ImageIds: [AMI(1, 2)], ResourceTypes: depth(12) })).toEqual([
      {
        ImageId: AMI(1, 2),
        ResourceType: 'ec2:LaunchTemplate',
        Arn: 'arn:aws:ec2:eu-west-1:123456789012:launch-template/lt-0000000000000b001'
      }
    ])
    expect(await references(eu, { ImageIds: [AMI(8, 2)], ResourceTypes: depth(1) })).toHaveLength(1)
    // The same AMI id in the other region is another AMI: nothing references it there.
    expect(await references(ec2, { ImageIds: [AMI(1, 1)], ResourceTypes: depth(100) })).toEqual([])
    eu.destroy()
  })

  it('refuses what the model refuses, with EC2 error codes', async () => {
    const code = (input: Partial<ConstructorParameters<typeof DescribeImageReferencesCommand>[0]>) =>
      ec2
        .send(new DescribeImageReferencesCommand({ ImageIds: [AMI(7, 1)], IncludeAllResourceTypes: true, ...input }))
        .then(
          () => 'ok',
          (e: Error) => e.name
        )
    expect(await code({ ImageIds: Array.from({ length: 11 }, (_, i) => AMI(i + 1, 1)) })).toBe('InvalidParameterValue')
    expect(await code({ ImageIds: [] })).toBe('InvalidParameterValue')
    expect(await code({ MaxResults: 4 })).toBe('InvalidParameterValue')
    expect(await code({ IncludeAllResourceTypes: false })).toBe('InvalidParameterCombination')
    expect(await code({ ImageIds: ['ami-nothex'] })).toBe('InvalidAMIID.Malformed')
    expect(
      await code({
        ResourceTypes: [
          { ResourceType: 'ssm:Parameter', ResourceTypeOptions: [{ OptionName: 'version-depth', OptionValues: ['3'] }] }
        ]
      })
    ).toBe('InvalidParameterValue')
    expect(
      await code({
        ResourceTypes: [
          {
            ResourceType: 'ec2:LaunchTemplate',
            ResourceTypeOptions: [{ OptionName: 'version-depth', OptionValues: ['10001'] }]
          }
        ]
      })
    ).toBe('InvalidParameterValue')
    const first = await ec2.send(
      new DescribeImageReferencesCommand({ ImageIds: [AMI(7, 1)], IncludeAllResourceTypes: true, MaxResults: 5 })
    )
    expect(first.NextToken).toBeDefined()
    // A token is good only for the request it came from.
    expect(await code({ ImageIds: [AMI(5, 1)], NextToken: first.NextToken })).toBe('InvalidPaginationToken')
  })

  it('answers UnauthorizedOperation naming the action where denied, and DryRun checks the permission', async () => {
    const ca = inRegion('ca-central-1')
    const denied = await ca
      .send(new DescribeImageReferencesCommand({ ImageIds: [AMI(7, 1)], IncludeAllResourceTypes: true }))
      .catch((e: Error & { $metadata?: { httpStatusCode?: number } }) => e)
    expect(denied).toMatchObject({ name: 'UnauthorizedOperation', $metadata: { httpStatusCode: 403 } })
    expect((denied as Error).message).toContain('ec2:DescribeImageReferences')
    const dry = (client: EC2Client) =>
      client
        .send(
          new DescribeImageReferencesCommand({ ImageIds: [AMI(7, 1)], IncludeAllResourceTypes: true, DryRun: true })
        )
        .catch((e: Error) => e.name)
    expect(await dry(ca)).toBe('UnauthorizedOperation')
    expect(await dry(ec2)).toBe('DryRunOperation')
    ca.destroy()
  })

  it('closes the connection for a region that is not reachable', async () => {
    const far = inRegion('ap-south-1')
    await expect(
      far.send(new DescribeImageReferencesCommand({ ImageIds: [AMI(7, 1)], IncludeAllResourceTypes: true }))
    ).rejects.toThrow()
    expect(h.sim.calls.at(-1)).toMatchObject({ service: 'ec2', region: 'ap-south-1', error: 'unreachable' })
    far.destroy()
  })
})

describe('DescribeLaunchTemplateVersions', () => {
  it('answers every template default version, however old, without naming a template', async () => {
    const eu = inRegion('eu-west-1')
    const { LaunchTemplateVersions: versions } = await eu.send(
      new DescribeLaunchTemplateVersionsCommand({ Versions: ['$Default', '$Latest'] })
    )
    expect(
      versions?.map((v) => [v.LaunchTemplateName, v.VersionNumber, v.DefaultVersion, v.LaunchTemplateData?.ImageId])
    ).toEqual([
      ['web', 1, true, AMI(1, 2)],
      ['web', 12, false, AMI(8, 2)],
      ['batch', 1, true, AMI(9, 2)]
    ])
    eu.destroy()
  })

  it('shows a resolve:ssm: image as written, or the AMI it resolves to with ResolveAlias', async () => {
    const read = async (ResolveAlias: boolean) =>
      (
        await ec2.send(
          new DescribeLaunchTemplateVersionsCommand({
            LaunchTemplateName: 'golden',
            Versions: ['$Default'],
            ResolveAlias
          })
        )
      ).LaunchTemplateVersions?.[0]?.LaunchTemplateData?.ImageId
    expect(await read(false)).toBe('resolve:ssm:/golden/web/ami')
    expect(await read(true)).toBe(AMI(3, 1))
  })

  it('selects versions by number, range and filter, and names what does not exist', async () => {
    const eu = inRegion('eu-west-1')
    const list = (input: DescribeLaunchTemplateVersionsCommandInput) =>
      eu.send(new DescribeLaunchTemplateVersionsCommand(input)).then(
        (r) => r.LaunchTemplateVersions?.map((v) => v.VersionNumber),
        (e: Error) => e.name
      )
    expect(await list({ LaunchTemplateId: 'lt-0000000000000b001', Versions: ['3', '$Default'] })).toEqual([1, 3])
    expect(await list({ LaunchTemplateId: 'lt-0000000000000b001', MinVersion: '10' })).toEqual([10, 11, 12])
    expect(await list({ LaunchTemplateName: 'web', Filters: [{ Name: 'image-id', Values: [AMI(1, 2)] }] })).toEqual([1])
    expect(await list({ LaunchTemplateId: 'lt-0000000000000b001', Versions: ['13'] })).toBe(
      'InvalidLaunchTemplateId.VersionNotFound'
    )
    expect(await list({ LaunchTemplateId: 'lt-0000000000000ffff' })).toBe('InvalidLaunchTemplateId.NotFound')
    expect(await list({ LaunchTemplateId: 'lt-x' })).toBe('InvalidLaunchTemplateId.Malformed')
    expect(await list({ LaunchTemplateName: 'nope' })).toBe('InvalidLaunchTemplateName.NotFoundException')
    expect(await list({ Versions: ['3'] })).toBe('InvalidParameterValue')
    expect(await list({ LaunchTemplateId: 'lt-0000000000000b001', LaunchTemplateName: 'web' })).toBe(
      'InvalidParameterCombination'
    )
    expect(await list({ LaunchTemplateName: 'web', Filters: [{ Name: 'kernel-id', Values: ['x'] }] })).toBe(
      'InvalidFilter'
    )
    eu.destroy()
  })
})

describe('DescribeImages', () => {
  it('lists the AMIs the builds distributed, hides disabled ones unless asked, and refuses unknown ids', async () => {
    h.clock.advance(2_000)
    const ids = (r: { Images?: { ImageId?: string }[] }) => r.Images?.map((i) => i.ImageId)
    const own = await ec2.send(new DescribeImagesCommand({ Owners: ['self'] }))
    expect(ids(own)).toContain(AMI(1, 1))
    expect(ids(own)).not.toContain(AMI(1, 2))
    expect(ids(own)).not.toContain('ami-0ffff000000000000')
    const withDisabled = await ec2.send(
      new DescribeImagesCommand({ ImageIds: ['ami-0ffff000000000000'], IncludeDisabled: true })
    )
    expect(withDisabled.Images?.[0]).toMatchObject({
      ImageId: 'ami-0ffff000000000000',
      State: 'disabled',
      OwnerId: '123456789012'
    })
    h.clock.advance(2_000)
    await expect(ec2.send(new DescribeImagesCommand({ ImageIds: ['ami-0eeee000000000000'] }))).rejects.toMatchObject({
      name: 'InvalidAMIID.NotFound'
    })
  })

  it('throttles with RequestLimitExceeded per region, a 503 the SDK retries', async () => {
    h.clock.advance(2_000)
    const outcome = () =>
      ec2.send(new DescribeImagesCommand({ Owners: ['self'], MaxResults: 5 })).then(
        () => 'ok',
        (e: Error & { $metadata?: { httpStatusCode?: number } }) => `${e.name} ${e.$metadata?.httpStatusCode}`
      )
    expect([await outcome(), await outcome(), await outcome()]).toEqual(['ok', 'ok', 'RequestLimitExceeded 503'])
    const eu = inRegion('eu-west-1')
    await expect(eu.send(new DescribeImagesCommand({ Owners: ['self'], MaxResults: 5 }))).resolves.toBeDefined()
    eu.destroy()
    const retrying = new EC2Client({ region: 'us-east-1', retryStrategy: new ConfiguredRetryStrategy(3, () => 1) })
    const before = h.sim.calls.length
    await expect(retrying.send(new DescribeImagesCommand({ Owners: ['self'], MaxResults: 5 }))).rejects.toMatchObject({
      name: 'RequestLimitExceeded'
    })
    expect(h.sim.calls.slice(before).map((c) => c.error)).toEqual([
      'RequestLimitExceeded',
      'RequestLimitExceeded',
      'RequestLimitExceeded'
    ])
    retrying.destroy()
  })
})

describe('image usage reports', () => {
  it('are pending, then available with one entry per account and resource type', async () => {
    const { ReportId } = await ec2.send(
      new CreateImageUsageReportCommand({
        ImageId: AMI(9, 1),
        ResourceTypes: [{ ResourceType: 'ec2:Instance' }, { ResourceType: 'ec2:LaunchTemplate' }],
        ClientToken: 'report-1'
      })
    )
    expect(ReportId).toMatch(/^amiur-[0-9a-f]{17}$/)
    const state = async () =>
      (await ec2.send(new DescribeImageUsageReportsCommand({ ReportIds: [ReportId as string] }))).ImageUsageReports?.[0]
        ?.State
    const entries = async () =>
      (
        await ec2.send(new DescribeImageUsageReportEntriesCommand({ ReportIds: [ReportId as string] }))
      ).ImageUsageReportEntries?.map((e) => [e.AccountId, e.ResourceType, e.UsageCount])
    expect(await state()).toBe('pending')
    expect(await entries()).toEqual([])
    h.clock.advance(120_000)
    expect(await state()).toBe('available')
    expect(await entries()).toEqual([
      ['444455556666', 'ec2:Instance', 2],
      ['444455556666', 'ec2:LaunchTemplate', 1],
      ['777788889999', 'ec2:Instance', 1]
    ])
    // The same client token and request answer the same report; another request with it is refused.
    const again = await ec2.send(
      new CreateImageUsageReportCommand({
        ImageId: AMI(9, 1),
        ResourceTypes: [{ ResourceType: 'ec2:Instance' }, { ResourceType: 'ec2:LaunchTemplate' }],
        ClientToken: 'report-1'
      })
    )
    expect(again.ReportId).toBe(ReportId)
    await expect(
      ec2.send(
        new CreateImageUsageReportCommand({
          ImageId: AMI(9, 1),
          ResourceTypes: [{ ResourceType: 'ec2:Instance' }],
          ClientToken: 'report-1'
        })
      )
    ).rejects.toMatchObject({ name: 'IdempotentParameterMismatch' })
  })

  it('are only for AMIs the account owns in the region, and for instances and launch templates', async () => {
    const create = (ImageId: string, ResourceType: string) =>
      ec2
        .send(
          new CreateImageUsageReportCommand({
            ImageId,
            ResourceTypes: [{ ResourceType: ResourceType as 'ec2:Instance' }]
          })
        )
        .catch((e: Error) => e.name)
    expect(await create('ami-0eeee000000000000', 'ec2:Instance')).toBe('InvalidAMIID.NotFound')
    expect(await create(AMI(9, 1), 'ssm:Parameter')).toBe('InvalidParameterValue')
  })
})
