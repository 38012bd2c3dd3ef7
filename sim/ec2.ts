/**
 * EC2 operations (the `ec2` query protocol): who references an AMI, launch template versions, the AMIs
 * themselves, and usage reports (ec2-usage.ts). Each handler answers with the model's `locationName`s.
 */
import { deniedMessage, isDenied } from './access.js'
import { INSTANCE_STATES, type SimLaunchTemplate } from './ec2-scenario.js'
import { amiId, dryRun, ec2Page, filters, matches, maxResults, type Ec2Call, type QueryHandler } from './ec2-params.js'
import { ec2World, type Ec2World } from './ec2-state.js'
import { usageReportOperations } from './ec2-usage.js'
import { SimError } from './errors.js'
import { ec2Answer, listParam, type QueryParams } from './query.js'
import type { SimState } from './state.js'

/** ec2 model: `ImageReferenceResourceType`. */
const REFERENCE_TYPES = [
  'ec2:Instance',
  'ec2:LaunchTemplate',
  'ssm:Parameter',
  'imagebuilder:ImageRecipe',
  'imagebuilder:ContainerRecipe'
]
/** For `version-depth`: "Integers between 1 and 10000. Default: 10". */
const DEFAULT_DEPTH = 10

interface ReferenceScope {
  types: Set<string>
  instanceStates: string[]
  depth: number
}

type ResourceTypeRequest = {
  ResourceType?: string
  ResourceTypeOption?: { OptionName?: string; OptionValue?: string[] }[]
}

/** What DescribeImageReferences checks: every type with defaults, the listed ones, or both with overrides. */
function referenceScope(params: QueryParams): ReferenceScope {
  const requested = listParam<ResourceTypeRequest>(params, 'ResourceType')
  const all = params.IncludeAllResourceTypes === 'true'
  if (!all && requested.length === 0)
    throw new SimError(
      'InvalidParameterCombination',
      'Either IncludeAllResourceTypes or ResourceTypes must be specified.'
    )
  const scope: ReferenceScope = {
    types: new Set(all ? REFERENCE_TYPES : []),
    instanceStates: [...INSTANCE_STATES],
    depth: DEFAULT_DEPTH
  }
  for (const r of requested) {
    const type = r.ResourceType ?? ''
    if (!REFERENCE_TYPES.includes(type)) throw new SimError('InvalidParameterValue', `Invalid resource type: ${type}`)
    scope.types.add(type)
    for (const option of r.ResourceTypeOption ?? []) {
      const values = (option.OptionValue ?? []).filter((v) => v !== undefined)
      if (type === 'ec2:Instance' && option.OptionName === 'state-name') {
        const bad = values.find((v) => !(INSTANCE_STATES as readonly string[]).includes(v))
        if (bad !== undefined || values.length === 0)
          throw new SimError('InvalidParameterValue', `Invalid state-name: ${String(bad)}`)
        scope.instanceStates = values
      } else if (type === 'ec2:LaunchTemplate' && option.OptionName === 'version-depth') {
        const depth = Number(values[0])
        if (values.length !== 1 || !Number.isInteger(depth) || depth < 1 || depth > 10_000)
          throw new SimError(
            'InvalidParameterValue',
            `version-depth must be an integer between 1 and 10000, got ${values.join(',')}`
          )
        scope.depth = depth
      } else
        // "Valid only when ResourceType is ec2:Instance or ec2:LaunchTemplate", with the option each takes.
        throw new SimError('InvalidParameterValue', `Option ${String(option.OptionName)} is not valid for ${type}`)
    }
  }
  return scope
}

/** The newest `depth` versions of a template, newest first. */
function newestVersions(template: SimLaunchTemplate, depth: number) {
  return [...template.versions].sort((a, b) => b.number - a.number).slice(0, depth)
}

/** References to one AMI in a region, in the order: instances, templates, parameters, recipes. */
function referencesTo(world: Ec2World, region: string, image: string, scope: ReferenceScope) {
  const r = world.region(region)
  const found: { resourceType: string; arn: string }[] = []
  const add = (resourceType: string, arn: string) => scope.types.has(resourceType) && found.push({ resourceType, arn })
  for (const i of r.instances)
    if (i.image === image && scope.instanceStates.includes(i.state))
      add('ec2:Instance', world.arn('ec2', region, `instance/${i.id}`))
  // The ARN names the template, not the version; a `resolve:ssm:` version names a parameter, not an image.
  for (const t of r.launchTemplates)
    if (newestVersions(t, scope.depth).some((v) => v.image === image))
      add('ec2:LaunchTemplate', world.arn('ec2', region, `launch-template/${t.id}`))
  for (const p of r.ssmParameters)
    if (p.value === image) add('ssm:Parameter', world.arn('ssm', region, `parameter/${p.name.replace(/^\//, '')}`))
  for (const recipe of r.recipes)
    if (recipe.parentImage === image) {
      const kind = recipe.kind === 'imagebuilder:ImageRecipe' ? 'image-recipe' : 'container-recipe'
      add(recipe.kind, world.arn('imagebuilder', region, `${kind}/${recipe.name}/${recipe.version}`))
    }
  return found
}

