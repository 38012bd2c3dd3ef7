/**
 * The `stack` and `client-request-token` inputs: stacks whose operation (a deployment) is waited on and whose
 * hooks are judged. A stack by name (DescribeStackEvents' StackName: "the name or the unique stack ID") needs the
 * job's region; a stack ID (its ARN) carries its own.
 */
import { parseStackArn, STACK_FORM } from '../core/arn.js'
import type { StackDeployment } from '../core/targets.js'
import type { Inputs } from './inputs.js'

/** Stack names: a letter, then letters, digits and hyphens, 128 at most (CloudFormation's stack name rule). */
const STACK_NAME = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/
/** Shape ClientRequestToken: 1 to 128 characters, `[a-zA-Z0-9][-a-zA-Z0-9]*`. */
const TOKEN = /^[a-zA-Z0-9][-a-zA-Z0-9]{0,127}$/

function parseToken(inputs: Inputs, stacks: number): string | undefined {
  const token = inputs.text('client-request-token')
  if (!token) return undefined
  if (stacks === 0)
    inputs.problem(
      'client-request-token',
      token,
      'it names the operation of a stack: set stack too, or remove client-request-token'
    )
  else if (!TOKEN.test(token))
    inputs.problem(
      'client-request-token',
      token,
      'a ClientRequestToken has 1 to 128 letters, digits and hyphens, starting with a letter or digit (pass ' +
        'the same token to aws cloudformation execute-change-set --client-request-token)'
    )
  else return token
  return undefined
}

/** `region` is aws-region as checked (ARNs must be in it); `jobRegion` that, or else the job's AWS_REGION. */
export function parseStackDeployments(
  inputs: Inputs,
  region: string,
  jobRegion: string | undefined
): StackDeployment[] {
  const given = inputs.list('stack')
  const token = parseToken(inputs, given.length)
  const stacks: StackDeployment[] = []
  for (const text of given) {
    const arn = text.startsWith('arn:') ? parseStackArn(text) : undefined
    let found: StackDeployment | undefined
    if (typeof arn === 'string') inputs.problem('stack', text, `a stack ID is its ARN: ${arn}`)
    else if (arn && region && arn.region !== region)
      inputs.problem(
        'stack',
        text,
        `its region ${arn.region} differs from aws-region ${region}; use a stack of ${region} or change aws-region`
      )
    else if (arn) found = { label: `stack ${arn.name}`, name: arn.name, stack: arn.arn, region: arn.region, token }
    else if (!STACK_NAME.test(text))
      inputs.problem(
        'stack',
        text,
        `use a stack name (a letter, then letters, digits and hyphens) or a stack ID (${STACK_FORM})`
      )
    else if (!jobRegion)
      inputs.problem(
        'stack',
        text,
        'set aws-region (or AWS_REGION), or give the stack ID: a name does not say its region'
      )
    else found = { label: `stack ${text}`, name: text, stack: text, region: jobRegion, token }
    if (found && !stacks.some((s) => s.stack === found.stack && s.region === found.region)) stacks.push(found)
  }
  return stacks
}
