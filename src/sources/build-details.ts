/**
 * What an image build tells beyond its workflows' counts: the steps of a workflow execution
 * (ListWorkflowStepExecutions), the steps paused at WaitForAction (ListWaitingWorkflowSteps, account-wide,
 * narrowed to the build) and the vulnerability findings of its scan (ListImageScanFindings, by its ARN).
 */
import {
  ListImageScanFindingsCommand,
  ListWaitingWorkflowStepsCommand,
  type ListWaitingWorkflowStepsCommandOutput,
  ListWorkflowStepExecutionsCommand,
  type Image,
  type ImagebuilderClient,
  type ImageScanFinding
} from '@aws-sdk/client-imagebuilder'
import { describeAwsError, isPermanentAwsError } from '../core/aws-errors.js'
import type { Clock } from '../core/clock.js'
import { expectSame, readAllPages, sameJson, uniqueById } from '../core/listing.js'
import {
  TERMINAL_WORKFLOW_STATUSES,
  type WaitingStep,
  type WorkflowExecution,
  type WorkflowStep
} from '../core/observations.js'
import { TERMINAL_SCAN_STATUSES, type ImageScan, type ScanFinding } from '../core/scan.js'

const PAGE_SIZE = 25

/** Every step of one workflow execution, all pages, each once, in the order Image Builder runs them. */
export async function listWorkflowSteps(
  client: ImagebuilderClient,
  workflowExecutionId: string,
  signal: AbortSignal
): Promise<WorkflowStep[]> {
  const op = 'ListWorkflowStepExecutions'
  const listed = await readAllPages(op, async (nextToken) => {
    const command = new ListWorkflowStepExecutionsCommand({ workflowExecutionId, maxResults: PAGE_SIZE, nextToken })
    const page = await client.send(command, { abortSignal: signal })
    expectSame(op, 'workflow execution', workflowExecutionId, page.workflowExecutionId)
    return { items: page.steps ?? [], next: page.nextToken }
  })
  const steps = listed.map((s): WorkflowStep => ({
    id: s.stepExecutionId ?? '',
    name: s.name ?? 'unnamed step',
    action: s.action ?? 'unknown action',
    status: s.status ?? 'UNKNOWN',
    rollbackStatus: s.rollbackStatus,
    message: s.message,
    startTime: s.startTime,
    endTime: s.endTime
  }))
  return uniqueById(op, steps, (s) => s.id, sameJson)
}

type ListedWaitingStep = NonNullable<ListWaitingWorkflowStepsCommandOutput['steps']>[number]

/** Within this long, one account-wide listing of paused steps answers every build's poll. */
const WAITING_FRESH_MS = 10_000

/**
 * The account's steps paused at WaitForAction (ListWaitingWorkflowSteps takes no filter), read once for every
 * build of a region polled within a few seconds: a listing per build per poll would grow with the square of
 * the builds, in calls and in what each call returns. A listing serves a look only if it was read once that
 * look was due (`notBefore`): one read before a stall began cannot show the pause that stalls it.
 */
export function waitingStepsListing(client: ImagebuilderClient, clock: Clock) {
  const op = 'ListWaitingWorkflowSteps'
  let last: { at: number; steps: Promise<ListedWaitingStep[]> } | undefined
  return function read(signal: AbortSignal, notBefore: number): Promise<ListedWaitingStep[]> {
    if (last && last.at >= notBefore && clock.now() - last.at < WAITING_FRESH_MS) return last.steps
    const steps = readAllPages(op, async (nextToken) => {
      const command = new ListWaitingWorkflowStepsCommand({ maxResults: PAGE_SIZE, nextToken })
      const page = await client.send(command, { abortSignal: signal })
      return { items: page.steps ?? [], next: page.nextToken }
    }).then((listed) => uniqueById(op, listed, (s) => s.stepExecutionId, sameJson))
    const read = { at: clock.now(), steps }
    last = read
    // A failed listing is not kept: the next poll asks again.
    steps.catch(() => {
      if (last === read) last = undefined
    })
    return steps
  }
}

export type WaitingStepsListing = ReturnType<typeof waitingStepsListing>

