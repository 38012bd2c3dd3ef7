/**
 * What the AWS service models allow, as far as the simulator emits or accepts it. Each list names its shape in
 * AWS's service models (imagebuilder 2019-12-02, cloudformation 2010-05-15, botocore 1.43.67); scenario files
 * are checked against them, so a scenario cannot make the simulator answer what AWS never would.
 */

import { WORKFLOW_STATUSES } from '../src/core/observations.js'
import { HOOK_STATUSES } from '../src/core/targets.js'

/** `WorkflowExecutionStatus` and `HookStatus`: the action's own lists of them. */
export { HOOK_STATUSES, WORKFLOW_STATUSES }
// imagebuilder shapes
/** `ImageStatus` */
export const IMAGE_STATUSES = [
  'PENDING',
  'CREATING',
  'BUILDING',
  'TESTING',
  'DISTRIBUTING',
  'INTEGRATING',
  'AVAILABLE',
  'CANCELLED',
  'FAILED',
  'DEPRECATED',
  'DELETED',
  'DISABLED'
] as const
/** `WorkflowType` */
export const WORKFLOW_TYPES = ['BUILD', 'TEST', 'DISTRIBUTION'] as const
/** `ImageType` */
export const IMAGE_TYPES = ['AMI', 'DOCKER'] as const
/** `Platform` */
export const PLATFORMS = ['Windows', 'Linux', 'macOS'] as const
/** `Ownership` (the `owner` filter of ListImages) */
export const OWNERSHIPS = ['Self', 'Shared', 'Amazon', 'ThirdParty', 'AWSMarketplace'] as const
/** `ResourceStatus`: the states StartResourceStateUpdate can set. */
export const RESOURCE_STATES = ['AVAILABLE', 'DELETED', 'DEPRECATED', 'DISABLED'] as const
/** `LifecycleExecutionStatus`, the ends a simulated lifecycle execution can reach. */
export const LIFECYCLE_OUTCOMES = ['SUCCESS', 'FAILED', 'CANCELLED'] as const
/** `LifecyclePolicyTimeUnit` */
export const TIME_UNITS = ['DAYS', 'WEEKS', 'MONTHS', 'YEARS'] as const
/** `WorkflowExecutionId`: `^wf-<uuid>$` */
export const WORKFLOW_EXECUTION_ID = /^wf-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/
/** `ImageBuildVersionArn` */
export const IMAGE_BUILD_VERSION_ARN =
  /^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):image\/[a-z0-9-_]+\/[0-9]+\.[0-9]+\.[0-9]+\/[0-9]+$/
/** `ImageVersionArn` */
export const IMAGE_VERSION_ARN =
  /^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):image\/[a-z0-9-_]+\/[0-9]+\.[0-9]+\.[0-9]+$/
/** `WorkflowBuildVersionArn` */
export const WORKFLOW_BUILD_VERSION_ARN =
  /^arn:aws(?:-[a-z]+)*:imagebuilder:[a-z]{2,}(?:-[a-z]+)+-[0-9]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):workflow\/(build|test|distribution)\/[a-z0-9-_]+\/[0-9]+\.[0-9]+\.[0-9]+\/[0-9]+$/

// cloudformation shapes
/** `ChangeSetStatus` */
export const CHANGE_SET_STATUSES = [
  'CREATE_PENDING',
  'CREATE_IN_PROGRESS',
  'CREATE_COMPLETE',
  'DELETE_PENDING',
  'DELETE_IN_PROGRESS',
  'DELETE_COMPLETE',
  'DELETE_FAILED',
  'FAILED'
] as const
/** `HookFailureMode` */
export const HOOK_FAILURE_MODES = ['FAIL', 'WARN'] as const
/** `HookInvocationPoint` */
export const HOOK_INVOCATION_POINTS = ['PRE_PROVISION'] as const
/**
 * `ListHookResultsTargetType` lists CHANGE_SET, STACK, RESOURCE and CLOUD_CONTROL, but `ListHookResultsInput`'s
 * TargetType says "only CHANGE_SET and CLOUD_CONTROL are supported filter options".
 */
export const HOOK_TARGET_TYPES = ['CHANGE_SET', 'STACK', 'RESOURCE', 'CLOUD_CONTROL'] as const
export const HOOK_TARGET_FILTERS = ['CHANGE_SET', 'CLOUD_CONTROL'] as const
/** `HookInvocationId`: a UUID, exactly 36 characters. */
export const HOOK_INVOCATION_ID = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/
/** `HookTypeArn` */
export const HOOK_TYPE_ARN =
  /^arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:([0-9]{12})?:type\/hook\/[A-Za-z0-9-]+\/?$/
/** `HookResultId` (the shape of TargetId): a name, an ARN or a UUID. */
export const HOOK_TARGET_ID =
  /^(?:[a-zA-Z][-a-zA-Z0-9]*|arn:[-a-zA-Z0-9:/]*|[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})$/
/** `ResourceStatus` (stack events of resources) */
export const RESOURCE_STATUSES = [
  'CREATE_IN_PROGRESS',
  'CREATE_FAILED',
  'CREATE_COMPLETE',
  'DELETE_IN_PROGRESS',
  'DELETE_FAILED',
  'DELETE_COMPLETE',
  'DELETE_SKIPPED',
  'UPDATE_IN_PROGRESS',
  'UPDATE_FAILED',
  'UPDATE_COMPLETE',
  'IMPORT_FAILED',
  'IMPORT_COMPLETE',
  'IMPORT_IN_PROGRESS',
  'IMPORT_ROLLBACK_IN_PROGRESS',
  'IMPORT_ROLLBACK_FAILED',
  'IMPORT_ROLLBACK_COMPLETE',
  'EXPORT_FAILED',
  'EXPORT_COMPLETE',
  'EXPORT_IN_PROGRESS',
  'EXPORT_ROLLBACK_IN_PROGRESS',
  'EXPORT_ROLLBACK_FAILED',
  'EXPORT_ROLLBACK_COMPLETE',
  'UPDATE_ROLLBACK_IN_PROGRESS',
  'UPDATE_ROLLBACK_COMPLETE',
  'UPDATE_ROLLBACK_FAILED',
  'ROLLBACK_IN_PROGRESS',
  'ROLLBACK_COMPLETE',
  'ROLLBACK_FAILED'
] as const
/** `StackStatus` */
export const STACK_STATUSES = [
  'CREATE_IN_PROGRESS',
  'CREATE_FAILED',
  'CREATE_COMPLETE',
  'ROLLBACK_IN_PROGRESS',
  'ROLLBACK_FAILED',
  'ROLLBACK_COMPLETE',
  'DELETE_IN_PROGRESS',
  'DELETE_FAILED',
  'DELETE_COMPLETE',
  'UPDATE_IN_PROGRESS',
  'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS',
  'UPDATE_COMPLETE',
  'UPDATE_FAILED',
  'UPDATE_ROLLBACK_IN_PROGRESS',
  'UPDATE_ROLLBACK_FAILED',
  'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS',
  'UPDATE_ROLLBACK_COMPLETE',
  'REVIEW_IN_PROGRESS',
  'IMPORT_IN_PROGRESS',
  'IMPORT_COMPLETE',
  'IMPORT_ROLLBACK_IN_PROGRESS',
  'IMPORT_ROLLBACK_FAILED',
  'IMPORT_ROLLBACK_COMPLETE'
] as const
