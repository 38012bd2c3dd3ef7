/**
 * Runs the action in a child process, inputs from INPUT_* as on a runner, and prints what the parent cannot
 * see from outside: when the verdict was ready and the peak resident memory.
 */
import { run } from '../src/main.js'

const verdict = await run()
process.stderr.write(
  `BENCH ${JSON.stringify({ verdict, verdictAt: Date.now(), maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`
)
