/** The release script's changelog handling: what the Release workflow tags and writes as release notes. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { releaseChangelog, releaseNotes } from '../../scripts/changelog.js'
import { compareVersions, schemaAddress } from '../../scripts/release.js'

const INTRO = '# Changelog\n\nAll notable changes.\n'

describe('releaseChangelog', () => {
  it('turns the Unreleased section into the first release, linked to its tag', () => {
    const text = `${INTRO}\n## [Unreleased]\n\n### Added\n\n- the gate\n`
    expect(releaseChangelog(text, '1.0.0', '2026-12-02', 'o/r')).toBe(
      `${INTRO}\n## [Unreleased]\n\n## [1.0.0] - 2026-12-02\n\n### Added\n\n- the gate\n\n` +
        '[Unreleased]: https://github.com/o/r/compare/v1.0.0...HEAD\n[1.0.0]: https://github.com/o/r/releases/tag/v1.0.0\n'
    )
  })

  it('links a later release to the comparison with the one before, keeping older sections and links', () => {
    const first = releaseChangelog(`${INTRO}\n## [Unreleased]\n\n- a\n`, '1.0.0', '2026-12-02', 'o/r')
    const text = first.replace('## [Unreleased]\n', '## [Unreleased]\n\n### Fixed\n\n- b\n')
    const second = releaseChangelog(text, '1.0.1', '2026-12-09', 'o/r')
    expect(second).toContain(
      '## [Unreleased]\n\n## [1.0.1] - 2026-12-09\n\n### Fixed\n\n- b\n\n## [1.0.0] - 2026-12-02\n\n- a\n'
    )
    expect(second.trimEnd().split('\n').slice(-3)).toEqual([
      '[Unreleased]: https://github.com/o/r/compare/v1.0.1...HEAD',
      '[1.0.1]: https://github.com/o/r/compare/v1.0.0...v1.0.1',
      '[1.0.0]: https://github.com/o/r/releases/tag/v1.0.0'
    ])
    expect(releaseNotes(second, '1.0.1')).toBe('### Fixed\n\n- b\n')
    expect(releaseNotes(second, '1.0.0')).toBe('- a\n')
  })

  it('refuses an empty Unreleased section and a version released already', () => {
    expect(() =>
      releaseChangelog(`${INTRO}\n## [Unreleased]\n\n## [1.0.0] - 2026-12-02\n\n- a\n`, '1.0.1', '2026-12-09', 'o/r')
    ).toThrow('the [Unreleased] section is empty')
    expect(() =>
      releaseChangelog(
        `${INTRO}\n## [Unreleased]\n\n- b\n\n## [1.0.0] - 2026-12-02\n\n- a\n`,
        '1.0.0',
        '2026-12-09',
        'o/r'
      )
    ).toThrow('already has a 1.0.0 section')
  })

  it('can release the project changelog as it stands', () => {
    const released = releaseChangelog(
      readFileSync('CHANGELOG.md', 'utf8'),
      '1.0.0',
      '2026-12-02',
      'image-gate/image-gate'
    )
    const notes = releaseNotes(released, '1.0.0')
    expect(notes).toMatch(/^The first release\.\n\n### Added\n\n- Gate on EC2 Image Builder/)
    expect(notes).not.toContain('[Unreleased]')
  })
})

describe('releaseNotes', () => {
  it('names what is missing: the section, its date, its text', () => {
    expect(() => releaseNotes(`${INTRO}\n## [Unreleased]\n\n- a\n`, '1.0.0')).toThrow(
      'CHANGELOG.md has no "## [1.0.0] - YYYY-MM-DD" section'
    )
    expect(() => releaseNotes(`${INTRO}\n## [1.0.0]\n\n- a\n`, '1.0.0')).toThrow(
      'should read "## [1.0.0] - YYYY-MM-DD"'
    )
    expect(() =>
      releaseNotes(`${INTRO}\n## [1.0.0] - 2026-12-02\n\n## [0.9.0] - 2026-11-02\n\n- a\n`, '1.0.0')
    ).toThrow('the 1.0.0 section is empty')
  })
})

describe('versions and the schema address', () => {
  it('compares versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0)
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0)
    expect(compareVersions('0.1.0', '1.0.0')).toBeLessThan(0)
  })

  it('serves the schema from the major tag users pin', () => {
    expect(schemaAddress('o/r', '1')).toBe('https://raw.githubusercontent.com/o/r/v1/policy.schema.json')
  })
})
