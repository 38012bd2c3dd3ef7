/**
 * The fault matrix: every fault the simulator injects, against every operation of every source and of the
 * lifecycle calls. Each case states its expected behaviour, and every case asserts the invariants: never a
 * pass built on missing data, the summary still written, no unhandled rejection, no lifecycle call repeated
 * with another client token, no resource updated twice.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { actionSuite } from './helpers.js'

interface Source {
  name: string
  scenario: string
  inputs: Record<string, string>
  operations: {
    name: string
    service: 'imagebuilder' | 'cloudformation'
    paginated: boolean
    notFound: string
    notFoundMessage?: string
  }[]
  /** The verdict without faults. */
  verdict: string
}

const IMAGE = 'arn:aws:imagebuilder:us-east-1:123456789012:image/web-ami/1.0.0/9'
const CS = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/pr-1/00000000-0000-4000-8000-000000000001'

const SOURCES: Source[] = [
  {
    name: 'workflow executions',
    scenario: `pageSize: { ListWorkflowExecutions: 2 }
images:
  - name: web-ami
    version: 1.0.0/9
    timeline: [{ at: 0s, status: BUILDING }, { at: 4m, status: AVAILABLE }]
    workflows:
${['BUILD', 'TEST', 'TEST', 'DISTRIBUTION'].map((t, i) => `      - { type: ${t}, steps: 3, timeline: [{ at: 0s, status: RUNNING }, { at: ${i + 1}m, status: COMPLETED }] }`).join('\n')}`,
    inputs: { 'image-build-version-arn': IMAGE },
    operations: [
      { name: 'GetImage', service: 'imagebuilder', paginated: false, notFound: 'ResourceNotFoundException' },
      {
        name: 'ListWorkflowExecutions',
        service: 'imagebuilder',
        paginated: true,
        notFound: 'ResourceNotFoundException'
      }
    ],
    verdict: 'pass'
  },
  {
    name: 'hook results',
    scenario: `pageSize: { ListHookResults: 2 }
changeSets: [{ name: pr-1, arn: ${CS}, stackName: web, timeline: [{ at: 0s, status: CREATE_IN_PROGRESS }, { at: 2m, status: CREATE_COMPLETE }] }]
hookResults:
${[0, 1, 2, 3, 4].map((i) => `  - { typeName: "Org::Hook::H${i}", failureMode: FAIL, targetId: ${CS}, timeline: [{ at: 0s, status: HOOK_IN_PROGRESS }, { at: ${i + 1}0s, status: ${i === 2 ? 'HOOK_COMPLETE_FAILED' : 'HOOK_COMPLETE_SUCCEEDED'} }] }`).join('\n')}`,
    inputs: { 'change-set-arn': CS },
    operations: [
      { name: 'DescribeChangeSet', service: 'cloudformation', paginated: false, notFound: 'ChangeSetNotFound' },
      { name: 'ListHookResults', service: 'cloudformation', paginated: true, notFound: 'ChangeSetNotFound' }
    ],
    verdict: 'fail'
  },
  {
    name: 'stack events',
    scenario: `pageSize: { DescribeStackEvents: 3 }
stacks:
  - name: pc-image
    events:
      - { at: 0s, status: CREATE_IN_PROGRESS }
${[0, 1, 2, 3, 4].map((i) => `      - { at: ${i * 20 + 10}s, logicalId: R${i}, resourceType: "AWS::X::Y", status: CREATE_COMPLETE }`).join('\n')}
      - { at: 3m, status: CREATE_COMPLETE }`,
    inputs: { 'parallelcluster-image-id': 'pc-image', 'aws-region': 'us-east-1' },
    operations: [
      {
        name: 'DescribeStackEvents',
        service: 'cloudformation',
        paginated: true,
        notFound: 'ValidationError',
        notFoundMessage: 'Stack with id pc-image does not exist'
      }
    ],
    verdict: 'pass'
  }
]

interface Fault {
  name: string
  /** The fault entry, for one operation. */
  spec(op: Source['operations'][number]): string
  /** What should happen: the fault-free verdict, or an error verdict. */
  expect: 'recovered' | 'error'
  only?: (op: Source['operations'][number]) => boolean
}

