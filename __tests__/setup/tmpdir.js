/**
 * Jest global setup: every temporary file of a test run (os.tmpdir() reads TMPDIR, in this process and in the
 * workers started after it) goes into one folder, removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'image-gate-tests-'))
  process.env.TMPDIR = dir
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
}
