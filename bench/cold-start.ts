/**
 * Cold start: from the start of the process to its first AWS request, for our `dist/index.js` and, when given,
 * another action's bundle (`--against PATH`), run alternately on the same Node so both see the same machine
 * state. The other action gets static keys as inputs and its STS endpoint pointed at the simulator, so its
 * first request is the GetCallerIdentity that validates them (configure-aws-credentials does this). Each child
 * is stopped at its first request. One unmeasured run of each warms the file cache first. Bundles are named by
 * their label (`--against-label`), else by their path relative to this folder, so no local path gets into the README.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { normalizeScenario } from '../sim/scenario.js'
import { startSimulator, type Simulator } from '../sim/server.js'
import { runnerEnv } from '../scripts/runner-env.js'
import { percentile } from './sim-env.js'
import { preciseNow, spawnAction } from './spawn.js'

export interface Bundle {
  /** A label, or the path relative to the working folder. */
  name: string
  /** The entry file. */
  bytes: number
  /** The entry and the chunks beside it it may load (every .js file in its folder). */
  totalBytes: number
  medianMs: number
  samples: number[]
}

export interface ColdStart {
  node: string
  ours: Bundle
  against?: Bundle
  /** Our median over theirs. */
  ratio?: number
}

type Inputs = (sim: Simulator) => Record<string, string>

const ours: Inputs = () => ({
  'image-build-version-arn': 'arn:aws:imagebuilder:us-east-1:123456789012:image/cold/1.0.0/1'
})
const credentialsAction: Inputs = (sim) => ({
  'aws-region': 'us-east-1',
  'aws-access-key-id': 'AKIAIOSFODNN7EXAMPLE',
  'aws-secret-access-key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'sts-endpoint': sim.url
})

/** Milliseconds from spawning `script` until the simulator sees its first request. */
async function firstRequestMs(script: string, inputs: Inputs, node: string): Promise<number> {
  const sim = await startSimulator(normalizeScenario({ images: [{ name: 'cold', version: '1.0.0/1' }] }), {
    now: preciseNow
  })
  const files = mkdtempSync(join(tmpdir(), 'image-gate-cold-'))
  for (const file of ['env', 'state']) writeFileSync(join(files, file), '')
  const base = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ENV: join(files, 'env'),
    GITHUB_STATE: join(files, 'state')
  }
  const { env } = runnerEnv(sim, inputs(sim), base)
  let watch: NodeJS.Timeout | undefined
  try {
    const run = await spawnAction(script, env, {
      node,
      started: (child) => {
        const deadline = Date.now() + 30_000
        watch = setInterval(() => {
          if (sim.calls.length > 0 || Date.now() > deadline) child.kill('SIGKILL')
        }, 1)
      }
    })
    const first = sim.calls[0]
    if (!first) throw new Error(`${script} made no request within 30 s: ${run.stderr.slice(-2000)}`)
    return sim.state.epoch + first.at - run.startedAt
  } finally {
    clearInterval(watch)
    await sim.stop()
  }
}

/** Every .js file in the folder of `entry`: the entry and its chunks. */
function folderBytes(entry: string): number {
  const dir = dirname(entry)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0)
}

export async function coldStartBenchmark(
  runs: number,
  node: string,
  against?: { path: string; label?: string }
): Promise<ColdStart> {
  const contenders = [
    { path: resolve('dist/index.js'), inputs: ours, label: undefined },
    ...(against ? [{ path: resolve(against.path), inputs: credentialsAction, label: against.label }] : [])
  ]
  for (const c of contenders) await firstRequestMs(c.path, c.inputs, node)
  const samples = contenders.map(() => [] as number[])
  for (let i = 0; i < runs; i++) {
    // Alternate who goes first, so neither always runs right after the other.
    const order = i % 2 === 0 ? contenders.map((_, k) => k) : contenders.map((_, k) => k).reverse()
    for (const k of order)
      samples[k]?.push(await firstRequestMs(contenders[k]?.path as string, contenders[k]?.inputs as Inputs, node))
  }
  const [mine, theirs] = contenders.map((c, k): Bundle => ({
    name: c.label ?? relative(process.cwd(), c.path),
    bytes: statSync(c.path).size,
    totalBytes: folderBytes(c.path),
    medianMs: percentile(samples[k] as number[], 50),
    samples: (samples[k] as number[]).map((ms) => Math.round(ms * 10) / 10)
  }))
  return {
    node: execFileSync(node, ['--version']).toString().trim(),
    ours: mine as Bundle,
    against: theirs,
    ratio: theirs ? (mine as Bundle).medianMs / theirs.medianMs : undefined
  }
}
