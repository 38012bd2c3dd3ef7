/**
 * Class 1: the gate never passes on data it has not seen or cannot trust. Each case runs the bundled action on
 * a scenario where the data is missing, truncated, repeated, conflicting, about another resource or new, and
 * states what must hold: the step does not succeed on it, and no lifecycle update is started on it.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { callsOf, errors, gateOnce, PASSING } from './bundle.js'

jest.setTimeout(60_000)

const IMAGE = (name = 'web-ami', v = '1.0.0/1') => `arn:aws:imagebuilder:us-east-1:123456789012:image/${name}/${v}`
const CS = 'arn:aws:cloudformation:us-east-1:123456789012:changeSet/pr-7/00000000-0000-4000-8000-000000000007'
const FAST = { timeout: '3s' }

function build(
  opts: { status?: string; workflows?: string[]; name?: string; version?: string; extra?: string } = {}
): string {
  const wfs = opts.workflows ?? [
    '{ type: BUILD, id: wf-00000062-0000-4000-8000-000000000000, timeline: [{ at: 0s, status: COMPLETED }] }'
  ]
  return `  - name: ${opts.name ?? 'web-ami'}
    version: ${opts.version ?? '1.0.0/1'}
    timeline: [{ at: 0s, status: ${opts.status ?? 'AVAILABLE'} }]
    workflows:
${wfs.map((w) => `      - ${w}`).join('\n')}
${opts.extra ?? ''}`
}

const images = (...builds: string[]) => `lifecycle: { duration: 1s }\nimages:\n${builds.join('\n')}`

function hooks(results: string[], changeSet = 'CREATE_COMPLETE', pageSize = 100): string {
  return `pageSize: { ListHookResults: ${pageSize} }
changeSets: [{ name: pr-7, arn: ${CS}, stackName: web, timeline: [{ at: 0s, status: ${changeSet} }] }]
hookResults:
${results.map((r) => `  - ${r}`).join('\n')}`
}

const hook = (typeName: string, status: string, extra = '') =>
  `{ typeName: "${typeName}", targetId: ${CS}${extra}, timeline: [{ at: 0s, status: ${status} }] }`

function stack(events: string[], pageSize = 100): string {
  return `pageSize: { DescribeStackEvents: ${pageSize} }
stacks:
  - name: pc-img
    events:
${events.map((e) => `      - ${e}`).join('\n')}`
}

/** A lifecycle update for every verdict: none may start on data the gate has not seen. */
const EVERY_VERDICT = `version: 1
lifecycle:
  on-pass: { state: DEPRECATED, target: this-build }
  on-warn: { state: DEPRECATED, target: this-build }
  on-fail: { state: DISABLED, target: this-build }
`

function expectNoPass(r: { code: number | null; out: Record<string, string> }) {
  expect(PASSING).not.toContain(r.out.verdict)
  expect(r.code).toBe(1)
}

