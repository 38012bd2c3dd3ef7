/**
 * The earlier builds of an image, read once per build the gate waits on: builds of one recipe run the same named
 * steps with similar durations, so the step durations of the last few successful builds of the same image version
 * (ListImageBuildVersions, then their workflow executions and steps) forecast when this build can end. Only for
 * the cadence of polling: a history that cannot be read leaves the gate polling without a forecast, never judging
 * otherwise.
 */
import { ListImageBuildVersionsCommand, type ImageSummary, type ImagebuilderClient } from '@aws-sdk/client-imagebuilder'
import type { ImageBuildVersionArn } from '../core/arn.js'
import { PageTokens, sameJson, uniqueById } from '../core/listing.js'
import type { WorkflowExecution } from '../core/observations.js'
import type { BuildHistory } from '../wait/build-forecast.js'
import { listWorkflowSteps } from './build-details.js'

/** How many earlier successful builds are read: each costs a call for its workflows and one per workflow. */
export const HISTORY_BUILDS = 2
/**
 * How many pages of an image version's builds are listed, at most (25 builds a page). The listing has no order, so
 * an image version with hundreds of builds could cost a call per 25 of them before the gate's next look, and hold
 * it past its timeout: any successful earlier builds forecast the cadence, the latest of those read are taken.
 */
export const HISTORY_PAGES = 4

const span = (start?: string | Date, end?: string | Date) =>
  start && end ? new Date(end).getTime() - new Date(start).getTime() : NaN
const buildNumber = (arn: string | undefined) => Number(/\/(\d+)$/.exec(arn ?? '')?.[1] ?? NaN)

type ListExecutions = (arn: string, signal: AbortSignal) => Promise<WorkflowExecution[]>

/** The history of the builds of `arn`'s image version before it; empty when there are none. */
export async function readBuildHistory(
  client: ImagebuilderClient,
  arn: ImageBuildVersionArn,
  listExecutions: ListExecutions,
  signal: AbortSignal
): Promise<BuildHistory> {
  const imageVersionArn = arn.arn.replace(/\/\d+$/, '')
  const tokens = new PageTokens('ListImageBuildVersions')
  const versions: ImageSummary[] = []
  let nextToken: string | undefined
  for (let pages = 0; pages < HISTORY_PAGES && (pages === 0 || nextToken); pages += 1) {
    const page = await client.send(new ListImageBuildVersionsCommand({ imageVersionArn, maxResults: 25, nextToken }), {
      abortSignal: signal
    })
    versions.push(...(page.imageSummaryList ?? []))
    nextToken = tokens.next(page.nextToken)
  }
  const own = buildNumber(arn.arn)
  // Only this image version's earlier builds that succeeded: a failed build's steps stop early.
  const earlier = uniqueById('ListImageBuildVersions', versions, (v) => v.arn, sameJson)
    .filter((v) => v.arn?.startsWith(`${imageVersionArn}/`) && v.state?.status === 'AVAILABLE')
    .filter((v) => buildNumber(v.arn) < own)
    .sort((a, b) => buildNumber(b.arn) - buildNumber(a.arn))
    .slice(0, HISTORY_BUILDS)
  const history: BuildHistory = { order: [], steps: new Map(), samples: new Map() }
  const add = (key: string, ms: number) => {
    if (Number.isFinite(ms) && ms >= 0) history.samples.set(key, [...(history.samples.get(key) ?? []), ms])
  }
  for (const version of earlier) {
    const executions = (await listExecutions(version.arn as string, signal))
      .filter((e) => e.status === 'COMPLETED' && !e.retried)
      .sort((a, b) => Date.parse(a.startTime ?? '') - Date.parse(b.startTime ?? ''))
    if (history.order.length === 0) history.order = executions.map((e) => e.type)
    let previousEnd: string | undefined
    for (const e of executions) {
      add(e.type, span(previousEnd, e.startTime))
      previousEnd = e.endTime
      const steps = await listWorkflowSteps(client, e.id, signal)
      if (!history.steps.has(e.type))
        history.steps.set(
          e.type,
          steps.map((s) => s.name)
        )
      for (const s of steps) add(`${e.type}/${s.name}`, span(s.startTime, s.endTime))
    }
  }
  return history
}
