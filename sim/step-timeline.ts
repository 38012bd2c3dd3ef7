/**
 * Workflow steps in a scenario, and answers to WaitForAction steps. An answer (or the step's timeout) is an
 * event that timeline entries anywhere in the image can hang on (`on: RESUME`, `on: STOP`, `on: TIMEOUT`, their
 * `at` counted from the event), so one scenario plays out either way the gate decides.
 */
import { createHash } from 'node:crypto'
import { stateAt, type SimImage, type SimWorkflow } from './scenario.js'
import { ScenarioError, at, list, optStr, str, type Timed, type WaitEvent } from './scenario-fields.js'
import type { SimState } from './state.js'

const EVENTS = new Set<string>(['RESUME', 'STOP', 'TIMEOUT'])

export interface StepState extends Timed {
  /** WorkflowStepExecutionStatus: PENDING, SKIPPED, RUNNING, COMPLETED, FAILED, CANCELLED. */
  status: string
  message?: string
  /** WorkflowStepExecutionRollbackStatus: RUNNING, COMPLETED, SKIPPED, FAILED. */
  rollbackStatus?: string
}

export interface SimStep {
  /** WorkflowStepExecutionId: `step-<uuid>`. */
  id: string
  name: string
  action: string
  description?: string
  inputs?: string
  timeline: StepState[]
  /** WaitForAction: how long it waits for an answer (the workflow document's timeoutSeconds); unset: forever. */
  timeoutMs?: number
}

/** One SendWorkflowStepAction the simulated account accepted. */
export interface StepAnswer {
  stepId: string
  imageArn: string
  action: 'RESUME' | 'STOP'
  reason?: string
  clientToken: string
  /** The request without its token, canonicalised: tells a retry from another request with the same token. */
  fingerprint: string
  at: number
}

export interface StepView {
  step: SimStep
  status: string
  message?: string
  rollbackStatus?: string
  startedAt?: number
  endedAt?: number
  /** WorkflowStepOutputs: for an answered WaitForAction step, the action and its reason. */
  outputs?: string
}

export const WAIT_FOR_ACTION = 'WaitForAction'
const TERMINAL_STEP = new Set(['COMPLETED', 'FAILED', 'SKIPPED', 'CANCELLED'])

