/**
 * Scale: the bundled action (`dist/index.js`, on the Node the bench is given) over many hook results,
 * workflow executions and stack events, all settled, in pages of the APIs' maximum size. Peak RSS of the
 * action's process; wall time from the simulator receiving the last page's request to the verdict line; the
 * sizes of the job summary and the JSON report. Run at 1x and 10x to see how each grows.
 */
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { normalizeScenario } from '../sim/scenario.js'
import { startSimulator } from '../sim/server.js'
import { runnerEnv } from '../scripts/runner-env.js'
import { spawnAction } from './spawn.js'

export interface ScaleSize {
  hooks: number
  workflows: number
  events: number
}

export const SCALE_1X: ScaleSize = { hooks: 10_000, workflows: 2_000, events: 5_000 }

export interface Scale {
  items: ScaleSize
  pages: number
  lastPageToVerdictMs: number
  lastPageToExitMs: number
  totalMs: number
  peakRssBytes: number
  cpuMs: number
  summaryBytes: number
  reportBytes: number
  verdict: string
}

function scenario(size: ScaleSize, changeSet: string) {
  return normalizeScenario({
    images: [
      {
        name: 'scale',
        version: '1.0.0/1',
        timeline: [{ at: 0, status: 'AVAILABLE' }],
        workflows: Array.from({ length: size.workflows }, (_, i) => ({
          type: ['BUILD', 'TEST', 'DISTRIBUTION'][i % 3],
          steps: 4,
          timeline: [
            { at: 0, status: 'RUNNING' },
            { at: 0, status: i % 500 === 7 ? 'FAILED' : 'COMPLETED', message: `workflow ${i} finished` }
          ]
        }))
      }
    ],
    changeSets: [{ name: 'scale', arn: changeSet, stackName: 'scale' }],
    hookResults: Array.from({ length: size.hooks }, (_, i) => ({
      typeName: `Scale::Hook::H${i}`,
      failureMode: i % 2 ? 'WARN' : 'FAIL',
      targetId: changeSet,
      timeline: [
        {
          at: 0,
          status: i % 1000 === 3 ? 'HOOK_COMPLETE_FAILED' : 'HOOK_COMPLETE_SUCCEEDED',
          reason: `hook ${i} reason text`
        }
      ]
    })),
    stacks: [
      {
        name: 'scale-image',
        events: [
          { at: 0, status: 'CREATE_IN_PROGRESS' },
          ...Array.from({ length: size.events - 2 }, (_, i) => ({
            at: 0,
            logicalId: `R${i % 1000}`,
            resourceType: 'AWS::Scale::Thing',
            status: i < 1000 ? 'CREATE_IN_PROGRESS' : 'CREATE_COMPLETE'
          })),
          { at: 0, status: 'CREATE_COMPLETE' }
        ]
      }
    ]
  })
}

/** The line the action ends on: `image-gate: <verdict>: <reason>`, as a notice or as the step's error. */
const VERDICT = /^(?:::error::)?image-gate: (\w+):/

export async function scaleBenchmark(size: ScaleSize, node: string): Promise<Scale> {
  const changeSet = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/scale/00000000-0000-4000-8000-000000000001'
  const sim = await startSimulator(scenario(size, changeSet))
  const { env, summary, dir } = runnerEnv(sim, {
    'image-build-version-arn': 'arn:aws:imagebuilder:us-east-1:123456789012:image/scale/1.0.0/1',
    'change-set-arn': changeSet,
    'parallelcluster-image-id': 'scale-image',
    'aws-region': 'us-east-1'
  })
  const run = await spawnAction('dist/index.js', env, { node, probeUsage: true })
  await sim.stop()
  const verdictLine = run.stdout.find((l) => VERDICT.test(l.line))
  if (!verdictLine || run.maxRssBytes === undefined)
    throw new Error(`the scale run printed no verdict: ${run.stderr.slice(-2000)}`)
  // The last call's arrival: the simulator's own time to build that page counts against the action.
  const lastPage = sim.state.epoch + Math.max(...sim.calls.map((c) => c.at))
  return {
    items: size,
    pages: sim.calls.length,
    lastPageToVerdictMs: verdictLine.at - lastPage,
    lastPageToExitMs: run.exitedAt - lastPage,
    totalMs: run.exitedAt - run.startedAt,
    peakRssBytes: run.maxRssBytes,
    cpuMs: run.cpuMs ?? NaN,
    summaryBytes: statSync(summary).size,
    reportBytes: statSync(join(dir, 'image-gate-report.json')).size,
    verdict: VERDICT.exec(verdictLine.line)?.[1] ?? 'unknown'
  }
}
