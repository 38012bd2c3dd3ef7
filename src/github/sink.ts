/** The run's sink on a GitHub runner: the log with groups, annotations, outputs, job summary and PR comment. */
import * as core from '@actions/core'
import type { RunSink } from '../core/run-record.js'
import type { ReportSettings } from '../core/settings.js'
import { conclusion } from '../report/record.js'
import { logLine } from './log.js'
import { pollLog } from './poll-log.js'

export function githubSink(settings: ReportSettings): RunSink {
  const log = pollLog()
  return {
    info: (line) => logLine(line),
    async group(title, body) {
      core.startGroup(title)
      try {
        return await body()
      } finally {
        core.endGroup()
      }
    },
    poll: (event) => log.onPoll(event),
    waited: (results) => log.groups(results),
    async finish(record) {
      // Publishing (the summary, the report, the PR comment) is loaded when the run has something to publish.
      const { publish } = await import('./outputs.js')
      await publish(record, settings)
      const { failed, line } = conclusion(record)
      if (failed) core.setFailed(line)
      else logLine(line)
    }
  }
}
