/** `npm run demo` shows the job summary as text a terminal can show: no HTML, no entities, nothing too wide. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { decodeEntities, displayWidth, fitColumns, renderForTerminal, wrap } from '../../scripts/terminal-summary.js'
import { actionSuite } from '../helpers.js'

const suite = actionSuite({ 'poll-min-delay': '1s', 'poll-max-delay': '4s' })

describe('renderForTerminal', () => {
  it('renders the hooks demo summary readably within the width', async () => {
    const scenario = readFileSync('scenarios/demo-hooks.yml', 'utf8')
    const { md } = await suite.run(scenario, {
      'change-set-arn':
        'arn:aws:cloudformation:us-east-1:123456789012:changeSet/pr-42/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'
    })
    expect(md).toContain('&#39;') // the Markdown keeps its escapes...
    const text = renderForTerminal(md, { width: 80, color: false })
    expect(text).not.toMatch(/&#?\w+;|<\/?[a-z]+[ >]|```/) // ...the terminal text has none
    expect(text).toContain("Instance type m7i.8xlarge exceeds the team's default budget class.")
    expect(text).toContain('MyOrg::Security::EncryptionCheck')
    expect(text).toMatch(/\n {2}✗ Security\.EncryptionCheck +█+\n/) // the failed hook's bar
    expect(text).not.toMatch(/\n\n\n/)
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80)
  })

  it('styles only when asked, and only with its own sequences', () => {
    const md = '## ❌ image-gate: fail\n\n<small>1 target</small>\n'
    expect(renderForTerminal(md, { width: 40, color: false })).not.toContain('\u001b')
    expect(renderForTerminal(md, { width: 40, color: true })).toContain('\u001b[1m❌ image-gate: fail\u001b[0m')
  })

  it('puts the widest column under each row when a table does not fit', () => {
    const md = `<table>\n<tr><th>Hook</th><th>Status</th><th>Reason</th></tr>\n<tr><td>A</td><td>FAILED</td><td>${'word '.repeat(30)}</td></tr>\n</table>\n`
    const lines = renderForTerminal(md, { width: 40, color: false }).trimEnd().split('\n')
    expect(lines[0]).toBe('Hook  Status')
    expect(lines[2]).toBe('A     FAILED')
    expect(lines.slice(3).every((l) => l.startsWith('    word'))).toBe(true)
  })
})

describe('decodeEntities', () => {
  it('decodes once, so escaped entities stay text', () => {
    expect(decodeEntities('&#38;#60;b&#62; &amp;lt; &#x41;&#95;')).toBe('&#60;b> &lt; A_')
  })

  it('lets no terminal control sequence through, however it was written', () => {
    expect(decodeEntities('a&#27;[31mred&#x1b;]0;title&#7;\u001b[2J&#8238;z')).toBe('a[31mred]0;title[2Jz')
  })
})

describe('layout helpers', () => {
  it('wraps at words and cuts a word longer than the width', () => {
    expect(wrap('one two three', 7)).toEqual(['one two', 'three'])
    expect(wrap('arn:aws:imagebuilder:x', 8)).toEqual(['arn:aws:', 'imagebui', 'lder:x'])
    expect(wrap('', 5)).toEqual([''])
  })

  it('keeps narrow columns whole and shares the rest in proportion', () => {
    expect(fitColumns([5, 10], [5, 10], 20)).toEqual([5, 10])
    const widths = fitColumns([6, 60, 30], [6, 8, 8], 50)
    expect(widths[0]).toBe(6)
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(50)
    expect(widths[1]).toBeGreaterThan(widths[2] as number)
  })

  it('counts wide emoji as two columns', () => {
    expect(displayWidth('❌ fail')).toBe(7)
    expect(displayWidth('⚠️ warn')).toBe(7)
    expect(displayWidth('\u001b[1mab\u001b[0m')).toBe(2)
  })
})
