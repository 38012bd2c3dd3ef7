/**
 * Spawn an action's bundle with a runner's environment (see scripts/runner-env.ts) on a given Node, as the
 * runner does. The parent sees what the child prints, line by line with the time it arrived, and its peak
 * resident memory and CPU time: a preloaded one-liner prints `process.resourceUsage()` as the process exits.
 */
import { spawn, type ChildProcess } from 'node:child_process'

export interface Spawned {
  code: number
  /** Epoch milliseconds, just before the process was started. */
  startedAt: number
  exitedAt: number
  stdout: { at: number; line: string }[]
  stderr: string
  maxRssBytes?: number
  /** User and system CPU time of the whole process, in milliseconds: what load on the machine does not inflate. */
  cpuMs?: number
}

const MARK = 'BENCH-USAGE '
const USAGE_PROBE = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\n${MARK}'+JSON.stringify([u.maxRSS,u.userCPUTime+u.systemCPUTime])+'\\n')})`

export interface SpawnOptions {
  node?: string
  /** Preload the probe of peak memory and CPU time (it loads Node's ESM loader: cold-start timing goes without). */
  probeUsage?: boolean
  /** Called with the child once it runs, e.g. to stop it at its first request. */
  started?: (child: ChildProcess) => void
}

/** Epoch milliseconds with sub-millisecond resolution. */
export const preciseNow = () => performance.timeOrigin + performance.now()

export function spawnAction(
  script: string,
  env: NodeJS.ProcessEnv,
  { node = process.execPath, probeUsage = false, started }: SpawnOptions = {}
): Promise<Spawned> {
  const args = ['--no-warnings', ...(probeUsage ? ['--import', USAGE_PROBE] : []), script]
  const startedAt = preciseNow()
  const child = spawn(node, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  started?.(child)
  const stdout: Spawned['stdout'] = []
  let partial = ''
  child.stdout.on('data', (chunk: Buffer) => {
    const at = preciseNow()
    const lines = (partial + chunk.toString()).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) stdout.push({ at, line })
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  let exitedAt = 0
  child.on('exit', () => (exitedAt = preciseNow()))
  return new Promise((resolve) =>
    child.on('close', (code) => {
      const line = stderr.split('\n').find((l) => l.startsWith(MARK))
      const [maxRssKb, cpuMicros] = line ? (JSON.parse(line.slice(MARK.length)) as [number, number]) : []
      resolve({
        code: code ?? 1,
        startedAt,
        exitedAt,
        stdout,
        stderr,
        maxRssBytes: maxRssKb === undefined ? undefined : maxRssKb * 1024,
        cpuMs: cpuMicros === undefined ? undefined : cpuMicros / 1000
      })
    })
  )
}
