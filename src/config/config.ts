/** Inputs -> typed Config, parsed and checked once, here. Nothing past this reads raw inputs. */
import { readFileSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import type { AwsSettings } from '../aws/clients.js'
import { loadPolicy, PolicyError } from '../policy/load.js'
import { DEFAULT_POLICY, type Policy } from '../policy/types.js'
import type { BackoffOptions } from '../wait/backoff.js'
import { isRegion, parseImageBuildVersionArn, type ImageBuildVersionArn } from './arn.js'
import { parseDuration } from './duration.js'
import type { CommentSettings } from '../report/pr-comment.js'
import { parseHookQueries, type HookQuery } from './hooks.js'
import { pullRequestOf } from './pull-request.js'

export interface ParallelClusterImage {
  /** The ParallelCluster image id, which is also the name of its CloudFormation stack. */
  imageId: string
  region: string
}

export interface LifecycleSettings {
  dryRun: boolean
  allowDelete: boolean
  /** Follow started executions to their end. */
  wait: boolean
  timeoutMs: number
  /** Requests per second and at once, for StartResourceStateUpdate. */
  rate: number
  concurrency: number
  /** Stable across re-runs of the same job: the base of the idempotency tokens. */
  runIdentity: string
}

export interface Config {
  mode: 'gate' | 'cleanup'
  /** Cleanup mode: the region to clean up, and versions never touched. */
  cleanup?: { region: string; current: Set<string> }
  policy: Policy
  lifecycle: LifecycleSettings
  imageBuilds: ImageBuildVersionArn[]
  hookQueries: HookQuery[]
  parallelClusterImages: ParallelClusterImage[]
  /** How long an empty result ("none yet") is waited on before it counts as the answer. */
  emptyGraceMs: number
  /** How long "not found" is taken for AWS's eventual consistency (a resource just created) before it is final. */
  notFoundGraceMs: number
  timeoutMs: number
  backoff: BackoffOptions
  aws: AwsSettings
  /** Where the JSON report is written. */
  reportPath: string
  /** Set when the sticky PR comment is asked for. */
  comment?: CommentSettings
}

/** One wrong input: its name, the value given and how to fix it. */
export interface InputProblem {
  input: string
  value: string
  fix: string
}

export class ConfigError extends Error {
  constructor(
    readonly problems: InputProblem[],
    readonly policyError?: PolicyError
  ) {
    const lines = problems.map((p) => `Input "${p.input}" is invalid: got ${JSON.stringify(p.value)}; ${p.fix}.`)
    if (policyError) lines.push(`Input "policy" is invalid: ${policyError.problems.length} problem(s):`, policyError.message)
    super(lines.join('\n'))
    this.name = 'ConfigError'
  }
}

/** The `policy` input: a path in the repository, or the policy itself (YAML or JSON) written inline. */
function readPolicy(value: string, env: NodeJS.ProcessEnv, problem: (input: string, value: string, fix: string) => void): Policy | PolicyError {
  if (value === '') return DEFAULT_POLICY
  const inline = value.includes('\n') || value.trimStart().startsWith('{')
  if (inline) {
    try {
      return loadPolicy(value, 'inline policy')
    } catch (error) {
      if (error instanceof PolicyError) return error
      throw error
    }
  }
  const path = isAbsolute(value) ? value : resolve(env.GITHUB_WORKSPACE ?? '.', value)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    problem('policy', value, `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); give a path relative to the repository root, or the policy inline`)
    return DEFAULT_POLICY
  }
  try {
    return loadPolicy(text, value)
  } catch (error) {
    if (error instanceof PolicyError) return error
    throw error
  }
}

export type InputReader = (name: string) => string

/** Several values in one input: one per line or comma-separated. */
function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

