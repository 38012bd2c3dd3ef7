/**
 * The bundled command line, `node dist/cli/index.js`, as a CI job runs it: every command against the simulator on
 * wall-clock time, side by side with the bundled action where they do the same thing.
 */
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { runnerEnv } from '../scripts/runner-env.js'
import { readScenarioFile } from '../scripts/scenario-file.js'
import { normalizeScenario } from '../sim/scenario.js'
import { startSimulator, type Simulator } from '../sim/server.js'

const CLI = resolve('dist/cli/index.js')
const ACTION = resolve('dist/index.js')
const ARN = 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.4.0/7'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.stop()
  sim = undefined
})

/** A folder to run a command in, removed after the suite. */
const folders: string[] = []
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-cli-'))
  folders.push(dir)
  return dir
}
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

async function simulate(yaml: string): Promise<Simulator> {
  sim = await startSimulator(normalizeScenario(parse(yaml) as Record<string, unknown>))
  return sim
}

function awsEnv(s: Simulator): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'simulator',
    AWS_SECRET_ACCESS_KEY: 'simulator',
    AWS_ENDPOINT_URL_IMAGEBUILDER: s.url,
    AWS_ENDPOINT_URL_CLOUDFORMATION: s.url
  }
}

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Run a bundle to its end in `cwd`; `onOutput` may act on what it printed so far (e.g. send a signal). */
function run(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = folder(),
  onOutput?: (stderr: string, kill: (signal: NodeJS.Signals) => void) => void
): Promise<Run & { cwd: string }> {
  const child = spawn(process.execPath, ['--no-warnings', script, ...args], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString()
    onOutput?.(stderr, (signal) => child.kill(signal))
  })
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr, cwd })))
}

const cli = (args: string[], env: NodeJS.ProcessEnv = { PATH: process.env.PATH }, cwd?: string) =>
  run(CLI, args, env, cwd)

const controls = (text: string) => [...text].filter((c) => c < ' ' && c !== '\n')

/** A scenario of one build of web-ami 1.4.0/7 in an image state, with workflows in a state from the start. */
function build(status: string, workflows: [type: string, status: string, extra?: string][]): string {
  const listed = workflows.map(
    ([type, s, extra = '']) => `{ type: ${type}, steps: 6, timeline: [{ at: 0s, status: ${s}${extra} }] }`
  )
  const image = `name: web-ami, version: 1.4.0/7, timeline: [{ at: 0s, status: ${status} }]`
  return `images: [{ ${image}, workflows: [${listed.join(', ')}] }]`
}

const HOSTILE =
  ', succeeded: 3, failed: 1, skipped: 2, message: "Step failed \\u001b]0;owned\\u0007\\u001b[2J<b>@team</b>\\n::set-output name=verdict::pass\\r##[warning]x"'
const FAILING = build('FAILED', [
  ['BUILD', 'COMPLETED'],
  ['TEST', 'FAILED', HOSTILE]
])
const PASSING = build('AVAILABLE', [
  ['BUILD', 'COMPLETED'],
  ['TEST', 'COMPLETED']
])

