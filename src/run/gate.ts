/** A gate: wait on every target, judge them by the policy, act on the verdict, hand the record to the sink. */
import type { AwsClients } from '../aws/clients.js'
import type { GateConfig } from '../config/config.js'
import { describeAwsError, isNotFound, isPermanentAwsError } from '../core/aws-errors.js'
import type { Clock } from '../core/clock.js'
import { lifecycleStatus, type LifecycleEntry, type StepAnswer } from '../core/lifecycle.js'
import type { Observation } from '../core/observations.js'
import type { Target, TargetResult } from '../core/poll.js'
import type { Verdict } from '../core/verdict.js'
import { actionFor, targetVerdict } from '../policy/actions.js'
import { answerFindings } from '../policy/answers.js'
import { evaluate } from '../policy/evaluate.js'
import { targetsOf as sourceTargets } from '../sources/targets.js'
import { waitForAll } from '../wait/scheduler.js'
import { lifecycleContext, type RunContext } from './context.js'

/**
 * The targets a gate waits on; hooks wait for their required results up to the policy's grace. With `answered`,
 * a build paused at a step not in it settles, to be judged and answered.
 */
export function targetsOf(
  config: GateConfig,
  clients: AwsClients,
  clock: Clock,
  answered?: ReadonlySet<string>
): Promise<Target<Observation>[]> {
  const graceMs = config.policy.hooks.graceMs ?? config.waiting.emptyGraceMs
  const hooks = { required: config.policy.hooks.required, graceMs }
  return sourceTargets(config.targets, clients, clock, hooks, { answered })
}

export async function gate(config: GateConfig, ctx: RunContext): Promise<Verdict> {
  const { clock, sink, signal } = ctx
  const startedAt = clock.now()
  const { notFoundGraceMs } = config.waiting
  const answered = config.lifecycle.answerWaits ? new Set<string>() : undefined
  const wait = (targets: Target<Observation>[]) =>
    waitForAll(targets, {
      clock,
      // Answering a paused build and waiting for the rest of it stays within the one timeout.
      timeoutMs: Math.max(0, startedAt + config.waiting.timeoutMs - clock.now()),
      backoff: config.backoff,
      random: ctx.random,
      signal,
      // A resource created moments ago may not be found yet: only after the grace is "not found" final.
      isPermanent: (error, elapsedMs) =>
        isPermanentAwsError(error) && !(isNotFound(error) && elapsedMs < notFoundGraceMs),
      describeError: describeAwsError,
      onPoll: (e) => sink.poll(e)
    })
  const targets = await targetsOf(config, ctx.clients, clock, answered)
  let results: TargetResult<Observation>[] = await wait(targets)
  let answers: StepAnswer[] = []
  if (answered) {
    // Answering paused builds is loaded only with answer-wait.
    const { answerPaused } = await import('./answer.js')
    ;({ results, answers } = await answerPaused(config, ctx, answered, results, targets, wait))
  }
  sink.waited(results)
  let evaluation = evaluate(results, config.policy, answerFindings(answers))
  // Only data the gate has seen acts: a target that timed out, errored or was cancelled starts no update.
  const seen = results.every((r) => r.outcome === 'settled')
  const chosen = seen ? actionFor(config.policy.lifecycle, evaluation.verdict) : undefined
  // Each build is acted on by its own verdict: a passing build is never disabled because another one failed.
  const own = config.targets.imageBuilds.filter((arn) => {
    const label = results.find((r) => r.key === arn.arn)?.label ?? ''
    return targetVerdict(evaluation.findings, label) === evaluation.verdict
  })
  let entries: LifecycleEntry[] = []
  if (chosen && !signal?.aborted) {
    // The lifecycle updates are loaded only when the verdict calls for one.
    const [{ runBuilds }, { runLifecycle }] = await Promise.all([
      import('../lifecycle/plan.js'),
      import('../lifecycle/run.js')
    ])
    entries = await sink.group(`lifecycle ${chosen.trigger}${config.lifecycle.dryRun ? ' (dry run)' : ''}`, () =>
      runLifecycle(
        lifecycleContext(config, ctx),
        { ...config.lifecycle, backoff: config.backoff, inUse: config.policy.inUse },
        chosen,
        runBuilds(own, results)
      )
    )
  }
  if (signal?.aborted && chosen)
    evaluation = {
      ...evaluation,
      verdict: 'cancelled',
      reason:
        `The job was cancelled during the lifecycle updates (the targets were ${evaluation.verdict}); ` +
        'see the lifecycle section for what was started.'
    }
  await sink.finish({
    evaluation,
    results,
    lifecycle: entries,
    lifecycleStatus: lifecycleStatus(entries, config.lifecycle.dryRun),
    answers,
    dryRun: config.lifecycle.dryRun,
    inUse: config.policy.inUse,
    policySource: config.policy.source,
    startedAt,
    finishedAt: clock.now(),
    throttled: ctx.clients.throttled()
  })
  return evaluation.verdict
}
