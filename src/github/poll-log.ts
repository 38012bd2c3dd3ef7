/** The waiting log on GitHub: one line per poll as it happens, and each target's history as a group at the end. */
import * as core from '@actions/core'
import { formatDuration } from '../core/duration.js'
import { logLine } from './log.js'
import type { PollEvent, TargetResult } from '../core/poll.js'
import { pollLine } from '../report/poll-line.js'
import { count } from '../core/count.js'

export function pollLog() {
  const history = new Map<string, string[]>()
  return {
    onPoll(e: PollEvent): void {
      const line = pollLine(e)
      history.set(e.label, [...(history.get(e.label) ?? []), line])
      if (e.error) core.warning(line)
      else logLine(line)
    },
    /** With several targets the live lines interleave: a group per target lets each be read on its own. */
    groups(results: TargetResult<unknown>[]): void {
      if (results.length < 2) return
      for (const r of results) {
        core.startGroup(
          `${r.label}: ${r.outcome} after ${count(r.polls, 'poll')}, ${formatDuration(r.endedAt - r.startedAt)}`
        )
        for (const line of history.get(r.label) ?? []) logLine(line)
        core.endGroup()
      }
    }
  }
}
