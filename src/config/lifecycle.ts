/** The lifecycle inputs, the `lifecycle` presets, and the opt-in that deleting images needs. */
import type { LifecycleSettings } from '../core/settings.js'
import type { Policy } from '../policy/types.js'
import { splitList, type Inputs } from './inputs.js'

export function parseLifecycle(inputs: Inputs, runIdentity: string, runUrl?: string): LifecycleSettings {
  const rateText = inputs.text('lifecycle-rate') || '5'
  const rate = Number(rateText)
  if (!Number.isFinite(rate) || rate < 0.1 || rate > 100)
    inputs.problem(
      'lifecycle-rate',
      rateText,
      'use requests per second between 0.1 and 100 (Image Builder allows about 5 per second per account)'
    )
  const concurrencyText = inputs.text('lifecycle-concurrency') || '4'
  const concurrency = Number(concurrencyText)
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
    inputs.problem('lifecycle-concurrency', concurrencyText, 'use a whole number from 1 to 32')
  return {
    dryRun: inputs.boolean('dry-run'),
    allowDelete: inputs.boolean('allow-delete'),
    wait: inputs.text('lifecycle-wait') === '' ? true : inputs.boolean('lifecycle-wait'),
    timeoutMs: inputs.duration('lifecycle-timeout', '30m', 1),
    rate,
    concurrency,
    runIdentity,
    answerWaits: inputs.boolean('answer-wait'),
    runUrl
  }
}

/** The `lifecycle` input's presets, for the common cases without a policy section. */
const PRESETS: Record<string, Partial<Policy['lifecycle']>> = {
  'disable-on-fail': { onFail: { state: 'DISABLED', target: { kind: 'this-build' } } },
  'deprecate-previous': { onPass: { state: 'DEPRECATED', target: { kind: 'previous-versions', keep: 1 } } }
}

export function applyPreset(policy: Policy, inputs: Inputs): Policy {
  const names = splitList(inputs.text('lifecycle')).filter((n) => n !== 'none')
  let lifecycle = policy.lifecycle
  for (const name of names) {
    const preset = PRESETS[name]
    if (!preset)
      inputs.problem(
        'lifecycle',
        name,
        `use none, ${Object.keys(PRESETS).join(', ')}, or a lifecycle section in the policy`
      )
    // The policy's own section wins over a preset for the same verdict; a verdict it says nothing for keeps the preset.
    else lifecycle = { ...preset, ...Object.fromEntries(Object.entries(lifecycle).filter(([, v]) => v !== undefined)) }
  }
  return lifecycle === policy.lifecycle ? policy : { ...policy, lifecycle }
}

/** Deleting images needs an explicit opt-in, checked before anything runs. */
export function checkDeletes(policy: Policy, allowDelete: boolean, inputs: Inputs): void {
  if (allowDelete) return
  const actions = {
    'lifecycle.on-pass': policy.lifecycle.onPass,
    'lifecycle.on-warn': policy.lifecycle.onWarn,
    'lifecycle.on-fail': policy.lifecycle.onFail,
    cleanup: policy.cleanup?.action
  }
  for (const [key, action] of Object.entries(actions))
    if (action?.state === 'DELETED')
      inputs.problem(
        'allow-delete',
        'false',
        `the policy's ${key} deletes images (state DELETED): set allow-delete: true to permit it, or use ` +
          `DEPRECATED or DISABLED`
      )
}
