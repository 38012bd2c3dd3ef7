/**
 * The fan-in of an organisation's cleanup: per-account cleanup reports, written by the bundle against the
 * simulator (one of them reduced to what an older release of the same format version wrote), merged by the
 * action (mode merge) and by the command line into one summary; a report that cannot be read is refused, named.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runBundle, startSim, type BundleRun } from '../integrity/bundle.js'

const dir = mkdtempSync(join(tmpdir(), 'image-gate-merge-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const POLICY =
  'version: 1\ncleanup: { images: [web-ami], state: DISABLED, keep: 2, older-than: 30d }\nin-use: { other-accounts: false }\n'

/** A cleanup of scenarios/in-use.yml in `account`, its report written to `file`. */
async function cleanupIn(account: string, file: string): Promise<void> {
  const yaml = readFileSync('scenarios/in-use.yml', 'utf8')
    .replace('account: "123456789012"', `account: "${account}"`)
    .replace('duration: 1m', 'duration: 2s')
  const sim = await startSim(yaml)
  try {
    const r = await runBundle(sim, { mode: 'cleanup', 'aws-region': 'us-east-1', policy: POLICY, 'report-path': file })
    expect(r.code).toBe(0)
  } finally {
    await sim.stop()
  }
}

/** What a release before the in-use check wrote: the same format version, without the fields it added. */
function asOlderRelease(file: string, to: string): void {
  const report = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & {
    cleanup: { decisions: Record<string, unknown>[] }
  }
  for (const key of ['inUse', 'promotion', 'answers', 'retries']) delete report[key]
  for (const d of report.cleanup.decisions) for (const key of ['inUse', 'outputs']) delete d[key]
  report.generator = 'image-gate 0.0.9'
  writeFileSync(to, JSON.stringify(report))
}

beforeAll(async () => {
  await cleanupIn('111122223333', join(dir, 'reports', '111122223333.json'))
  await cleanupIn('444455556666', join(dir, 'new-444455556666.json'))
  asOlderRelease(join(dir, 'new-444455556666.json'), join(dir, 'reports', '444455556666.json'))
  rmSync(join(dir, 'new-444455556666.json'))
}, 120_000)

function merge(reports: string): Promise<BundleRun> {
  // The action reads no AWS in this mode: the simulator only stands by.
  return startSim('images: []').then(async (sim) => {
    try {
      return await runBundle(sim, { mode: 'merge', reports, 'report-path': join(dir, 'merged.json') })
    } finally {
      await sim.stop()
    }
  })
}

describe('mode merge (the action)', () => {
  it('merges the per-account reports: totals per account and region, every retirement and every keep', async () => {
    const r = await merge(join(dir, 'reports'))
    expect(r.code).toBe(0)
    expect(r.calls).toEqual([])
    expect(r.out).toMatchObject({ verdict: 'pass', 'acted-count': '4', 'kept-count': '14' })
    for (const account of ['111122223333', '444455556666']) {
      expect(r.summary).toContain(
        `<tr><td>${account}</td><td>us-east-1</td><td>2</td><td>0</td><td>7</td><td>0</td></tr>`
      )
      expect(r.summary).toMatch(
        new RegExp(
          `<td>${account}</td><td>us-east-1</td><td>web-ami 1\\.0\\.0/2</td><td>in use: Auto Scaling group web-asg`
        )
      )
    }
    const merged = JSON.parse(readFileSync(join(dir, 'merged.json'), 'utf8')) as { retired: { build: string }[] }
    expect(merged.retired.map((b) => b.build).sort()).toEqual(
      ['111122223333', '444455556666'].flatMap((a) =>
        [4, 7].map((n) => `arn:aws:imagebuilder:us-east-1:${a}:image/web-ami/1.0.0/${n}`)
      )
    )
  }, 60_000)

  it('refuses a report it cannot read, naming the file, and writes nothing', async () => {
    const bad = join(dir, 'broken.json')
    writeFileSync(bad, '{"format": "image-gate-report", "version": 1, "mode": "cleanup"')
    const r = await merge(`${join(dir, 'reports')}\n${bad}`)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`::error::Input reports: ${bad}: not JSON`)
    expect(r.out['report-path']).toBeUndefined()
  }, 60_000)

  it('refuses an empty reports input with the input named and the fix, before reading anything', async () => {
    const r = await merge(' \n ')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('Input "reports" is invalid: got ""; mode merge needs the cleanup JSON reports to merge')
    expect(r.out['report-path']).toBeUndefined()
  }, 60_000)
})

describe('image-gate merge (the command line)', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['dist/cli/index.js', 'merge', ...args], { encoding: 'utf8' })

  it('prints the same merge, and its JSON on request', () => {
    const files = ['111122223333', '444455556666'].map((a) => join(dir, 'reports', `${a}.json`))
    const text = cli(...files)
    expect(text.status).toBe(0)
    expect(text.stdout).toContain('2 reports merged')
    const json = JSON.parse(cli('--format', 'json', ...files).stdout) as { totals: unknown[]; kept: unknown[] }
    expect(json.totals).toHaveLength(2)
    expect(json.kept).toHaveLength(14)
  })

  it('refuses a report of another format, naming it', () => {
    const other = join(dir, 'other.json')
    writeFileSync(other, '{"format": "sarif", "version": 2}')
    const r = cli(join(dir, 'reports'), other)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`image-gate merge: ${other}: not an image-gate JSON report`)
  })
})