export function parseConfig(read: InputReader, env: NodeJS.ProcessEnv = process.env): Config {
  const problems: InputProblem[] = []
  const problem = (input: string, value: string, fix: string) => problems.push({ input, value, fix })

  const duration = (input: string, fallback: string, min = 0): number => {
    const value = read(input).trim() || fallback
    const ms = parseDuration(value)
    if (ms === undefined || ms < min) {
      problem(input, value, `use a duration like 90s, 15m or 2h${min > 0 ? ` of at least ${min} ms` : ''}`)
      return 0
    }
    return ms
  }
  const integer = (input: string, fallback: number, min: number, max: number): number => {
    const value = read(input).trim()
    if (value === '') return fallback
    const n = Number(value)
    if (!Number.isInteger(n) || n < min || n > max) {
      problem(input, value, `use a whole number from ${min} to ${max}`)
      return fallback
    }
    return n
  }

  const boolean = (input: string): boolean => {
    const value = read(input).trim().toLowerCase()
    if (value === '' || value === 'false') return false
    if (value === 'true') return true
    problem(input, value, 'use true or false')
    return false
  }

  let region = read('aws-region').trim()
  if (region && !isRegion(region)) problem('aws-region', region, 'use an AWS region code such as us-east-1, or leave it empty to take the region from the ARNs')
  if (!isRegion(region)) region = ''

  const imageBuilds: ImageBuildVersionArn[] = []
  for (const text of splitList(read('image-build-version-arn'))) {
    const parsed = parseImageBuildVersionArn(text)
    if (typeof parsed === 'string') problem('image-build-version-arn', text, parsed)
    else if (region && parsed.region !== region)
      problem('image-build-version-arn', text, `its region ${parsed.region} differs from aws-region ${region}; use an ARN of ${region} or change aws-region`)
    else if (!imageBuilds.some((b) => b.arn === parsed.arn)) imageBuilds.push(parsed)
  }
  const jobRegion = region || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined
  const hookQueries = parseHookQueries(
    {
      changeSetArns: splitList(read('change-set-arn')),
      targetType: read('hook-target-type').trim(),
      targetIds: splitList(read('hook-target-id')),
      typeArn: read('hook-type-arn').trim(),
      status: read('hook-status').trim(),
      all: boolean('all-hook-results')
    },
    jobRegion,
    problem
  )

  const parallelClusterImages: ParallelClusterImage[] = []
  for (const imageId of splitList(read('parallelcluster-image-id'))) {
    if (!/^[a-zA-Z][a-zA-Z0-9-]{0,127}$/.test(imageId))
      problem('parallelcluster-image-id', imageId, 'a ParallelCluster image id starts with a letter and has only letters, digits and hyphens (at most 128)')
    else if (!jobRegion) problem('parallelcluster-image-id', imageId, 'set aws-region (or AWS_REGION): an image id does not say its region')
    else parallelClusterImages.push({ imageId, region: jobRegion })
  }

  const mode = read('mode').trim() || 'gate'
  if (mode !== 'gate' && mode !== 'cleanup') problem('mode', mode, 'use gate (wait on builds and judge them) or cleanup (retire stale image build versions)')
  const targetCount = imageBuilds.length + hookQueries.length + parallelClusterImages.length
  let cleanup: Config['cleanup']
  if (mode === 'cleanup') {
    if (targetCount > 0)
      problem('mode', mode, 'cleanup waits on nothing: remove image-build-version-arn, change-set-arn, the hook inputs and parallelcluster-image-id, or run the gate in another step')
    if (!jobRegion) problem('aws-region', '', 'mode cleanup needs the region to clean up: set aws-region (or AWS_REGION)')
    const current = new Set<string>()
    for (const text of splitList(read('current-image-build-version-arn'))) {
      const parsed = parseImageBuildVersionArn(text)
      if (typeof parsed === 'string') problem('current-image-build-version-arn', text, parsed)
      else current.add(parsed.arn)
    }
    cleanup = { region: jobRegion ?? '', current }
  } else if (targetCount === 0 && problems.length === 0)
    problem(
      'image-build-version-arn',
      '',
      'name at least one target: image-build-version-arn, change-set-arn, hook-target-type with hook-target-id, hook-type-arn, all-hook-results or parallelcluster-image-id'
    )

  const loaded = readPolicy(read('policy').trim(), env, problem)
  const policy = loaded instanceof PolicyError ? DEFAULT_POLICY : loaded
  const timeoutMs = read('timeout').trim() === '' && policy.waiting.timeoutMs ? policy.waiting.timeoutMs : duration('timeout', '60m', 1)
  const minDelayMs = duration('poll-min-delay', '5s', 100)
  const maxDelayMs = duration('poll-max-delay', '2m', 100)
  if (minDelayMs > maxDelayMs && maxDelayMs > 0)
    problem('poll-max-delay', read('poll-max-delay'), `it must not be below poll-min-delay (${read('poll-min-delay') || '5s'})`)
  const emptyGraceMs = duration('empty-grace', '2m')
  const maxAttempts = integer('aws-max-attempts', 5, 1, 20)
  const retryBaseDelayMs = duration('aws-retry-base-delay', '250ms')
  const requestTimeoutMs = duration('aws-request-timeout', '30s', 100)
  const notFoundGraceMs = duration('not-found-grace', '30s')

  const reportPath = read('report-path').trim() || `${env.RUNNER_TEMP ?? '.'}/image-gate-report.json`

  const lifecycle = parseLifecycle(read, env, { boolean, duration, problem })
  const presetPolicy = applyPreset(policy, read('lifecycle').trim(), problem)

  if (problems.length > 0 || loaded instanceof PolicyError) throw new ConfigError(problems, loaded instanceof PolicyError ? loaded : undefined)
  if (mode === 'cleanup' && !(loaded instanceof PolicyError) && !policy.cleanup)
    problem('policy', read('policy').trim(), 'mode cleanup needs a cleanup section in the policy that says which versions are stale and what state they get (see the README)')
  const comment = boolean('comment')
    ? {
        token: read('github-token').trim(),
        key: read('comment-key').trim() || `${env.GITHUB_WORKFLOW ?? 'workflow'}/${env.GITHUB_JOB ?? 'job'}`,
        pullRequest: pullRequestOf(env),
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        runUrl: env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined
      }
    : undefined
  checkDeletes(presetPolicy, lifecycle.allowDelete, problem)
  if (problems.length > 0) throw new ConfigError(problems)
  return { mode: mode as Config['mode'], cleanup, policy: presetPolicy, lifecycle, imageBuilds, hookQueries, parallelClusterImages, emptyGraceMs, timeoutMs, backoff: { minDelayMs, maxDelayMs }, aws: { maxAttempts, retryBaseDelayMs, requestTimeoutMs }, notFoundGraceMs, reportPath, comment }
}

