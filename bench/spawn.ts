/** Spawn the action (bundled or the bench child) with a runner's environment (see scripts/runner-env.ts). */
import { spawn } from 'node:child_process'

export interface Spawned {
  code: number
  stderr: string
  startedAt: number
}

export function spawnAction(script: string, env: NodeJS.ProcessEnv, node = process.execPath): Promise<Spawned> {
  const startedAt = Date.now()
  const child = spawn(node, ['--no-warnings', script], { env, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code: code ?? 1, stderr, startedAt })))
}
