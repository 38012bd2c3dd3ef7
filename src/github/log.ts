/**
 * The action's plain log lines. `@actions/core` escapes the data of its commands (annotations, groups) but
 * writes `info` as it is, and the runner takes any line starting with `::` as a command: every plain line goes
 * through here, so text from AWS or GitHub in it can never act.
 */
import * as core from '@actions/core'
import { logText } from '../core/log-text.js'

/** One log line, whatever the text holds. */
export function logLine(text: string): void {
  core.info(logText(text))
}

/** A block the action wrote itself (e.g. the summary when there is no step summary file), line by line. */
export function logBlock(text: string): void {
  for (const line of text.split('\n')) logLine(line)
}
