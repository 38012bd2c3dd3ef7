/**
 * Inputs and the runner's environment -> a typed Config, parsed and checked once, here: every problem is
 * collected and reported together. Nothing past this reads raw inputs or the environment.
 */
import type { CleanupTarget } from '../core/lifecycle.js'
import type { AwsSettings, LifecycleSettings, ReportSettings } from '../core/settings.js'
import type { Targets } from '../core/targets.js'
import { PolicyError } from '../policy/problems.js'
import { DEFAULT_POLICY, type Policy } from '../policy/types.js'
import type { BackoffOptions } from '../wait/backoff.js'
import { ConfigError, Inputs, type InputReader } from './inputs.js'
import { applyPreset, checkDeletes, parseLifecycle } from './lifecycle.js'
import { readPolicy } from './policy-input.js'
import { readRunner, type Runner } from './runner.js'
import { parseAws, parseBackoff, parseReport, parseWaiting, type WaitingSettings } from './settings.js'
import { parseCurrent, parseRegion, parseTargets, targetCount } from './targets.js'

interface CommonConfig {
  policy: Policy
  lifecycle: LifecycleSettings
  backoff: BackoffOptions
  aws: AwsSettings
  report: ReportSettings
}

/** Wait on the targets, judge them, act on the verdict. */
export interface GateConfig extends CommonConfig {
  mode: 'gate'
  targets: Targets
  waiting: WaitingSettings
}

/** Retire stale image build versions, as the policy's cleanup section says. */
export interface CleanupConfig extends CommonConfig {
  mode: 'cleanup'
  cleanup: CleanupTarget
}

export type Config = GateConfig | CleanupConfig

function parseMode(inputs: Inputs): Config['mode'] {
  const mode = inputs.text('mode') || 'gate'
  if (mode === 'gate' || mode === 'cleanup') return mode
  inputs.problem(
    'mode',
    mode,
    'use gate (wait on builds and judge them), cleanup (retire stale image build versions) or merge (merge ' +
      'cleanup reports)'
  )
  return 'gate'
}

/** What each mode needs of the targets and the region. */
function checkMode(inputs: Inputs, mode: Config['mode'], targets: Targets, jobRegion: string | undefined): void {
  if (inputs.text('reports'))
    inputs.problem('reports', inputs.text('reports'), `only mode merge reads reports; remove it from mode ${mode}`)
  const count = targetCount(targets)
  if (mode === 'cleanup') {
    if (count > 0)
      inputs.problem(
        'mode',
        mode,
        'cleanup waits on nothing: remove image-build-version-arn, change-set-arn, the hook inputs, stack and ' +
          'parallelcluster-image-id, or run the gate in another step'
      )
    if (!jobRegion)
      inputs.problem('aws-region', '', 'mode cleanup needs the region to clean up: set aws-region (or AWS_REGION)')
    const presets = inputs.text('lifecycle')
    if (presets !== '' && presets !== 'none')
      inputs.problem(
        'lifecycle',
        presets,
        'the lifecycle presets act on a gate verdict; mode cleanup does what the policy cleanup section says: ' +
          'remove lifecycle (or set it to none)'
      )
  } else if (inputs.text('current-image-build-version-arn') !== '')
    inputs.problem(
      'current-image-build-version-arn',
      inputs.text('current-image-build-version-arn'),
      'it names the versions a cleanup never touches and is read only with mode: cleanup; remove it from the gate'
    )
  else if (count === 0 && inputs.problems.length === 0)
    inputs.problem(
      'image-build-version-arn',
      '',
      'name at least one target: image-build-version-arn, change-set-arn, hook-target-type with hook-target-id, ' +
        'hook-type-arn, all-hook-results, stack or parallelcluster-image-id'
    )
}

export async function parseConfig(
  read: InputReader,
  env: NodeJS.ProcessEnv = process.env,
  runner: Runner = readRunner(env)
): Promise<Config> {
  const inputs = new Inputs(read)
  const region = parseRegion(inputs)
  const jobRegion = region || runner.region
  const targets = parseTargets(inputs, region, jobRegion)
  const mode = parseMode(inputs)
  checkMode(inputs, mode, targets, jobRegion)
  const current = mode === 'cleanup' ? parseCurrent(inputs, jobRegion ?? '') : new Set<string>()

  const loaded = await readPolicy(inputs, runner.workspace)
  const waiting = parseWaiting(inputs, loaded instanceof PolicyError ? DEFAULT_POLICY : loaded)
  const backoff = parseBackoff(inputs)
  const aws = parseAws(inputs, runner)
  const lifecycle = parseLifecycle(inputs, runner.runIdentity, runner.runUrl)
  if (mode === 'cleanup' && lifecycle.answerWaits)
    inputs.problem('answer-wait', 'true', 'mode cleanup waits on no build: remove answer-wait, or use mode gate')
  const report = await parseReport(inputs, runner)
  const policy = applyPreset(loaded instanceof PolicyError ? DEFAULT_POLICY : loaded, inputs)
  if (!(loaded instanceof PolicyError)) {
    checkDeletes(policy, lifecycle.allowDelete, inputs)
    if (mode === 'cleanup' && !policy.cleanup)
      inputs.problem(
        'policy',
        inputs.text('policy'),
        'mode cleanup needs a cleanup section in the policy that says which versions are stale and what state they ' +
          'get (see the README)'
      )
  }
  if (inputs.problems.length > 0 || loaded instanceof PolicyError)
    throw new ConfigError(inputs.problems, loaded instanceof PolicyError ? loaded : undefined)

  const common = { policy, lifecycle, backoff, aws, report }
  if (mode === 'cleanup' && policy.cleanup && jobRegion)
    return { mode, cleanup: { region: jobRegion, rules: policy.cleanup, current }, ...common }
  return { mode: 'gate', targets, waiting, ...common }
}
