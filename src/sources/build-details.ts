/**
 * What an image build tells beyond its workflows' counts: the steps of a workflow execution
 * (ListWorkflowStepExecutions), the steps paused at WaitForAction (ListWaitingWorkflowSteps, account-wide,
 * narrowed to the build) and the vulnerability findings of its scan (ListImageScanFindings, by its ARN).
 */
import {
  paginateListImageScanFindings,
  paginateListWaitingWorkflowSteps,
  paginateListWorkflowStepExecutions,
  type ImagebuilderClient,
  type ImageScanFinding
} from '@aws-sdk/client-imagebuilder'
import type { ScanFinding } from '../policy/vulnerabilities.js'

export interface WorkflowStep {
  id: string
  name: string
  action: string
  status: string
  rollbackStatus?: string
  message?: string
  startTime?: string
  endTime?: string
}

export interface WaitingStep {
  /** The step execution id, which SendWorkflowStepAction answers. */
  id: string
  workflowExecutionId: string
  name: string
  action: string
  startTime?: string
  /** When the gate first saw it waiting. */
  seenAt: string
}

const PAGE = { pageSize: 25, stopOnSameToken: true }

/** Every step of one workflow execution, all pages, in the order Image Builder runs them. */
export async function listWorkflowSteps(client: ImagebuilderClient, workflowExecutionId: string, signal: AbortSignal): Promise<WorkflowStep[]> {
  const steps = new Map<string, WorkflowStep>()
  for await (const page of paginateListWorkflowStepExecutions({ client, ...PAGE }, { workflowExecutionId }, { abortSignal: signal }))
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
    packages: (details?.vulnerablePackages ?? []).map((p) => ({ name: p.name ?? 'unknown package', version: p.version, fixedInVersion: p.fixedInVersion }))
  }
}

/** The build's findings, all pages; one listed twice (same vulnerability, same packages) counts once. */
export async function listScanFindings(client: ImagebuilderClient, imageBuildVersionArn: string, signal: AbortSignal): Promise<ScanFinding[]> {
  const findings = new Map<string, ScanFinding>()
  const filters = [{ name: 'imageBuildVersionArn', values: [imageBuildVersionArn] }]
  for await (const page of paginateListImageScanFindings({ client, ...PAGE }, { filters }, { abortSignal: signal }))
    for (const f of page.findings ?? []) {
      // The filter is the build's; a finding of another build in the answer is not this build's.
      if (f.imageBuildVersionArn !== undefined && f.imageBuildVersionArn !== imageBuildVersionArn) continue
      const finding = toFinding(f)
      findings.set(`${finding.id}\u0000${finding.packages.map((p) => `${p.name}@${p.version ?? ''}`).join(',')}`, finding)
    }
  return [...findings.values()]
}
