/**
 * Everything in one region that uses one of a set of AMIs, said the way the summary says it: EC2's own
 * references, the launch template versions that name the AMI (default ones however old), and the Auto Scaling
 * groups and launch configurations that launch from it.
 */
import type { AutoScalingGroup, LaunchConfiguration, LaunchTemplateSpecification } from '@aws-sdk/client-auto-scaling'
import { plural, type InUseScope, type Reference } from '../core/in-use.js'
import { autoScalingLaunchers, type AutoScalingApis } from './in-use-autoscaling.js'
import {
  defaultAndLatestVersions,
  imageReferences,
  stoppedCounts,
  templateVersions,
  type ImageReferenceRow,
  type RegionApis,
  type TemplateVersion
} from './in-use-ec2.js'

/** `arn:aws:ssm:r:a:parameter/golden/web/ami` or `resolve:ssm:/golden/web/ami:3` -> `golden/web/ami`. */
function parameterKey(text: string): string {
  const arn = /^arn:[^:]+:ssm:[^:]*:[^:]*:parameter\/(.+)$/.exec(text)
  const name = arn ? (arn[1] as string) : text.replace(/:[^:/]+$/, '')
  return name.replace(/^\//, '')
}

/** A hierarchical parameter name starts with a slash, which its ARN leaves out. */
function parameterName(key: string): string {
  return key.includes('/') ? `/${key}` : key
}

/** How a launch template version's image names `ami`: directly, through an SSM parameter naming it, or not. */
function naming(image: string | undefined, ami: string, parameters: Set<string>): string | undefined {
  if (image === ami) return ''
  const ssm = /^resolve:ssm:(.+)$/.exec(image ?? '')
  if (ssm && parameters.has(parameterKey(ssm[1] as string)))
    return ` via SSM parameter ${parameterName(parameterKey(ssm[1] as string))}`
  return undefined
}

/** The template versions this region's launchers can launch from, and the groups and configurations. */
interface Launchers {
  versions: TemplateVersion[]
  latest: Map<string, number>
  /** Versions groups launch that the listing did not explain, each read by itself (none: the template is gone). */
  direct: Map<string, TemplateVersion | undefined>
  groups: AutoScalingGroup[]
  configurations: LaunchConfiguration[]
}

function specs(group: AutoScalingGroup): { spec: LaunchTemplateSpecification; via: string }[] {
  const mixed = group.MixedInstancesPolicy?.LaunchTemplate
  return [
    ...(group.LaunchTemplate ? [{ spec: group.LaunchTemplate, via: '' }] : []),
    ...(mixed?.LaunchTemplateSpecification ? [{ spec: mixed.LaunchTemplateSpecification, via: '' }] : []),
    ...(mixed?.Overrides ?? []).flatMap((o) =>
      o.LaunchTemplateSpecification
        ? [{ spec: o.LaunchTemplateSpecification, via: `override ${o.InstanceType ?? '?'}: ` }]
        : []
    )
  ]
}

const specKey = (spec: LaunchTemplateSpecification) =>
  `${spec.LaunchTemplateId ?? ''}\n${spec.LaunchTemplateName ?? ''}\n${spec.Version ?? '$Default'}`

/** The version a group's launch template specification launches (no version given means the default). */
function resolve(l: Pick<Launchers, 'versions' | 'latest' | 'direct'>, spec: LaunchTemplateSpecification) {
  if (l.direct.has(specKey(spec))) return l.direct.get(specKey(spec))
  const mine = l.versions.filter((v) =>
    spec.LaunchTemplateId ? v.templateId === spec.LaunchTemplateId : v.templateName === spec.LaunchTemplateName
  )
  const version = spec.Version ?? '$Default'
  if (version === '$Default') return mine.find((v) => v.isDefault)
  const number = version === '$Latest' ? l.latest.get(mine[0]?.templateId ?? '') : Number(version)
  return mine.find((v) => v.number === number)
}

async function launchers(apis: RegionApis, asApis: AutoScalingApis): Promise<Launchers> {
  const versions = await defaultAndLatestVersions(apis)
  const latest = new Map<string, number>()
  for (const v of versions) latest.set(v.templateId, Math.max(latest.get(v.templateId) ?? 0, v.number))
  const { groups, configurations } = await autoScalingLaunchers(asApis)
  const l: Launchers = { versions, latest, direct: new Map(), groups, configurations }
  // A version a group launches that the listing does not explain (a number older than the newest, or a template
  // the listing lacks: made since it was read, or left out of it) is read by itself, once.
  for (const group of groups)
    for (const { spec } of specs(group)) {
      const template = spec.LaunchTemplateId
        ? { id: spec.LaunchTemplateId }
        : spec.LaunchTemplateName
          ? { name: spec.LaunchTemplateName }
          : undefined
      if (!template || resolve(l, spec) || l.direct.has(specKey(spec))) continue
      const [found] = await templateVersions(apis, template, { versions: [spec.Version ?? '$Default'] })
      l.direct.set(specKey(spec), found)
      if (found) versions.push(found)
    }
  return l
}

type Found = Pick<Reference, 'kind' | 'text'>

/** The references to one AMI, from EC2's rows and the region's launchers. */
function describe(ami: string, rows: ImageReferenceRow[], stopped: number, l: Launchers, scope: InUseScope): Found[] {
  const found: Found[] = []
  const add = (kind: Reference['kind'], text: string) => {
    if (!found.some((f) => f.text === text)) found.push({ kind, text })
  }
  const instances = rows.filter((r) => r.type === 'ec2:Instance').length
  if (instances > 0) add('instances', `${plural(instances, 'instance')}${stopped > 0 ? `, ${stopped} stopped` : ''}`)
  const parameters = new Set(rows.filter((r) => r.type === 'ssm:Parameter').map((r) => parameterKey(r.arn)))
  for (const key of parameters) add('ssm-parameter', `SSM parameter ${parameterName(key)}`)
  for (const r of rows.filter((r) => r.type.startsWith('imagebuilder:'))) {
    const recipe = /:(image|container)-recipe\/([^/]+)\/(.+)$/.exec(r.arn)
    add('recipe', recipe ? `Image Builder ${recipe[1]} recipe ${recipe[2]} ${recipe[3]}` : `${r.type} ${r.arn}`)
  }
  for (const r of rows.filter((r) => !/^(ec2:Instance|ec2:LaunchTemplate|ssm:Parameter|imagebuilder:)/.test(r.type)))
    add('other', `${r.type} ${r.arn}`)
  // Template versions: the default however old, and (scope "any") those within the depth EC2 checked.
  const referenced = new Set(rows.filter((r) => r.type === 'ec2:LaunchTemplate').map((r) => r.arn.split('/').at(-1)))
  const byTemplate = new Map<string, { name: string; labels: string[] }>()
  for (const v of l.versions) {
    const via = naming(v.image, ami, parameters)
    const counts = v.isDefault || (scope.launchTemplateVersions === 'any' && referenced.has(v.templateId))
    if (via === undefined || !counts) continue
    const entry = byTemplate.get(v.templateId) ?? { name: v.templateName, labels: [] }
    const label = `${v.number}${v.isDefault ? ' (default)' : ''}${via}`
    if (!entry.labels.includes(label)) entry.labels.push(label)
    byTemplate.set(v.templateId, entry)
  }
  for (const [id, { name, labels }] of byTemplate)
    add(
      'launch-template',
      `launch template ${id} (${name}) version${labels.length > 1 ? 's' : ''} ${labels.join(', ')}`
    )
  if (scope.launchTemplateVersions === 'any')
    for (const id of referenced)
      if (!byTemplate.has(id ?? ''))
        add(
          'launch-template',
          `${id ? `launch template ${id}` : 'a launch template EC2 did not name'} (one of its newest ` +
            `${scope.launchTemplateDepth} versions)`
        )
  // What Auto Scaling launches: configurations, template versions, overrides that name the AMI themselves.
  const configured = new Set(l.configurations.filter((c) => c.ImageId === ami).map((c) => c.LaunchConfigurationName))
  for (const g of l.groups) {
    const name = `Auto Scaling group ${g.AutoScalingGroupName ?? '?'}`
    if (g.LaunchConfigurationName && configured.has(g.LaunchConfigurationName))
      add('auto-scaling-group', `${name} (launch configuration ${g.LaunchConfigurationName})`)
    for (const { spec, via } of specs(g)) {
      const v = resolve(l, spec)
      const how = v && naming(v.image, ami, parameters)
      if (v && how !== undefined)
        add('auto-scaling-group', `${name} (${via}launch template ${v.templateId} version ${v.number}${how})`)
    }
    for (const o of g.MixedInstancesPolicy?.LaunchTemplate?.Overrides ?? [])
      if (o.ImageId === ami) add('auto-scaling-group', `${name} (mixed instances override ${o.InstanceType ?? '?'})`)
  }
  const used = new Set(l.groups.map((g) => g.LaunchConfigurationName))
  for (const c of configured) if (!used.has(c)) add('launch-configuration', `launch configuration ${c}`)
  return found
}

/** What uses each of `images` in the region (an AMI nothing uses has an empty list). */
export async function regionUse(
  apis: RegionApis,
  asApis: AutoScalingApis,
  images: string[],
  scope: InUseScope
): Promise<Map<string, Reference[]>> {
  const rows = await imageReferences(apis, images, scope)
  const withInstances = [...new Set(rows.filter((r) => r.type === 'ec2:Instance').map((r) => r.image))]
  const stopped = await stoppedCounts(apis, withInstances, scope)
  const l = await launchers(apis, asApis)
  if (scope.launchTemplateVersions === 'any') {
    // Templates EC2 found within the depth whose default version does not explain the reference.
    const byTemplate = new Map<string, string[]>()
    for (const r of rows.filter((r) => r.type === 'ec2:LaunchTemplate')) {
      const id = r.arn.split('/').at(-1) ?? ''
      if (id && !l.versions.some((v) => v.templateId === id && v.image === r.image))
        byTemplate.set(id, [...(byTemplate.get(id) ?? []), r.image])
    }
    for (const [id, amis] of byTemplate) l.versions.push(...(await templateVersions(apis, { id }, { images: amis })))
  }
  return new Map(
    images.map((ami) => [
      ami,
      describe(
        ami,
        rows.filter((r) => r.image === ami),
        stopped.get(ami) ?? 0,
        l,
        scope
      ).map((f) => ({ ...f, region: apis.region, image: ami }))
    ])
  )
}
