/**
 * Image Builder operations (restJson1): each takes the request's parameters and returns the JSON body. Shapes
 * and rules follow AWS's imagebuilder service model (2019-12-02); each rule names the part of it it comes from.
 */
import { randomUUID } from 'node:crypto'
import { SimError } from './errors.js'
import { replay } from './idempotency.js'
import { lifecycleExecutionId } from './ids.js'
import * as model from './model.js'
import { paginate, type Page } from './pagination.js'
import { scanFields, scanFindingOperations } from './scan-findings.js'
import { outputResources } from './outputs.js'
import type { SimImage } from './scenario.js'
import type { SimState } from './state.js'
import { workflowStepOperations } from './workflow-steps.js'

type Params = Record<string, unknown>
export type ImageBuilderHandler = (state: SimState, params: Params, elapsed: number) => unknown

/** `RestrictedInteger`: maxResults is 1 to 25. */
const MAX_RESULTS = 25

function invalid(message: string): SimError {
  return new SimError('InvalidRequestException', message)
}

function pageSize(state: SimState, operation: string, params: Params): number {
  const requested = params.maxResults === undefined ? MAX_RESULTS : Number(params.maxResults)
  if (!Number.isInteger(requested) || requested < 1 || requested > MAX_RESULTS)
    throw invalid(`maxResults must be between 1 and ${MAX_RESULTS}.`)
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

/**
 * The image build version an ARN names. A malformed ARN is an InvalidRequestException (documented for every
 * operation here). For a well-formed ARN of no image the model documents nothing for GetImage and
 * ListWorkflowExecutions (no ResourceNotFoundException in their `errors`); ResourceNotFoundException is what
 * AWS answers in the field (terraform-provider-aws `findImageByARN` reads it as "not found") and what
 * StartResourceStateUpdate documents. Callers must also cope with InvalidRequestException or ClientException.
 */
function existingImage(state: SimState, arn: unknown, elapsed: number, parameter = 'imageBuildVersionArn'): SimImage {
  if (typeof arn !== 'string' || !model.IMAGE_BUILD_VERSION_ARN.test(arn))
    throw invalid(`The value supplied for parameter '${parameter}' is not valid: ${String(arn)}`)
  const image = state.image(arn)
  if (!image || !state.imageState(image, elapsed))
    throw new SimError('ResourceNotFoundException', `The resource ARN '${arn}' does not exist.`)
  return image
}

/** `requestId` (NonEmptyString): only the responses whose shape has it carry it. */
export function requestId(): string {
  return randomUUID()
}

/**
 * The `owner` of `ImageSummary` and `ImageVersion`: an account id for images of an account (the CLI reference's
 * list-images example shows the owning account), `Amazon` for Amazon-managed ones.
 */
function ownerOf(state: SimState, image: SimImage): string {
  if (image.owner === 'Self') return state.scenario.account
  if (image.owner === 'Amazon') return 'Amazon'
  return image.ownerAccount
}

/** The members `Image`, `ImageSummary` and `ImageVersion` share. */
function common(state: SimState, image: SimImage) {
  return {
    arn: image.arn,
    name: image.name,
    type: image.type,
    version: image.version,
    platform: image.platform,
    dateCreated: state.iso(image.created),
    buildType: 'USER_INITIATED',
    imageSource: 'CUSTOM'
  }
}

/** `Image` (GetImage): no `owner` member. */
function imageDetail(state: SimState, image: SimImage, elapsed: number) {
  return {
    ...common(state, image),
    state: state.imageState(image, elapsed),
    outputResources: outputResources(state, image, elapsed),
    tags: image.tags
  }
}

/** `ImageSummary` (ListImageBuildVersions). */
function imageSummary(state: SimState, image: SimImage, elapsed: number) {
  return {
    ...common(state, image),
    owner: ownerOf(state, image),
    state: state.imageState(image, elapsed),
    outputResources: outputResources(state, image, elapsed),
    tags: image.tags
  }
}

/**
 * GetImage takes `ImageVersionArnOrBuildVersionArn`; what a version ARN (`.../1.4.0` or `.../1.x.x`) answers is
 * not documented, so only build version ARNs are served.
 */
const getImage: ImageBuilderHandler = (state, params, elapsed) => {
  const image = existingImage(state, params.imageBuildVersionArn, elapsed)
  return {
    requestId: requestId(),
    image: { ...imageDetail(state, image, elapsed), ...scanFields(state, image, elapsed) }
  }
}

const listWorkflowExecutions: ImageBuilderHandler = (state, params, elapsed) => {
  const image = existingImage(state, params.imageBuildVersionArn, elapsed)
  const page = listPage(state, 'ListWorkflowExecutions', params, elapsed, (asOf) =>
    image.workflows.flatMap((wf) => state.workflowView(wf, asOf) ?? [])
  )
  return {
    requestId: requestId(),
    imageBuildVersionArn: image.arn,
    workflowExecutions: page.items.map((v) => ({
      workflowBuildVersionArn: v.workflow.arn,
      workflowExecutionId: v.workflow.listedWithoutId ? undefined : v.workflow.id,
      type: v.workflow.type,
      status: v.status,
      message: v.message,
      totalStepCount: v.workflow.steps,
      totalStepsSucceeded: v.succeeded,
      totalStepsFailed: v.failed,
      totalStepsSkipped: v.skipped,
      startTime: state.iso(v.startedAt),
      endTime: v.endedAt === undefined ? undefined : state.iso(v.endedAt),
      parallelGroup: v.workflow.parallelGroup,
      // `WorkflowExecutionMetadata.retried` (RetryImage, 2025-11): set on an attempt a retry superseded.
      retried: v.retried ? true : undefined
    })),
    nextToken: page.nextToken
  }
}

/** `arn:...:image/name/1.2.3/4` -> `arn:...:image/name/1.2.3`: the image version the build belongs to. */
function versionArn(image: SimImage): string {
  return image.arn.replace(/\/\d+$/, '')
}

/**
 * `ListImagesRequest.includeDeprecated` is not modelled here: which versions count as deprecated (any build, or
 * all of them) is not documented, so every version is listed.
 */
const listImages: ImageBuilderHandler = (state, params, elapsed) => {
  const owner = (params.owner as string | undefined) ?? 'Self'
  if (!(model.OWNERSHIPS as readonly string[]).includes(owner))
    throw invalid(`The value supplied for parameter 'owner' is not valid: ${owner}`)
  const filters = (params.filters as { name: string; values: string[] }[] | undefined) ?? []
  const matches = (image: SimImage) =>
    image.owner === owner &&
    filters.every((f) => f.values.includes(String((image as unknown as Record<string, unknown>)[f.name])))
  const page = listPage(state, 'ListImages', params, elapsed, (asOf) => {
    const seen = new Map<string, SimImage>()
    for (const image of state.scenario.images)
      if (state.imageState(image, asOf) && matches(image) && !seen.has(versionArn(image)))
        seen.set(versionArn(image), image)
    return [...seen.entries()]
  })
  return {
    requestId: requestId(),
    // `ImageVersion`: the version's ARN and semantic version, without the build number.
    imageVersionList: page.items.map(([arn, image]) => ({
      ...common(state, image),
      arn,
      version: image.version.replace(/\/\d+$/, ''),
      owner: ownerOf(state, image)
    })),
    nextToken: page.nextToken
  }
}

/** `ListImageBuildVersionsRequest.imageVersionArn` is optional in the model; what no ARN lists is undocumented. */
const listImageBuildVersions: ImageBuilderHandler = (state, params, elapsed) => {
  const arn = params.imageVersionArn
  if (typeof arn !== 'string' || !model.IMAGE_VERSION_ARN.test(arn))
    throw invalid(`The value supplied for parameter 'imageVersionArn' is not valid: ${String(arn)}`)
  const page = listPage(state, 'ListImageBuildVersions', params, elapsed, (asOf) =>
    state.scenario.images.filter((i) => versionArn(i) === arn && state.imageState(i, asOf))
  )
  return {
    requestId: requestId(),
    imageSummaryList: page.items.map((image) => imageSummary(state, image, elapsed)),
    nextToken: page.nextToken
  }
}

/** What StartResourceStateUpdate sends besides the token, as the SDK serializes it. */
interface StateUpdate {
  resourceArn?: unknown
  state?: { status?: unknown }
  executionRole?: unknown
  includeResources?: unknown
  exclusionRules?: { amis?: { lastLaunched?: { value?: unknown; unit?: unknown } } }
  updateAt?: unknown
}

/** The rules `StartResourceStateUpdateRequest` states that hold whatever the image is (member docs cited). */
function checkRequest(request: StateUpdate): string {
  const status = request.state?.status
  // `ResourceState.status` is a `ResourceStatus`.
  if (typeof status !== 'string' || !(model.RESOURCE_STATES as readonly string[]).includes(status))
    throw invalid(`The value supplied for parameter 'state.status' is not valid: ${String(status)}`)
  // updateAt: "Use this parameter only when the target status is DEPRECATED."
  if (request.updateAt !== undefined && status !== 'DEPRECATED')
    throw invalid(`updateAt can only be used with the DEPRECATED state, not ${status}.`)
  // includeResources: "Requires executionRole to also be specified."
  if (request.includeResources !== undefined && request.executionRole === undefined)
    throw invalid('includeResources requires executionRole to also be specified.')
  // `LifecyclePolicyDetailExclusionRulesAmisLastLaunched`: value 1 to 365 (`...LastLaunchedValue`), unit a `LifecyclePolicyTimeUnit`.
  const lastLaunched = request.exclusionRules?.amis?.lastLaunched
  if (lastLaunched !== undefined) {
    const { value, unit } = lastLaunched
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 365)
      throw invalid(
        `The value supplied for parameter 'exclusionRules.amis.lastLaunched.value' is not valid: ${String(value)} (1 to 365).`
      )
    if (typeof unit !== 'string' || !(model.TIME_UNITS as readonly string[]).includes(unit))
      throw invalid(
        `The value supplied for parameter 'exclusionRules.amis.lastLaunched.unit' is not valid: ${String(unit)}`
      )
  }
  return status
}