describe('no policy setting turns missing data into a pass', () => {
  it.each([
    ['waiting.on-timeout: pass', 'on-timeout'],
    ['waiting.on-error: pass', 'on-error'],
    ['waiting.on-missing: pass', 'on-missing']
  ])('%s is refused before any AWS call, with the fix', async (_, key) => {
    const r = await gateOnce(
      images(
        build({
          status: 'BUILDING',
          workflows: [
            '{ type: BUILD, id: wf-00000062-0000-4000-8000-000000000000, timeline: [{ at: 0s, status: RUNNING }] }'
          ]
        })
      ),
      {
        'image-build-version-arn': IMAGE(),
        policy: `version: 1\nwaiting: { ${key}: pass }\n`,
        ...FAST
      }
    )
    expect(r.code).toBe(1)
    expect(r.calls).toHaveLength(0)
    expect(errors(r)).toMatch(new RegExp(`waiting\\.${key}`))
    expect(errors(r)).toMatch(/warn|fail/)
  })

  it('a timeout mapped to warn starts no on-warn lifecycle update on a build still BUILDING', async () => {
    const r = await gateOnce(
      images(
        build({
          status: 'BUILDING',
          workflows: [
            '{ type: BUILD, id: wf-00000062-0000-4000-8000-000000000000, timeline: [{ at: 0s, status: RUNNING }] }'
          ]
        })
      ),
      {
        'image-build-version-arn': IMAGE(),
        policy: `${EVERY_VERDICT}waiting: { on-timeout: warn }\n`,
        ...FAST
      }
    )
    expect(callsOf(r, 'StartResourceStateUpdate')).toHaveLength(0)
    expect(r.out['lifecycle-status']).toBe('none')
  })

  it('an error mapped to warn starts no lifecycle update', async () => {
    const r = await gateOnce(
      `${images(build())}\nfaults: [{ operation: GetImage, error: AccessDeniedException, times: 1000 }]`,
      {
        'image-build-version-arn': IMAGE(),
        policy: `${EVERY_VERDICT}waiting: { on-error: warn }\n`,
        ...FAST
      }
    )
    expect(callsOf(r, 'StartResourceStateUpdate')).toHaveLength(0)
    expect(r.out['lifecycle-status']).toBe('none')
  })

  it('one build timed out: no lifecycle update for the other build that passed either', async () => {
    const r = await gateOnce(
      images(
        build(),
        build({
          version: '1.0.0/2',
          status: 'BUILDING',
          workflows: [
            '{ type: BUILD, id: wf-00000063-0000-4000-8000-000000000000, timeline: [{ at: 0s, status: RUNNING }] }'
          ]
        })
      ),
      {
        'image-build-version-arn': `${IMAGE()}\n${IMAGE('web-ami', '1.0.0/2')}`,
        policy: `${EVERY_VERDICT}waiting: { on-timeout: warn }\n`,
        ...FAST
      }
    )
    expect(callsOf(r, 'StartResourceStateUpdate')).toHaveLength(0)
  })

  it('a cancelled job starts no lifecycle update, whatever the policy maps', async () => {
    const r = await gateOnce(
      images(
        build({
          status: 'BUILDING',
          workflows: [
            '{ type: BUILD, id: wf-00000062-0000-4000-8000-000000000000, timeline: [{ at: 0s, status: RUNNING }] }'
          ]
        })
      ),
      {
        'image-build-version-arn': IMAGE(),
        policy: EVERY_VERDICT,
        timeout: '1m'
      },
      { cancelWhen: (s) => s.includes('next check in') }
    )
    expect(r.out.verdict).toBe('cancelled')
    expect(callsOf(r, 'StartResourceStateUpdate')).toHaveLength(0)
  })
})

