/**
 * Checks one simulator response, as it went over the wire, against the service model: only members the shape
 * has, enum values the model lists, the required members present, identifiers in AWS's shapes, and errors the
 * operation documents (or an API-wide common error) with their status and envelope.
 */
import type { RecordedCall } from '../../sim/server.js'
import { shapeOf, type ServiceModel } from './aws-model.js'

/**
 * Errors every operation of an API may answer without listing them: the Common Errors pages of the Image Builder
 * and CloudFormation API references (CloudFormation's throttling code is `Throttling`, and an IAM denial
 * `AccessDenied` with 403, as AWS sends them).
 */
const COMMON_ERRORS: Record<ServiceModel['protocol'], Record<string, number>> = {
  restJson1: { UnknownOperationException: 404 },
  awsQuery: { ValidationError: 400, Throttling: 400, InvalidAction: 400, ServiceUnavailable: 503, AccessDenied: 403 },
  // EC2's model lists no errors: every code is on "Error codes for the Amazon EC2 API" (common client errors
  // and the resource ones these operations answer); UnauthorizedOperation 403, DryRunOperation 412,
  // RequestLimitExceeded a server error.
  ec2: {
    UnauthorizedOperation: 403,
    DryRunOperation: 412,
    RequestLimitExceeded: 503,
    InvalidAction: 400,
    InvalidFilter: 400,
    InvalidParameterValue: 400,
    InvalidParameterCombination: 400,
    MissingParameter: 400,
    'InvalidAMIID.Malformed': 400,
    'InvalidAMIID.NotFound': 400,
    'InvalidLaunchTemplateId.Malformed': 400,
    'InvalidLaunchTemplateId.NotFound': 400,
    'InvalidLaunchTemplateId.VersionNotFound': 400,
    'InvalidLaunchTemplateName.NotFoundException': 400
  }
}

/**
 * Answers AWS gives that the model does not document, each with the evidence. GetImage and ListWorkflowExecutions
 * list no ResourceNotFoundException, yet AWS answers it for an ARN of no image (terraform-provider-aws
 * `findImageByARN` treats it as "not found").
 */
export const UNDOCUMENTED_ERRORS: Record<string, string[]> = {
  GetImage: ['ResourceNotFoundException'],
  ListWorkflowExecutions: ['ResourceNotFoundException']
}

/** Identifier members and the pattern of their shape in the model (the SDK drops patterns, so they are here). */
const ID_SHAPES: Record<string, RegExp> = {
  // imagebuilder `WorkflowExecutionId`
  workflowExecutionId: /^wf-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  // imagebuilder `LifecycleExecutionId`
  lifecycleExecutionId: /^lce-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  // cloudformation `HookInvocationId` (HookResultSummary.HookResultId)
  HookResultId: /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,
  // cloudformation `HookTypeArn`
  TypeArn: /^arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:([0-9]{12})?:type\/hook\/[A-Za-z0-9-]+\/?$/,
  // cloudformation `ChangeSetId`
  ChangeSetId: /^arn:[-a-zA-Z0-9:/]*$/
}

interface XmlElement {
  name: string
  children: XmlElement[]
  text: string
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16))
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)))
    return ENTITIES[e] ?? whole
  })
}

