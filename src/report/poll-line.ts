/** One poll of one target as a line of text, for the log and the terminal. */
import { formatDuration } from '../core/duration.js'
import type { PollEvent } from '../core/poll.js'

export function pollLine(e: PollEvent): string {
  const next = e.nextDelayMs === undefined ? '' : `, next check in ${formatDuration(e.nextDelayMs)}`
  return `${e.label}: ${e.progress}, ${formatDuration(e.elapsedMs)} elapsed${next}${e.error ? `: ${e.error}` : ''}`
}
