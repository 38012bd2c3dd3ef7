/**
 * `image-gate replay --image NAME --policy FILE`: the newest builds of an image, read from AWS, judged under the old
 * and the new policy.
 */
import { AwsClients } from '../aws/clients.js'
import { ConfigError, Inputs } from '../config/inputs.js'
import { localRunner } from '../config/runner.js'
import { parseAws } from '../config/settings.js'
import { parseRegion } from '../config/targets.js'
import { describeAwsError } from '../core/aws-errors.js'
import { systemClock } from '../core/clock.js'
import { rejudged } from '../policy/compare.js'
import { evaluate } from '../policy/evaluate.js'
import { DEFAULT_POLICY } from '../policy/types.js'
import { renderComparison } from '../report/comparison.js'
import { plain } from '../report/escape.js'
import { NoBuildsError, readPastBuilds } from '../run/replay.js'
import type { Parsed } from './args.js'
import type { Io } from './io.js'
import { formatOption } from './judge.js'
import { describeProblems, policyOption } from './problems.js'

/** Builds read at once: enough to be quick, few enough to stay clear of Image Builder's request limits. */
const CONCURRENCY = 4

async function parseRequest(args: Parsed, env: NodeJS.ProcessEnv) {
  const inputs = new Inputs((name) => args.value(name))
  const image = inputs.text('image')
  if (image === '' || image.length > 128)
    inputs.problem('image', image, 'name the Image Builder image whose builds to judge (at most 128 characters)')
  const last = inputs.integer('last', 50, 1, 500)
  const region = parseRegion(inputs) || env.AWS_REGION || env.AWS_DEFAULT_REGION || ''
  if (!region) inputs.problem('aws-region', '', 'set aws-region (or AWS_REGION): the region whose builds to read')
  const aws = parseAws(inputs, localRunner(env, ''))
  if (inputs.problems.length > 0) throw new ConfigError(inputs.problems)
  const after = await policyOption('policy', args.value('policy'))
  const before = await policyOption('old-policy', args.value('old-policy'), DEFAULT_POLICY)
  return { request: { image, last, region, concurrency: CONCURRENCY }, aws, before, after }
}

export async function replayCommand(args: Parsed, io: Io, signal: AbortSignal): Promise<number> {
  const format = formatOption(args)
  let parsed: Awaited<ReturnType<typeof parseRequest>>
  try {
    parsed = await parseRequest(args, io.env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    io.stderr.write(describeProblems(error))
    return 1
  }
  const { request, aws, before, after } = parsed
  const clients = await AwsClients.open(aws, ['imagebuilder'])
  try {
    const builds = await readPastBuilds(clients.imageBuilder(request.region), request, systemClock, signal)
    const rows = builds.flatMap(({ arn, label, result }) =>
      result ? [rejudged(label, arn, evaluate([result], before), evaluate([result], after))] : []
    )
    const unjudged = builds.flatMap(({ arn, label, leftOut }) =>
      leftOut ? [{ build: label, source: arn, why: leftOut }] : []
    )
    io.stdout.write(renderComparison({ rows, unjudged }, format))
    return 0
  } catch (error) {
    const why = signal.aborted ? 'cancelled' : error instanceof NoBuildsError ? error.message : describeAwsError(error)
    io.stderr.write(`image-gate replay: ${plain(why)}\n`)
    return 1
  } finally {
    clients.destroy()
  }
}
