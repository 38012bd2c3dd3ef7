/**
 * Progress while waiting: on a terminal, one status line rewritten in place (the latest poll, and how many
 * targets are still open), with settled targets, errors and log lines printed above it; elsewhere (a CI log, a
 * file) one plain line per poll. Text from AWS is made plain first: it cannot move the cursor or recolour.
 */
import type { PollEvent } from '../core/poll.js'
import { plain } from '../report/escape.js'
import { pollLine } from '../report/poll-line.js'
import type { Stream } from './io.js'

const CLEAR_LINE = '\r\u001b[2K'

export function progress(stream: Stream, live: boolean) {
  const open = new Map<string, string>()
  let latest = ''
  let shown = false
  const clear = () => {
    if (shown) stream.write(CLEAR_LINE)
    shown = false
  }
  const draw = () => {
    if (!live || open.size === 0) return
    const width = Math.max(20, (stream.columns ?? 80) - 1)
    const text = `… ${open.size} open: ${latest}`
    stream.write(text.length > width ? `${text.slice(0, width - 1)}…` : text)
    shown = true
  }
  const line = (text: string) => {
    clear()
    stream.write(`${text}\n`)
    draw()
  }
  return {
    /** A line that stays. */
    line,
    poll(e: PollEvent): void {
      const text = plain(pollLine(e))
      if (!live) return void stream.write(`${text}\n`)
      // A settled or stopped target (no next check) and a failed poll get a line of their own.
      if (e.nextDelayMs === undefined) open.delete(e.label)
      else open.set(e.label, text)
      if (e.nextDelayMs === undefined || e.error) line(text)
      else {
        latest = text
        clear()
        draw()
      }
    },
    /** Waiting is over: the status line goes. */
    end(): void {
      open.clear()
      clear()
    }
  }
}