const code = (ib: string, cfn: string) => (op: Source['operations'][number]) =>
  op.service === 'imagebuilder' ? ib : cfn

export const FAULTS: Fault[] = [
  {
    name: 'throttling burst',
    spec: (op) => `{ error: ${code('CallRateLimitExceededException', 'Throttling')(op)}, times: 3 }`,
    expect: 'recovered'
  },
  { name: 'ThrottlingException burst', spec: () => `{ error: ThrottlingException, times: 2 }`, expect: 'recovered' },
  {
    name: '500',
    spec: (op) => `{ error: ${code('ServiceException', 'InternalFailure')(op)}, times: 2 }`,
    expect: 'recovered'
  },
  {
    name: '503',
    spec: (op) => `{ error: ${code('ServiceUnavailableException', 'ServiceUnavailable')(op)}, times: 2 }`,
    expect: 'recovered'
  },
  { name: 'connection reset before the answer', spec: () => `{ kind: reset, times: 2 }`, expect: 'recovered' },
  { name: 'connection reset mid-body', spec: () => `{ kind: reset-mid-body, times: 2 }`, expect: 'recovered' },
  { name: 'truncated (malformed) body', spec: () => `{ kind: malformed, times: 2 }`, expect: 'recovered' },
  {
    name: 'latency beyond the socket timeout',
    spec: () => `{ kind: slow, delay: 400ms, times: 1 }`,
    expect: 'recovered'
  },
  {
    name: 'invalid pagination token mid-pagination',
    spec: (op) =>
      `{ error: ${code('InvalidPaginationTokenException', 'ValidationError')(op)}, message: "The pagination token ` +
      `is not valid.", times: 1, after: 1 }`,
    expect: 'recovered',
    only: (op) => op.paginated
  },
  {
    name: 'item repeated across pages',
    spec: () => `{ kind: duplicate-item, times: 3, after: 1 }`,
    expect: 'recovered',
    only: (op) => op.paginated
  },
  {
    name: 'item missing from one poll',
    spec: () => `{ kind: vanish, times: 1, after: 1 }`,
    expect: 'recovered',
    only: (op) => op.paginated
  },
  {
    name: 'not found for the first polls (eventual consistency)',
    spec: (op) =>
      `{ error: ${op.notFound}, ${op.notFoundMessage ? `message: "${op.notFoundMessage}", ` : ''}times: 2 }`,
    expect: 'recovered'
  },
  {
    name: 'access denied',
    spec: (op) => `{ error: ${code('AccessDeniedException', 'AccessDenied')(op)}, times: 1000 }`,
    expect: 'error'
  }
]

const suite = actionSuite({ 'aws-request-timeout': '150ms', timeout: '1h' })
const gate = (scenario: string, values: Record<string, string>) => suite.run(scenario, values)
const rejections: unknown[] = []
const onRejection = (reason: unknown) => rejections.push(reason)

beforeAll(() => {
  process.on('unhandledRejection', onRejection)
})
afterAll(() => {
  process.off('unhandledRejection', onRejection)
})