describe('listings are trusted only when complete and consistent', () => {
  const FIVE = ['BUILD', 'TEST', 'TEST', 'TEST', 'DISTRIBUTION'].map(
    (t, i) =>
      `{ type: ${t}, id: wf-0000000${i}-0000-4000-8000-000000000000, timeline: [{ at: 0s, status: ${i === 4 ? 'FAILED' : 'COMPLETED'} }] }`
  )

  it('a repeated pagination token on ListWorkflowExecutions is a truncated listing: an error, not a pass', async () => {
    const r = await gateOnce(
      `pageSize: { ListWorkflowExecutions: 2 }\n${images(build({ workflows: FIVE }))}\nfaults: [{ operation: ListWorkflowExecutions, kind: same-token, times: 1000 }]`,
      {
        'image-build-version-arn': IMAGE(),
        ...FAST
      }
    )
    expectNoPass(r)
    expect(errors(r)).toMatch(/token/i)
  })

  it('a repeated pagination token once: the next poll reads the whole listing and sees the failure', async () => {
    const r = await gateOnce(
      `pageSize: { ListWorkflowExecutions: 2 }\n${images(build({ workflows: FIVE }))}\nfaults: [{ operation: ListWorkflowExecutions, kind: same-token, times: 1 }]`,
      {
        'image-build-version-arn': IMAGE(),
        ...FAST
      }
    )
    expect(r.out.verdict).toBe('fail')
  })

  it('a repeated pagination token on ListHookResults is an error, not a pass', async () => {
    const results = [0, 1, 2, 3, 4].map((i) =>
      hook(`Org::Hook::H${i}`, i === 4 ? 'HOOK_COMPLETE_FAILED' : 'HOOK_COMPLETE_SUCCEEDED')
    )
    const r = await gateOnce(
      `${hooks(results, 'CREATE_COMPLETE', 2)}\nfaults: [{ operation: ListHookResults, kind: same-token, times: 1000 }]`,
      { 'change-set-arn': CS, ...FAST }
    )
    expectNoPass(r)
  })

  it('a repeated pagination token on DescribeEvents hides no early validation warning: an error, not a pass', async () => {
    const warning = (i: number) => `
      - at: 1s
        logicalId: Bucket${i}
        resourceType: "AWS::S3::Bucket"
        validation: { name: AWS::EarlyValidation::S3BucketEmptinessCheck, status: FAILED, failureMode: WARN, reason: not empty }`
    const r = await gateOnce(
      `pageSize: { DescribeEvents: 1 }
changeSets:
  - name: pr-7
    arn: ${CS}
    stackName: web
    timeline: [{ at: 0s, status: CREATE_IN_PROGRESS }, { at: 2s, status: CREATE_COMPLETE }]
    events:${[1, 2, 3].map(warning).join('')}
faults: [{ operation: DescribeEvents, kind: same-token, times: 1000 }]`,
      { 'change-set-arn': CS, ...FAST }
    )
    expect(r.out.verdict).not.toBe('pass')
    expect(errors(r)).toMatch(/DescribeEvents answered a pagination token/)
  })

  it('a repeated pagination token on DescribeStackEvents is an error, not a pass', async () => {
    const r = await gateOnce(
      `${stack(
        [
          '{ at: 0s, status: CREATE_IN_PROGRESS }',
          '{ at: 0s, logicalId: Role, resourceType: "AWS::IAM::Role", status: CREATE_FAILED, reason: denied }',
          ...[1, 2, 3, 4].map(
            (i) => `{ at: 0s, logicalId: R${i}, resourceType: "AWS::X::Y", status: CREATE_COMPLETE }`
          ),
          '{ at: 0s, status: CREATE_COMPLETE }'
        ],
        2
      )}\nfaults: [{ operation: DescribeStackEvents, kind: same-token, times: 1000 }]`,
      { 'parallelcluster-image-id': 'pc-img', 'aws-region': 'us-east-1', ...FAST }
    )
    expectNoPass(r)
  })

  it('a repeated pagination token while listing previous versions starts no update on a partial list', async () => {
    const old = [1, 2, 3, 4, 5]
      .map((b) => `  - { name: web-ami, version: 1.0.0/${b}, timeline: [{ at: 0s, status: AVAILABLE }] }`)
      .join('\n')
    const r = await gateOnce(
      `pageSize: { ListImageBuildVersions: 2 }\n${images(old, build({ version: '1.0.0/6' }))}\nfaults: [{ operation: ListImageBuildVersions, kind: same-token, times: 1000 }]`,
      {
        'image-build-version-arn': IMAGE('web-ami', '1.0.0/6'),
        policy: 'version: 1\nlifecycle: { on-pass: { state: DEPRECATED, target: previous-versions, keep: 1 } }\n',
        ...FAST
      }
    )
    expect(callsOf(r, 'StartResourceStateUpdate')).toHaveLength(0)
    expect(r.code).toBe(1)
  })

  it('a repeated pagination token on ListImages in cleanup mode retires nothing and fails', async () => {
    const many = Array.from(
      { length: 7 },
      (_, i) => `  - { name: app-${i}, version: 1.0.0/1, age: 90d, timeline: [{ at: 0s, status: AVAILABLE }] }`
    ).join('\n')
    const r = await gateOnce(
      `pageSize: { ListImages: 2 }\nimages:\n${many}\nfaults: [{ operation: ListImages, kind: same-token, times: 1000 }]`,
      {
        mode: 'cleanup',
        'aws-region': 'us-east-1',
        policy: 'version: 1\ncleanup: { state: DEPRECATED, keep: 0 }\n',
        'lifecycle-wait': 'false'
      }
    )
    expect(callsOf(r, 'StartResourceStateUpdate')).toHaveLength(0)
    expectNoPass(r)
  })

  it('the same workflow execution listed FAILED and then COMPLETED does not pass', async () => {
    const r = await gateOnce(
      images(
        build({
          workflows: [
            '{ type: TEST, id: wf-00000031-0000-4000-8000-000000000000, timeline: [{ at: 0s, status: FAILED }] }',
            '{ type: TEST, id: wf-00000031-0000-4000-8000-000000000000, timeline: [{ at: 0s, status: COMPLETED }] }'
          ]
        })
      ),
      { 'image-build-version-arn': IMAGE(), ...FAST }
    )
    expectNoPass(r)
  })

  it('the same hook result listed FAILED and then SUCCEEDED does not pass', async () => {
    const r = await gateOnce(
      hooks([
        hook('Org::Sec::Scan', 'HOOK_COMPLETE_FAILED', ', id: 00000001-0000-4000-8000-000000000001'),
        hook('Org::Sec::Scan', 'HOOK_COMPLETE_SUCCEEDED', ', id: 00000001-0000-4000-8000-000000000001')
      ]),
      { 'change-set-arn': CS, ...FAST }
    )
    expectNoPass(r)
  })

  it('workflow executions without an id do not collapse into one', async () => {
    const r = await gateOnce(
      images(
        build({
          workflows: [
            '{ type: TEST, listedWithoutId: true, timeline: [{ at: 0s, status: FAILED }] }',
            '{ type: DISTRIBUTION, listedWithoutId: true, timeline: [{ at: 0s, status: COMPLETED }] }'
          ]
        })
      ),
      { 'image-build-version-arn': IMAGE(), ...FAST }
    )
    expectNoPass(r)
  })

  it('hook results without an id do not collapse into one', async () => {
    const r = await gateOnce(
      hooks([
        hook('Org::Sec::Scan', 'HOOK_COMPLETE_FAILED', ', listedWithoutId: true'),
        hook('Org::Sec::Scan', 'HOOK_COMPLETE_SUCCEEDED', ', listedWithoutId: true')
      ]),
      { 'change-set-arn': CS, ...FAST }
    )
    expectNoPass(r)
  })
})