/** The steps of this build paused at a WaitForAction step now, first seen `now`. */
function waitingOf(listed: ListedWaitingStep[], imageBuildVersionArn: string, now: string): WaitingStep[] {
  // Only this build's steps, and only ones that can be answered (an id).
  return listed
    .filter((s) => s.imageBuildVersionArn === imageBuildVersionArn && s.stepExecutionId)
    .map((s) => ({
      id: s.stepExecutionId ?? '',
      workflowExecutionId: s.workflowExecutionId ?? '',
      name: s.name ?? 'unnamed step',
      action: s.action ?? 'WaitForAction',
      startTime: s.startTime,
      seenAt: now
    }))
}

function toFinding(f: ImageScanFinding): ScanFinding {
  const details = f.packageVulnerabilityDetails
  return {
    id: details?.vulnerabilityId ?? f.title ?? 'unknown vulnerability',
    severity: f.severity ?? 'UNKNOWN',
    fixAvailable: f.fixAvailable,
    score: f.inspectorScore,
    title: f.title,
    packages: (details?.vulnerablePackages ?? []).map((p) => ({
      name: p.name ?? 'unknown package',
      version: p.version,
      fixedInVersion: p.fixedInVersion
    }))
  }
}

/** The build's findings, all pages; one listed twice (same vulnerability, same packages) counts once. */
export async function listScanFindings(
  client: ImagebuilderClient,
  imageBuildVersionArn: string,
  signal: AbortSignal
): Promise<ScanFinding[]> {
  const op = 'ListImageScanFindings'
  const filters = [{ name: 'imageBuildVersionArn', values: [imageBuildVersionArn] }]
  const listed = await readAllPages(op, async (nextToken) => {
    const command = new ListImageScanFindingsCommand({ filters, maxResults: PAGE_SIZE, nextToken })
    const page = await client.send(command, { abortSignal: signal })
    return { items: page.findings ?? [], next: page.nextToken }
  })
  // The filter is the build's; a finding of another build in the answer is not this build's.
  const own = listed.filter(
    (f) => f.imageBuildVersionArn === undefined || f.imageBuildVersionArn === imageBuildVersionArn
  )
  const key = (f: ScanFinding) => `${f.id}\u0000${f.packages.map((p) => `${p.name}@${p.version ?? ''}`).join(',')}`
  return uniqueById(op, own.map(toFinding), key, sameJson)
}

const ENDED = new Set<string>(TERMINAL_WORKFLOW_STATUSES)
const SCAN_ENDED = new Set<string>(TERMINAL_SCAN_STATUSES)
/**
 * A running workflow's steps done, since when, and when to look for a pause in it: ListWaitingWorkflowSteps is
 * read at the first poll, then once a step takes three times the workflow's pace so far, then at doubling
 * stalls; while a workflow makes progress, polls cost no more than its counts.
 */
interface Stall {
  done: number
  since: number
  nextLook: number
}
const MIN_LOOK_MS = 60_000
const done = (e: WorkflowExecution) => e.succeededSteps + e.failedSteps + e.skippedSteps

/** An ended workflow a policy may flag: its steps tell which one failed or was skipped, and why. */
const worthSteps = (e: WorkflowExecution) =>
  ENDED.has(e.status) && e.status !== 'SKIPPED' && (e.status !== 'COMPLETED' || e.failedSteps + e.skippedSteps > 0)

/** The scan as GetImage tells it: on or off, and its state. */
export function scanOf(image: Image | undefined): ImageScan | undefined {
  const config = image?.imageScanningConfiguration
  const state = image?.scanState
  if (!config && !state) return undefined
  return { enabled: config?.imageScanningEnabled ?? state !== undefined, status: state?.status, reason: state?.reason }
}

/**
 * Reads what a build's counts do not tell, each thing once where it cannot change: the steps of an ended
 * workflow, the findings of a completed scan. Steps paused at WaitForAction are looked for while a running
 * workflow makes no progress (a paused one makes none; see Stall). A call the role may not make is said once in
 * `unread` and not made again; the build is still judged, and a scan whose findings were not read is not clean.
 */
