/**
 * The job summary as a terminal shows it: GitHub Markdown with HTML tables and a Mermaid gantt turned into plain
 * text (entities decoded, tables fitted to the width, the gantt drawn as bars), for `npm run demo`.
 */

export interface TerminalOptions {
  /** Columns available. */
  width: number
  /** ANSI styles (bold, dim, colours). */
  color: boolean
}

type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'cyan'
const SGR: Record<Style, string> = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', cyan: '36' }

// eslint-disable-next-line no-control-regex -- terminal control characters are what must not get through
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/** Entities decoded in one pass (so `&#38;#60;` stays `&#60;`), then control and bidi characters dropped. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
      if (body[0] !== '#') return NAMED[body.toLowerCase()] ?? whole
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1))
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    })
    .replace(CONTROL, '')
}

/** Display width: emoji shown as emoji (by default, or asked for with U+FE0F) take two columns. */
export function displayWidth(text: string): number {
  // eslint-disable-next-line no-control-regex -- our own ANSI styles take no columns
  const chars = [...text.replace(/\u001b\[[0-9;]*m/g, '')]
  return chars.reduce((width, ch, i) => {
    if (/[\ufe0f\u200d]/.test(ch)) return width
    return width + (/\p{Emoji_Presentation}/u.test(ch) || chars[i + 1] === '\ufe0f' ? 2 : 1)
  }, 0)
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

/** Words wrapped to `width` columns; a word longer than that (an ARN) is cut across lines. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word
    while (displayWidth(rest) > width) {
      if (line) lines.push(line)
      const chars = [...rest]
      let cut = 0
      while (cut < chars.length && displayWidth(chars.slice(0, cut + 1).join('')) <= width) cut++
      lines.push(chars.slice(0, Math.max(cut, 1)).join(''))
      rest = chars.slice(Math.max(cut, 1)).join('')
      line = ''
    }
    if (!rest) continue
    if (!line) line = rest
    else if (displayWidth(`${line} ${rest}`) <= width) line = `${line} ${rest}`
    else {
      lines.push(line)
      line = rest
    }
  }
  if (line || lines.length === 0) lines.push(line)
  return lines
}

/**
 * Column widths that fit `total`: each column keeps its longest word (up to 30 columns) where it can, and the
 * columns that must wrap share what is left in proportion to their length.
 */
export function fitColumns(natural: number[], longestWord: number[], total: number): number[] {
  if (natural.reduce((a, b) => a + b, 0) <= total) return natural
  const least = natural.map((n, i) => Math.min(n, Math.max(4, Math.min(30, longestWord[i] ?? 4))))
  const spare = Math.max(0, total - least.reduce((a, b) => a + b, 0))
  const wants = natural.map((n, i) => n - (least[i] as number))
  const wanted = wants.reduce((a, b) => a + b, 0)
  return least.map((l, i) => l + Math.floor((spare * (wants[i] as number)) / Math.max(1, wanted)))
}

class Renderer {
  constructor(private readonly options: TerminalOptions) {}

  style(text: string, ...styles: Style[]): string {
    if (!this.options.color || styles.length === 0 || !text) return text
    return `\u001b[${styles.map((s) => SGR[s]).join(';')}m${text}\u001b[0m`
  }

  /**
   * One line of Markdown with inline HTML: links keep their text, a folded text (`<details>`) shows whole,
   * `<br>` is a space, other tags go, entities are decoded.
   */
  inline(html: string): string {
    const text = html.replace(/<details><summary>[\s\S]*?<\/summary>([\s\S]*?)<\/details>/g, '$1')
    const parts: string[] = []
    const pattern = /<small>([\s\S]*?)<\/small>|<code>([\s\S]*?)<\/code>|\*\*([^*]+)\*\*|`([^`]+)`|<br\s*\/?>/g
    let last = 0
    for (const m of text.matchAll(pattern)) {
      parts.push(this.plain(text.slice(last, m.index)))
      if (m[1] !== undefined) parts.push(this.style(this.plain(m[1]), 'dim'))
      else if (m[2] !== undefined || m[4] !== undefined)
        parts.push(this.style(this.plain((m[2] ?? m[4]) as string), 'cyan'))
      else if (m[3] !== undefined) parts.push(this.style(this.plain(m[3]), 'bold'))
      else parts.push(' ')
      last = (m.index as number) + m[0].length
    }
    parts.push(this.plain(text.slice(last)))
    return parts.join('')
  }

  plain(html: string): string {
    return decodeEntities(html.replace(/<[^>]*>/g, ''))
  }

  /**
   * An HTML table as aligned columns. When it is wider than the terminal, its widest column (the reasons and
   * messages) goes on indented lines under each row, and the other columns wrap if they must.
   */
  table(html: string): string[] {
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...(r[1] as string).matchAll(/<t([hd])>([\s\S]*?)<\/t[hd]>/g)].map((c) => ({
        head: c[1] === 'h',
        text: this.inline(c[2] as string).trim()
      }))
    )
    if (rows.length === 0) return []
    const count = Math.max(...rows.map((r) => r.length))
    const measure = (i: number) => Math.max(1, ...rows.map((r) => displayWidth(r[i]?.text ?? '')))
    const all = Array.from({ length: count }, (_, i) => i)
    const fits = all.reduce((sum, i) => sum + measure(i), 0) + 2 * (count - 1) <= this.options.width
    const under =
      fits || count < 2 ? undefined : all.reduce((widest, i) => (measure(i) > measure(widest) ? i : widest), 0)
    const columns = all.filter((i) => i !== under)
    const longest = columns.map((i) =>
      Math.max(1, ...rows.flatMap((r) => (r[i]?.text ?? '').split(/\s+/).map(displayWidth)))
    )
    const widths = fitColumns(columns.map(measure), longest, this.options.width - 2 * (columns.length - 1))
    const out: string[] = []
    rows.forEach((row) => {
      const head = row.every((c) => c.head)
      const cells = columns.map((c, k) => wrap(row[c]?.text ?? '', widths[k] as number))
      const height = Math.max(...cells.map((c) => c.length))
      for (let line = 0; line < height; line++) {
        const text = cells
          .map((c, k) => padEnd(c[line] ?? '', widths[k] as number))
          .join('  ')
          .trimEnd()
        out.push(head ? this.style(text, 'bold') : text)
      }
      const below = under === undefined ? '' : (row[under]?.text ?? '')
      if (!head && below) out.push(...wrap(below, this.options.width - 4).map((l) => `    ${l}`))
      if (head)
        out.push(
          this.style(
            '─'.repeat(Math.min(this.options.width, widths.reduce((a, b) => a + b, 0) + 2 * (columns.length - 1))),
            'dim'
          )
        )
    })
    return out
  }

  /** A Mermaid gantt (as the summary draws it: `dateFormat x`) as bars on one time axis, section by section. */
  gantt(lines: string[]): string[] {
    const rows: { section?: string; name: string; tags: string[]; start: number; end: number }[] = []
    let section: string | undefined
    for (const raw of lines) {
      const line = raw.trim()
      if (line.startsWith('section ')) section = line.slice('section '.length)
      const task = /^([^:%]+?)\s*:(.+)$/.exec(line)
      if (!task || /^(title|dateFormat|axisFormat|tickInterval|todayMarker|excludes|includes)\b/.test(line)) continue
      const fields = (task[2] as string).split(',').map((f) => f.trim())
      const [start, end] = fields.slice(-2).map(Number)
      if (fields.length < 2 || !Number.isFinite(start) || !Number.isFinite(end)) continue
      rows.push({
        section,
        name: task[1] as string,
        tags: fields.slice(0, -2),
        start: start as number,
        end: end as number
      })
    }
    if (rows.length === 0) return []
    const from = Math.min(...rows.map((r) => r.start))
    const to = Math.max(...rows.map((r) => r.end), from + 1)
    const label = Math.min(40, Math.max(...rows.map((r) => displayWidth(r.name))))
    const span = Math.max(10, this.options.width - label - 4)
    const at = (t: number) => Math.round(((t - from) / (to - from)) * span)
    const clock = (t: number) => new Date(t).toISOString().slice(11, 19)
    const axis = `${padEnd(clock(from), span - 12)}${clock(to)} UTC`
    const out = [this.style(`${' '.repeat(label + 4)}${axis}`, 'dim')]
    let current: string | undefined
    for (const r of rows) {
      if (r.section !== current && r.section !== undefined) out.push(this.style(r.section, 'bold'))
      current = r.section
      const startCol = at(r.start)
      const bar = '█'.repeat(Math.max(1, at(r.end) - startCol))
      const crit = r.tags.includes('crit')
      const colour: Style =
        crit && r.tags.includes('done') ? 'yellow' : crit ? 'red' : r.tags.includes('active') ? 'cyan' : 'green'
      out.push(
        `  ${padEnd(wrap(r.name, label)[0] as string, label)}  ${' '.repeat(startCol)}${this.style(bar, colour)}`
      )
    }
    return out
  }

  render(markdown: string): string {
    const out: string[] = []
    const lines = markdown.split('\n')
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string
      const fence = /^```(\w*)\s*$/.exec(line)
      if (fence) {
        const body: string[] = []
        while (++i < lines.length && !/^```\s*$/.test(lines[i] as string)) body.push(lines[i] as string)
        const gantt = body.findIndex((b) => b.trim() === 'gantt')
        if (fence[1] === 'mermaid' && gantt >= 0) out.push(...this.gantt(body.slice(gantt + 1)))
        else out.push(...body.map((b) => `    ${decodeEntities(b)}`))
        continue
      }
      if (line.startsWith('<table')) {
        let html = line
        while (!html.includes('</table>') && ++i < lines.length) html += `\n${lines[i] as string}`
        out.push(...this.table(html))
        continue
      }
      if (line.startsWith('<pre>')) {
        let html = line
        while (!html.includes('</pre>') && ++i < lines.length) html += `\n${lines[i] as string}`
        out.push(
          ...this.plain(html)
            .split('\n')
            .map((l) => `    ${l}`)
        )
        continue
      }
      const heading = /^(#{1,6})\s+(.*)$/.exec(line)
      if (heading) {
        const text = this.inline(heading[2] as string)
        out.push(this.style(text, 'bold'))
        if ((heading[1] as string).length <= 2)
          out.push(this.style('═'.repeat(Math.min(this.options.width, displayWidth(text))), 'dim'))
        continue
      }
      const details = /^<details>\s*<summary>([\s\S]*?)<\/summary>(.*)$/.exec(line)
      if (details) {
        out.push(this.style(`▸ ${this.inline(details[1] as string)}`, 'bold'))
        continue
      }
      if (/^<\/details>\s*$/.test(line)) continue
      out.push(...wrap(this.inline(line), this.options.width).map((l) => l.trimEnd()))
    }
    // Runs of blank lines become one.
    return `${out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()}\n`
  }
}

export function renderForTerminal(markdown: string, options: TerminalOptions): string {
  return new Renderer(options).render(markdown)
}
