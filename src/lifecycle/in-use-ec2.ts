/**
 * What EC2 itself says references an AMI (DescribeImageReferences: instances, launch templates within a version
 * depth, SSM parameters, Image Builder recipes), and the launch template versions that name an image.
 */
import {
  DescribeImageReferencesCommand,
  DescribeLaunchTemplateVersionsCommand,
  type EC2Client,
  type LaunchTemplateVersion,
  type ResourceTypeRequest
} from '@aws-sdk/client-ec2'
import type { InUseScope } from '../core/in-use.js'
import { chunks, regionItems } from './in-use-calls.js'
import type { RateLimiter } from './rate-limit.js'

/** A region's EC2 and Auto Scaling, under one rate limit. */
export interface RegionApis {
  region: string
  ec2: EC2Client
  limiter: RateLimiter
  signal?: AbortSignal
}

/** One reference as EC2 lists it: image id, resource type and ARN, nothing more. */
export interface ImageReferenceRow {
  image: string
  type: string
  arn: string
}

/** A launch template version and the image it names (an AMI id or `resolve:ssm:<parameter>`). */
export interface TemplateVersion {
  templateId: string
  templateName: string
  number: number
  image?: string
  isDefault: boolean
}

/** DescribeImageReferences takes 1 to 10 image ids per call; MaxResults is at least 5. */
const IDS_PER_CALL = 10
const PAGE = 1000

/**
 * Every type EC2 can check (types it adds later included), with the scope's instance states and version depth.
 * Instances in no counted state, or launch templates counted by default version only, still need a valid option.
 */
function resourceTypes(scope: InUseScope, instanceStates: string[]): ResourceTypeRequest[] {
  const depth = scope.launchTemplateVersions === 'any' ? scope.launchTemplateDepth : 1
  return [
    ...(instanceStates.length > 0
      ? [
          {
            ResourceType: 'ec2:Instance' as const,
            ResourceTypeOptions: [{ OptionName: 'state-name' as const, OptionValues: instanceStates }]
          }
        ]
      : []),
    {
      ResourceType: 'ec2:LaunchTemplate',
      ResourceTypeOptions: [{ OptionName: 'version-depth', OptionValues: [String(depth)] }]
    }
  ]
}

async function references(
  apis: RegionApis,
  images: string[],
  request: { IncludeAllResourceTypes: boolean; ResourceTypes: ResourceTypeRequest[] }
): Promise<ImageReferenceRow[]> {
  const rows: ImageReferenceRow[] = []
  for (const ids of chunks(images, IDS_PER_CALL)) {
    const references = await regionItems(
      apis,
      'ec2:DescribeImageReferences',
      (NextToken) =>
        apis.ec2.send(new DescribeImageReferencesCommand({ ImageIds: ids, ...request, MaxResults: PAGE, NextToken }), {
          abortSignal: apis.signal
        }),
      {
        items: (p) => p.ImageReferences,
        id: (r) => r.Arn && `${r.ImageId}\n${r.ResourceType}\n${r.Arn}`,
        about: { asked: ids, of: (r) => r.ImageId }
      }
    )
    // A reference EC2 did not name still counts: it is listed as what it is.
    for (const ref of references)
      rows.push({ image: ref.ImageId as string, type: ref.ResourceType ?? 'unknown', arn: ref.Arn ?? '' })
  }
  return rows
}

/** What references each AMI, as far as EC2 checks (instances only in the counted states). */
export function imageReferences(apis: RegionApis, images: string[], scope: InUseScope): Promise<ImageReferenceRow[]> {
  // Without ec2:Instance among the overrides EC2 would count instances in every state.
  const narrowed = scope.instanceStates.length === 0
  return references(apis, images, {
    IncludeAllResourceTypes: !narrowed,
    ResourceTypes: narrowed
      ? [
          ...resourceTypes(scope, []),
          { ResourceType: 'ssm:Parameter' },
          { ResourceType: 'imagebuilder:ImageRecipe' },
          { ResourceType: 'imagebuilder:ContainerRecipe' }
        ]
      : resourceTypes(scope, scope.instanceStates)
  })
}