/** A small XML reader for awsQuery bodies: elements, text and entities (attributes are not needed). */
export function parseXml(xml: string): XmlElement {
  const tokens = xml.replace(/<\?xml[^>]*\?>/, '').match(/<[^>]+>|[^<]+/g) ?? []
  const root: XmlElement = { name: '#document', children: [], text: '' }
  const stack = [root]
  for (const token of tokens) {
    const top = stack.at(-1) as XmlElement
    if (!token.startsWith('<')) top.text += decode(token)
    else if (token.startsWith('</')) {
      if (token.slice(2, -1).trim() !== top.name) throw new Error(`XML: </${token.slice(2, -1)}> closes <${top.name}>`)
      stack.pop()
    } else {
      const element: XmlElement = {
        name: (/^<([^\s/>]+)/.exec(token) as RegExpExecArray)[1] as string,
        children: [],
        text: ''
      }
      top.children.push(element)
      if (!token.endsWith('/>')) stack.push(element)
    }
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error('XML: not one well-formed document element')
  return root.children[0] as XmlElement
}

export class WireCheck {
  readonly problems: string[] = []

  constructor(private readonly model: ServiceModel) {}

  private problem(path: string, text: string): void {
    this.problems.push(`${path}: ${text}`)
  }

  private checkEnum(structure: string, member: string, value: string, path: string): void {
    const enumeration = this.model.enumOf(structure, member)
    if (enumeration && !enumeration.values.includes(value))
      this.problem(path, `${JSON.stringify(value)} is not a ${enumeration.name} (${enumeration.values.join(', ')})`)
    const id = ID_SHAPES[member]
    if (id && !id.test(value))
      this.problem(path, `${JSON.stringify(value)} does not have the shape of ${member} (${id.source})`)
  }

  /** A restJson1 value against its shape. */
  json(value: unknown, ref: unknown, path: string, owner?: { structure: string; member: string }): void {
    const shape = shapeOf(ref, 'jsonName')
    switch (shape.kind) {
      case 'string':
        if (typeof value !== 'string') return this.problem(path, `a string expected, got ${JSON.stringify(value)}`)
        if (owner) this.checkEnum(owner.structure, owner.member, value, path)
        return
      case 'number':
        if (typeof value !== 'number') this.problem(path, `a number expected, got ${JSON.stringify(value)}`)
        return
      case 'boolean':
        if (typeof value !== 'boolean') this.problem(path, `a boolean expected, got ${JSON.stringify(value)}`)
        return
      case 'timestamp':
        // restJson1 sends timestamps in a body as epoch seconds.
        if (typeof value !== 'number') this.problem(path, `epoch seconds expected, got ${JSON.stringify(value)}`)
        return
      case 'list':
        if (!Array.isArray(value)) return this.problem(path, 'a list expected')
        value.forEach((item, i) => this.json(item, shape.item, `${path}[${i}]`, owner))
        return
      case 'map':
        if (!value || typeof value !== 'object' || Array.isArray(value)) return this.problem(path, 'a map expected')
        for (const [k, v] of Object.entries(value)) this.json(v, shape.value, `${path}.${k}`)
        return
      case 'struct': {
        if (!value || typeof value !== 'object' || Array.isArray(value))
          return this.problem(path, `a ${shape.name} structure expected`)
        const given = value as Record<string, unknown>
        for (const [key, v] of Object.entries(given)) {
          const member = shape.members.find((m) => m.wire === key)
          if (!member) this.problem(`${path}.${key}`, `not a member of ${shape.name}`)
          else if (v === null) this.problem(`${path}.${key}`, 'null is sent for no value; leave the member out')
          else this.json(v, member.ref, `${path}.${key}`, { structure: shape.name, member: member.name })
        }
        for (const member of shape.members.slice(0, shape.required))
          if (given[member.wire] === undefined)
            this.problem(`${path}.${member.wire}`, `required member of ${shape.name} missing`)
        return
      }
      default:
        this.problem(path, `cannot check ${shape.kind}`)
    }
  }

  /** An awsQuery element against its shape. */
  xml(element: XmlElement, ref: unknown, path: string, owner?: { structure: string; member: string }): void {
    const shape = shapeOf(ref, 'xmlName')
    const leaf = (test: (text: string) => boolean, what: string) => {
      if (element.children.length > 0) return this.problem(path, `${what} expected, got elements`)
      if (!test(element.text)) this.problem(path, `${what} expected, got ${JSON.stringify(element.text)}`)
    }
    switch (shape.kind) {
      case 'string':
        leaf(() => true, 'text')
        if (owner) this.checkEnum(owner.structure, owner.member, element.text, path)
        return
      case 'number':
        return leaf((t) => /^-?\d+(\.\d+)?$/.test(t), 'a number')
      case 'boolean':
        return leaf((t) => t === 'true' || t === 'false', 'true or false')
      case 'timestamp':
        // awsQuery timestamps are ISO 8601 date-times.
        return leaf((t) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(t), 'an ISO 8601 date-time')
      case 'list': {
        // awsQuery lists items as <member>, EC2's protocol as <item>.
        const item = this.model.protocol === 'ec2' ? 'item' : 'member'
        element.children.forEach((child, i) => {
          if (child.name !== item) this.problem(`${path}.${child.name}`, `list items are <${item}> elements`)
          else this.xml(child, shape.item, `${path}[${i}]`, owner)
        })
        return
      }
      case 'map':
        element.children.forEach((entry) => {
          const key = entry.children.find((c) => c.name === 'key')
          const value = entry.children.find((c) => c.name === 'value')
          if (entry.name !== 'entry' || !key || !value)
            return this.problem(`${path}.${entry.name}`, 'map entries are <entry><key/><value/></entry>')
          this.xml(value, shape.value, `${path}.${key.text}`)
        })
        return
      case 'struct': {
        const seen = new Set<string>()
        for (const child of element.children) {
          const member = shape.members.find((m) => m.wire === child.name)
          if (!member) this.problem(`${path}.${child.name}`, `not a member of ${shape.name}`)
          else if (seen.has(child.name)) this.problem(`${path}.${child.name}`, 'given twice')
          else this.xml(child, member.ref, `${path}.${child.name}`, { structure: shape.name, member: member.name })
          seen.add(child.name)
        }
        for (const member of shape.members.slice(0, shape.required))
          if (!seen.has(member.wire)) this.problem(`${path}.${member.wire}`, `required member of ${shape.name} missing`)
        return
      }
      default:
        this.problem(path, `cannot check ${shape.kind}`)
    }
  }

  /** The error code and status against what the operation documents, or a common or known undocumented error. */
  private error(operation: string, code: string, status: number, path: string): void {
    const documented = this.model.documentedErrors(operation).find((e) => e.code === code)
    const common = COMMON_ERRORS[this.model.protocol][code]
    const known = UNDOCUMENTED_ERRORS[operation]?.includes(code) ? this.model.error(code)?.status : undefined
    const expected = documented?.status ?? common ?? known
    if (expected === undefined)
      this.problem(
        path,
        `error ${code} is not documented for ${operation} (${
          this.model
            .documentedErrors(operation)
            .map((e) => e.code)
            .join(', ') || 'none'
        })`
      )
    else if (status !== expected)
      this.problem(path, `error ${code} answered with HTTP ${status}, the model says ${expected}`)
  }

  /** One recorded call: its response against the operation's output shape, or its error against the documented ones. */
  call(call: RecordedCall): void {
    const path = `${call.operation}@${call.at}ms`
    const response = call.response
    if (!response) return this.problem(path, 'no response recorded')
    if (!response.headers['x-amzn-requestid']) this.problem(path, 'no x-amzn-RequestId header')
    const { output } = this.model.operation(call.operation)
    if (this.model.protocol === 'ec2') return this.ec2(call.operation, response, output, path)
    if (this.model.protocol === 'restJson1') {
      const body = JSON.parse(response.body) as unknown
      if (response.status === 200) return this.json(body, output, path)
      const code = response.headers['x-amzn-errortype'] ?? ''
      this.error(call.operation, code, response.status, path)
      const schema = this.model.sdk[`${code}$`]
      if (schema) this.json(body, schema, `${path}.error`)
      return
    }
    const root = parseXml(response.body)
    if (response.status === 200) {
      if (root.name !== `${call.operation}Response`) return this.problem(path, `root element <${root.name}>`)
      for (const child of root.children) {
        if (child.name === `${call.operation}Result`) this.xml(child, output, path)
        else if (child.name === 'ResponseMetadata') {
          if (child.children.map((c) => c.name).join() !== 'RequestId')
            this.problem(`${path}.ResponseMetadata`, 'holds exactly a RequestId')
        } else this.problem(`${path}.${child.name}`, `not part of a ${call.operation}Response`)
      }
      return
    }
    // The Query API error response: <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>.
    const error = root.children.find((c) => c.name === 'Error')
    if (root.name !== 'ErrorResponse' || root.children.map((c) => c.name).join() !== 'Error,RequestId' || !error)
      return this.problem(
        path,
        `error envelope <${root.name}> with ${root.children.map((c) => c.name).join(', ')}: expected <ErrorResponse> with Error and RequestId`
      )
    const parts = Object.fromEntries(error.children.map((c) => [c.name, c.text]))
    if (error.children.some((c) => !['Type', 'Code', 'Message'].includes(c.name)))
      this.problem(`${path}.Error`, 'holds Type, Code and Message only')
    if (parts.Type !== (response.status >= 500 ? 'Receiver' : 'Sender'))
      this.problem(`${path}.Error.Type`, `${parts.Type} for HTTP ${response.status}`)
    this.error(call.operation, parts.Code ?? '', response.status, path)
  }

  /**
   * EC2's protocol: `<OpResponse><requestId/>members</OpResponse>` (no Result wrapper), an error
   * `<Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/></Response>`.
   */
  private ec2(operation: string, response: { status: number; body: string }, output: unknown, path: string): void {
    const root = parseXml(response.body)
    if (response.status === 200) {
      if (root.name !== `${operation}Response`) return this.problem(path, `root element <${root.name}>`)
      const requestId = root.children.filter((c) => c.name === 'requestId')
      if (requestId.length !== 1) this.problem(path, 'holds exactly one requestId')
      return this.xml({ ...root, children: root.children.filter((c) => c.name !== 'requestId') }, output, path)
    }
    const errors = root.children.find((c) => c.name === 'Errors')
    const error = errors?.children.length === 1 ? errors.children[0] : undefined
    if (root.name !== 'Response' || root.children.map((c) => c.name).join() !== 'Errors,RequestID' || !error)
      return this.problem(
        path,
        `error envelope <${root.name}>: expected <Response> with one Errors.Error and RequestID`
      )
    if (error.name !== 'Error' || error.children.some((c) => !['Code', 'Message'].includes(c.name)))
      this.problem(`${path}.Errors`, 'holds one Error of Code and Message')
    this.error(operation, error.children.find((c) => c.name === 'Code')?.text ?? '', response.status, path)
  }
}