/** A stable UUID-shaped id from a seed, so a scenario gives the same ids on every run. */
export function uuidFrom(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** A timeline entry's `on` and `step`: it applies only after that answer to that WaitForAction step. */
export function parseOn(raw: Record<string, unknown>, where: string): Pick<Timed, 'on' | 'step'> {
  if (raw.on === undefined || raw.on === null) return {}
  const on = String(raw.on)
  if (!EVENTS.has(on))
    throw new ScenarioError(`${where}: "on" must be RESUME, STOP or TIMEOUT, got ${JSON.stringify(raw.on)}`)
  return { on: on as WaitEvent, step: optStr(raw.step) }
}

function stepState(e: Record<string, unknown>, where: string): StepState {
  return {
    at: at(e.at, where),
    status: str(e, 'status', where),
    message: optStr(e.message),
    rollbackStatus: optStr(e.rollbackStatus),
    ...parseOn(e, where)
  }
}

/**
 * A workflow's `steps` given as a list: each step either with a `timeline`, or in short with `at` (it starts
 * RUNNING), `end` (it ends with `status`, default COMPLETED, and `message`). A WaitForAction step runs from
 * `at` until it is answered or its `timeout` passes.
 */
export function parseSteps(raw: unknown, where: string, workflowId: string): SimStep[] | undefined {
  if (!Array.isArray(raw)) return undefined
  return list(raw).map((s, k) => {
    const w = `${where}.steps[${k}]`
    const name = str(s, 'name', w)
    const action = str(s, 'action', w)
    const timeline = Array.isArray(s.timeline)
      ? list(s.timeline).map((e, i) => stepState(e, `${w}.timeline[${i}]`))
      : [
          ...(s.at === undefined ? [] : [{ at: at(s.at, `${w}.at`), status: 'RUNNING', ...parseOn(s, w) }]),
          ...(s.end === undefined ? [] : [stepState({ ...s, at: s.end, status: s.status ?? 'COMPLETED' }, `${w}.end`)])
        ]
    if (action === WAIT_FOR_ACTION) {
      if (timeline.some((e) => e.on))
        throw new ScenarioError(`${w}: a WaitForAction step cannot itself wait on an answer`)
      // SendWorkflowStepAction: "RESUME completes the waiting step ... STOP fails the step".
      timeline.push(
        { at: 0, status: 'COMPLETED', on: 'RESUME', step: name },
        { at: 0, status: 'FAILED', on: 'STOP', step: name },
        { at: 0, status: 'FAILED', on: 'TIMEOUT', step: name, message: 'The step timed out waiting for an action.' }
      )
    }
    return {
      id: `step-${uuidFrom(`${workflowId}/${name}/${k}`)}`,
      name,
      action,
      description: optStr(s.description),
      inputs: optStr(s.inputs),
      timeline: timeline.sort((a, b) => a.at - b.at),
      timeoutMs: s.timeout === undefined ? undefined : at(s.timeout, `${w}.timeout`)
    }
  })
}

/** How a WaitForAction step of the image ended, or will end if nothing answers it first (its timeout). */
function waitOutcome(
  state: SimState,
  image: SimImage,
  stepName: string | undefined
): { event: WaitEvent; at: number } | undefined {
  const step = image.workflows
    .flatMap((wf) => wf.stepExecutions ?? [])
    .find((s) => s.action === WAIT_FOR_ACTION && (stepName === undefined || s.name === stepName))
  if (!step) return undefined
  const answer = state.stepAnswers.find((a) => a.stepId === step.id)
  if (answer) return { event: answer.action, at: answer.at }
  const start = step.timeline.find((e) => !e.on && e.status === 'RUNNING')
  return start && step.timeoutMs !== undefined ? { event: 'TIMEOUT', at: start.at + step.timeoutMs } : undefined
}

/** The timeline as it plays out: entries hung on an answer are kept only if that answer came, counted from it. */
export function effective<T extends Timed>(state: SimState, image: SimImage, timeline: T[]): T[] {
  if (!timeline.some((e) => e.on)) return timeline
  const resolved = timeline.flatMap((e) => {
    if (!e.on) return [e]
    const outcome = waitOutcome(state, image, e.step)
    return outcome?.event === e.on ? [{ ...e, at: e.at + outcome.at }] : []
  })
  return resolved.sort((a, b) => a.at - b.at)
}

const owners = new WeakMap<SimWorkflow, SimImage>()

/** The image whose build ran this workflow. */
export function imageOf(state: SimState, workflow: SimWorkflow): SimImage {
  if (!owners.has(workflow))
    for (const image of state.scenario.images) for (const wf of image.workflows) owners.set(wf, image)
  return owners.get(workflow) as SimImage
}

export function stepView(state: SimState, image: SimImage, step: SimStep, elapsed: number): StepView {
  const timeline = effective(state, image, step.timeline).filter((e) => e.at <= elapsed)
  const current = stateAt(timeline, elapsed)
  const started = timeline.find((e) => e.status !== 'PENDING' && e.status !== 'SKIPPED')
  const view: StepView = {
    step,
    status: current?.status ?? 'PENDING',
    message: current?.message,
    rollbackStatus: current?.rollbackStatus,
    startedAt: started?.at,
    endedAt: current && TERMINAL_STEP.has(current.status) ? current.at : undefined
  }
  const answer = state.stepAnswers.find((a) => a.stepId === step.id)
  // The reason "is stored with the step execution record and is accessible in subsequent workflow steps via
  // step output references" (SendWorkflowStepAction): kept as the step's message and in its outputs.
  if (answer && answer.at <= elapsed)
    Object.assign(view, {
      message: answer.reason,
      outputs: JSON.stringify({ action: answer.action, reason: answer.reason })
    })
  return view
}

/** A WaitForAction step paused for an answer: running, not answered, not timed out. */
export function isWaiting(view: StepView): boolean {
  return view.step.action === WAIT_FOR_ACTION && view.status === 'RUNNING'
}

/** Steps succeeded, failed and skipped so far, for a workflow whose scenario names its steps. */
export function stepCounts(
  state: SimState,
  workflow: SimWorkflow,
  elapsed: number
): { succeeded: number; failed: number; skipped: number } | undefined {
  if (!workflow.stepExecutions) return undefined
  const image = imageOf(state, workflow)
  const statuses = workflow.stepExecutions.map((s) => stepView(state, image, s, elapsed).status)
  const count = (status: string) => statuses.filter((s) => s === status).length
  return { succeeded: count('COMPLETED'), failed: count('FAILED'), skipped: count('SKIPPED') }
}
