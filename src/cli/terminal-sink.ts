/**
 * The run's sink on the command line: progress on stderr, the summary rendered for the terminal on stdout, the
 * JSON report, and, when asked for, the summary as Markdown and a JUnit XML report in files.
 */
import type { RunRecord, RunSink } from '../core/run-record.js'
import { isPassing } from '../policy/actions.js'
import { plain } from '../report/escape.js'
import { renderJunit } from '../report/junit.js'
import { conclusion, renderRecord, writeReport, writeText } from '../report/record.js'
import { painter, renderTerminal } from '../report/terminal.js'
import { wantsColor, type Io } from './io.js'
import { progress } from './progress.js'

export interface Files {
  report: string
  summary?: string
  junit?: string
}

export interface TerminalSink extends RunSink {
  /** Set once the run has finished: whether it failed. */
  failed?: boolean
}

export function terminalSink(io: Io, files: Files): TerminalSink {
  const status = progress(io.stderr, Boolean(io.stderr.isTTY))
  const sink: TerminalSink = {
    info: (line) => status.line(plain(line)),
    async group(title, body) {
      status.line(`-- ${plain(title)}`)
      return body()
    },
    poll: (event) => status.poll(event),
    waited: () => status.end(),
    async finish(record: RunRecord) {
      status.end()
      await writeReport(files.report, record)
      if (files.summary) await writeText(files.summary, `${renderRecord(record)}\n`)
      if (files.junit) await writeText(files.junit, renderJunit(record))
      io.stdout.write(renderTerminal(record, painter(wantsColor(io.stdout, io.env))))
      const written = [`JSON report: ${files.report}`]
      if (files.summary) written.push(`summary: ${files.summary}`)
      if (files.junit) written.push(`JUnit report: ${files.junit}`)
      io.stdout.write(`\n${written.join('; ')}\n`)
      const end = conclusion(record)
      sink.failed = end.failed
      // A verdict that passes can still end the run failed: a lifecycle update failed. Say so.
      if (end.failed && isPassing(record.evaluation.verdict)) io.stderr.write(`${plain(end.line)}\n`)
    }
  }
  return sink
}
