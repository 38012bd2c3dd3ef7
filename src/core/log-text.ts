/**
 * Text from outside (AWS, GitHub) in a log line can never act. The runner reads the log line by line (it splits
 * on \n and on \r) and takes a line whose text starts with `::` as a workflow command, and `##[` anywhere in a
 * line as one in the old form. A log line built here is one line: line breaks become a visible `⏎`, a leading
 * `::` is spaced apart, and `##[` is broken up.
 */
const BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g

export function logText(text: string): string {
  return inertText(String(text).replace(BREAKS, ' ⏎ '))
}

/**
 * Text of several lines (what the command line writes, which may itself run in a workflow step) with no line
 * that can act: each line's leading `::` is spaced apart and `##[` is broken up; the line breaks stay.
 */
export function inertText(text: string): string {
  return String(text)
    .replace(/##\[/g, '# #[')
    .replace(/(^|[\r\n\u0085\u2028\u2029])([^\S\r\n]*):(?=:)/g, '$1$2: ')
}
