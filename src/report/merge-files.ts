/** The report files a merge reads: each path a file, or a folder whose .json files (at any depth) are taken. */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ReportError } from './saved-report.js'

function code(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error)
}

async function expand(path: string): Promise<string[]> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    throw new ReportError(path, `cannot be read (${code(error)})`)
  }
  if (!info.isDirectory()) return [path]
  const entries = await readdir(path, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
    throw new ReportError(path, `cannot be read (${code(error)})`)
  })
  const names: string[] = []
  for (const e of entries) {
    const file = join(e.parentPath, e.name)
    // A link is followed to a report, never into a folder: a folder it leads to could hold the link (a loop).
    const target = e.isSymbolicLink() ? await stat(file).catch(() => undefined) : e
    if (target === undefined && e.name.endsWith('.json'))
      throw new ReportError(file, 'a symbolic link that leads nowhere')
    if (e.isSymbolicLink() && target?.isDirectory())
      throw new ReportError(file, 'a symbolic link to a folder, which the merge does not follow: name that folder')
    if (target?.isFile() && e.name.endsWith('.json')) names.push(file)
  }
  if (names.length === 0) throw new ReportError(path, 'a folder with no .json report in it')
  return names.sort()
}

/** Every report's text, named by its file; an unreadable one is refused, named. */
export async function readReportFiles(paths: string[]): Promise<{ file: string; text: string }[]> {
  const files = (await Promise.all(paths.map(expand))).flat()
  return Promise.all(
    files.map(async (file) => {
      try {
        return { file, text: await readFile(file, 'utf8') }
      } catch (error) {
        throw new ReportError(file, `cannot be read (${code(error)})`)
      }
    })
  )
}
