/**
 * Scale: one gate over 10,000 hook results, 2,000 workflow executions and 5,000 stack events, all settled,
 * in pages of the APIs' maximum size. Wall time from the last page to the verdict, peak RSS, summary bytes.
 */
import { statSync } from 'node:fs'
import { normalizeScenario } from '../sim/scenario.js'
import { startSimulator } from '../sim/server.js'
import { runnerEnv } from '../scripts/runner-env.js'
import { spawnAction } from './spawn.js'

export interface Scale {
  items: { hookResults: number; workflowExecutions: number; stackEvents: number }
  pages: number
  lastPageToVerdictMs: number
  totalMs: number
  peakRssBytes: number
  summaryBytes: number
  verdict: string
}

export async function scaleBenchmark(size = { hooks: 10_000, workflows: 2_000, events: 5_000 }): Promise<Scale> {
  const changeSet = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/scale/00000000-0000-4000-8000-000000000001'
  const scenario = normalizeScenario({
    images: [
      {
        name: 'scale',
        version: '1.0.0/1',
        timeline: [{ at: 0, status: 'AVAILABLE' }],
        workflows: Array.from({ length: size.workflows }, (_, i) => ({
          type: ['BUILD', 'TEST', 'DISTRIBUTION'][i % 3],
          id: `wf-${i}`,
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
  const sim = await startSimulator(scenario)
  const { env, summary } = runnerEnv(sim, {
    'image-build-version-arn': 'arn:aws:imagebuilder:us-east-1:123456789012:image/scale/1.0.0/1',
    'change-set-arn': changeSet,
    'parallelcluster-image-id': 'scale-image',
    'aws-region': 'us-east-1'
  })
  const { stderr, startedAt } = await spawnAction('build/bench/child.js', env)
  await sim.stop()
  const line = stderr.split('\n').find((l) => l.startsWith('BENCH '))
  if (!line) throw new Error(`the scale run printed no result: ${stderr.slice(-2000)}`)
  const result = JSON.parse(line.slice(6)) as { verdict: string; verdictAt: number; maxRssBytes: number }
  const lastPage = sim.state.epoch + Math.max(...sim.calls.map((c) => c.at))
  return {
    items: { hookResults: size.hooks, workflowExecutions: size.workflows, stackEvents: size.events },
    pages: sim.calls.length,
    lastPageToVerdictMs: result.verdictAt - lastPage,
    totalMs: result.verdictAt - startedAt,
    peakRssBytes: result.maxRssBytes,
    summaryBytes: statSync(summary).size,
    verdict: result.verdict
  }
}
