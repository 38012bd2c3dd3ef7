/**
 * ListWorkflowStepExecutions, ListWaitingWorkflowSteps and SendWorkflowStepAction, as the Image Builder model
 * (2019-12-02) describes them.
 */
import { SimError } from './errors.js'
import { replay } from './idempotency.js'
import { listPage, requestId, type ImageBuilderHandler } from './imagebuilder.js'
import { IMAGE_BUILD_VERSION_ARN, WORKFLOW_EXECUTION_ID } from './model.js'
import type { SimImage, SimWorkflow } from './scenario.js'
import type { SimState } from './state.js'
import { isWaiting, stepView } from './step-timeline.js'

// The WorkflowStepExecutionId pattern of the model.
const STEP_EXECUTION_ID = /^step-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

const invalid = (name: string, value: unknown) =>
  new SimError('InvalidRequestException', `The value supplied for parameter '${name}' is not valid: ${String(value)}`)

/** Every workflow execution of the account that has started by `elapsed`, with its image. */
function startedWorkflows(state: SimState, elapsed: number): { image: SimImage; workflow: SimWorkflow }[] {
  return state.scenario.images
    .filter((image) => state.imageState(image, elapsed))
    .flatMap((image) =>
      image.workflows.filter((wf) => state.workflowView(wf, elapsed)).map((workflow) => ({ image, workflow }))
    )
}

// ListWorkflowStepExecutions: every step of one workflow execution (PENDING ones without times).
const listWorkflowStepExecutions: ImageBuilderHandler = (state, params, elapsed) => {
  const id = params.workflowExecutionId
  if (typeof id !== 'string' || !WORKFLOW_EXECUTION_ID.test(id)) throw invalid('workflowExecutionId', id)
  const found = startedWorkflows(state, elapsed).find(({ workflow }) => workflow.id === id)
  // The model documents no not-found error for this operation: an unknown execution is refused as invalid.
  if (!found) throw new SimError('InvalidRequestException', `The workflow execution '${id}' was not found.`)
  const { image, workflow } = found
  const page = listPage(state, 'ListWorkflowStepExecutions', params, elapsed, (asOf) =>
    (workflow.stepExecutions ?? []).map((s) => stepView(state, image, s, asOf))
  )
  return {
    requestId: requestId(),
    workflowBuildVersionArn: workflow.arn,
    workflowExecutionId: workflow.id,
    imageBuildVersionArn: image.arn,
    steps: page.items.map((v) => ({
      stepExecutionId: v.step.id,
      name: v.step.name,
      description: v.step.description,
      action: v.step.action,
      status: v.status,
      rollbackStatus: v.rollbackStatus,
      message: v.message,
      inputs: v.step.inputs,
      outputs: v.outputs,
      startTime: v.startedAt === undefined ? undefined : state.iso(v.startedAt),
      endTime: v.endedAt === undefined ? undefined : state.iso(v.endedAt)
    })),
    nextToken: page.nextToken
  }
}

// ListWaitingWorkflowSteps: every step of the account paused at WaitForAction (not answered, not timed out).
const listWaitingWorkflowSteps: ImageBuilderHandler = (state, params, elapsed) => {
  const page = listPage(state, 'ListWaitingWorkflowSteps', params, elapsed, (asOf) =>
    startedWorkflows(state, asOf).flatMap(({ image, workflow }) =>
      (workflow.stepExecutions ?? [])
        .map((s) => stepView(state, image, s, asOf))
        .filter(isWaiting)
        .map((view) => ({ view, image, workflow }))
    )
  )
  return {
    steps: page.items.map(({ view, image, workflow }) => ({
      stepExecutionId: view.step.id,
      imageBuildVersionArn: image.arn,
      workflowExecutionId: workflow.id,
      workflowBuildVersionArn: workflow.arn,
      name: view.step.name,
      action: view.step.action,
      startTime: view.startedAt === undefined ? undefined : state.iso(view.startedAt)
    })),
    nextToken: page.nextToken
  }
}

// SendWorkflowStepAction: a waiting step takes one answer; the same client token with the same request gets
// the first answer back ("Image Builder returns the original response without running the operation again").
const sendWorkflowStepAction: ImageBuilderHandler = (state, params, elapsed) => {
  const { stepExecutionId, imageBuildVersionArn, action, reason, clientToken } = params
  // ClientToken: 1 to 64 characters; the reason a NonEmptyString of at most 1024.
  if (typeof clientToken !== 'string' || clientToken.length < 1 || clientToken.length > 64)
    throw invalid('clientToken', clientToken)
  if (typeof stepExecutionId !== 'string' || !STEP_EXECUTION_ID.test(stepExecutionId))
    throw invalid('stepExecutionId', stepExecutionId)
  if (typeof imageBuildVersionArn !== 'string' || !IMAGE_BUILD_VERSION_ARN.test(imageBuildVersionArn))
    throw invalid('imageBuildVersionArn', imageBuildVersionArn)
  if (action !== 'RESUME' && action !== 'STOP') throw invalid('action', action)
  if (reason !== undefined && (typeof reason !== 'string' || reason.length < 1 || reason.length > 1024))
    throw invalid('reason', reason)
  const response = { stepExecutionId, imageBuildVersionArn, clientToken }
  const { fingerprint, previous } = replay(state.stepAnswers, params)
  if (previous) return response
  const found = startedWorkflows(state, elapsed)
    .flatMap(({ image, workflow }) => (workflow.stepExecutions ?? []).map((step) => ({ image, step })))
    .find(({ step }) => step.id === stepExecutionId)
  if (!found)
    throw new SimError('ResourceNotFoundException', `The workflow step execution '${stepExecutionId}' does not exist.`)
  // "This value must match the image that owns the waiting step ... the request fails with a validation error."
  if (found.image.arn !== imageBuildVersionArn)
    throw new SimError(
      'InvalidParameterValueException',
      `The workflow step execution '${stepExecutionId}' does not belong to ${imageBuildVersionArn}.`
    )
  // "The request fails if the step has already timed out or been actioned." The error code is not documented.
  if (!isWaiting(stepView(state, found.image, found.step, elapsed)))
    throw new SimError(
      'InvalidRequestException',
      `The workflow step execution '${stepExecutionId}' is not waiting for an action.`
    )
  state.stepAnswers.push({
    stepId: found.step.id,
    imageArn: found.image.arn,
    action,
    reason: reason as string | undefined,
    clientToken,
    fingerprint,
    at: elapsed
  })
  return response
}

export const workflowStepOperations: Record<string, [string, ImageBuilderHandler]> = {
  ListWorkflowStepExecutions: ['POST', listWorkflowStepExecutions],
  ListWaitingWorkflowSteps: ['POST', listWaitingWorkflowSteps],
  SendWorkflowStepAction: ['PUT', sendWorkflowStepAction]
}