/** The rules that depend on the image now (`StartResourceStateUpdateRequest` member docs). */
function checkTransition(
  state: SimState,
  image: SimImage,
  status: string,
  updateAt: number | undefined,
  elapsed: number
): void {
  const current = state.imageState(image, elapsed)?.status ?? ''
  // resourceArn: "The image must be in one of these terminal states: AVAILABLE, DEPRECATED, DISABLED, FAILED, or CANCELLED."
  if (!['AVAILABLE', 'DEPRECATED', 'DISABLED', 'FAILED', 'CANCELLED'].includes(current))
    throw invalid(
      `The image ${image.arn} is in state ${current}; its state can be updated only in AVAILABLE, DEPRECATED, DISABLED, FAILED or CANCELLED.`
    )
  // resourceArn: "Images with FAILED or CANCELLED status can transition only to DELETED."
  if ((current === 'FAILED' || current === 'CANCELLED') && status !== 'DELETED')
    throw invalid(
      `The image ${image.arn} is ${current}: an image in FAILED or CANCELLED status can transition only to DELETED.`
    )
  // state: "For container-based images, only DELETED is supported."
  if (image.type === 'DOCKER' && status !== 'DELETED')
    throw invalid(`The image ${image.arn} is a container image: only DELETED is supported.`)
  // updateAt: "The value must be a future time."
  if (updateAt !== undefined && updateAt <= state.epoch + elapsed) throw invalid('updateAt must be a future time.')
}

