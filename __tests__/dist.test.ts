/**
 * The bundled action as the runner starts it: `node dist/index.js` with INPUT_* variables, against the
 * simulator on wall-clock time. A SIGTERM (the job cancelled) still leaves a summary marked cancelled.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { runnerEnv } from '../scripts/runner-env.js'
import { normalizeScenario } from '../sim/scenario.js'
import { startSimulator, type Simulator } from '../sim/server.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.stop()
  sim = undefined
})

/** Run the bundle to its end; its exit code and what it printed. */
async function runDist(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, ['--no-warnings', 'dist/index.js'], { stdio: ['ignore', 'pipe', 'pipe'], env })
  let stdout = ''
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { code, stdout }
}

describe('dist/index.js', () => {
  it('refuses a policy whose lifecycle target has no valid region, before any AWS call', async () => {
    sim = await startSimulator(
      normalizeScenario({
        images: [{ name: 'web-ami', version: '1.4.0/1', timeline: [{ at: 0, status: 'AVAILABLE' }], workflows: [] }]
      })
    )
    const policy =
      'version: 1\nlifecycle:\n  on-pass:\n    state: DEPRECATED\n' +
      '    target: arn:aws:imagebuilder:xx-1:123456789012:image/web-ami/1.3.0/2\n'
    const image = 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.4.0/1'
    const runner = runnerEnv(sim, { 'image-build-version-arn': image, policy })
    const { code, stdout } = await runDist(runner.env)
    expect(code).toBe(1)
    expect(stdout).toContain('inline policy:5:13: lifecycle.on-pass.target: "xx-1" is not an AWS region')
    expect(stdout).toContain('use this-build, previous-versions or the ARN of an image build version')
    expect(sim.calls).toEqual([])
  })

  it('ends at once in error, naming the endpoint variable and its value, when the simulator is not running', async () => {
    sim = await startSimulator(normalizeScenario({ images: [] }))
    await sim.stop()
    const runner = runnerEnv(sim, {
      'image-build-version-arn': 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.4.0/1',
      timeout: '30m',
      'aws-retry-base-delay': '10ms'
    })
    const named = `AWS_ENDPOINT_URL_IMAGEBUILDER=${sim.url}`
    sim = undefined
    // Within the test's time, not the input's 30 minutes: the first poll's error is final.
    const { code, stdout } = await runDist(runner.env)
    expect(code).toBe(1)
    expect(stdout).toContain(`EndpointUnreachable: nothing answers at ${named} (connect ECONNREFUSED`)
    expect(stdout).toContain('start the simulator first: npm run sim -- scenarios/demo-pass.yml')
    expect(stdout).not.toMatch(/^\s+at /m)
    expect(readFileSync(runner.summary, 'utf8')).toMatch(
      /AWS&#95;ENDPOINT&#95;URL&#95;IMAGEBUILDER=http:\/\/127\.0\.0\.1:\d+ /
    )
    expect(readFileSync(runner.output, 'utf8')).toMatch(/verdict<<ghadelimiter_[\w-]+\nerror\n/)
  }, 15_000)

  it('writes a summary marked cancelled and fails the step when the job is cancelled', async () => {
    sim = await startSimulator(
      normalizeScenario({
        images: [
          {
            name: 'slow',
            version: '1.0.0/1',
            timeline: [{ at: 0, status: 'BUILDING' }],
            workflows: [{ type: 'BUILD', steps: 9, timeline: [{ at: 0, status: 'RUNNING' }] }]
          }
        ]
      })
    )
    const runner = runnerEnv(sim, {
      'image-build-version-arn': 'arn:aws:imagebuilder:us-east-1:123456789012:image/slow/1.0.0/1',
      'poll-min-delay': '1s'
    })
    const child = spawn(process.execPath, ['--no-warnings', 'dist/index.js'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: runner.env
    })
    let stdout = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    // Cancel once the action is waiting (it has made its first calls).
    while (!stdout.includes('next check in')) await new Promise((r) => setTimeout(r, 20))
    child.kill('SIGTERM')
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(1)
    expect(readFileSync(runner.summary, 'utf8')).toContain('image-gate: cancelled')
    expect(readFileSync(runner.output, 'utf8')).toMatch(/verdict<<ghadelimiter_[\w-]+\ncancelled\n/)
    expect(stdout).toContain('::error::image-gate: cancelled')
  })
})
