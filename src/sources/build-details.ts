/**
 * What an image build tells beyond its workflows' counts: the steps of a workflow execution
 * (ListWorkflowStepExecutions), the steps paused at WaitForAction (ListWaitingWorkflowSteps, account-wide,
 * narrowed to the build) and the vulnerability findings of its scan (ListImageScanFindings, by its ARN).
 */
import {
  paginateListImageScanFindings,
  paginateListWaitingWorkflowSteps,
  paginateListWorkflowStepExecutions,
  type Image,
  type ImagebuilderClient,
  type ImageScanFinding
} from '@aws-sdk/client-imagebuilder'
import { describeAwsError, isPermanentAwsError } from '../core/aws-errors.js'
import type { Clock } from '../core/clock.js'
import {
  TERMINAL_SCAN_STATUSES,
  TERMINAL_WORKFLOW_STATUSES,
  type ImageScan,
  type ScanFinding,
  type WaitingStep,
  type WorkflowExecution,
  type WorkflowStep
} from '../core/observations.js'

const PAGE = { pageSize: 25, stopOnSameToken: true }

/** Every step of one workflow execution, all pages, in the order Image Builder runs them. */
export async function listWorkflowSteps(
  client: ImagebuilderClient,
  workflowExecutionId: string,
  signal: AbortSignal
): Promise<WorkflowStep[]> {
  const steps = new Map<string, WorkflowStep>()
  for await (const page of paginateListWorkflowStepExecutions(
    { client, ...PAGE },
    { workflowExecutionId },
    { abortSignal: signal }
  ))
    for (const s of page.steps ?? []) {
      // Listed twice across pages: the step counts once.
      const id = s.stepExecutionId ?? `${s.name}#${steps.size}`
      steps.set(id, {
        id,
        name: s.name ?? 'unnamed step',
        action: s.action ?? 'unknown action',
        status: s.status ?? 'UNKNOWN',
        rollbackStatus: s.rollbackStatus,
        message: s.message,
        startTime: s.startTime,
        endTime: s.endTime
      })
    }
  return [...steps.values()]
}

/** The steps of this build paused at a WaitForAction step now; `seen` keeps when each was first seen. */
export async function listWaitingSteps(
  client: ImagebuilderClient,
  imageBuildVersionArn: string,
  seen: ReadonlyMap<string, WaitingStep>,
  now: string,
  signal: AbortSignal
): Promise<WaitingStep[]> {
  const waiting = new Map<string, WaitingStep>()
  for await (const page of paginateListWaitingWorkflowSteps({ client, ...PAGE }, {}, { abortSignal: signal }))
    for (const s of page.steps ?? [])
      if (s.imageBuildVersionArn === imageBuildVersionArn && s.stepExecutionId)
        waiting.set(s.stepExecutionId, {
          id: s.stepExecutionId,
          workflowExecutionId: s.workflowExecutionId ?? '',
          name: s.name ?? 'unnamed step',
          action: s.action ?? 'WaitForAction',
          startTime: s.startTime,
          seenAt: seen.get(s.stepExecutionId)?.seenAt ?? now
        })
  return [...waiting.values()]
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
  const findings = new Map<string, ScanFinding>()
  const filters = [{ name: 'imageBuildVersionArn', values: [imageBuildVersionArn] }]
  for await (const page of paginateListImageScanFindings({ client, ...PAGE }, { filters }, { abortSignal: signal }))
    for (const f of page.findings ?? []) {
      // The filter is the build's; a finding of another build in the answer is not this build's.
      if (f.imageBuildVersionArn !== undefined && f.imageBuildVersionArn !== imageBuildVersionArn) continue
      const finding = toFinding(f)
      findings.set(
        `${finding.id}\u0000${finding.packages.map((p) => `${p.name}@${p.version ?? ''}`).join(',')}`,
        finding
      )
    }
  return [...findings.values()]
}

const ENDED = new Set<string>(TERMINAL_WORKFLOW_STATUSES)
const SCAN_ENDED = new Set<string>(TERMINAL_SCAN_STATUSES)
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
 * workflow makes no progress (a paused one makes none). A call the role may not make is said once in
 * `unread` and not made again; the build is still judged, and a scan whose findings were not read is not clean.
 */
export function buildDetailsReader(client: ImagebuilderClient, imageBuildVersionArn: string, clock: Clock) {
  const steps = new Map<string, WorkflowStep[]>()
  const unread = new Map<string, string>()
  let waiting: WaitingStep[] = []
  let findings: ScanFinding[] | undefined

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
      previous: WorkflowExecution[] | undefined,
      signal: AbortSignal
    ): Promise<{ executions: WorkflowExecution[]; waiting: WaitingStep[] }> {
      for (const e of executions.filter((x) => worthSteps(x) && !steps.has(x.id) && x.id)) {
        const listed = await guarded('ListWorkflowStepExecutions', () => listWorkflowSteps(client, e.id, signal))
        if (listed) steps.set(e.id, listed)
      }
      const stalled = executions
        .filter((e) => !ENDED.has(e.status))
        .some((e) => {
          const before = previous?.find((p) => p.id === e.id)
          return !before || done(before) === done(e)
        })
      // A workflow that made progress is not paused: what was waiting in it was answered.
      if (!stalled) waiting = []
      else {
        const seen = new Map(waiting.map((w) => [w.id, w]))
        const now = new Date(clock.now()).toISOString()
        const listed = () => listWaitingSteps(client, imageBuildVersionArn, seen, now, signal)
        waiting = (await guarded('ListWaitingWorkflowSteps', listed)) ?? waiting
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
