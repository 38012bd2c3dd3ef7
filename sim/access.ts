/**
 * IAM as the simulated caller sees it: a scenario can withhold actions (`denied`). CloudFormation answers a
 * call its caller may not make with `AccessDenied` (HTTP 403) and IAM's message "User: <arn> is not authorized
 * to perform: <action> ..." (IAM User Guide, "Troubleshoot access denied error messages").
 */
import { SimError } from './errors.js'
import type { SimState } from './state.js'

type Handler = (state: SimState, params: Record<string, string>, elapsed: number) => Record<string, unknown>

/** The role the simulated job runs as, for the messages. */
function caller(state: SimState): string {
  return `arn:aws:sts::${state.scenario.account}:assumed-role/image-gate/ci`
}

/** Refuse `action` (on `resource`, when it names one) if the scenario denies it. */
export function authorize(state: SimState, action: string, resource?: string): void {
  if (!state.scenario.denied.includes(action)) return
  const on = resource ? ` on resource: ${resource}` : ''
  throw new SimError(
    'AccessDenied',
    `User: ${caller(state)} is not authorized to perform: ${action}${on} because no identity-based policy allows the ${action} action`,
    403
  )
}

/** Every operation of `service` behind its IAM action, `<service>:<Operation>`. */
export function guarded(service: string, operations: Record<string, Handler>): Record<string, Handler> {
  return Object.fromEntries(
    Object.entries(operations).map(([name, handler]): [string, Handler] => [
      name,
      (state, params, elapsed) => {
        authorize(state, `${service}:${name}`)
        return handler(state, params, elapsed)
      }
    ])
  )
}