/** How many of the counted instances of each AMI are stopped or stopping. */
export async function stoppedCounts(
  apis: RegionApis,
  images: string[],
  scope: InUseScope
): Promise<Map<string, number>> {
  const states = scope.instanceStates.filter((s) => s === 'stopped' || s === 'stopping')
  const counts = new Map<string, number>()
  if (states.length === 0 || images.length === 0) return counts
  const rows = await references(apis, images, {
    IncludeAllResourceTypes: false,
    ResourceTypes: [
      { ResourceType: 'ec2:Instance', ResourceTypeOptions: [{ OptionName: 'state-name', OptionValues: states }] }
    ]
  })
  for (const row of rows) if (row.type === 'ec2:Instance') counts.set(row.image, (counts.get(row.image) ?? 0) + 1)
  return counts
}

function toVersion(v: LaunchTemplateVersion): TemplateVersion | undefined {
  if (!v.LaunchTemplateId || v.VersionNumber === undefined) return undefined
  return {
    templateId: v.LaunchTemplateId,
    templateName: v.LaunchTemplateName ?? v.LaunchTemplateId,
    number: v.VersionNumber,
    image: v.LaunchTemplateData?.ImageId,
    isDefault: v.DefaultVersion === true
  }
}

/** A launch template version's identity in a listing. */
const versionId = (v: LaunchTemplateVersion) => v.LaunchTemplateId && `${v.LaunchTemplateId}\n${v.VersionNumber}`

/** The default and latest version of every launch template in the region, however old. */
export async function defaultAndLatestVersions(apis: RegionApis): Promise<TemplateVersion[]> {
  const versions = await regionItems(
    apis,
    'ec2:DescribeLaunchTemplateVersions',
    (NextToken) =>
      apis.ec2.send(
        new DescribeLaunchTemplateVersionsCommand({ Versions: ['$Default', '$Latest'], MaxResults: 200, NextToken }),
        { abortSignal: apis.signal }
      ),
    { items: (p) => p.LaunchTemplateVersions, id: versionId }
  )
  return versions.flatMap((v) => toVersion(v) ?? [])
}

/** Errors that mean the template or version is gone: nothing launches from it, so it uses no AMI. */
const GONE = new Set([
  'InvalidLaunchTemplateId.NotFound',
  'InvalidLaunchTemplateId.VersionNotFound',
  'InvalidLaunchTemplateName.NotFoundException'
])

/** A launch template as a request names it: by id, or by name. */
export type TemplateRef = { id: string } | { name: string }

/**
 * Versions of one template: those given (numbers, `$Latest`, `$Default`), or those naming one of `images`. A
 * template or version that no longer exists answers none; versions of another template fail the check.
 */
export async function templateVersions(
  apis: RegionApis,
  template: TemplateRef,
  select: { versions: string[] } | { images: string[] }
): Promise<TemplateVersion[]> {
  const named = 'id' in template ? { LaunchTemplateId: template.id } : { LaunchTemplateName: template.name }
  const request =
    'versions' in select
      ? { Versions: select.versions }
      : { Filters: [{ Name: 'image-id', Values: select.images }], MaxResults: 200 }
  const versions = await regionItems(
    apis,
    'ec2:DescribeLaunchTemplateVersions',
    (NextToken) =>
      apis.ec2
        .send(new DescribeLaunchTemplateVersionsCommand({ ...named, ...request, NextToken }), {
          abortSignal: apis.signal
        })
        .catch((error: unknown) => {
          if (GONE.has((error as { name?: string }).name ?? ''))
            return { LaunchTemplateVersions: [], NextToken: undefined }
          throw error
        }),
    {
      items: (p) => p.LaunchTemplateVersions,
      id: versionId,
      about:
        'id' in template
          ? { asked: [template.id], of: (v) => v.LaunchTemplateId }
          : { asked: [template.name], of: (v) => v.LaunchTemplateName }
    }
  )
  return versions.flatMap((v) => toVersion(v) ?? [])
}