describe('a status the gate has never seen never counts as finished and fine', () => {
  it.each([
    [
      'hook result',
      () => hooks([hook('Org::Sec::Scan', '{ future: HOOK_AWAITING_APPROVAL }')]),
      { 'change-set-arn': CS }
    ],
    [
      'change set',
      () => hooks([hook('Org::Sec::Scan', 'HOOK_COMPLETE_SUCCEEDED')], '{ future: CREATE_QUEUED }'),
      { 'change-set-arn': CS }
    ],
    [
      'workflow',
      () =>
        images(
          build({
            workflows: [
              '{ type: TEST, id: wf-00000031-0000-4000-8000-000000000000, timeline: [{ at: 0s, status: { future: PAUSED } }] }'
            ]
          })
        ),
      { 'image-build-version-arn': IMAGE() }
    ],
    ['image', () => images(build({ status: '{ future: ARCHIVED }' })), { 'image-build-version-arn': IMAGE() }],
    [
      'stack',
      () => stack(['{ at: 0s, status: CREATE_IN_PROGRESS }', '{ at: 0s, status: { future: SNAPSHOT_COMPLETE } }']),
      { 'parallelcluster-image-id': 'pc-img', 'aws-region': 'us-east-1' }
    ]
  ])('an unknown %s status does not pass', async (_, scenario, inputs) => {
    const r = await gateOnce(scenario(), { ...inputs, ...FAST })
    expectNoPass(r)
  })

  it('an unknown lifecycle execution status is not reported as success', async () => {
    const old = `  - { name: web-ami, version: 1.0.0/1, timeline: [{ at: 0s, status: AVAILABLE }] }`
    const r = await gateOnce(
      `${images(old, build({ version: '1.0.0/2' }))}\nlifecycle: { duration: 0s, outcome: { future: ROLLED_OVER } }`.replace(
        'lifecycle: { duration: 1s }\n',
        ''
      ),
      {
        'image-build-version-arn': IMAGE('web-ami', '1.0.0/2'),
        policy: 'version: 1\nlifecycle: { on-pass: { state: DEPRECATED, target: previous-versions } }\n',
        'lifecycle-timeout': '2s'
      }
    )
    expect(r.out['lifecycle-status']).not.toBe('success')
    expect(r.code).toBe(1)
  })
})

describe('required means it ran', () => {
  it('a SKIPPED required workflow does not satisfy workflows.required', async () => {
    const r = await gateOnce(
      images(
        build({
          workflows: [
            '{ type: BUILD, id: wf-00000062-0000-4000-8000-000000000000, timeline: [{ at: 0s, status: COMPLETED }] }',
            '{ type: TEST, id: wf-00000074-0000-4000-8000-000000000000, timeline: [{ at: 0s, status: SKIPPED }] }'
          ]
        })
      ),
      {
        'image-build-version-arn': IMAGE(),
        policy: 'version: 1\nworkflows: { required: [TEST] }\n'
      }
    )
    expectNoPass(r)
    expect(r.summary).toMatch(/TEST/)
  })

  it('a required hook that itself failed (HOOK_FAILED) has not run its check', async () => {
    const r = await gateOnce(hooks([hook('Org::Sec::Scan', 'HOOK_FAILED')]), {
      'change-set-arn': CS,
      policy: 'version: 1\nhooks: { required: ["Org::Sec::*"], hook-failed: warn }\n'
    })
    expectNoPass(r)
  })
})

