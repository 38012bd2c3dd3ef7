/**
 * The bundled action (`dist/index.js`) run as the runner runs it, against the simulator on wall-clock time:
 * INPUT_* variables with action.yml's defaults filled in as the runner evaluates them (for one matrix leg),
 * a fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, and optionally the whole process moved in time (a re-run
 * days later) or cancelled (SIGTERM) once its log shows a line.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'
import { parseOutputs, runnerEnv } from '../../scripts/runner-env.js'
import { normalizeScenario } from '../../sim/scenario.js'
import { startSimulator, type RecordedCall, type Simulator } from '../../sim/server.js'

/** A simulator whose clock can be moved on, so a later run of the action sees a later day. */
export interface TimedSimulator extends Simulator {
  shiftMs: number
}

export async function startSim(yaml: string): Promise<TimedSimulator> {
  const clock = { shiftMs: 0 }
  const sim = (await startSimulator(normalizeScenario(parse(yaml) as Record<string, unknown>), {
    now: () => Date.now() + clock.shiftMs
  })) as TimedSimulator
  Object.defineProperty(sim, 'shiftMs', { get: () => clock.shiftMs, set: (v: number) => (clock.shiftMs = v) })
  return sim
}

/** A matrix leg, as the runner knows it: the values of `matrix` and the leg's index. */
export interface Leg {
  matrix?: Record<string, string>
  index?: number
}

interface ActionInput {
  default?: string
}

/** action.yml's input defaults, evaluated as the runner evaluates them for a leg (github, matrix, strategy). */
export function inputDefaults(leg: Leg = {}, token = 'ghs_defaultTokenOfTheJob'): Record<string, string> {
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, ActionInput> }
  const values: Record<string, string> = {}
  for (const [name, input] of Object.entries(action.inputs)) {
    if (input.default === undefined) continue
    values[name] = String(input.default).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
      if (expression === 'github.token') return token
      if (/^toJSON\(matrix\)$/i.test(expression)) return leg.matrix ? JSON.stringify(leg.matrix, null, 2) : 'null'
      if (expression === 'strategy.job-index') return String(leg.index ?? 0)
      const key = /^matrix\.([\w-]+)$/.exec(expression)
      if (key) return leg.matrix?.[key[1] as string] ?? ''
      throw new Error(`action.yml: the test harness cannot evaluate the default \${{ ${expression} }} of input ${name}`)
    })
  }
  return values
}

export interface BundleOptions {
  /** Extra environment, e.g. GITHUB_* variables of the run. */
  env?: NodeJS.ProcessEnv
  leg?: Leg
  /** Move the action's clock (Date) by this much, as a run on a later day would see it. */
  shiftMs?: number
  /** Send SIGTERM once the log has a line for which this is true. */
  cancelWhen?: (stdout: string) => boolean
  /** Kill the run after this much wall time (a hang is a failure, not a wait). */
  limitMs?: number
  /** Leave RUNNER_TEMP and the report path as the runner sets them, or point them elsewhere. */
  runnerTemp?: string
}

export interface BundleRun {
  code: number | null
  stdout: string
  stderr: string
  /** The log as the runner reads it: one entry per line (the runner splits on \n and on \r). */
  lines: string[]
  out: Record<string, string>
  summary: string
  report?: Record<string, unknown>
  calls: RecordedCall[]
  /** Wall time of the run in milliseconds. */
  wallMs: number
}

const SHIFT_TIME = pathToFileURL(resolve('__tests__/integrity/shift-time.mjs')).href

export async function runBundle(
  sim: Simulator,
  inputs: Record<string, string>,
  options: BundleOptions = {}
): Promise<BundleRun> {
  const values = {
    ...inputDefaults(options.leg),
    'aws-retry-base-delay': '1ms',
    'poll-min-delay': '100ms',
    'poll-max-delay': '400ms',
    'not-found-grace': '0s',
    ...inputs
  }
  const runner = runnerEnv(sim, values)
  const env: NodeJS.ProcessEnv = {
    ...runner.env,
    ...(options.runnerTemp ? { RUNNER_TEMP: options.runnerTemp } : {}),
    ...options.env
  }
  if (options.shiftMs) env.IMAGE_GATE_TEST_SHIFT_MS = String(options.shiftMs)
  const before = sim.calls.length
  const started = Date.now()
  const args = ['--no-warnings', ...(options.shiftMs ? ['--import', SHIFT_TIME] : []), 'dist/index.js']
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env })
  let stdout = ''
  let stderr = ''
  let cancelled = false
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString()
    if (!cancelled && options.cancelWhen?.(stdout)) {
      cancelled = true
      child.kill('SIGTERM')
    }
  })
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  const limit = setTimeout(() => child.kill('SIGKILL'), options.limitMs ?? 30_000)
  // 'close', not 'exit': the log may still be in the pipe when the process has exited.
  const code = await new Promise<number | null>((done) => child.on('close', done))
  clearTimeout(limit)
  const out = parseOutputs(readFileSync(runner.output, 'utf8'))
  const reportPath = out['report-path']
  let report: Record<string, unknown> | undefined
  if (reportPath && existsSync(reportPath)) {
    try {
      report = JSON.parse(readFileSync(reportPath, 'utf8')) as Record<string, unknown>
    } catch {
      report = undefined
    }
  }
  return {
    code,
    stdout,
    stderr,
    lines: stdout.split(/\r\n|\r|\n/),
    out,
    summary: readFileSync(runner.summary, 'utf8'),
    report,
    calls: sim.calls.slice(before),
    wallMs: Date.now() - started
  }
}

/** Start a simulator for the scenario, run the bundle once on it, stop it. */
export async function gateOnce(
  yaml: string,
  inputs: Record<string, string>,
  options: BundleOptions = {}
): Promise<BundleRun & { sim: TimedSimulator }> {
  const sim = await startSim(yaml)
  try {
    return { ...(await runBundle(sim, inputs, options)), sim }
  } finally {
    await sim.stop()
  }
}

/** The verdicts with which the step succeeds: a false pass is one of these on data the gate has not seen. */
export const PASSING = ['pass', 'warn']

/** The calls of one operation. */
export function callsOf(run: { calls: RecordedCall[] }, operation: string): RecordedCall[] {
  return run.calls.filter((c) => c.operation === operation)
}

/** The step's error lines, decoded (workflow command data escapes newlines as %0A). */
export function errors(run: BundleRun): string {
  return run.lines
    .filter((l) => l.startsWith('::error'))
    .join('\n')
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%25/g, '%')
}
