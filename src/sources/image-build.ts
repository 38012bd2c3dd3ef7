/**
 * W1, image builds: the workflow executions of an image build version, with the image's own state to tell when
 * more may come.
 */
import { GetImageCommand, ListWorkflowExecutionsCommand, type ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { ImageBuildVersionArn } from '../core/arn.js'
import { toBuildOutputs } from '../core/in-use.js'
import type { Clock } from '../core/clock.js'
import type { PollResult, Target } from '../core/poll.js'
import { expectSame, readAllPages, sameJson, uniqueById } from '../core/listing.js'
import { buildDetailsReader, scanOf, scanSettled, type WaitingStepsListing } from './build-details.js'
import { buildCadence } from './build-cadence.js'
import { mergeListed } from './merge.js'
import {
  TERMINAL_IMAGE_STATUSES,
  workflowEnded,
  type ImageBuildObservation,
  type WorkflowExecution
} from '../core/observations.js'

const terminalImage = new Set<string>(TERMINAL_IMAGE_STATUSES)
const isRunning = (e: WorkflowExecution) => !workflowEnded(e.status)

/** Milliseconds per step of the build's finished workflows, as a prior for workflows with no progress yet. */
function finishedPace(executions: WorkflowExecution[]): number | undefined {
  let time = 0
  let steps = 0
  for (const e of executions) {
    if (isRunning(e) || !e.startTime || !e.endTime || e.totalSteps <= 0) continue
    time += Date.parse(e.endTime) - Date.parse(e.startTime)
    steps += e.totalSteps
  }
  return steps > 0 && time > 0 ? time / steps : undefined
}

/**
 * How long until some running workflow starts its last step, from its pace so far (or, before its first step
 * ends, the pace of the build's finished workflows): until then it can only end by failing a step. Undefined
 * (could end any moment) when nothing runs or there is no pace to judge by; 0 when one is in its last step.
 */
function estimateQuietMs(executions: WorkflowExecution[], now: number): number | undefined {
  const running = executions.filter(isRunning)
  if (running.length === 0) return undefined
  const prior = finishedPace(executions)
  let soonest = Infinity
  for (const e of running) {
    const done = e.succeededSteps + e.failedSteps + e.skippedSteps
    const elapsed = Math.max(0, e.startTime ? now - Date.parse(e.startTime) : 0)
    if (e.totalSteps <= 0) return undefined
    if (done > 0) soonest = Math.min(soonest, ((e.totalSteps - done - 1) * elapsed) / done)
    else if (prior !== undefined) soonest = Math.min(soonest, (e.totalSteps - 1) * prior - elapsed)
    else return undefined
  }
  return Math.max(0, soonest)
}

/** `; paused at step Approve (WaitForAction) since 12:03:00Z` for each step waiting for an action. */
function pausedAt(observation: ImageBuildObservation): string {
  return (observation.waiting ?? [])
    .map((w) => `; paused at step ${w.name} (${w.action}) since ${w.startTime ?? w.seenAt}`)
    .join('')
}

/** `BUILD completed, TEST running 3/6 steps`, led by the image state when this poll read it. */
function describe(observation: ImageBuildObservation, imageRead: boolean): string {
  const workflows = observation.executions.map((e) => {
    const status = e.status.toLowerCase()
    return workflowEnded(e.status)
      ? `${e.type} ${status}`
      : `${e.type} ${status} ${e.succeededSteps + e.failedSteps + e.skippedSteps}/${e.totalSteps} steps`
  })
  const image = imageRead ? [`image ${observation.imageStatus ?? 'unknown'}`] : []
  const scan = imageRead && observation.scan?.enabled ? [`scan ${observation.scan.status ?? 'not started'}`] : []
  return [...image, workflows.join(', ') || 'no workflows yet', ...scan].join('; ') + pausedAt(observation)
}

/** Every workflow execution of the build, all pages, each once; only a whole, consistent listing of this build. */
export async function listExecutions(
  client: ImagebuilderClient,
  imageBuildVersionArn: string,
  signal: AbortSignal
): Promise<WorkflowExecution[]> {
  const op = 'ListWorkflowExecutions'
  const listed = await readAllPages(op, async (nextToken) => {
    const page = await client.send(
      new ListWorkflowExecutionsCommand({ imageBuildVersionArn, maxResults: 25, nextToken }),
      { abortSignal: signal }
    )
    expectSame(op, 'image build', imageBuildVersionArn, page.imageBuildVersionArn)
    return { items: page.workflowExecutions ?? [], next: page.nextToken }
  })
  const executions = listed.map((e): WorkflowExecution => ({
    id: e.workflowExecutionId ?? '',
    type: e.type ?? 'UNKNOWN',
    status: e.status ?? 'UNKNOWN',
    message: e.message,
    workflowArn: e.workflowBuildVersionArn,
    parallelGroup: e.parallelGroup,
    totalSteps: e.totalStepCount ?? 0,
    succeededSteps: e.totalStepsSucceeded ?? 0,
    failedSteps: e.totalStepsFailed ?? 0,
    skippedSteps: e.totalStepsSkipped ?? 0,
    startTime: e.startTime,
    endTime: e.endTime,
    retried: e.retried || undefined
  }))
  return uniqueById(op, executions, (e) => e.id, sameJson)
}

export interface ImageBuildOptions {
  /**
   * Set when the gate answers steps paused at WaitForAction: a build paused at a step not answered yet is
   * settled for judging (what ran before the wait), unless its scan is still running.
   */
  answered?: ReadonlySet<string>
  /** The region's listing of paused steps, shared by its builds. */
  waiting?: WaitingStepsListing
}

export function imageBuildTarget(
  client: ImagebuilderClient,
  arn: ImageBuildVersionArn,
  clock: Clock,
  options: ImageBuildOptions = {}
): Target<ImageBuildObservation> {
  const label = `${arn.name} ${arn.version}/${arn.build}`
  const details = buildDetailsReader(client, arn.arn, clock, options.waiting)
  const cadence = buildCadence(client, arn, clock, (a, signal) => listExecutions(client, a, signal))
  let previous: ImageBuildObservation | undefined
  return {
    key: arn.arn,
    label,
    async poll(signal): Promise<PollResult<ImageBuildObservation>> {
      // While a workflow runs the image cannot be done: the list alone is read (one call, not two).
      const listed = (items: WorkflowExecution[]) => mergeListed(previous?.executions, items)
      const whileRunning = previous?.executions.some(isRunning)
        ? listed(await listExecutions(client, arn.arn, signal))
        : undefined
      const readImage = whileRunning === undefined || !whileRunning.some(isRunning)
      let image = {
        status: previous?.imageStatus,
        reason: previous?.imageReason,
        type: previous?.imageType,
        scan: previous?.scan,
        outputs: previous?.outputs
      }
      let executions = whileRunning ?? []
      const readState = async () => {
        const answer = await client.send(new GetImageCommand({ imageBuildVersionArn: arn.arn }), {
          abortSignal: signal
        })
        expectSame('GetImage', 'image build', arn.arn, answer.image?.arn)
        const read = answer.image
        return {
          status: read?.state?.status,
          reason: read?.state?.reason,
          type: read?.type,
          scan: scanOf(read),
          outputs: toBuildOutputs(read?.outputResources ?? {})
        }
      }
      if (readImage) {
        // The image first, then the list: an image already terminal here means the list read after it is complete.
        image = await readState()
        executions = listed(await listExecutions(client, arn.arn, signal))
      }
      const more = await details.workflows(executions, signal)
      // A paused build makes no progress: its image is read too, for the scan of what ran before the pause.
      if (!readImage && more.waiting.length > 0) image = await readState()
      const scan = await details.scan(image.scan, signal)
      const unread = details.unread()
      const snapshot: ImageBuildObservation = {
        kind: 'image-build',
        arn: arn.arn,
        region: arn.region,
        label,
        imageStatus: image.status,
        imageReason: image.reason,
        imageType: image.type,
        outputs: image.outputs,
        executions: more.executions,
        waiting: more.waiting,
        scan,
        unread
      }
      previous = snapshot
      const ended = terminalImage.has(snapshot.imageStatus ?? '') && !executions.some(isRunning)
      const failed = snapshot.imageStatus === 'FAILED' || snapshot.imageStatus === 'CANCELLED'
      // A scan that is running finishes whatever the wait does; one not started may come after it.
      const scanBusy = ['SCANNING', 'COLLECTING'].includes(snapshot.scan?.status ?? '')
      const paused = !!options.answered && more.waiting.some((w) => !options.answered?.has(w.id)) && !scanBusy
      const settled = (ended && (failed || scanSettled(scan, unread))) || paused
      // Once the image has ended, only its scan can be awaited: nothing forecasts that, so the scheduler backs off.
      const forecast = settled || ended ? undefined : await cadence.lookIn(executions, signal)
      const quiet = estimateQuietMs(executions, clock.now())
      return {
        snapshot,
        settled,
        // Without a history to forecast from, the build's own pace: half the time until a last step can start.
        lookInMs: forecast ?? (quiet ? quiet / 2 : undefined),
        progress: describe(snapshot, readImage || more.waiting.length > 0)
      }
    }
  }
}
