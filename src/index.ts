/** Entry point of the bundled action. Cancellation of the job (SIGINT/SIGTERM) aborts in-flight requests. */
import * as core from '@actions/core'
import { run } from './main.js'

const controller = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => controller.abort(new Error(`received ${signal}`)))

try {
  await run({ signal: controller.signal })
} catch (error) {
  core.setFailed(`image-gate crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
}
