/** A verdict's lifecycle action, planned then executed; every resource is reported, whatever became of it. */
import { describeAwsError } from '../core/aws-errors.js'
import { targetText, type LifecycleEntry } from '../core/lifecycle.js'
import type { ChosenAction } from '../policy/actions.js'
import type { LifecycleContext, LifecycleOptions } from './context.js'
import { execute } from './execute.js'
import { planAction, type RunBuild } from './plan.js'

export async function runLifecycle(
  ctx: LifecycleContext,
  options: LifecycleOptions,
  chosen: ChosenAction,
  builds: RunBuild[]
): Promise<LifecycleEntry[]> {
  try {
    const plan = await planAction(ctx, options.runIdentity, chosen, builds)
    return [...(await execute(ctx, options, plan.requests)), ...plan.unsent]
  } catch (error) {
    // Planning failed (e.g. listing the previous versions): nothing was started; say so, and fail the step.
    const target = targetText(chosen.action.target)
    return [
      {
        label: target,
        resourceArn: target,
        state: chosen.action.state,
        trigger: chosen.trigger,
        mode: 'failed',
        note: describeAwsError(error)
      }
    ]
  }
}
