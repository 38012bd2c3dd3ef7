/**
 * Merging reports an unlucky or hostile fan-in hands over, through the bundles: the same report twice (or through
 * a link) counts each build once and says so, text in a report is inert in the summary and on the terminal, and a
 * link in a report folder is followed to a report but never into a folder.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runBundle, startSim } from '../integrity/bundle.js'

const dir = mkdtempSync(join(tmpdir(), 'image-gate-merge-hostile-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const report = join(dir, 'reports', '123456789012.json')

beforeAll(async () => {
  const sim = await startSim(readFileSync('scenarios/in-use.yml', 'utf8').replace('duration: 1m', 'duration: 2s'))
  try {
    const policy =
      'version: 1\ncleanup: { images: [web-ami], state: DISABLED, keep: 2, older-than: 30d }\n' +
      'in-use: { other-accounts: false }\n'
    await runBundle(sim, { mode: 'cleanup', 'aws-region': 'us-east-1', policy, 'report-path': report })
  } finally {
    await sim.stop()
  }
  symlinkSync(report, join(dir, 'reports', 'latest.json'))
}, 60_000)

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['dist/cli/index.js', 'merge', ...args], { encoding: 'utf8' })

/** The report with `change` applied, written as `name`. */
function variant(
  name: string,
  change: (r: Record<string, unknown> & { cleanup: { decisions: { arn: string }[] } }) => void
) {
  const r = JSON.parse(readFileSync(report, 'utf8')) as Parameters<typeof change>[0]
  change(r)
  const file = join(dir, name)
  writeFileSync(file, JSON.stringify(r))
  return file
}

it('counts each build once when the same report comes twice, directly and through a link, and says so', async () => {
  const sim = await startSim('images: []')
  try {
    const r = await runBundle(sim, { mode: 'merge', reports: `${join(dir, 'reports')}\n${report}` })
    expect(r.code).toBe(0)
    // The single report: 1.0.0/4 and 1.0.0/7 retired, seven kept.
    expect(r.out).toMatchObject({ verdict: 'pass', 'acted-count': '2', 'kept-count': '7' })
    expect(r.summary).toContain('3 reports merged')
    expect(r.summary).toContain('latest.json: pass')
    expect(r.summary.match(/9 builds also in another report \(or twice in this one\), counted once/g)).toHaveLength(2)
  } finally {
    await sim.stop()
  }
}, 60_000)

it('keeps text from a report inert in the merged summary and on the terminal', () => {
  const spoof = 'pass</td></tr></table>\n\n## ✅ all retired <img src=x onerror=alert(1)> @org/admins'
  const hostile = variant('hostile.json', (r) => (r.verdict = spoof))
  const merged = cli(hostile)
  expect(merged.status).toBe(1)
  expect(merged.stdout).not.toContain('<img')
  expect(merged.stdout).not.toContain('</table>\n\n## ')
  expect(merged.stdout).toContain('&#60;img src=x onerror=alert(1)&#62; &#64;org/admins, finished')
  const arn = variant(
    'arn.json',
    (r) => ((r.cleanup.decisions[0] as { arn: string }).arn = 'x\n::error::spoof\u001b[2J')
  )
  const refused = cli(arn)
  expect(refused.status).toBe(1)
  expect(refused.stderr).toBe(
    `image-gate merge: ${arn}: decision for "x ::error::spoof[2J": expected ` +
      'arn:aws:imagebuilder:<region>:<account>:image/<name>/<major.minor.patch>/<build>\n'
  )
})

it('refuses a link in a report folder that leads into a folder or nowhere, naming it', () => {
  const looped = join(dir, 'looped')
  mkdirSync(looped)
  writeFileSync(join(looped, 'a.json'), readFileSync(report))
  symlinkSync(looped, join(looped, 'again'))
  const loop = cli(looped)
  expect(loop.status).toBe(1)
  expect(loop.stderr).toContain(
    `${join(looped, 'again')}: a symbolic link to a folder, which the merge does not follow`
  )
  const dangling = join(dir, 'dangling')
  mkdirSync(dangling)
  symlinkSync(join(dir, 'gone.json'), join(dangling, 'b.json'))
  expect(cli(dangling).stderr).toContain(`${join(dangling, 'b.json')}: a symbolic link that leads nowhere`)
})