export function buildDetailsReader(
  client: ImagebuilderClient,
  imageBuildVersionArn: string,
  clock: Clock,
  listWaiting: WaitingStepsListing = waitingStepsListing(client, clock)
) {
  const steps = new Map<string, WorkflowStep[]>()
  const unread = new Map<string, string>()
  let waiting: WaitingStep[] = []
  let findings: ScanFinding[] | undefined
  const stalls = new Map<string, Stall>()
  // The first look is due from the gate's start: any listing read since then shows a build paused before it.
  const startedAt = clock.now()
  let firstPoll = true

  /**
   * Whether the workflow made progress since the last poll. The first poll looks at once (the build may have
   * paused before the gate started); a workflow that starts later is looked at once its step runs long.
   */
  function progressed(e: WorkflowExecution, now: number): boolean {
    const stall = stalls.get(e.id)
    if (stall && stall.done === done(e)) return false
    const start = Date.parse(e.startTime ?? '')
    const pace = done(e) > 0 && Number.isFinite(start) ? Math.max(0, now - start) / done(e) : MIN_LOOK_MS
    stalls.set(e.id, { done: done(e), since: now, nextLook: firstPoll ? startedAt : now + 3 * pace })
    return stall !== undefined
  }

  async function guarded<T>(operation: string, read: () => Promise<T>): Promise<T | undefined> {
    if (unread.has(operation)) return undefined
    try {
      return await read()
    } catch (error) {
      if (!isPermanentAwsError(error)) throw error
      unread.set(operation, `${operation}: ${describeAwsError(error)}`)
      return undefined
    }
  }

  return {
    /** The executions with the steps of the ended ones a policy may flag, and the steps paused now. */
    async workflows(
      executions: WorkflowExecution[],
      signal: AbortSignal
    ): Promise<{ executions: WorkflowExecution[]; waiting: WaitingStep[] }> {
      for (const e of executions.filter((x) => worthSteps(x) && !steps.has(x.id) && x.id)) {
        const listed = await guarded('ListWorkflowStepExecutions', () => listWorkflowSteps(client, e.id, signal))
        if (listed) steps.set(e.id, listed)
      }
      const now = clock.now()
      const running = executions.filter((e) => !ENDED.has(e.status))
      // A workflow that made progress or ended is not paused: what was waiting in it was answered.
      const moved = running.map((e) => progressed(e, now)).some(Boolean)
      const ended = new Set(executions.filter((e) => ENDED.has(e.status)).map((e) => e.id))
      waiting = moved ? [] : waiting.filter((w) => !ended.has(w.workflowExecutionId))
      firstPoll = false
      const due = running.flatMap((e) => stalls.get(e.id)?.nextLook ?? []).filter((at) => at <= now)
      if (waiting.length === 0 && due.length > 0) {
        const listed = await guarded('ListWaitingWorkflowSteps', () => listWaiting(signal, Math.max(...due)))
        if (listed) waiting = waitingOf(listed, imageBuildVersionArn, new Date(now).toISOString())
        // Nothing paused: look again once the stall has lasted twice as long.
        for (const e of running) {
          const stall = stalls.get(e.id)
          if (stall && stall.nextLook <= now) stall.nextLook = now + Math.max(now - stall.since, MIN_LOOK_MS)
        }
      }
      return { executions: executions.map((e) => (steps.has(e.id) ? { ...e, steps: steps.get(e.id) } : e)), waiting }
    },

    /** The scan, with its findings once it completed. */
    async scan(scan: ImageScan | undefined, signal: AbortSignal): Promise<ImageScan | undefined> {
      if (scan?.status !== 'COMPLETED') return scan
      findings ??= await guarded('ListImageScanFindings', () => listScanFindings(client, imageBuildVersionArn, signal))
      return { ...scan, findings }
    },

    /** What could not be read, one line per call. */
    unread: (): string[] => [...unread.values()]
  }
}

/** Whether the scan can change no more: off, ended, and its findings read (or not readable). */
export function scanSettled(scan: ImageScan | undefined, unread: string[]): boolean {
  if (!scan?.enabled) return true
  if (!SCAN_ENDED.has(scan.status ?? '')) return false
  const unreadable = unread.some((u) => u.startsWith('ListImageScanFindings'))
  return scan.status !== 'COMPLETED' || scan.findings !== undefined || unreadable
}
