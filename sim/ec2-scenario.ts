/**
 * The `ec2` part of a scenario: per region, what can reference an AMI (instances, launch template versions,
 * SSM parameters, Image Builder recipes, Auto Scaling groups and launch configurations), other accounts' use
 * of the account's AMIs (for usage reports), and regions that do not answer. (What the role may not do is the
 * scenario's `denied` list, see access.ts.)
 *
 * ```yaml
 * ec2:
 *   unreachable: [ap-south-1]
 *   usageReportDelay: 2m
 *   regions:
 *     eu-west-1:
 *       images: [{ id: ami-0123456789abcdef0, name: golden, state: disabled }]
 *       instances: [{ image: ami-0123456789abcdef0, state: stopped }]
 *       launchTemplates:
 *         - { name: web, default: 2, versions: [{ image: ami-... }, { image: "resolve:ssm:/golden/web/ami" }] }
 *       ssmParameters: [{ name: /golden/web/ami, value: ami-... }]
 *       recipes: [{ name: web, version: 1.0.0, parentImage: ami-... }]
 *       autoScalingGroups: [{ name: web-asg, launchTemplate: { name: web, version: $Default } }]
 *       launchConfigurations: [{ name: web-lc, image: ami-... }]
 *       usage: [{ image: ami-..., account: "444455556666", instances: 3, launchTemplates: 1 }]
 * ```
 */
import { createHash } from 'node:crypto'
import { at, list, oneOf, optStr, ScenarioError, str, type Raw } from './scenario-fields.js'

/** ec2 model: `ResourceTypeOption` values for `state-name` ("Default: All states"). */
export const INSTANCE_STATES = ['pending', 'running', 'shutting-down', 'terminated', 'stopping', 'stopped'] as const
/** ec2 model: `ImageState`. */
const AMI_STATES = [
  'pending',
  'available',
  'invalid',
  'deregistered',
  'transient',
  'failed',
  'error',
  'disabled'
] as const

export interface SimAmi {
  id: string
  name: string
  owner: string
  /** EC2 `ImageState`: available, pending, failed, disabled, ... */
  state: string
  deprecated: boolean
  public: boolean
}
export interface SimInstance {
  id: string
  image: string
  /** pending | running | shutting-down | terminated | stopping | stopped */
  state: string
}
export interface SimLaunchTemplateVersion {
  number: number
  /** An AMI id or `resolve:ssm:<parameter>`; absent when the version names no image. */
  image?: string
  description?: string
}
export interface SimLaunchTemplate {
  id: string
  name: string
  defaultVersion: number
  versions: SimLaunchTemplateVersion[]
}
export interface SimTemplateRef {
  id?: string
  name?: string
  /** A number, `$Latest` or `$Default`. */
  version?: string
}
export interface SimOverride {
  instanceType?: string
  /** An AMI named by the override itself (autoscaling model: `LaunchTemplateOverrides.ImageId`). */
  image?: string
  launchTemplate?: SimTemplateRef
}
export interface SimAutoScalingGroup {
  name: string
  launchTemplate?: SimTemplateRef
  launchConfiguration?: string
  mixed?: { launchTemplate: SimTemplateRef; overrides: SimOverride[] }
  tags: Record<string, string>
}
export interface SimRecipe {
  kind: 'imagebuilder:ImageRecipe' | 'imagebuilder:ContainerRecipe'
  name: string
  version: string
  parentImage: string
}
export interface SimUsage {
  image: string
  account: string
  instances: number
  launchTemplates: number
}
export interface SimEc2Region {
  images: SimAmi[]
  instances: SimInstance[]
  launchTemplates: SimLaunchTemplate[]
  ssmParameters: { name: string; value: string }[]
  recipes: SimRecipe[]
  autoScalingGroups: SimAutoScalingGroup[]
  launchConfigurations: { name: string; image: string; instanceType: string }[]
  usage: SimUsage[]
}
export interface SimEc2 {
  /** Regions whose EC2 and Auto Scaling endpoints do not answer (the connection is closed). */
  unreachable: string[]
  /** How long an image usage report stays `pending`. */
  usageReportDelay: number
  regions: Record<string, SimEc2Region>
}

/** An id as EC2 forms them, `<prefix>-` and 17 hex digits, stable for a scenario position. */
function idFor(prefix: string, seed: string): string {
  return `${prefix}-${createHash('sha256').update(seed).digest('hex').slice(0, 17)}`
}

function templateRef(raw: unknown, where: string): SimTemplateRef | undefined {
  if (raw === undefined || raw === null) return undefined
  const ref = raw as Raw
  if (ref.id === undefined && ref.name === undefined) throw new ScenarioError(`${where}: "id" or "name" is required`)
  return { id: optStr(ref.id), name: optStr(ref.name), version: optStr(ref.version) }
}