describe('image-gate (dist/cli/index.js)', () => {
  it('prints its help, each command its own, and refuses an unknown command with exit code 2', async () => {
    const main = await cli(['--help'])
    expect(main.code).toBe(0)
    expect(main.stdout).toMatch(/^image-gate 0\.1\.0: /)
    for (const command of ['wait', 'cleanup', 'policy check', 'judge', 'replay']) {
      expect(main.stdout).toContain(`  ${command} `)
      const help = await cli([...command.split(' '), '--help'])
      expect(help.code).toBe(0)
      expect(help.stdout).toContain(`Usage: image-gate ${command}`)
    }
    expect((await cli(['wait', '--help'])).stdout).toContain('--not-found-grace <value>')
    expect((await cli(['--version'])).stdout).toBe('0.1.0\n')
    const extra = await cli(['wait', 'now'])
    expect([extra.code, extra.stderr.split('\n')[0]]).toEqual([2, 'image-gate wait: unexpected argument "now"'])
    const wrong = await cli(['wiat'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('unknown command "wiat"')
  }, 60_000)

  it('wait: the verdict, findings and summary of the action on the same scenario; terminal text made plain', async () => {
    const s = await simulate(FAILING)
    const runner = runnerEnv(s, { 'image-build-version-arn': ARN })
    const action = await run(ACTION, [], runner.env)
    const command = await cli(['wait', '--image-build-version-arn', ARN, '--summary-path', 'out/summary.md'], awsEnv(s))
    expect([action.code, command.code]).toEqual([1, 1])
    const ours = JSON.parse(readFileSync(join(command.cwd, 'image-gate-report.json'), 'utf8'))
    const theirs = JSON.parse(readFileSync(join(runner.dir, 'image-gate-report.json'), 'utf8'))
    expect(ours.verdict).toBe('fail')
    for (const key of ['format', 'version', 'verdict', 'reason', 'findings', 'policy'])
      expect([key, ours[key]]).toEqual([key, theirs[key]])
    expect(ours.targets.map((t: { snapshot: unknown }) => t.snapshot)).toEqual(
      theirs.targets.map((t: { snapshot: unknown }) => t.snapshot)
    )
    const masked = (md: string) => md.replace(/<small>.*<\/small>/, '')
    expect(masked(readFileSync(join(command.cwd, 'out/summary.md'), 'utf8'))).toBe(
      masked(readFileSync(runner.summary, 'utf8'))
    )
    expect(command.stdout.split('\n')[0]).toBe('✖ image-gate: fail')
    expect(command.stdout).toMatch(
      /fail {2}web-ami 1\.4\.0\/7 \/ TEST workflow wf-[0-9a-f-]{36}: TEST ended FAILED: Step failed \]0;owned\[2J<b>@team<\/b>/
    )
    expect(command.stderr).toContain('web-ami 1.4.0/7: image FAILED; BUILD completed, TEST failed')
    expect(controls(command.stdout + command.stderr)).toEqual([])
    // Run inside a workflow step, no line of its output may act as a workflow command.
    const lines = (command.stdout + command.stderr).split(/[\r\n]/)
    expect(lines.filter((line) => /^\s*::|##\[/.test(line))).toEqual([])
  }, 60_000)

  it('wait: inputs from IMAGE_GATE_* variables, a JUnit report, exit code 0 on a pass', async () => {
    const s = await simulate(PASSING)
    const env = { ...awsEnv(s), IMAGE_GATE_IMAGE_BUILD_VERSION_ARN: ARN, IMAGE_GATE_REPORT_PATH: 'r/report.json' }
    const r = await cli(['wait', '--junit-path', 'junit.xml'], env)
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n')[0]).toBe('✔ image-gate: pass')
    expect(JSON.parse(readFileSync(join(r.cwd, 'r/report.json'), 'utf8')).verdict).toBe('pass')
    const junit = readFileSync(join(r.cwd, 'junit.xml'), 'utf8')
    expect(junit).toContain('<testsuites name="image-gate: pass" tests="3" failures="0"')
    expect(junit).not.toContain('<failure')
  }, 30_000)

  it('wait: every bad input named with its flag and variable, before any AWS call, and no report', async () => {
    const s = await simulate(PASSING)
    const r = await cli(['wait', '--image-build-version-arn', `${ARN.slice(0, -2)}`, '--timeout', 'soon'], awsEnv(s))
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      `--image-build-version-arn (IMAGE_GATE_IMAGE_BUILD_VERSION_ARN) is invalid: got "${ARN.slice(0, -2)}"; ` +
        'it names an image version, not a build'
    )
    expect(r.stderr).toContain('--timeout (IMAGE_GATE_TIMEOUT) is invalid: got "soon"; use a duration like 90s')
    expect(s.calls).toEqual([])
    expect(existsSync(join(r.cwd, 'image-gate-report.json'))).toBe(false)
    const unknown = await cli(['wait', '--timout', '5m'], awsEnv(s))
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown option --timout; did you mean --timeout?')
  }, 30_000)

  it('wait: Ctrl-C ends the wait as cancelled, with the report written and exit code 1', async () => {
    const s = await simulate(build('BUILDING', [['BUILD', 'RUNNING']]))
    const args = ['wait', '--image-build-version-arn', ARN, '--poll-min-delay', '1s']
    const r = await run(CLI, args, awsEnv(s), undefined, (stderr, kill) => {
      if (stderr.includes('next check in')) kill('SIGINT')
    })
    expect(r.code).toBe(1)
    expect(r.stdout.split('\n')[0]).toBe('✖ image-gate: cancelled')
    expect(JSON.parse(readFileSync(join(r.cwd, 'image-gate-report.json'), 'utf8')).verdict).toBe('cancelled')
  }, 30_000)

  it('cleanup: a dry run lists what it would retire and starts nothing', async () => {
    const s = await simulate(`
images:
${[1, 2, 3, 4].map((n) => `  - { name: web-ami, version: 1.0.0/${n}, age: ${100 - n}d, timeline: [{ at: 0s, status: AVAILABLE }] }`).join('\n')}
`)
    const dir = folder()
    writeFileSync(join(dir, 'policy.yml'), 'version: 1\ncleanup: { state: DEPRECATED, keep: 1, older-than: 30d }\n')
    const r = await cli(['cleanup', '--policy', 'policy.yml', '--dry-run'], awsEnv(s), dir)
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n')[0]).toBe('✔ image-gate cleanup (dry run): pass')
    expect(r.stdout).toContain('Versions: 3 would be updated, 1 kept, 0 skipped, 0 failed.')
    expect(s.calls.map((c) => c.operation)).not.toContain('StartResourceStateUpdate')
  }, 30_000)

  it('policy check: ok for a valid file, FILE:LINE:COLUMN for each problem, exit code 1', async () => {
    const dir = folder()
    writeFileSync(join(dir, 'bad.yml'), 'version: 1\nhooks:\n  hook-faild: warn\n')
    const r = await cli(
      ['policy', 'check', resolve('examples/policies/stricter-tests.yml'), 'bad.yml', 'none.yml'],
      {},
      dir
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('stricter-tests.yml: ok (1 workflow rule, 0 hook rules, 0 lifecycle actions)')
    expect(r.stderr).toContain('bad.yml:3:3: hooks.hook-faild: unknown key; did you mean "hook-failed"?')
    expect(r.stderr).toContain('none.yml: cannot be read (ENOENT)')
    expect((await cli(['policy', 'check'])).code).toBe(2)
  }, 30_000)

  it('judge: a report the action wrote, under another policy, without AWS', async () => {
    const s = await simulate(
      build('AVAILABLE', [
        ['BUILD', 'COMPLETED'],
        ['TEST', 'SKIPPED']
      ])
    )
    const runner = runnerEnv(s, { 'image-build-version-arn': ARN })
    expect((await run(ACTION, [], runner.env)).code).toBe(0)
    await s.stop()
    const report = join(runner.dir, 'image-gate-report.json')
    const policy = resolve('examples/policies/stricter-tests.yml')
    const text = await cli(['judge', report, '--policy', policy])
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/web-ami 1\.4\.0\/7\s+pass\s+fail\s+TEST workflow wf-[0-9a-f-]{36}: pass -> fail/)
    expect(text.stdout).toContain('The new policy would have failed 1 of 1 build (the old one 0')
    const json = await cli(['judge', report, 'missing.json', '--policy', policy, '--format', 'json'])
    expect(json.code).toBe(1)
    const out = JSON.parse(json.stdout)
    expect(out.builds).toMatchObject([{ build: 'web-ami 1.4.0/7', before: 'pass', after: 'fail' }])
    expect(out.unjudged).toMatchObject([{ build: 'missing.json', why: 'cannot be read (ENOENT)' }])
    const noPolicy = await cli(['judge', report])
    expect(noPolicy.code).toBe(1)
    expect(noPolicy.stderr).toContain('--policy (IMAGE_GATE_POLICY) is invalid: got ""; name the policy to judge by')
  }, 60_000)

  it('replay: the last 50 builds of an image from AWS, judged under the old and the new policy', async () => {
    sim = await startSimulator(readScenarioFile('scenarios/replay-history.yml').scenario)
    const args = ['replay', '--image', 'web-ami', '--last', '50', '--policy', 'examples/policies/stricter-tests.yml']
    const json = await run(CLI, [...args, '--format', 'json'], awsEnv(sim), process.cwd())
    expect(json.code).toBe(0)
    const out = JSON.parse(json.stdout)
    expect(out.builds).toHaveLength(50)
    expect(out.summary).toMatchObject({
      builds: 50,
      failedBefore: 2,
      failedAfter: 9,
      newlyFailing: 7,
      newlyPassing: 0,
      top: { rule: 'workflows.rules[0].fail-on', builds: 7 }
    })
    expect(out.builds[0]).toMatchObject({ build: 'web-ami 1.1.0/25', before: 'pass', after: 'pass' })
    const skipped = out.builds.find((b: { build: string }) => b.build === 'web-ami 1.1.0/20')
    expect(skipped.changes[0]).toMatchObject({
      item: expect.stringMatching(/^TEST workflow wf-/),
      after: { severity: 'fail' }
    })
    const markdown = await run(
      CLI,
      [...args.slice(0, 4), '5', ...args.slice(5), '--format', 'markdown'],
      awsEnv(sim),
      process.cwd()
    )
    expect(markdown.stdout.split('\n').filter((l) => l.startsWith('| web-ami'))).toHaveLength(5)
    expect(markdown.stdout).toContain('**The new policy would have failed none of the 5 builds')
  }, 60_000)

  it('replay: a build still in progress is left out, an image without builds is an error', async () => {
    const s = await simulate(`
images:
  - { name: web-ami, version: 1.0.0/1, timeline: [{ at: 0s, status: AVAILABLE }] }
  - { name: web-ami, version: 1.0.0/2, timeline: [{ at: 0s, status: BUILDING }] }
`)
    const policy = resolve('examples/policies/stricter-tests.yml')
    const r = await cli(['replay', '--image', 'web-ami', '--policy', policy, '--format', 'json'], awsEnv(s))
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.builds).toMatchObject([{ build: 'web-ami 1.0.0/1', before: 'warn', after: 'fail' }])
    expect(out.unjudged).toMatchObject([
      { build: 'web-ami 1.0.0/2', why: 'still in progress: image BUILDING; no workflows yet' }
    ])
    const none = await cli(['replay', '--image', 'api-ami', '--policy', policy], awsEnv(s))
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('image-gate replay: no builds of an image named api-ami in us-east-1')
  }, 30_000)
})
