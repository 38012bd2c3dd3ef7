/**
 * `npm run sim -- <scenario.yml> [--port 8566] [--host 127.0.0.1]`: serve a scenario on wall-clock time until
 * stopped. The scenario's clock starts at the first AWS call, so an action started minutes later still finds the
 * build at its beginning; restart the simulator to replay it.
 */
import { createServer } from 'node:net'
import { pathToFileURL } from 'node:url'
import { parseCommandLine, runCommand, UsageError } from '../scripts/cli-args.js'
import { readScenarioFile } from '../scripts/scenario-file.js'
import { startSimulator } from './server.js'

/** Not 4566, LocalStack's default, so both can run side by side. */
export const DEFAULT_PORT = 8566

const USAGE = `usage: npm run sim -- <scenario.yml> [--port ${DEFAULT_PORT}] [--host 127.0.0.1]`

export interface SimArgs {
  file: string
  port: number
  host: string
}

export function parseSimArgs(argv: string[]): SimArgs {
  const { values, positionals } = parseCommandLine({
    args: argv,
    allowPositionals: true,
    options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } }
  })
  if (values.help)
    throw new UsageError('Serves a scenario as the Image Builder and CloudFormation APIs, for npm run local-action.')
  const [file, ...extra] = positionals
  if (!file) throw new UsageError('name a scenario file, e.g. scenarios/demo-pass.yml')
  if (extra.length > 0) throw new UsageError(`one scenario file at a time; also got ${extra.join(' ')}`)
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port)
  if (!/^\d+$/.test(values.port ?? '0') || port > 65535)
    throw new UsageError(`--port takes a port number from 0 to 65535, got "${values.port}"`)
  return { file, port, host: values.host ?? '127.0.0.1' }
}

/** Whether something already listens on the port: told before the simulator tries, with how to choose another. */
export async function checkPortFree(host: string, port: number): Promise<void> {
  const probe = createServer()
  const problem = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
    probe.once('error', resolve)
    probe.listen(port, host, () => probe.close(() => resolve(undefined)))
  })
  if (problem?.code === 'EADDRINUSE')
    throw new UsageError(
      `port ${port} on ${host} is in use (by another simulator, LocalStack or another program); ` +
        `stop it or choose another port, e.g. npm run sim -- <scenario.yml> --port ${port + 1}, ` +
        `and point AWS_ENDPOINT_URL_IMAGEBUILDER and AWS_ENDPOINT_URL_CLOUDFORMATION (.env) at it`
    )
  if (problem) throw new UsageError(`cannot listen on ${host}:${port}: ${problem.message}`)
}

async function main(): Promise<void> {
  const args = parseSimArgs(process.argv.slice(2))
  const { scenario } = readScenarioFile(args.file)
  await checkPortFree(args.host, args.port)
  // The scenario begins at the first call, however long after the start that comes, its times as the wall clock
  // reads then (so what AWS would stamp, e.g. a hook's InvokedAt, is not older than the action that reads it).
  const simulator = await startSimulator(scenario, { port: args.port, host: args.host, startOnFirstCall: true })
  console.log(`image-gate simulator: ${scenario.name} (${args.file}) on ${simulator.url}`)
  console.log(`  the scenario's clock starts at the first AWS call; restart the simulator (Ctrl-C) to replay it`)
  console.log(
    `  export AWS_ENDPOINT_URL_IMAGEBUILDER=${simulator.url} AWS_ENDPOINT_URL_CLOUDFORMATION=${simulator.url}`
  )
  console.log(`  export AWS_REGION=${scenario.region} AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local`)
  const stop = () => void simulator.stop().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runCommand(USAGE, main)
