/** The process's streams and environment, passed in so tests can run a command in-process. */
import { inertText } from '../core/log-text.js'
export interface Stream {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

export interface Io {
  stdout: Stream
  stderr: Stream
  env: NodeJS.ProcessEnv
}

/** A stream whose every write goes out inert: the command may run inside a GitHub workflow step. */
export function inertStream(stream: Stream): Stream {
  return {
    write: (text: string) => stream.write(inertText(text)),
    get isTTY() {
      return stream.isTTY
    },
    get columns() {
      return stream.columns
    }
  }
}

/** Colours only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(stream: Stream, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb'
}
