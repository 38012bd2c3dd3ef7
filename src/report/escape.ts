/**
 * Text from AWS is untrusted. `inert` turns it into HTML-escaped text that GitHub renders literally in job
 * summaries and comments: no tags, no Markdown, no @mentions, no #references, no control or bidi characters.
 */
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const SPECIAL = /[&<>"'|\\`*_~[\]#@]/g

export function inert(text: string | undefined, maxLength = 2000): string {
  if (text === undefined || text === null) return ''
  let value = String(text)
    .replace(CONTROL, '')
    .replace(/\s*[\r\n]+\s*/g, ' ')
  if (value.length > maxLength) value = `${value.slice(0, maxLength)}…`
  return value.replace(SPECIAL, (c) => `&#${c.charCodeAt(0)};`)
}

/** A link whose address we built ourselves (console URLs); only https is ever emitted. */
export function link(href: string, text: string): string {
  if (!href.startsWith('https://')) return inert(text)
  return `<a href="${href.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}">${inert(text)}</a>`
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

/** A link to an address from AWS: an <a> for http(s), else the address as inert text. */
export function untrustedLink(href: string | undefined, maxLength = 300): string {
  const address = webAddress(href)
  if (!address) return inert(href, maxLength)
  const attribute = address.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  return `<a href="${attribute}">${inert(address, maxLength)}</a>`
}

const BREAK = '\ue000'

/**
 * Escaped text that a table cell may wrap inside words longer than 24 characters, after `::`, `_`, `-`, `/`, `.`
 * and between a lower- and an upper-case letter: AWS type names, logical ids and statuses
 * (`AWS::ImageBuilder::InfrastructureConfiguration`, `UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS`) have no
 * spaces to wrap at, and would push a table past GitHub's width.
 */
export function breakable(text: string | undefined): string {
  const marked = String(text ?? '')
    .replaceAll(BREAK, '')
    .replace(/\S{25,}/g, (word) =>
      word.replace(/(::|[_\-/.])/g, `$1${BREAK}`).replace(/([a-z])([A-Z])/g, `$1${BREAK}$2`)
    )
  return inert(marked).replaceAll(BREAK, '<wbr>')
}

/** Long text (a reason, a message) shown to `preview` characters, all of it (up to `max`) one click away. */
export function folded(text: string | undefined, preview = 120, max = 2000): string {
  if (text === undefined || text === null || String(text).length <= preview) return inert(text)
  return `<details><summary>${inert(text, preview)}</summary>${inert(text, max)}</details>`
}
