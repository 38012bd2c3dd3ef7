/** Image Builder operations (restJson1): each takes the request's parameters and returns the JSON body. */
import { createHash } from 'node:crypto'
import { SimError } from './errors.js'
import { replay } from './idempotency.js'
import { paginate, type Page } from './pagination.js'
import { scanFields, scanFindingOperations } from './scan-findings.js'
import { outputResources } from './outputs.js'
import type { SimImage } from './scenario.js'
import type { SimState } from './state.js'
import { workflowStepOperations } from './workflow-steps.js'

type Params = Record<string, unknown>
export type ImageBuilderHandler = (state: SimState, params: Params, elapsed: number) => unknown

export const BUILD_VERSION_ARN =
  /^arn:aws[a-z-]*:imagebuilder:[a-z0-9-]+:(\d{12}|aws):image\/[a-z0-9_-]+\/\d+\.\d+\.\d+\/\d+$/
const MAX_RESULTS = 25

function pageSize(state: SimState, operation: string, params: Params): number {
  const requested = params.maxResults === undefined ? MAX_RESULTS : Number(params.maxResults)
  if (!Number.isInteger(requested) || requested < 1 || requested > MAX_RESULTS)
    throw new SimError('InvalidRequestException', `maxResults must be between 1 and ${MAX_RESULTS}.`)
  return Math.min(requested, state.scenario.pageSize[operation] ?? MAX_RESULTS)
}

/** One page of an Image Builder listing, as the request's maxResults and nextToken ask. */
export function listPage<T>(
  state: SimState,
  operation: string,
  params: Params,
  elapsed: number,
  listAt: (asOf: number) => T[]
): Page<T> {
  const size = pageSize(state, operation, params)
  const token = params.nextToken as string | undefined
  return paginate(operation, token, size, elapsed, 'InvalidPaginationTokenException', listAt)
}

function existingImage(state: SimState, arn: unknown, elapsed: number): SimImage {
  if (typeof arn !== 'string' || !BUILD_VERSION_ARN.test(arn))
    throw new SimError(
      'InvalidRequestException',
      `The value supplied for parameter 'imageBuildVersionArn' is not valid: ${String(arn)}`
    )
  const image = state.image(arn)
  if (!image || !state.imageState(image, elapsed))
    throw new SimError('ResourceNotFoundException', `The resource ARN '${arn}' does not exist.`)
  return image
}

export function requestId(): string {
  return createHash('sha1').update(String(Math.random())).digest('hex').slice(0, 32)
}

function summary(state: SimState, image: SimImage, elapsed: number) {
  const imageState = state.imageState(image, elapsed)
  return {
    arn: image.arn,
    name: image.name,
    type: image.type,
    version: image.version,
    platform: image.platform,
    owner: image.owner,
    state: imageState,
    dateCreated: state.iso(image.created),
    tags: image.tags,
    outputResources: outputResources(state, image, elapsed),
    buildType: 'USER_INITIATED',
    imageSource: 'CUSTOM'
  }
}

const getImage: ImageBuilderHandler = (state, params, elapsed) => {
  const image = existingImage(state, params.imageBuildVersionArn, elapsed)
  return { requestId: requestId(), image: { ...summary(state, image, elapsed), ...scanFields(state, image, elapsed) } }
}

const listWorkflowExecutions: ImageBuilderHandler = (state, params, elapsed) => {
  const image = existingImage(state, params.imageBuildVersionArn, elapsed)
  const page = paginate(
    'ListWorkflowExecutions',
    params.nextToken as string | undefined,
    pageSize(state, 'ListWorkflowExecutions', params),
    elapsed,
    'InvalidPaginationTokenException',
    (asOf) => image.workflows.flatMap((wf) => state.workflowView(wf, asOf) ?? [])
  )
  return {
    requestId: requestId(),
    imageBuildVersionArn: image.arn,
    workflowExecutions: page.items.map((v) => ({
      workflowBuildVersionArn: v.workflow.arn,
      workflowExecutionId: v.workflow.id,
      type: v.workflow.type,
      status: v.status,
      message: v.message,
      totalStepCount: v.workflow.steps,
      totalStepsSucceeded: v.succeeded,
      totalStepsFailed: v.failed,
      totalStepsSkipped: v.skipped,
      startTime: state.iso(v.startedAt),
      endTime: v.endedAt === undefined ? undefined : state.iso(v.endedAt),
      parallelGroup: v.workflow.parallelGroup
    })),
    nextToken: page.nextToken
  }
}

/** `arn:...:image/name/1.2.3/4` -> `arn:...:image/name/1.2.3`: the image version the build belongs to. */
function versionArn(image: SimImage): string {
  return image.arn.replace(/\/\d+$/, '')
}