/**
 * The exact error codes and messages of these refusals are not documented: the codes are the operation's
 * documented InvalidRequestException, the messages the simulator's own.
 */
const startResourceStateUpdate: ImageBuilderHandler = (state, params, elapsed) => {
  const { clientToken, ...request } = params as StateUpdate & { clientToken?: unknown }
  // `ClientToken`: 1 to 64 characters.
  if (typeof clientToken !== 'string' || clientToken.length < 1 || clientToken.length > 64)
    throw invalid("The value supplied for parameter 'clientToken' is not valid (1 to 64 characters).")
  const status = checkRequest(request)
  if (typeof request.resourceArn !== 'string' || !model.IMAGE_BUILD_VERSION_ARN.test(request.resourceArn))
    throw invalid(`The value supplied for parameter 'resourceArn' is not valid: ${String(request.resourceArn)}`)
  // Idempotency (the clientToken doc): a retry of an accepted request answers as the first time did.
  const { fingerprint, previous } = replay(state.lifecycleRuns, params)
  if (previous) return { lifecycleExecutionId: previous.id, resourceArn: previous.resourceArn }
  const image = existingImage(state, request.resourceArn, elapsed, 'resourceArn')
  // `updateAt` is a `DateTimeTimestamp`: epoch seconds on the wire.
  const updateAt = request.updateAt === undefined ? undefined : Number(request.updateAt) * 1000
  checkTransition(state, image, status, updateAt, elapsed)
  const busy = state.lifecycleRuns.find(
    (r) => r.resourceArn === image.arn && ['PENDING', 'IN_PROGRESS'].includes(state.lifecycleStatus(r, elapsed).status)
  )
  if (busy)
    throw new SimError(
      'ResourceInUseException',
      `The resource ${image.arn} is in use by lifecycle execution ${busy.id}.`
    )
  const run = {
    id: lifecycleExecutionId(`${image.arn}#${clientToken}`),
    resourceArn: image.arn,
    status,
    clientToken,
    fingerprint,
    startedAt: elapsed,
    effectiveAt: Math.max(elapsed, updateAt === undefined ? elapsed : updateAt - state.epoch)
  }
  state.lifecycleRuns.push(run)
  // `StartResourceStateUpdateResponse` has no requestId member.
  return { lifecycleExecutionId: run.id, resourceArn: image.arn }
}

const listLifecycleExecutions: ImageBuilderHandler = (state, params, elapsed) => {
  const arn = params.resourceArn
  if (typeof arn !== 'string') throw invalid("Parameter 'resourceArn' is required.")
  const page = listPage(state, 'ListLifecycleExecutions', params, elapsed, (asOf) =>
    state.lifecycleRuns.filter((r) => r.resourceArn === arn && r.startedAt <= asOf).reverse()
  )
  // `ListLifecycleExecutionsResponse` has no requestId member.
  return {
    lifecycleExecutions: page.items.map((run) => {
      const s = state.lifecycleStatus(run, elapsed)
      return {
        lifecycleExecutionId: run.id,
        resourcesImpactedSummary: { hasImpactedResources: s.status === 'SUCCESS' },
        state: { status: s.status, reason: s.reason },
        // `DateTimeTimestamp`: epoch seconds.
        startTime: (state.epoch + run.startedAt) / 1000,
        endTime: s.endedAt === undefined ? undefined : (state.epoch + s.endedAt) / 1000
      }
    }),
    nextToken: page.nextToken
  }
}

/** Operation name -> [HTTP method, handler]; the path is `/<operation>` (the model's `http.requestUri`). */
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
