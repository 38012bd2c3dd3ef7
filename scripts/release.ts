/**
 * Releases (README, "Releasing"):
 *   npm run release -- prepare X.Y.Z      the CHANGELOG's Unreleased section becomes X.Y.Z; the version goes into
 *                                         package.json, package-lock.json and the action's user agent; the
 *                                         schema address follows a new major version; dist/ is rebuilt
 *   npm run release -- check OWNER/NAME   for the Release workflow: the version, its changelog section and the
 *                                         schema address agree; prints version= and major= for GITHUB_OUTPUT
 *   npm run release -- notes X.Y.Z        the release notes: that version's changelog section
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseCommandLine, runCommand, UsageError } from './cli-args.js'
import { releaseChangelog, releaseNotes, VERSION } from './changelog.js'

const USAGE = 'usage: npm run release -- prepare X.Y.Z | check OWNER/NAME | notes X.Y.Z'

/** Where a tag serves the policy schema: editors fetch it from the major tag users pin (`@v1`). */
export function schemaAddress(repository: string, major: string): string {
  return `https://raw.githubusercontent.com/${repository}/v${major}/policy.schema.json`
}

const ADDRESS = /https:\/\/raw\.githubusercontent\.com\/([\w.-]+\/[\w.-]+)\/v(\d+)\/policy\.schema\.json/

function read(path: string): string {
  return readFileSync(path, 'utf8')
}

function packageVersion(): string {
  return (JSON.parse(read('package.json')) as { version: string }).version
}

/** The schema's `$id`, which must be the address a tag provides. */
function schemaId(): { id: string; repository: string; major: string } {
  const id = String((JSON.parse(read('policy.schema.json')) as { $id?: unknown }).$id)
  const match = ADDRESS.exec(id)
  if (!match || match[0] !== id)
    throw new UsageError(`policy.schema.json: $id is ${id}; it should be ${schemaAddress('OWNER/NAME', 'N')}`)
  return { id, repository: match[1] as string, major: match[2] as string }
}

export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => (VERSION.exec(v) ?? []).slice(1).map(Number))
  for (let i = 0; i < 3; i++) if ((x?.[i] ?? 0) !== (y?.[i] ?? 0)) return (x?.[i] ?? 0) - (y?.[i] ?? 0)
  return 0
}

/** The files under `dir` whose text matches `pattern` (the source files that carry the version or the address). */
function filesMatching(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return filesMatching(path, pattern)
    return /\.(ts|md|ya?ml)$/.test(name) && pattern.test(read(path)) ? [path] : []
  })
}

function rewrite(path: string, pattern: RegExp, replacement: string): void {
  writeFileSync(path, read(path).replace(pattern, replacement))
}

function npm(...args: string[]): void {
  execFileSync('npm', args, { stdio: 'inherit' })
}

function prepare(version: string): void {
  const current = packageVersion()
  if (compareVersions(version, current) <= 0)
    throw new UsageError(`${version} is not after the current version ${current}`)
  const { id, repository } = schemaId()
  const today = new Date().toISOString().slice(0, 10)
  writeFileSync('CHANGELOG.md', releaseChangelog(read('CHANGELOG.md'), version, today, repository))
  npm('version', version, '--no-git-tag-version')
  for (const file of filesMatching('src', /ACTION_VERSION = '/))
    rewrite(file, /ACTION_VERSION = '[^']*'/, `ACTION_VERSION = '${version}'`)
  const address = schemaAddress(repository, version.split('.')[0] as string)
  if (address !== id) {
    for (const file of [...filesMatching('src', ADDRESS), ...filesMatching('examples', ADDRESS), 'README.md'])
      rewrite(file, new RegExp(ADDRESS, 'g'), address)
    npm('run', '-s', 'schema')
  }
  npm('run', '-s', 'bundle')
  console.log(
    `\nPrepared ${version}. Review the changes (git diff), commit them as "Release ${version}", and merge to main`
  )
  console.log('with CI green; then run the Release workflow on main (Actions > Release > Run workflow).')
}

/** What the Release workflow checks before it tags; prints the outputs it needs. */
function check(repository: string): void {
  const version = packageVersion()
  if (!VERSION.exec(version)) throw new UsageError(`package.json: version ${version} is not X.Y.Z`)
  releaseNotes(read('CHANGELOG.md'), version)
  const major = version.split('.')[0] as string
  const address = schemaAddress(repository, major)
  const { id } = schemaId()
  if (id !== address)
    throw new UsageError(
      `policy.schema.json: $id is ${id}, but tag v${major} of ${repository} serves ${address}; run npm run release -- prepare ${version} or fix the address`
    )
  if (!read('README.md').includes(`$schema=${address}`))
    throw new UsageError(`README.md: the schema line should name ${address}`)
  console.log(`version=${version}\nmajor=v${major}`)
}

async function main(): Promise<void> {
  const { positionals } = parseCommandLine({ args: process.argv.slice(2), allowPositionals: true, options: {} })
  const [command, argument, ...rest] = positionals
  if (!argument || rest.length > 0) throw new UsageError(command ? `${command} takes one argument` : 'name a command')
  if (command === 'prepare' && VERSION.test(argument)) prepare(argument)
  else if (command === 'notes') process.stdout.write(releaseNotes(read('CHANGELOG.md'), argument))
  else if (command === 'check' && /^[\w.-]+\/[\w.-]+$/.test(argument)) check(argument)
  else throw new UsageError(`cannot ${command} ${argument}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runCommand(USAGE, main)
