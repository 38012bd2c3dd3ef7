/** Spawn the action (bundled or the bench child) against a simulator, as the runner would. */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Simulator } from '../sim/server.js'

export interface Spawned {
  code: number
  stderr: string
  dir: string
  startedAt: number
}

export function actionEnv(sim: Simulator, inputs: Record<string, string>, extra: Record<string, string> = {}): { env: NodeJS.ProcessEnv; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-bench-'))
  for (const f of ['output', 'summary.md']) writeFileSync(join(dir, f), '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_ENDPOINT_URL_IMAGEBUILDER: sim.url,
    AWS_ENDPOINT_URL_CLOUDFORMATION: sim.url,
    ...extra,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  }
  return { env, dir }
}

export function spawnAction(script: string, env: NodeJS.ProcessEnv, dir: string, node = process.execPath): Promise<Spawned> {
  const startedAt = Date.now()
  const child = spawn(node, ['--no-warnings', script], { env, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code: code ?? 1, stderr, dir, startedAt })))
}
