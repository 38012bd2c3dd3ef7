/**
 * `npm run pack-test`: the package as a user gets it. `npm pack`, the tarball installed in an empty folder, and
 * there `npx image-gate --help`; `image-gate wait` against the simulator, with the verdict the bundled action gives
 * on the same scenario; and `image-gate judge` on the report the action wrote. Run by .ci/run, not the test suite:
 * installing the tarball fetches its dependencies from the registry.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { normalizeScenario } from '../sim/scenario.js'
import { startSimulator } from '../sim/server.js'
import { runnerEnv } from './runner-env.js'

const ARN = 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.4.0/7'

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
    child.on('close', (code) => done({ code, stdout, stderr }))
  )
}

function check(ok: boolean, what: string, detail = ''): void {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`)
  if (!ok) {
    console.error(detail)
    process.exitCode = 1
  }
}

const dir = mkdtempSync(join(tmpdir(), 'image-gate-pack-'))
const packed = await run('npm', ['pack', '--silent', '--pack-destination', dir], process.cwd())
const tarball = join(dir, packed.stdout.trim().split('\n').at(-1) ?? '')
check(packed.code === 0, `npm pack: ${tarball}`, packed.stderr)

const app = join(dir, 'app')
mkdirSync(app)
writeFileSync(join(app, 'package.json'), '{ "private": true }\n')
const started = Date.now()
const installed = await run('npm', ['install', '--no-audit', '--no-fund', tarball], app)
check(installed.code === 0, `npm install <tarball> in an empty folder (${Date.now() - started} ms)`, installed.stderr)

const help = await run('npx', ['image-gate', '--help'], app)
check(help.code === 0 && help.stdout.includes('Usage: image-gate <command>'), 'npx image-gate --help', help.stderr)

const sim = await startSimulator(
  normalizeScenario({
    images: [
      {
        name: 'web-ami',
        version: '1.4.0/7',
        timeline: [{ at: 0, status: 'FAILED', reason: 'Workflow TEST failed' }],
        workflows: [
          { type: 'BUILD', steps: 5, timeline: [{ at: 0, status: 'COMPLETED' }] },
          { type: 'TEST', steps: 6, timeline: [{ at: 0, status: 'FAILED', failed: 1, message: 'Step failed' }] }
        ]
      }
    ]
  })
)
try {
  const runner = runnerEnv(sim, { 'image-build-version-arn': ARN })
  const action = await run(process.execPath, [resolve('dist/index.js')], process.cwd(), runner.env)
  const actionReport = join(runner.dir, 'image-gate-report.json')
  const expected = JSON.parse(readFileSync(actionReport, 'utf8')).verdict
  const env = { ...runner.env, NODE_NO_WARNINGS: '1' }
  const waited = await run('npx', ['image-gate', 'wait', '--image-build-version-arn', ARN], app, env)
  const verdict = JSON.parse(readFileSync(join(app, 'image-gate-report.json'), 'utf8')).verdict
  check(
    verdict === expected && waited.code === action.code,
    `npx image-gate wait: verdict ${verdict}, exit code ${waited.code}; the action: ${expected}, ${action.code}`,
    waited.stdout + waited.stderr
  )
  const policy = resolve('examples/policies/stricter-tests.yml')
  const judged = await run('npx', ['image-gate', 'judge', actionReport, '--policy', policy, '--format', 'json'], app)
  const row = judged.code === 0 ? JSON.parse(judged.stdout).builds[0] : undefined
  check(
    row?.before === expected && row?.after === 'fail',
    `npx image-gate judge on the action's report: ${row?.before} -> ${row?.after}`,
    judged.stdout + judged.stderr
  )
} finally {
  await sim.stop()
  rmSync(dir, { recursive: true, force: true })
}
