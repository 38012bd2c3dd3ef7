/** Which AWS errors are worth another poll, and what to tell the user about the rest. */

/** Errors that another poll cannot fix: wrong permissions, wrong identifiers, a request AWS refuses. */
const PERMANENT: Record<string, string> = {
  ForbiddenException: 'check that the role has the IAM permission for this call (see the README)',
  AccessDeniedException: 'check that the role has the IAM permission for this call (see the README)',
  AccessDenied: 'check that the role has the IAM permission for this call (see the README)',
  UnrecognizedClientException: 'check the AWS credentials of the job',
  InvalidClientTokenId: 'check the AWS credentials of the job',
  ExpiredTokenException: 'the AWS credentials expired; request a longer session duration',
  ExpiredToken: 'the AWS credentials expired; request a longer session duration',
  ResourceNotFoundException: 'check the ARN and the region',
  ChangeSetNotFoundException: 'check the change set ARN and the region',
  StackNotFoundException: 'check the stack name and the region',
  InvalidRequestException: 'check the input values',
  // Image Builder's other documented client error; what GetImage answers for an unknown ARN is not documented.
  ClientException: 'check the input values',
  ValidationError: 'check the input values',
  ValidationException: 'check the input values',
  IdempotentParameterMismatchException:
    'the client token was used with other parameters: the policy changed between runs of the same job; start a new ' +
    'workflow run',
  ResourceInUseException: 'another lifecycle execution is updating this resource; run again once it has ended',
  // Raised by the action itself (aws/unreachable) for an endpoint set in the environment that nothing answers at.
  EndpointUnreachable:
    'check that variable, or unset it to call AWS; for a local run, start the simulator first: ' +
    'npm run sim -- scenarios/demo-pass.yml'
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : 'Error'
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function isPermanentAwsError(error: unknown): boolean {
  // CloudFormation answers a stale pagination token with a ValidationError: the next poll starts afresh.
  if (errorName(error) === 'ValidationError' && /token/i.test(errorMessage(error))) return false
  return errorName(error) in PERMANENT
}

const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'ForbiddenException'])

/** A refusal for want of a permission (IAM's "is not authorized to perform", or KMS's for a key). */
export function isAccessDenied(error: unknown): boolean {
  return DENIED.has(errorName(error)) || /KMS.*AccessDenied|not authorized to perform/i.test(errorName(error))
}

const NOT_FOUND = new Set(['ResourceNotFoundException', 'ChangeSetNotFoundException', 'StackNotFoundException'])

/** Not-found answers, which for a resource created moments ago may be AWS's eventual consistency. */
export function isNotFound(error: unknown): boolean {
  return (
    NOT_FOUND.has(errorName(error)) ||
    (errorName(error) === 'ValidationError' && /does not exist/.test(errorMessage(error)))
  )
}

/**
 * ListHookResults' answer for a target no hook was invoked for: 404 HookResultNotFound ("The specified target
 * doesn't have any requested Hook invocations", cloudformation model). It means "no invocations", not an error.
 */
export function isNoHookInvocations(error: unknown): boolean {
  const name = errorName(error)
  return name === 'HookResultNotFoundException' || name === 'HookResultNotFound'
}

/** `ResourceNotFoundException: The resource ... does not exist (check the ARN and the region)`. */
export function describeAwsError(error: unknown): string {
  const name = errorName(error)
  const hint = PERMANENT[name]
  const text = `${name}: ${errorMessage(error)}`
  return hint ? `${text} (${hint})` : text
}