describe('results for another target never count', () => {
  it('a hook result naming another target does not satisfy hooks.required', async () => {
    const r = await gateOnce(
      `${hooks([hook('Org::Sec::Scan', 'HOOK_COMPLETE_SUCCEEDED')])}\nfaults: [{ operation: ListHookResults, kind: foreign-target, times: 1000 }]`,
      {
        'change-set-arn': CS,
        policy: 'version: 1\nhooks: { required: ["Org::Sec::*"] }\n',
        ...FAST
      }
    )
    expectNoPass(r)
  })

  it('an image answer about another build is not this build', async () => {
    const r = await gateOnce(
      `${images(build())}\nfaults: [{ operation: GetImage, kind: foreign-target, times: 1000 }]`,
      { 'image-build-version-arn': IMAGE(), ...FAST }
    )
    expectNoPass(r)
  })

  it('workflow executions listed for another build are not this build', async () => {
    const r = await gateOnce(
      `${images(build())}\nfaults: [{ operation: ListWorkflowExecutions, kind: foreign-target, times: 1000 }]`,
      { 'image-build-version-arn': IMAGE(), ...FAST }
    )
    expectNoPass(r)
  })

  it('stack events of another stack are not this stack', async () => {
    const r = await gateOnce(
      `${stack(['{ at: 0s, status: CREATE_IN_PROGRESS }', '{ at: 0s, status: CREATE_COMPLETE }'])}\nfaults: [{ operation: DescribeStackEvents, kind: foreign-target, times: 1000 }]`,
      {
        'parallelcluster-image-id': 'pc-img',
        'aws-region': 'us-east-1',
        ...FAST
      }
    )
    expectNoPass(r)
  })
})

describe('stack events', () => {
  const START = '{ at: 0s, status: CREATE_IN_PROGRESS }'
  const image = (status: string, hookFields = '') =>
    `{ at: 0s, logicalId: Image, resourceType: "AWS::ImageBuilder::Image", status: ${status}${hookFields} }`

  it('a WARN-mode hook failure reported in the events warns', async () => {
    const r = await gateOnce(
      stack([
        START,
        image(
          'CREATE_IN_PROGRESS',
          ', hook: { type: "Org::Sec::Scan", status: HOOK_COMPLETE_FAILED, failureMode: WARN, reason: "unencrypted volume" }'
        ),
        image('CREATE_COMPLETE'),
        '{ at: 0s, status: CREATE_COMPLETE }'
      ]),
      { 'parallelcluster-image-id': 'pc-img', 'aws-region': 'us-east-1' }
    )
    expect(r.out.verdict).toBe('warn')
    expect(r.summary).toContain('unencrypted volume')
  })

  it('a FAIL-mode hook failure reported in the events fails', async () => {
    const r = await gateOnce(
      stack([
        START,
        image(
          'CREATE_IN_PROGRESS',
          ', hook: { type: "Org::Sec::Scan", status: HOOK_COMPLETE_FAILED, failureMode: FAIL }'
        ),
        image('CREATE_COMPLETE'),
        '{ at: 0s, status: CREATE_COMPLETE }'
      ]),
      { 'parallelcluster-image-id': 'pc-img', 'aws-region': 'us-east-1' }
    )
    expect(r.out.verdict).toBe('fail')
  })

  it('a stack deleted before its image was made is not a success', async () => {
    const r = await gateOnce(
      stack([
        START,
        image('CREATE_IN_PROGRESS'),
        '{ at: 0s, status: DELETE_IN_PROGRESS, reason: "User Initiated" }',
        image('DELETE_COMPLETE'),
        '{ at: 0s, status: DELETE_COMPLETE }'
      ]),
      { 'parallelcluster-image-id': 'pc-img', 'aws-region': 'us-east-1', ...FAST }
    )
    expectNoPass(r)
  })
})
