/** Just enough XML for query answers: nested elements, ISO times, lists as <member> (awsQuery) or <item> (ec2). */
function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function toXml(name: string, value: unknown, member = 'member'): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return `<${name}>${value.map((v) => toXml(member, v, member)).join('')}</${name}>`
  if (value instanceof Date) return `<${name}>${value.toISOString()}</${name}>`
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => toXml(k, v, member))
      .join('')
    return `<${name}>${inner}</${name}>`
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`
}
