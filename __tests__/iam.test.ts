/** Every AWS call the source makes is in the matching least-privilege IAM policy, and nothing else is. */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const SERVICE: Record<string, string> = {
  '@aws-sdk/client-imagebuilder': 'imagebuilder',
  '@aws-sdk/client-cloudformation': 'cloudformation',
  '@aws-sdk/client-ec2': 'ec2',
  '@aws-sdk/client-auto-scaling': 'autoscaling'
}

/** `imagebuilder:GetImage`, ... for every command and paginator a file imports from an AWS client. */
function callsIn(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const calls: string[] = []
  for (const m of text.matchAll(/import \{([^}]*)\} from '(@aws-sdk\/client-[a-z0-9-]+)'/g)) {
    const service = SERVICE[m[2] as string]
    for (const name of (m[1] as string).split(',').map((s) => s.trim().replace(/^type /, ''))) {
      const op = /^(\w+)Command$/.exec(name)?.[1] ?? /^paginate(\w+)$/.exec(name)?.[1]
      if (op && service) calls.push(`${service}:${op}`)
    }
  }
  return calls
}

function callsUnder(dir: string, skip: string[] = []): Set<string> {
  return new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !skip.includes(f))
      .flatMap((f) => callsIn(join(dir, f)))
  )
}

interface Statement {
  Action: string[]
  Resource: string | string[]
  Condition?: Record<string, Record<string, string>>
}

function statements(policy: string): Statement[] {
  return (JSON.parse(readFileSync(`examples/iam/${policy}.json`, 'utf8')) as { Statement: Statement[] }).Statement
}

/** The AWS calls a policy allows; iam:PassRole and kms:Decrypt are permissions other services use, not calls. */
function allowed(policy: string): Set<string> {
  return new Set(
    statements(policy)
      .flatMap((s) => s.Action)
      .filter((a) => !a.startsWith('iam:') && !a.startsWith('kms:'))
  )
}

describe('examples/iam', () => {
  const sources = callsUnder('src/sources')
  const lifecycle = callsUnder('src/lifecycle', ['cleanup.ts'])
  // Cleanup lists versions, then starts and follows updates through run.ts's execute (not its GetImage planning).
  const cleanup = new Set([
    ...callsIn('src/lifecycle/cleanup.ts'),
    ...callsIn('src/lifecycle/versions.ts'),
    ...callsIn('src/lifecycle/follow.ts'),
    // The in-use check before a state that stops launches.
    ...readdirSync('src/lifecycle')
      .filter((f) => f.startsWith('in-use'))
      .flatMap((f) => callsIn(join('src/lifecycle', f))),
    'imagebuilder:StartResourceStateUpdate'
  ])

  // Replay lists an image's builds and reads each as the image build source does.
  const replay = new Set([
    ...[...sources].filter((c) => c.startsWith('imagebuilder:')),
    ...callsIn('src/lifecycle/versions.ts')
  ])

  it('finds the calls the source makes', () => {
    expect([...sources].sort()).toEqual([
      'cloudformation:DescribeChangeSet',
      'cloudformation:DescribeEvents',
      'cloudformation:DescribeStackEvents',
      'cloudformation:GetHookResult',
      'cloudformation:ListHookResults',
      'imagebuilder:GetImage',
      'imagebuilder:ListImageBuildVersions',
      'imagebuilder:ListImageScanFindings',
      'imagebuilder:ListWaitingWorkflowSteps',
      'imagebuilder:ListWorkflowExecutions',
      'imagebuilder:ListWorkflowStepExecutions'
    ])
  })

  it.each([
    ['gate', sources],
    ['lifecycle', lifecycle],
    ['cleanup', cleanup],
    ['replay', replay]
  ])('%s.json allows exactly the calls of its mode', (name, calls) => {
    expect([...allowed(name)].sort()).toEqual([...calls].sort())
  })

  it('lets the gate decrypt hook annotations with one key, and only through CloudFormation', () => {
    const kms = statements('gate').filter((s) => s.Action.some((a) => a.startsWith('kms:')))
    expect(kms).toHaveLength(1)
    expect(kms[0]?.Action).toEqual(['kms:Decrypt'])
    expect(kms[0]?.Resource).toMatch(/^arn:aws:kms:[a-z0-9-]+:\d{12}:key\/[0-9a-f-]+$/)
    expect(kms[0]?.Condition?.StringEquals?.['kms:ViaService']).toMatch(/^cloudformation\.[a-z0-9-]+\.amazonaws\.com$/)
  })

  it('covers every call anywhere in src', () => {
    const everywhere = new Set(
      readdirSync('src', { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.ts'))
        .flatMap((f) => callsIn(join('src', f)))
    )
    const covered = new Set([...allowed('gate'), ...allowed('lifecycle'), ...allowed('cleanup')])
    expect([...everywhere].filter((c) => !covered.has(c))).toEqual([])
  })

  it.each(['gate', 'lifecycle', 'cleanup'])("the README's IAM table names every action of %s.json", (name) => {
    const row = readFileSync('README.md', 'utf8')
      .split('\n')
      .find((line) => line.startsWith(`| [\`${name}.json\`]`))
    expect(row).toBeDefined()
    // A row names an action in full or, after one of its service, by the operation alone.
    const missing = statements(name)
      .flatMap((st) => st.Action)
      .filter((action) => !row?.includes(`\`${action}\``) && !row?.includes(`\`${action.split(':')[1]}\``))
    expect(missing).toEqual([])
  })
})