const listImages: ImageBuilderHandler = (state, params, elapsed) => {
  const owner = (params.owner as string | undefined) ?? 'Self'
  const filters = (params.filters as { name: string; values: string[] }[] | undefined) ?? []
  const matches = (image: SimImage) =>
    image.owner === owner &&
    filters.every((f) => f.values.includes(String((image as unknown as Record<string, unknown>)[f.name])))
  const page = paginate(
    'ListImages',
    params.nextToken as string | undefined,
    pageSize(state, 'ListImages', params),
    elapsed,
    'InvalidPaginationTokenException',
    (asOf) => {
      const seen = new Map<string, SimImage>()
      for (const image of state.scenario.images)
        if (state.imageState(image, asOf) && matches(image) && !seen.has(versionArn(image)))
          seen.set(versionArn(image), image)
      return [...seen.entries()]
    }
  )
  return {
    requestId: requestId(),
    imageVersionList: page.items.map(([arn, image]) => ({
      arn,
      name: image.name,
      type: image.type,
      version: image.version.replace(/\/\d+$/, ''),
      platform: image.platform,
      owner: image.owner,
      dateCreated: state.iso(image.created)
    })),
    nextToken: page.nextToken
  }
}

const listImageBuildVersions: ImageBuilderHandler = (state, params, elapsed) => {
  const arn = params.imageVersionArn
  if (typeof arn !== 'string') throw new SimError('InvalidRequestException', "Parameter 'imageVersionArn' is required.")
  const page = paginate(
    'ListImageBuildVersions',
    params.nextToken as string | undefined,
    pageSize(state, 'ListImageBuildVersions', params),
    elapsed,
    'InvalidPaginationTokenException',
    (asOf) => state.scenario.images.filter((i) => versionArn(i) === arn && state.imageState(i, asOf))
  )
  return {
    requestId: requestId(),
    imageSummaryList: page.items.map((image) => summary(state, image, elapsed)),
    nextToken: page.nextToken
  }
}

const STATES = new Set(['AVAILABLE', 'DEPRECATED', 'DISABLED', 'DELETED'])

const startResourceStateUpdate: ImageBuilderHandler = (state, params, elapsed) => {
  const { resourceArn, clientToken } = params
  const status = (params.state as { status?: string } | undefined)?.status
  if (typeof clientToken !== 'string' || clientToken.length === 0)
    throw new SimError('InvalidRequestException', "Parameter 'clientToken' is required.")
  if (!status || !STATES.has(status))
    throw new SimError(
      'InvalidRequestException',
      `The value supplied for parameter 'state.status' is not valid: ${String(status)}`
    )
  const image = existingImage(state, resourceArn, elapsed)
  const { fingerprint, previous } = replay(state.lifecycleRuns, params)
  if (previous) return { requestId: requestId(), lifecycleExecutionId: previous.id, resourceArn: image.arn }
  const busy = state.lifecycleRuns.find(
    (r) => r.resourceArn === image.arn && ['PENDING', 'IN_PROGRESS'].includes(state.lifecycleStatus(r, elapsed).status)
  )
  if (busy)
    throw new SimError(
      'ResourceInUseException',
      `The resource ${image.arn} is in use by lifecycle execution ${busy.id}.`
    )
  const updateAt = params.updateAt === undefined ? undefined : Number(params.updateAt) * 1000 - state.epoch
  const run = {
    id: `lce-${String(state.lifecycleRuns.length + 1).padStart(8, '0')}`,
    resourceArn: image.arn,
    status,
    clientToken,
    fingerprint,
    startedAt: elapsed,
    effectiveAt: Math.max(elapsed, updateAt ?? elapsed)
  }
  state.lifecycleRuns.push(run)
  return { requestId: requestId(), lifecycleExecutionId: run.id, resourceArn: image.arn }
}

const listLifecycleExecutions: ImageBuilderHandler = (state, params, elapsed) => {
  const arn = params.resourceArn
  if (typeof arn !== 'string') throw new SimError('InvalidRequestException', "Parameter 'resourceArn' is required.")
  const page = paginate(
    'ListLifecycleExecutions',
    params.nextToken as string | undefined,
    pageSize(state, 'ListLifecycleExecutions', params),
    elapsed,
    'InvalidPaginationTokenException',
    (asOf) => state.lifecycleRuns.filter((r) => r.resourceArn === arn && r.startedAt <= asOf).reverse()
  )
  return {
    requestId: requestId(),
    lifecycleExecutions: page.items.map((run) => {
      const s = state.lifecycleStatus(run, elapsed)
      return {
        lifecycleExecutionId: run.id,
        resourcesImpactedSummary: { hasImpactedResources: s.status === 'SUCCESS' },
        state: { status: s.status, reason: s.reason },
        startTime: (state.epoch + run.startedAt) / 1000,
        endTime: s.endedAt === undefined ? undefined : (state.epoch + s.endedAt) / 1000
      }
    }),
    nextToken: page.nextToken
  }
}

/** Operation name -> [HTTP method, handler]; the path is `/<operation>`. */
export const imageBuilderOperations: Record<string, [string, ImageBuilderHandler]> = {
  GetImage: ['GET', getImage],
  ListWorkflowExecutions: ['POST', listWorkflowExecutions],
  ListImages: ['POST', listImages],
  ListImageBuildVersions: ['POST', listImageBuildVersions],
  StartResourceStateUpdate: ['PUT', startResourceStateUpdate],
  ListLifecycleExecutions: ['POST', listLifecycleExecutions],
  ...workflowStepOperations,
  ...scanFindingOperations
}
