/** The README's failing PR is what a fresh run of dist/index.js on its scenario writes, not hand-written text. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { prExample, runExample, withExample } from '../../scripts/pr-example.js'

describe('npm run pr-example', () => {
  it('keeps the README example equal to a fresh run of the bundle against the simulator', async () => {
    const readme = readFileSync('README.md', 'utf8')
    const example = prExample(await runExample())
    expect(example).toContain('##### Failed rules')
    expect(example).toContain('Set SqsManagedSseEnabled: true')
    expect(withExample(readme, example)).toBe(readme)
  }, 30_000)

  it('leaves out what changes from run to run: the waiting time, the timeline and the target tables', () => {
    const markdown = [
      '## ❌ image-gate: fail',
      '',
      'why',
      '',
      '<small>1 target, 7s of waiting.</small>',
      '',
      '### Failing and warning items',
      '',
      'items',
      '',
      '```mermaid',
      'gantt',
      '```',
      '',
      '### change set pr-7 — change set CREATE&#95;COMPLETE (settled after 9 polls)',
      '',
      'table'
    ].join('\n')
    expect(prExample(markdown)).toBe('#### ❌ image-gate: fail\n\nwhy\n\n##### Failing and warning items\n\nitems')
  })
})
