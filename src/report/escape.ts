/**
 * Text from AWS is untrusted. `inert` turns it into HTML-escaped text that GitHub renders literally in job
 * summaries and comments: no tags, no Markdown, no @mentions, no #references, no control or bidi characters.
 */
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const SPECIAL = /[&<>"'|\\`*_~[\]#@]/g

export function inert(text: string | undefined, maxLength = 2000): string {
  return plain(text, maxLength).replace(SPECIAL, (c) => `&#${c.charCodeAt(0)};`)
}

/** A link whose address we built ourselves (console URLs); only https is ever emitted. */
export function link(href: string, text: string): string {
  if (!href.startsWith('https://')) return inert(text)
  return `<a href="${href.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}">${inert(text)}</a>`
}

/**
 * Text from AWS for a terminal or a plain-text log: one line, without control characters (no escape sequences
 * that move the cursor, recolour or retitle the terminal) and without bidi overrides.
 */
export function plain(text: string | undefined, maxLength = 2000): string {
  if (text === undefined || text === null) return ''
  const value = String(text)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(CONTROL, '')
  return value.length > maxLength ? `${value.slice(0, maxLength)}…` : value
}

/** Several lines of text, each made `plain`. */
export function plainLines(text: string): string {
  return text
    .split('\n')
    .map((line) => plain(line))
    .join('\n')
}

/** An address from AWS kept only when it is http or https: a RemediationLink may be `javascript:` or `data:`. */
export function webAddress(text: string | undefined): string | undefined {
  if (!text) return undefined
  try {
    const url = new URL(text)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** A link to an address from AWS: an <a> for http(s), else the address as inert text; long ones may wrap. */
export function untrustedLink(href: string | undefined, maxLength = 300): string {
  const address = webAddress(href)
  if (!address) return breakable(href, maxLength)
  const attribute = address.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  return `<a href="${attribute}">${breakable(address, maxLength)}</a>`
}

const BREAK = '\ue000'

/**
 * Escaped text that a table cell may wrap inside words longer than 24 characters, after `::`, `_`, `-`, `/`, `.`
 * and between a lower- and an upper-case letter: AWS type names, logical ids and statuses
 * (`AWS::ImageBuilder::InfrastructureConfiguration`, `UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS`) have no
 * spaces to wrap at, and would push a table past GitHub's width.
 */
export function breakable(text: string | undefined, maxLength = 2000): string {
  const marked = String(text ?? '')
    .replaceAll(BREAK, '')
    .replace(/\S{25,}/g, (word) =>
      word.replace(/(::|[_\-/.])/g, `$1${BREAK}`).replace(/([a-z])([A-Z])/g, `$1${BREAK}$2`)
    )
  return inert(marked, maxLength).replaceAll(BREAK, '<wbr>')
}

/** Long text (a reason, a message) shown to `preview` characters, all of it (up to `max`) one click away. */
export function folded(text: string | undefined, preview = 120, max = 2000): string {
  if (text === undefined || text === null || String(text).length <= preview) return inert(text)
  return `<details><summary>${inert(text, preview)}</summary>${inert(text, max)}</details>`
}
