/** An error the simulator answers with, shaped by each protocol the way AWS shapes it. */
export class SimError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number = statusFor(code)
  ) {
    super(message)
  }
}

/**
 * HTTP status per error code: the modelled errors' `httpStatusCode` (imagebuilder: CallRateLimitExceeded 429,
 * Forbidden 403, ResourceNotFound 404, Service 500, ServiceUnavailable 503; cloudformation: ChangeSetNotFound
 * and HookResultNotFound 404), the rest from the APIs' Common Errors pages. Anything else is a 400.
 */
const STATUS: Record<string, number> = {
  CallRateLimitExceededException: 429,
  TooManyRequestsException: 429,
  ForbiddenException: 403,
  AccessDeniedException: 403,
  AccessDenied: 403,
  ResourceNotFoundException: 404,
  ChangeSetNotFound: 404,
  HookResultNotFound: 404,
  StackNotFoundException: 404,
  ServiceException: 500,
  InternalFailure: 500,
  ServiceUnavailableException: 503,
  ServiceUnavailable: 503,
  // EC2: UnauthorizedOperation and DryRunOperation are client errors (400-series), RequestLimitExceeded a
  // server error (500-series), as "Error codes for the Amazon EC2 API" sorts them.
  UnauthorizedOperation: 403,
  DryRunOperation: 412,
  RequestLimitExceeded: 503
}

function statusFor(code: string): number {
  return STATUS[code] ?? 400
}
