/**
 * examples/workflows/org-cleanup.yml, read as the runner reads it: a job per account (the matrix), each assuming
 * its account's role and cleaning its regions, at most a few accounts at once; one job merging their reports.
 * Every input it gives the action is one action.yml has.
 */
import { expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

interface Step {
  id?: string
  uses?: string
  with?: Record<string, string>
}
interface Job {
  needs?: string
  if?: string
  strategy?: { 'max-parallel'?: number; 'fail-fast'?: boolean; matrix?: Record<string, string[]> }
  steps: Step[]
}

const workflow = parse(readFileSync('examples/workflows/org-cleanup.yml', 'utf8')) as { jobs: Record<string, Job> }
const inputs = Object.keys((parse(readFileSync('action.yml', 'utf8')) as { inputs: object }).inputs)
const gateSteps = (job: Job) => job.steps.filter((s) => s.uses === 'OWNER/image-gate@v1')

it('fans out one job per account, each assuming its role, regions inside, a bounded number at once', () => {
  const { cleanup } = workflow.jobs
  expect(cleanup?.strategy?.matrix?.account?.length).toBeGreaterThan(1)
  expect(cleanup?.strategy?.['max-parallel']).toBeGreaterThan(0)
  expect(cleanup?.strategy?.['fail-fast']).toBe(false)
  const credentials = cleanup?.steps.find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'))
  expect(credentials?.uses).toMatch(/@v6$/)
  expect(credentials?.with?.['role-to-assume']).toContain('${{ matrix.account }}')
  const regions = gateSteps(cleanup as Job).map((s) => s.with?.['aws-region'])
  expect(new Set(regions).size).toBe(regions.length)
  for (const step of gateSteps(cleanup as Job)) {
    expect(step.with?.mode).toBe('cleanup')
    // One report per account and region, in the folder the artifact uploads.
    expect(step.with?.['report-path']).toBe(`reports/\${{ matrix.account }}-${step.with?.['aws-region']}.json`)
  }
  expect(cleanup?.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))?.with?.path).toBe('reports/')
})

it('fans in with one job that merges every report, even when an account failed', () => {
  const { merge } = workflow.jobs
  expect(merge?.needs).toBe('cleanup')
  expect(merge?.if).toBe('${{ !cancelled() }}')
  const download = merge?.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))
  expect(download?.with).toMatchObject({ pattern: 'cleanup-report-*', 'merge-multiple': true })
  const [step] = gateSteps(merge as Job)
  expect(step?.with).toEqual({ mode: 'merge', reports: download?.with?.path })
})

it('gives the action only inputs action.yml has', () => {
  for (const job of Object.values(workflow.jobs))
    for (const step of gateSteps(job))
      expect(Object.keys(step.with ?? {}).filter((k) => !inputs.includes(k))).toEqual([])
})
