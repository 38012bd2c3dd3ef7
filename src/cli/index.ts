#!/usr/bin/env node
/** Entry point of the bundled command line. Ctrl-C (SIGINT) or SIGTERM aborts in-flight requests and waiting. */
import { inertStream } from './io.js'
import { cli } from './main.js'

const controller = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => controller.abort(new Error(`received ${signal}`)))

try {
  process.exitCode = await cli(
    process.argv.slice(2),
    { stdout: inertStream(process.stdout), stderr: inertStream(process.stderr), env: process.env },
    controller.signal
  )
} catch (error) {
  inertStream(process.stderr).write(
    `image-gate crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  )
  process.exitCode = 1
}
