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
