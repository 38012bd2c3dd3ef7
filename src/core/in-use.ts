/**
 * Whether an image build is still in use, as data: what counts (the policy's `in-use` scope), what references
 * each AMI, and what could not be checked with what would settle it. A build in use, or not fully checked, is
 * never moved to a state that stops launches.
 */
import type { ImageState } from './lifecycle.js'

/** An AMI an image build produced (Image Builder `outputResources.amis`). */
export interface BuildAmi {
  region: string
  accountId: string
  image: string
  name?: string
}

/** What a build produced: its AMIs, and its container images per region. */
export interface BuildOutputs {
  amis: BuildAmi[]
  containers: { region: string; imageUris: string[] }[]
}

/** An AMI id as EC2 forms them (`ami-` and 8 or 17 hex digits). */
export function isAmiId(text: string): boolean {
  return /^ami-[0-9a-f]{8,17}$/.test(text)
}

/**
 * Image Builder's `outputResources` as answered (every member optional) -> what the build produced, each AMI
 * once (an AMI listed twice in a region would be checked, reported and promoted twice).
 */
export function toBuildOutputs(raw: {
  amis?: { region?: string; image?: string; name?: string; accountId?: string }[]
  containers?: { region?: string; imageUris?: string[] }[]
}): BuildOutputs {
  const amis = (raw.amis ?? []).flatMap((a) =>
    a.region && a.image ? [{ region: a.region, image: a.image, accountId: a.accountId ?? '', name: a.name }] : []
  )
  return {
    amis: amis.filter(
      (a, i) => amis.findIndex((b) => b.region === a.region && b.image === a.image && b.accountId === a.accountId) === i
    ),
    containers: (raw.containers ?? []).flatMap((c) =>
      c.region ? [{ region: c.region, imageUris: (c.imageUris ?? []).filter((u) => typeof u === 'string') }] : []
    )
  }
}

/** EC2 instance states (the `state-name` option of DescribeImageReferences). */
export const INSTANCE_STATES = ['pending', 'running', 'shutting-down', 'terminated', 'stopping', 'stopped'] as const
export type InstanceState = (typeof INSTANCE_STATES)[number]

/** What counts as in use: the policy's `in-use` section. */
export interface InUseScope {
  /** Off only by the policy's word; the summary then says that nothing was checked. */
  check: boolean
  /** Instances in these states use their AMI. */
  instanceStates: InstanceState[]
  /**
   * `any`: any of a template's newest `launchTemplateDepth` versions; `default`: only default versions. Either
   * way a template's default version and every version an Auto Scaling group launches from count, however old.
   */
  launchTemplateVersions: 'any' | 'default'
  launchTemplateDepth: number
  /** Ask EC2 for other accounts' use (image usage reports) before a state change that stops launches. */
  otherAccounts: boolean
  /** How long to wait for those reports; after that the AMI counts as unchecked. */
  otherAccountsWaitMs: number
}

export const DEFAULT_IN_USE: InUseScope = {
  check: true,
  // A terminated instance launches nothing again; every other state can.
  instanceStates: ['pending', 'running', 'shutting-down', 'stopping', 'stopped'],
  launchTemplateVersions: 'any',
  launchTemplateDepth: 10,
  otherAccounts: true,
  otherAccountsWaitMs: 10 * 60_000
}

export type ReferenceKind =
  | 'instances'
  | 'launch-template'
  | 'ssm-parameter'
  | 'recipe'
  | 'auto-scaling-group'
  | 'launch-configuration'
  | 'other-account'
  | 'other'

/** One thing that uses an AMI, said the way the summary says it. */
export interface Reference {
  kind: ReferenceKind
  /** `launch template lt-0abc (web) version 4 (default)`, `Auto Scaling group web-asg`, `3 instances, 1 stopped` */
  text: string
  region: string
  image: string
}

/** A part of the check that could not be made: where, why, and what would settle it. */
export interface Unchecked {
  region: string
  account?: string
  images: string[]
  /** `ec2:DescribeImageReferences denied`, `eu-west-1 not reachable: ...` */
  reason: string
  /** `allow ec2:DescribeImageReferences in eu-west-1` */
  settle: string
}

/** What the check found for one build. */
export interface InUseFinding {
  references: Reference[]
  unchecked: Unchecked[]
}

/** `1 instance`, `3 instances` */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** DISABLED and DELETED stop new launches from the AMIs; DEPRECATED does not. */
export function stopsLaunches(state: ImageState | string): boolean {
  return state === 'DISABLED' || state === 'DELETED'
}

/** Why a build is kept, if the finding keeps it from a state that stops launches. */
export function keepReason(finding: InUseFinding): string | undefined {
  if (finding.references.length > 0) return `in use: ${finding.references.map(referenceText).join('; ')}`
  if (finding.unchecked.length > 0) return `not checked for use: ${finding.unchecked.map(uncheckedText).join('; ')}`
  return undefined
}

export function referenceText(r: Reference): string {
  return r.kind === 'other-account' ? r.text : `${r.text} in ${r.region}`
}

export function uncheckedText(u: Unchecked): string {
  return `${u.reason} (${u.settle})`
}

/**
 * What a finding says about a build whose update goes ahead (DEPRECATED does not stop launches): what uses it,
 * and what could not be checked, on record beside the update.
 */
export function goesAheadNote(finding: InUseFinding | undefined): string | undefined {
  if (!finding) return undefined
  const parts = [
    finding.references.length > 0 && `in use (launches go on): ${finding.references.map(referenceText).join('; ')}`,
    finding.unchecked.length > 0 && `not checked for use: ${finding.unchecked.map(uncheckedText).join('; ')}`
  ]
  return parts.filter(Boolean).join('; ') || undefined
}

/**
 * What the check counted and what it ignored, line by line, so a scope the policy widened or narrowed is never
 * silent: each departure from the default names its policy key.
 */
export function scopeLines(scope: InUseScope, d: InUseScope = DEFAULT_IN_USE): string[] {
  if (!scope.check)
    return ['nothing: the in-use check is off (policy in-use.check: false), so builds may be retired while in use']
  const by = (key: keyof InUseScope, name: string) =>
    JSON.stringify(scope[key]) === JSON.stringify(d[key]) ? '' : ` (policy in-use.${name})`
  const ignored = INSTANCE_STATES.filter((s) => !scope.instanceStates.includes(s))
  const counted = scope.instanceStates.length > 0 ? `instances ${scope.instanceStates.join(', ')}` : 'no instances'
  const states = `${counted}${ignored.length ? `; ignored: ${ignored.join(', ')} instances` : ''}`
  const templates =
    scope.launchTemplateVersions === 'any'
      ? `launch template versions: the newest ${scope.launchTemplateDepth} of each template` +
        `${by('launchTemplateDepth', 'launch-template-depth')} and every default version`
      : 'launch template versions: default versions only; ignored: the other versions' +
        by('launchTemplateVersions', 'launch-template-versions')
  return [
    `${states}${by('instanceStates', 'instance-states')}`,
    `${templates}, and every version an Auto Scaling group launches from`,
    'Auto Scaling groups (launch templates, mixed instances overrides) and launch configurations',
    'SSM parameters and Image Builder recipes',
    scope.otherAccounts
      ? "other accounts' instances and launch templates (image usage reports) for a shared AMI, before DISABLED " +
        'or DELETED'
      : 'ignored: other accounts (policy in-use.other-accounts: false)'
  ]
}