/** ec2 model: DescribeImageReferences (1 to 10 ImageIds, MaxResults at least 5). */
const describeImageReferences: QueryHandler = (state, params, call) => {
  const ids = listParam(params, 'ImageId').map(amiId)
  if (ids.length < 1 || ids.length > 10)
    throw new SimError('InvalidParameterValue', `ImageIds must name between 1 and 10 images, got ${ids.length}.`)
  const scope = referenceScope(params)
  const size = maxResults(params, { min: 5, max: 1000 })
  dryRun(params)
  const world = ec2World(state)
  const page = ec2Page(state, 'DescribeImageReferences', params, call, size, () =>
    [...new Set(ids)].flatMap((image) =>
      referencesTo(world, call.region, image, scope).map((r) => ({ imageId: image, ...r }))
    )
  )
  return { imageReferenceSet: page.items, nextToken: page.nextToken }
}

const VERSION_ALIASES = new Set(['$Latest', '$Default'])

/** The versions a DescribeLaunchTemplateVersions request selects, as [template, version] pairs. */
function selectVersions(world: Ec2World, region: string, params: QueryParams) {
  const { LaunchTemplateId: id, LaunchTemplateName: name } = params as Record<string, string | undefined>
  const versions = listParam<string>(params, 'LaunchTemplateVersion')
  const pick = (t: SimLaunchTemplate, v: string) => {
    const latest = Math.max(...t.versions.map((x) => x.number))
    const number = v === '$Latest' ? latest : v === '$Default' ? t.defaultVersion : Number(v)
    const version = t.versions.find((x) => x.number === number)
    if (!version)
      throw new SimError(
        'InvalidLaunchTemplateId.VersionNotFound',
        `Could not find launch template version ${v} for ${t.id}.`
      )
    return { template: t, version }
  }
  if (id !== undefined && name !== undefined)
    throw new SimError(
      'InvalidParameterCombination',
      'Specify either the launch template ID or the launch template name, but not both.'
    )
  if (id === undefined && name === undefined) {
    // "To describe all launch templates in your account ... $Latest ... $Default. You cannot specify numbers."
    if (versions.length === 0 || versions.some((v) => !VERSION_ALIASES.has(v)))
      throw new SimError(
        'InvalidParameterValue',
        'Without a launch template, the versions can only be $Latest and $Default.'
      )
    const pairs = world.region(region).launchTemplates.flatMap((t) => [...new Set(versions)].map((v) => pick(t, v)))
    return pairs.filter((p, i) => pairs.findIndex((q) => q.template === p.template && q.version === p.version) === i)
  }
  if (id !== undefined && !/^lt-[0-9a-f]{17}$/.test(id))
    throw new SimError('InvalidLaunchTemplateId.Malformed', `The launch template ID '${id}' is malformed.`)
  const template = world.template(region, { id, name })
  if (!template)
    throw id !== undefined
      ? new SimError(
          'InvalidLaunchTemplateId.NotFound',
          `The specified launch template, with template ID ${id}, does not exist.`
        )
      : new SimError(
          'InvalidLaunchTemplateName.NotFoundException',
          `The specified launch template, with template name ${name}, does not exist.`
        )
  const min = params.MinVersion === undefined ? -Infinity : Number(params.MinVersion)
  const max = params.MaxVersion === undefined ? Infinity : Number(params.MaxVersion)
  const chosen =
    versions.length > 0
      ? versions.map((v) => pick(template, v))
      : template.versions.map((version) => ({ template, version }))
  return chosen
    .filter(({ version }) => version.number >= min && version.number <= max)
    .sort((a, b) => a.version.number - b.version.number)
}

/** `resolve:ssm:/golden/web/ami` or `resolve:ssm:name:3` -> the parameter's AMI (ResolveAlias). */
function resolveAlias(world: Ec2World, region: string, image: string | undefined): string | undefined {
  const alias = /^resolve:ssm:([^:]+)(:.+)?$/.exec(image ?? '')
  if (!alias) return image
  return world.region(region).ssmParameters.find((p) => p.name === alias[1])?.value ?? image
}

