/**
 * The action's stdout as the runner shows it in a job log: workflow commands (`::error title=…::…`,
 * `::group::…`) become the lines they stand for instead of their raw encoded form.
 */

function unescapeData(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/gi, ':').replace(/%2C/gi, ',')
}

const LABEL: Record<string, string> = { error: 'Error', warning: 'Warning', notice: 'Notice' }

/** The line to show for one line of the action's stdout, or undefined for commands the log does not show. */
export function showLogLine(line: string): string | undefined {
  const command = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
  if (!command) return line
  const [, name, properties = '', data = ''] = command
  const title = /(?:^|,)title=([^,]*)/.exec(properties)?.[1]
  if (name && name in LABEL)
    return `${LABEL[name]}: ${title ? `${unescapeProperty(title)} — ` : ''}${unescapeData(data)}`
  if (name === 'group') return `▸ ${unescapeData(data)}`
  if (name === 'endgroup' || name === 'debug' || name === 'add-mask') return undefined
  return line
}
