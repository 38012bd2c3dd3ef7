/**
 * L2: answer builds paused at a WaitForAction step with the verdict on what ran before the wait: RESUME when it
 * passes (pass or warn), STOP when it fails, with the verdict's reason. Once per step: the client token comes
 * from the run and the request, so a re-run of the job, or an answer lost on the way back and sent again, gets
 * Image Builder's first answer back instead of a second action.
 */
import { SendWorkflowStepActionCommand } from '@aws-sdk/client-imagebuilder'
import { describeAwsError } from '../core/aws-errors.js'
import { answerWire, type StepAnswer } from '../core/lifecycle.js'
import type { WaitingStep } from '../core/observations.js'
import type { LifecycleSettings } from '../core/settings.js'
import type { Evaluation } from '../core/verdict.js'
import { isPassing } from '../policy/actions.js'
import type { LifecycleContext } from './context.js'
import { clientToken } from './request.js'
import { sendWithResend } from './resend.js'

/** A build paused at steps nobody answered, and the verdict on what ran before. */
export interface PausedBuild {
  label: string
  arn: string
  region: string
  steps: WaitingStep[]
  evaluation: Evaluation
}

/** SendWorkflowStepAction's reason: a NonEmptyString of at most 1024 characters. */
const REASON_LENGTH = 1024

/**
 * The reason flows into the user's workflow (later steps read it, maybe into a shell or a message): printable
 * ASCII of a plain alphabet only, one line, no quotes, `$`, braces, backticks or other shell and template
 * characters, cut to what the API takes.
 */
export function stepReason(text: string): string {
  const plain = text
    .normalize('NFKC')
    .replace(/;/g, ',')
    .replace(/[^A-Za-z0-9 .,:_/+=#%@()[\]-]/g, (c) => (/\s/.test(c) ? ' ' : '_'))
    .replace(/\s+/g, ' ')
    .trim()
  const reason = plain.length > REASON_LENGTH ? `${plain.slice(0, REASON_LENGTH - 3)}...` : plain
  return reason || 'image-gate'
}

/** The answer to each step, as it will be sent. */
export function planAnswers(paused: PausedBuild[], settings: LifecycleSettings): StepAnswer[] {
  return paused.flatMap(({ label, arn, region, steps, evaluation }) =>
    steps.map((step): StepAnswer => {
      const { verdict } = evaluation
      const action: StepAnswer['action'] = isPassing(verdict) ? 'RESUME' : 'STOP'
      const why = verdict === 'pass' ? 'every item passed' : evaluation.reason
      const run = settings.runUrl ? ` (${settings.runUrl})` : ''
      const reason = stepReason(`image-gate ${verdict} on ${label} before step ${step.name}: ${why}${run}`)
      const request = { stepExecutionId: step.id, imageBuildVersionArn: arn, action, reason }
      const token = clientToken(settings.runIdentity, request)
      return { label, region, step: step.name, verdict, clientToken: token, mode: 'sent', ...request }
    })
  )
}

/**
 * Send the answers (rate-limited, one at a time; throttled ones again within the lifecycle timeout), or in a dry
 * run only say what would be sent.
 */
export async function sendAnswers(
  ctx: LifecycleContext,
  answers: StepAnswer[],
  settings: Pick<LifecycleSettings, 'dryRun' | 'timeoutMs'>
): Promise<StepAnswer[]> {
  const sent: StepAnswer[] = []
  const deadline = ctx.clock.now() + settings.timeoutMs
  for (const answer of answers) {
    const what = `${answer.label}: ${answer.action} step ${answer.step}`
    if (settings.dryRun) {
      ctx.log(`dry-run: would call SendWorkflowStepAction ${JSON.stringify(answerWire(answer))}`)
      sent.push({ ...answer, mode: 'dry-run' })
      continue
    }
    try {
      const command = () =>
        ctx.imageBuilder(answer.region).send(new SendWorkflowStepActionCommand(answerWire(answer)), {
          abortSignal: ctx.signal
        })
      await sendWithResend(ctx, what, command, deadline)
      ctx.log(`${what}: sent (${answer.reason})`)
      sent.push(answer)
    } catch (error) {
      const note = describeAwsError(error)
      ctx.log(`${what}: ${note}`)
      sent.push({ ...answer, mode: 'failed', note })
    }
  }
  return sent
}