/** ec2 model: DescribeLaunchTemplateVersions (MaxResults 1 to 200; filters image-id, is-default-version). */
const describeLaunchTemplateVersions: QueryHandler = (state, params, call) => {
  const size = maxResults(params, { min: 1, max: 200 })
  const wanted = filters(params, ['image-id', 'is-default-version'])
  const world = ec2World(state)
  const selected = selectVersions(world, call.region, params)
  dryRun(params)
  const page = ec2Page(state, 'DescribeLaunchTemplateVersions', params, call, size, () =>
    selected
      .map(({ template, version }) => ({
        launchTemplateId: template.id,
        launchTemplateName: template.name,
        versionNumber: version.number,
        versionDescription: version.description,
        createTime: world.iso(0),
        createdBy: world.arn('iam', '', 'root'),
        defaultVersion: version.number === template.defaultVersion,
        launchTemplateData: {
          imageId: params.ResolveAlias === 'true' ? resolveAlias(world, call.region, version.image) : version.image,
          instanceType: 't3.micro'
        }
      }))
      .filter(
        (v) =>
          matches(wanted.get('image-id'), v.launchTemplateData.imageId) &&
          matches(wanted.get('is-default-version'), String(v.defaultVersion))
      )
  )
  return { launchTemplateVersionSet: page.items, nextToken: page.nextToken }
}

/** ec2 model: DescribeImages. Disabled AMIs only with IncludeDisabled; an unknown id is InvalidAMIID.NotFound. */
const describeImages: QueryHandler = (state, params, call) => {
  const ids = listParam(params, 'ImageId').map(amiId)
  const owners = listParam<string>(params, 'Owner')
  if (listParam(params, 'ExecutableBy').length > 0)
    throw new SimError(
      'InvalidParameterValue',
      'ExecutableUsers is not modelled by the simulator (it has no launch permissions).'
    )
  const wanted = filters(params, ['image-id', 'name', 'state', 'is-public'])
  const size = maxResults(params, { min: 1, max: 1000 })
  dryRun(params)
  const world = ec2World(state)
  const known = world.amis(call.region, call.elapsed)
  const missing = ids.filter((id) => !known.some((a) => a.id === id))
  if (missing.length > 0)
    throw new SimError('InvalidAMIID.NotFound', `The image id '[${missing.join(', ')}]' does not exist`)
  const page = ec2Page(state, 'DescribeImages', params, call, size, (asOf) =>
    world
      .amis(call.region, asOf)
      .filter((a) => ids.length === 0 || ids.includes(a.id))
      .filter(
        (a) => owners.length === 0 || owners.some((o) => o === a.owner || (o === 'self' && a.owner === world.account))
      )
      .filter((a) => a.state !== 'disabled' || params.IncludeDisabled === 'true')
      .filter((a) => matches(wanted.get('image-id'), a.id) && matches(wanted.get('name'), a.name))
      .filter((a) => matches(wanted.get('state'), a.state) && matches(wanted.get('is-public'), String(a.public)))
  )
  return {
    imagesSet: page.items.map((a) => ({
      imageId: a.id,
      imageLocation: `${a.owner}/${a.name}`,
      imageState: a.state,
      imageOwnerId: a.owner,
      creationDate: world.iso(0).toISOString(),
      isPublic: a.public,
      architecture: 'x86_64',
      imageType: 'machine',
      name: a.name,
      rootDeviceType: 'ebs',
      virtualizationType: 'hvm',
      // The owner sees deprecated AMIs whatever IncludeDeprecated says (DescribeImagesRequest).
      deprecationTime: a.deprecated ? world.iso(0).toISOString() : undefined
    })),
    nextToken: page.nextToken
  }
}

const operations: Record<string, QueryHandler> = {
  DescribeImageReferences: describeImageReferences,
  DescribeLaunchTemplateVersions: describeLaunchTemplateVersions,
  DescribeImages: describeImages,
  ...usageReportOperations
}

/** EC2 as the server dispatches it: the permission check first, as IAM answers before the service. */
export const ec2Service = {
  name: 'ec2' as const,
  operations: Object.keys(operations),
  answer: ec2Answer,
  handle(state: SimState, operation: string, params: QueryParams, call: Ec2Call): Record<string, unknown> {
    const handler = operations[operation]
    if (!handler) throw new SimError('InvalidAction', `The action ${operation} is not valid for this web service.`)
    // EC2 answers a denied action with UnauthorizedOperation ("Error codes for the Amazon EC2 API").
    const action = `ec2:${operation}`
    if (isDenied(state, action, call.region))
      throw new SimError(
        'UnauthorizedOperation',
        `You are not authorized to perform this operation. ${deniedMessage(state, action)}`
      )
    return handler(state, params, call)
  }
}