interface Readers {
  boolean(input: string): boolean
  duration(input: string, fallback: string, min?: number): number
  problem(input: string, value: string, fix: string): void
}

function parseLifecycle(read: InputReader, env: NodeJS.ProcessEnv, { boolean, duration, problem }: Readers): LifecycleSettings {
  const rateText = read('lifecycle-rate').trim() || '5'
  const rate = Number(rateText)
  if (!Number.isFinite(rate) || rate <= 0 || rate > 100) problem('lifecycle-rate', rateText, 'use requests per second between 0.1 and 100 (Image Builder allows about 5 per second per account)')
  const concurrencyText = read('lifecycle-concurrency').trim() || '4'
  const concurrency = Number(concurrencyText)
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) problem('lifecycle-concurrency', concurrencyText, 'use a whole number from 1 to 32')
  const waitText = read('lifecycle-wait').trim()
  const runIdentity = env.GITHUB_RUN_ID
    ? `${env.GITHUB_REPOSITORY ?? ''}/${env.GITHUB_RUN_ID}/${env.GITHUB_JOB ?? ''}`
    : `local/${Date.now()}/${Math.random()}`
  return {
    dryRun: boolean('dry-run'),
    allowDelete: boolean('allow-delete'),
    wait: waitText === '' ? true : boolean('lifecycle-wait'),
    timeoutMs: duration('lifecycle-timeout', '30m', 1),
    rate,
    concurrency,
    runIdentity
  }
}

/** The `lifecycle` input's presets, for the common cases without a policy section. */
const PRESETS: Record<string, Partial<Policy['lifecycle']>> = {
  'disable-on-fail': { onFail: { state: 'DISABLED', target: 'this-build', keep: 0 } },
  'deprecate-previous': { onPass: { state: 'DEPRECATED', target: 'previous-versions', keep: 1 } }
}

function applyPreset(policy: Policy, text: string, problem: Readers['problem']): Policy {
  const names = splitList(text).filter((n) => n !== 'none')
  let lifecycle = policy.lifecycle
  for (const name of names) {
    const preset = PRESETS[name]
    if (!preset) problem('lifecycle', name, `use none, ${Object.keys(PRESETS).join(', ')}, or a lifecycle section in the policy`)
    // The policy's own section wins over a preset for the same verdict.
    else lifecycle = { ...preset, ...lifecycle }
  }
  return lifecycle === policy.lifecycle ? policy : { ...policy, lifecycle }
}

/** Deleting images needs an explicit opt-in, checked before anything runs. */
function checkDeletes(policy: Policy, allowDelete: boolean, problem: Readers['problem']): void {
  if (allowDelete) return
  const actions = {
    'lifecycle.on-pass': policy.lifecycle.onPass,
    'lifecycle.on-warn': policy.lifecycle.onWarn,
    'lifecycle.on-fail': policy.lifecycle.onFail,
    cleanup: policy.cleanup?.action
  }
  for (const [key, action] of Object.entries(actions))
    if (action?.state === 'DELETED')
      problem('allow-delete', 'false', `the policy's ${key} deletes images (state DELETED): set allow-delete: true to permit it, or use DEPRECATED or DISABLED`)
}
