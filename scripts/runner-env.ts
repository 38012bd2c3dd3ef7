/**
 * What the runner gives an action, pointed at the simulator: INPUT_* variables, fresh GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, RUNNER_TEMP, the simulator's endpoints and dummy credentials. Used by the demo,
 * the benchmarks and the tests that start `dist/index.js` as a process.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Simulator } from '../sim/server.js'

export interface RunnerEnv {
  env: NodeJS.ProcessEnv
  /** RUNNER_TEMP, where the JSON report goes by default. */
  dir: string
  output: string
  summary: string
}

/** Temporary runner folders of this process, removed when it exits. */
const temporary: string[] = []

function temporaryDir(): string {
  if (temporary.length === 0)
    process.once('exit', () => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-run-'))
  temporary.push(dir)
  return dir
}

/** Runner files in `dir` (kept), or in a temporary folder removed when the process exits. */
export function runnerEnv(
  sim: Simulator,
  inputs: Record<string, string>,
  base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME },
  dir = temporaryDir()
): RunnerEnv {
  mkdirSync(dir, { recursive: true })
  const output = join(dir, 'output')
  const summary = join(dir, 'summary.md')
  for (const file of [output, summary]) writeFileSync(file, '')
  const env: NodeJS.ProcessEnv = {
    ...base,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    AWS_REGION: sim.scenario.region,
    AWS_ACCESS_KEY_ID: 'simulator',
    AWS_SECRET_ACCESS_KEY: 'simulator',
    AWS_ENDPOINT_URL_IMAGEBUILDER: sim.url,
    AWS_ENDPOINT_URL_CLOUDFORMATION: sim.url,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  }
  return { env, dir, output, summary }
}

/** The outputs an action wrote to a GITHUB_OUTPUT file (`name<<delimiter` blocks), as a map. */
export function parseOutputs(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const m of text.matchAll(/^(.*?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm))
    result[m[1] as string] = m[3] as string
  return result
}

/** `node dist/index.js` as the runner starts it, in `env`: its exit code and what it wrote to stdout. */
export async function runDist(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, ['--no-warnings', 'dist/index.js'], { stdio: ['ignore', 'pipe', 'pipe'], env })
  let stdout = ''
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { code, stdout }
}
