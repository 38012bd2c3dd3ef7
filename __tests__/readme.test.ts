/** The README as a Marketplace reader meets it: a quick start first, then the permissions and versions it needs. */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'

const readme = readFileSync('README.md', 'utf8')
const sections = readme.split(/^## /m).slice(1)

describe('README', () => {
  it('opens with a quick start that uses the major version tag', () => {
    expect(sections[0]).toMatch(/^Quick start\n/)
    expect(sections[0]).toMatch(/```yaml\n[\s\S]*uses: image-gate\/image-gate@v1\n/)
  })

  it('names every GitHub permission the example workflows ask for, in the quick start', () => {
    const asked = new Set<string>()
    for (const file of readdirSync('examples/workflows')) {
      const doc = parse(readFileSync(`examples/workflows/${file}`, 'utf8')) as {
        permissions?: Record<string, string>
        jobs?: Record<string, { permissions?: Record<string, string> }>
      }
      for (const p of [doc.permissions, ...Object.values(doc.jobs ?? {}).map((j) => j.permissions)])
        for (const [scope, level] of Object.entries(p ?? {})) asked.add(`${scope}: ${level}`)
    }
    expect(asked.size).toBeGreaterThan(0)
    expect([...asked].filter((p) => !sections[0]?.includes(`\`${p}\``))).toEqual([])
  })

  it('says what @v1 follows and how to pin a release', () => {
    expect(sections[0]).toContain('`@v1` follows the newest `v1.x.y` release')
    expect(sections[0]).toMatch(/full\s+commit SHA/)
  })
})
