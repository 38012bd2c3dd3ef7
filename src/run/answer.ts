/**
 * The gate's answer to builds paused at a WaitForAction step (input answer-wait): judge what ran before the wait,
 * answer RESUME or STOP, and wait for the rest of the build; again for a later pause, within the one timeout.
 */
import type { GateConfig } from '../config/config.js'
import type { StepAnswer } from '../core/lifecycle.js'
import type { Observation } from '../core/observations.js'
import type { Target, TargetResult } from '../core/poll.js'
import { planAnswers, sendAnswers, type PausedBuild } from '../lifecycle/answers.js'
import { evaluate } from '../policy/evaluate.js'
import { lifecycleContext, type RunContext } from './context.js'

type Results = TargetResult<Observation>[]

/** Builds that settled paused at steps not answered yet, each with the verdict on what ran before. */
function pausedBuilds(config: GateConfig, results: Results, answered: ReadonlySet<string>): PausedBuild[] {
  return results.flatMap((result) => {
    const o = result.snapshot
    if (result.outcome !== 'settled' || o?.kind !== 'image-build') return []
    const steps = (o.waiting ?? []).filter((w) => !answered.has(w.id))
    if (steps.length === 0) return []
    // Each build is answered by its own verdict: another build's failure is not this one's.
    return [{ label: o.label, arn: o.arn, region: o.region, steps, evaluation: evaluate([result], config.policy) }]
  })
}

export async function answerPaused(
  config: GateConfig,
  ctx: RunContext,
  answered: Set<string>,
  first: Results,
  targets: Target<Observation>[],
  wait: (targets: Target<Observation>[]) => Promise<Results>
): Promise<{ results: Results; answers: StepAnswer[] }> {
  let results = first
  const answers: StepAnswer[] = []
  for (;;) {
    const paused = pausedBuilds(config, results, answered)
    if (paused.length === 0 || ctx.signal?.aborted) return { results, answers }
    const planned = planAnswers(paused, config.lifecycle)
    const title = `answer waiting steps${config.lifecycle.dryRun ? ' (dry run)' : ''}`
    const sent = await ctx.sink.group(title, () =>
      sendAnswers(lifecycleContext(config, ctx), planned, config.lifecycle)
    )
    answers.push(...sent)
    for (const a of sent) answered.add(a.stepExecutionId)
    // A dry run leaves the builds paused; a build whose answer was refused stays paused: neither is waited for.
    const goOn = new Set(
      paused.filter((p) => sent.some((a) => a.label === p.label && a.mode === 'sent')).map((p) => p.arn)
    )
    if (goOn.size === 0) return { results, answers }
    const again = await wait(targets.filter((t) => goOn.has(t.key)))
    results = results.map((r) => again.find((a) => a.key === r.key) ?? r)
  }
}
