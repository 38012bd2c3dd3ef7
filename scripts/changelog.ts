/**
 * CHANGELOG.md in the Keep a Changelog format: `## [Unreleased]`, then `## [X.Y.Z] - YYYY-MM-DD` sections, newest
 * first, and link definitions at the end. Pure text functions for the release script; what is missing from the
 * file is a UsageError, for the person releasing to fix.
 */

import { UsageError } from './cli-args.js'

export const VERSION = /^(\d+)\.(\d+)\.(\d+)$/

interface Parts {
  /** Everything before the first `## ` heading. */
  intro: string
  sections: { title: string; body: string }[]
  /** The link definitions (`[x]: url`) at the end. */
  links: string[]
}

function split(text: string): Parts {
  const lines = text.replace(/\r\n/g, '\n').split('\n')
  const links: string[] = []
  while (lines.length > 0 && /^(\[[^\]]+\]: \S+|\s*)$/.test(lines[lines.length - 1] as string)) {
    const line = lines.pop() as string
    if (line.trim()) links.unshift(line)
  }
  const first = lines.findIndex((l) => l.startsWith('## '))
  const intro = lines.slice(0, first < 0 ? lines.length : first).join('\n')
  const sections: Parts['sections'] = []
  if (first >= 0)
    for (const line of lines.slice(first)) {
      if (line.startsWith('## ')) sections.push({ title: line.slice(3).trim(), body: '' })
      else (sections[sections.length - 1] as { body: string }).body += `${line}\n`
    }
  return { intro, sections, links }
}

function join({ intro, sections, links }: Parts): string {
  const body = sections.map((s) => `## ${s.title}\n${s.body.trim() ? `\n${s.body.trim()}\n` : ''}`).join('\n')
  return `${intro.trimEnd()}\n\n${body}${links.length > 0 ? `\n${links.join('\n')}\n` : ''}`
}

function sectionOf(parts: Parts, version: string) {
  return parts.sections.find((s) => s.title === `[${version}]` || s.title.startsWith(`[${version}] `))
}

/** The release notes of a version: its section's text, or an error saying what is missing. */
export function releaseNotes(text: string, version: string): string {
  const section = sectionOf(split(text), version)
  if (!section)
    throw new UsageError(
      `CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section; run npm run release -- prepare ${version}`
    )
  if (!/^\[[^\]]+\] - \d{4}-\d{2}-\d{2}$/.test(section.title))
    throw new UsageError(`CHANGELOG.md: the heading "## ${section.title}" should read "## [${version}] - YYYY-MM-DD"`)
  if (!section.body.trim()) throw new UsageError(`CHANGELOG.md: the ${version} section is empty`)
  return `${section.body.trim()}\n`
}

/**
 * The changelog with the Unreleased section released as `version` on `date`, a fresh empty Unreleased section
 * above it, and the compare links at the end updated.
 */
export function releaseChangelog(text: string, version: string, date: string, repository: string): string {
  const parts = split(text)
  const unreleased = parts.sections.find((s) => s.title === '[Unreleased]')
  if (!unreleased || !unreleased.body.trim())
    throw new UsageError('CHANGELOG.md: the [Unreleased] section is empty; list the changes first')
  if (sectionOf(parts, version)) throw new UsageError(`CHANGELOG.md already has a ${version} section`)
  const previous = parts.sections.map((s) => /^\[(\d+\.\d+\.\d+)\]/.exec(s.title)?.[1]).find(Boolean)
  const index = parts.sections.indexOf(unreleased)
  parts.sections.splice(
    index,
    1,
    { title: '[Unreleased]', body: '' },
    { title: `[${version}] - ${date}`, body: unreleased.body }
  )
  const base = `https://github.com/${repository}`
  const links = parts.links.filter((l) => !l.startsWith('[Unreleased]: ') && !l.startsWith(`[${version}]: `))
  parts.links = [
    `[Unreleased]: ${base}/compare/v${version}...HEAD`,
    `[${version}]: ${previous ? `${base}/compare/v${previous}...v${version}` : `${base}/releases/tag/v${version}`}`,
    ...links
  ]
  return join(parts)
}