function region(raw: Raw, name: string, home: { account: string }): SimEc2Region {
  const where = `ec2.regions.${name}`
  const templates = list(raw.launchTemplates).map((t, i): SimLaunchTemplate => {
    const w = `${where}.launchTemplates[${i}]`
    const versions = list(t.versions).map((v, j) => ({
      number: Number(v.number ?? j + 1),
      image: optStr(v.image),
      description: optStr(v.description)
    }))
    // A template's first version is its default until another is made the default.
    const defaultVersion = Number(t.default ?? 1)
    if (!versions.some((v) => v.number === defaultVersion))
      throw new ScenarioError(`${w}: no version ${defaultVersion} to be the default`)
    return {
      id: str(t, 'id', w, idFor('lt', `${name}/${String(t.name ?? i)}`)),
      name: str(t, 'name', w),
      defaultVersion,
      versions
    }
  })
  return {
    images: list(raw.images).map((img, i) => ({
      id: str(img, 'id', `${where}.images[${i}]`),
      name: str(img, 'name', `${where}.images[${i}]`, `image-${i}`),
      owner: str(img, 'owner', `${where}.images[${i}]`, home.account),
      state: oneOf(img.state, AMI_STATES, `${where}.images[${i}].state`, 'available'),
      deprecated: img.deprecated === true,
      public: img.public === true
    })),
    instances: list(raw.instances).map((inst, i) => ({
      id: str(inst, 'id', `${where}.instances[${i}]`, idFor('i', `${name}/${i}`)),
      image: str(inst, 'image', `${where}.instances[${i}]`),
      state: oneOf(inst.state, INSTANCE_STATES, `${where}.instances[${i}].state`, 'running')
    })),
    launchTemplates: templates,
    ssmParameters: list(raw.ssmParameters).map((p, i) => ({
      name: str(p, 'name', `${where}.ssmParameters[${i}]`),
      value: str(p, 'value', `${where}.ssmParameters[${i}]`)
    })),
    recipes: list(raw.recipes).map((r, i) => ({
      kind: r.container === true ? ('imagebuilder:ContainerRecipe' as const) : ('imagebuilder:ImageRecipe' as const),
      name: str(r, 'name', `${where}.recipes[${i}]`),
      version: str(r, 'version', `${where}.recipes[${i}]`, '1.0.0'),
      parentImage: str(r, 'parentImage', `${where}.recipes[${i}]`)
    })),
    autoScalingGroups: list(raw.autoScalingGroups).map((g, i): SimAutoScalingGroup => {
      const w = `${where}.autoScalingGroups[${i}]`
      const mixed = g.mixedInstancesPolicy as Raw | undefined
      return {
        name: str(g, 'name', w),
        launchTemplate: templateRef(g.launchTemplate, `${w}.launchTemplate`),
        launchConfiguration: optStr(g.launchConfiguration),
        mixed: mixed && {
          launchTemplate: templateRef(
            mixed.launchTemplate,
            `${w}.mixedInstancesPolicy.launchTemplate`
          ) as SimTemplateRef,
          overrides: list(mixed.overrides).map((o, j) => ({
            instanceType: optStr(o.instanceType),
            image: optStr(o.image),
            launchTemplate: templateRef(o.launchTemplate, `${w}.mixedInstancesPolicy.overrides[${j}].launchTemplate`)
          }))
        },
        tags: (g.tags as Record<string, string> | undefined) ?? {}
      }
    }),
    launchConfigurations: list(raw.launchConfigurations).map((c, i) => ({
      name: str(c, 'name', `${where}.launchConfigurations[${i}]`),
      image: str(c, 'image', `${where}.launchConfigurations[${i}]`),
      instanceType: str(c, 'instanceType', `${where}.launchConfigurations[${i}]`, 't3.micro')
    })),
    usage: list(raw.usage).map((u, i) => ({
      image: str(u, 'image', `${where}.usage[${i}]`),
      account: str(u, 'account', `${where}.usage[${i}]`),
      instances: Number(u.instances ?? 0),
      launchTemplates: Number(u.launchTemplates ?? 0)
    }))
  }
}

export function normalizeEc2(doc: Raw | undefined, home: { account: string }): SimEc2 {
  const raw = doc ?? {}
  const regions = (raw.regions as Record<string, Raw> | undefined) ?? {}
  return {
    unreachable: (Array.isArray(raw.unreachable) ? raw.unreachable : []).map(String),
    usageReportDelay: at(raw.usageReportDelay ?? '2m', 'ec2.usageReportDelay'),
    regions: Object.fromEntries(Object.entries(regions).map(([name, r]) => [name, region(r ?? {}, name, home)]))
  }
}