describe.each(SOURCES)('$name', (source) => {
  it('has the expected verdict without faults', async () => {
    expect((await gate(source.scenario, source.inputs)).verdict).toBe(source.verdict)
  })

  const cases = source.operations.flatMap((op) =>
    FAULTS.filter((f) => !f.only || f.only(op)).map((fault) => ({ op, fault }))
  )
  // After a throttling burst, the SDK's adaptive rate limiter paces the client in wall-clock time (from 0.5
  // requests a second): such a case takes seconds of real time whatever the virtual clock does.
  it.each(cases.map((c) => [`${c.fault.name} on ${c.op.name}`, c] as const))(
    '%s',
    async (_, { op, fault }) => {
      const r = await gate(
        `${source.scenario}\nfaults: [${fault.spec(op).replace('{', `{ operation: ${op.name},`)}]`,
        source.inputs
      )
      expect(r.sim.calls.some((c) => c.operation === op.name && c.error)).toBe(true)
      if (fault.expect === 'recovered') expect(r.verdict).toBe(source.verdict)
      else {
        expect(r.verdict).toBe('error')
        expect(r.md).toContain('check that the role has the IAM permission')
      }
      // Invariants.
      if (r.verdict === 'pass') expect(source.verdict).toBe('pass')
      expect(r.md).toMatch(/^## .* image-gate: /)
      expect(r.out.verdict).toBe(r.verdict)
      expect(rejections).toEqual([])
    },
    30_000
  )
})

describe('lifecycle calls', () => {
  const versions = ['1.0.0/1', '1.0.0/2', '1.0.0/3', '1.0.0/4']
  const scenario = `pageSize: { ListImageBuildVersions: 2, ListLifecycleExecutions: 1 }
lifecycle: { duration: 1m, outcome: SUCCESS }
images:
${versions.map((v) => `  - { name: web-ami, version: ${v}, timeline: [{ at: 0s, status: AVAILABLE }] }`).join('\n')}
  - name: web-ami
    version: 1.0.0/9
    timeline: [{ at: 0s, status: TESTING }, { at: 2m, status: AVAILABLE }]
    workflows: [{ type: TEST, timeline: [{ at: 0s, status: RUNNING }, { at: 2m, status: COMPLETED }] }]`
  const values = { 'image-build-version-arn': IMAGE, lifecycle: 'deprecate-previous', 'lifecycle-concurrency': '2' }
  const ops = [
    {
      name: 'StartResourceStateUpdate',
      service: 'imagebuilder' as const,
      paginated: false,
      notFound: 'ResourceNotFoundException'
    },
    {
      name: 'ListLifecycleExecutions',
      service: 'imagebuilder' as const,
      paginated: true,
      notFound: 'ResourceNotFoundException'
    }
  ]
  const recoverable = FAULTS.filter((f) => f.expect === 'recovered' && !f.name.startsWith('not found'))
  const cases = ops.flatMap((op) => recoverable.filter((f) => !f.only || f.only(op)).map((fault) => ({ op, fault })))

  beforeEach(() => {
    process.env.GITHUB_RUN_ID = '31337'
  })
  afterEach(() => {
    delete process.env.GITHUB_RUN_ID
  })

  // After a throttling burst, the SDK's adaptive rate limiter paces the client in wall-clock time (from 0.5
  // requests a second): such a case takes seconds of real time whatever the virtual clock does.
  it.each(cases.map((c) => [`${c.fault.name} on ${c.op.name}`, c] as const))('%s', async (_, { op, fault }) => {
    const r = await gate(`${scenario}\nfaults: [${fault.spec(op).replace('{', `{ operation: ${op.name},`)}]`, values)
    expect(r.verdict).toBe('pass')
    const starts = r.sim.calls.filter((c) => c.operation === 'StartResourceStateUpdate')
    const tokens = new Map<string, Set<unknown>>()
    for (const c of starts)
      tokens.set(
        String(c.params.resourceArn),
        (tokens.get(String(c.params.resourceArn)) ?? new Set()).add(c.params.clientToken)
      )
    // Deprecate the three older builds, keeping the newest previous one.
    expect(tokens.size).toBe(3)
    for (const set of tokens.values()) expect(set.size).toBe(1)
    const runs = r.sim.state.lifecycleRuns
    expect(new Set(runs.map((x) => x.resourceArn)).size).toBe(runs.length)
    expect(r.out['lifecycle-status']).toBe('success')
    expect(rejections).toEqual([])
  })

  it('reports a lifecycle call refused for good, and still follows the others', async () => {
    const r = await gate(
      `${scenario}\nfaults: [{ operation: StartResourceStateUpdate, error: AccessDeniedException, times: 1 }]`,
      { ...values, 'lifecycle-concurrency': '1' }
    )
    expect(r.out['lifecycle-status']).toBe('failed')
    expect(r.sim.state.lifecycleRuns).toHaveLength(2)
    expect(r.md).toContain('AccessDeniedException')
  })
})
