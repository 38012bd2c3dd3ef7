/**
 * The summary's gantt: readable at every scale, judged like the tables, and closed to injection, checked with
 * Mermaid's own parser.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import mermaid from 'mermaid'
import type { HookResult, Observation, StackResource, WorkflowExecution } from '../../src/core/observations.js'
import type { TargetResult } from '../../src/core/poll.js'
import type { Severity } from '../../src/core/verdict.js'
import { evaluate } from '../../src/policy/evaluate.js'
import { DEFAULT_POLICY } from '../../src/policy/types.js'
import { axis, MAX_BARS, renderTimeline, type SeverityOf } from '../../src/report/timeline.js'

const T0 = Date.UTC(2026, 10, 23, 12)
const at = (s: number) => new Date(T0 + s * 1000).toISOString()

const target = (snapshot: Observation, outcome: TargetResult<Observation>['outcome'] = 'settled', ended = 3600) => ({
  key: snapshot.label,
  label: snapshot.label,
  outcome,
  snapshot,
  polls: 3,
  startedAt: T0,
  endedAt: T0 + ended * 1000
})

function workflow(type: string, status: string, from: number, to?: number): WorkflowExecution {
  const steps = { totalSteps: 2, succeededSteps: 2, failedSteps: 0, skippedSteps: 0 }
  return {
    id: `wf-${type}`,
    type,
    status,
    ...steps,
    startTime: at(from),
    endTime: to === undefined ? undefined : at(to)
  }
}

function build(label: string, executions: WorkflowExecution[]): Observation {
  return { kind: 'image-build', arn: 'a', region: 'us-east-1', label, executions }
}

function hook(typeName: string, failureMode: string, status: string, from: number, to: number): HookResult {
  return { id: typeName, typeName, failureMode, status, invokedAt: at(from), finishedAt: at(to) }
}

function hooks(label: string, results: HookResult[]): Observation {
  return { kind: 'hook-results', label, region: 'us-east-1', filter: {}, results }
}

function stack(label: string, resources: StackResource[]): Observation {
  return {
    kind: 'parallelcluster-stack',
    label,
    region: 'us-east-1',
    imageId: label,
    stackName: label,
    resources,
    eventCount: 1
  }
}

/** The chart for these targets, judged by the default policy as the summary does. */
function chart(results: TargetResult<Observation>[]): string {
  const worst = new Map<string, Severity>()
  for (const f of evaluate(results, DEFAULT_POLICY).findings)
    if (worst.get(`${f.target}/${f.item}`) !== 'fail') worst.set(`${f.target}/${f.item}`, f.severity)
  const severity: SeverityOf = (t, item) => worst.get(`${t}/${item}`) ?? 'pass'
  return renderTimeline(results, severity)
}

const body = (md: string) => (/^```mermaid\n([\s\S]*?)\n```$/m.exec(md)?.[1] ?? '').split('\n')
const tasks = (md: string) =>
  body(md).filter((l) => /^ {2}\S/.test(l) && !/^ {2}(section|dateFormat|axisFormat|tickInterval|todayMarker) /.test(l))

/** What Mermaid itself makes of the chart: its tasks, sections, title and directives. */
async function parsed(md: string) {
  const text = body(md).join('\n')
  await mermaid.parse(text)
  const { db } = (await mermaid.mermaidAPI.getDiagramFromText(text)) as unknown as { db: GanttDb }
  return db
}

interface GanttDb {
  getTasks(): {
    task: string
    section: string
    startTime: Date
    endTime: Date
    crit?: boolean
    done?: boolean
    active?: boolean
  }[]
  getDiagramTitle(): string
  getAccTitle(): string
  getExcludes(): string[]
  getIncludes(): string[]
  getLinks(): Map<string, string>
  getAxisFormat(): string
  getTickInterval(): string | undefined
}

describe('renderTimeline', () => {
  it('draws one section per target in the order of the tables, bars by start time, in numbers only', () => {
    const md = chart([
      target(build('web-ami 1.4.0/7', [workflow('TEST', 'FAILED', 40, 55), workflow('BUILD', 'COMPLETED', 0, 40)])),
      target(build('api-ami 2.0.0/1', [workflow('BUILD', 'COMPLETED', 5, 30)]))
    ])
    expect(body(md)).toEqual([
      '%%{init: {"gantt": {"leftPadding": 122}}}%%',
      'gantt',
      '  dateFormat x',
      '  axisFormat %H:%M:%S',
      '  tickInterval 10second',
      '  todayMarker off',
      '  section web-ami 1.4.0/7',
      `  ✓ BUILD COMPLETED :done, ${T0}, ${T0 + 40_000}`,
      `  ✗ TEST FAILED :crit, ${T0 + 40_000}, ${T0 + 55_000}`,
      '  section api-ami 2.0.0/1',
      `  ✓ BUILD COMPLETED :done, ${T0 + 5000}, ${T0 + 30_000}`
    ])
    expect(md).toContain('<small>In your time zone. ✗ failed the policy, ⚠ warned, … still running, ✓ passed.</small>')
  })

  it('draws a WARN-mode hook failure unlike a FAIL-mode one, and a running item to the end of waiting', async () => {
    const md = chart([
      target(
        hooks('change set pr-42', [
          hook('MyOrg::Security::Scan', 'FAIL', 'HOOK_COMPLETE_FAILED', 0, 20),
          hook('MyOrg::Cost::Check', 'WARN', 'HOOK_COMPLETE_FAILED', 0, 10),
          hook('MyOrg::Tags::Check', 'FAIL', 'HOOK_IN_PROGRESS', 5, 5)
        ]),
        'timeout',
        60
      )
    ])
    expect(tasks(md)).toEqual([
      `  ✗ Security.Scan :crit, ${T0}, ${T0 + 20_000}`,
      `  ⚠ Cost.Check :crit, done, ${T0}, ${T0 + 10_000}`,
      `  … Tags.Check :active, ${T0 + 5000}, ${T0 + 60_000}`
    ])
    const drawn = (await parsed(md)).getTasks()
    expect(drawn.map((t) => [Boolean(t.crit), Boolean(t.done), Boolean(t.active)])).toEqual([
      [true, false, false],
      [true, true, false],
      [false, false, true]
    ])
  })

  it('fits the axis to the span: seconds for a short run, minutes, hours, days', () => {
    expect(axis(12_000)).toEqual({ tickInterval: '2second', axisFormat: '%H:%M:%S' })
    expect(axis(4 * 60_000)).toEqual({ tickInterval: '30second', axisFormat: '%H:%M:%S' })
    expect(axis(90 * 60_000)).toEqual({ tickInterval: '15minute', axisFormat: '%H:%M' })
    expect(axis(20 * 3_600_000)).toEqual({ tickInterval: '3hour', axisFormat: '%H:%M' })
    expect(axis(5 * 86_400_000)).toEqual({ tickInterval: '1day', axisFormat: '%b %d' })
    // Never more than about eight ticks, so labels do not crowd or repeat.
    for (const span of [1000, 7000, 61_000, 3_600_000, 86_400_000, 40 * 86_400_000]) {
      const [, n, unit] = /^(\d+)(\w+)$/.exec(axis(span).tickInterval) ?? []
      const ms = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 }[unit as string]
      expect(span / (Number(n) * (ms as number))).toBeLessThanOrEqual(span > 8 * 604_800_000 ? Infinity : 8)
    }
  })

  it('bounds the chart: failing bars first, the rest of each target counted in one bar, targets beyond eight in one section', async () => {
    const many = hooks(
      'change set pr-42',
      Array.from({ length: 10_000 }, (_, i) =>
        hook(
          `MyOrg::Check::N${i}`,
          'FAIL',
          i < 60 ? 'HOOK_COMPLETE_FAILED' : 'HOOK_COMPLETE_SUCCEEDED',
          i % 600,
          600 + (i % 600)
        )
      )
    )
    const md = chart([target(many)])
    const drawn = (await parsed(md)).getTasks()
    expect(drawn.length).toBeLessThanOrEqual(MAX_BARS)
    expect(drawn.filter((t) => t.task.startsWith('✗ Check.N')).length).toBe(MAX_BARS - 1)
    expect(drawn.filter((t) => /more/.test(t.task)).map((t) => t.task.trim())).toEqual(['✗ 9971 more (31 failed)'])

    const targets = Array.from({ length: 20 }, (_, i) =>
      target(build(`img-${i} 1.0.0/1`, [workflow('BUILD', i === 13 ? 'FAILED' : 'COMPLETED', i, i + 30)]))
    )
    const sections = [...new Set((await parsed(chart(targets))).getTasks().map((t) => t.section))]
    expect(sections).toEqual([
      'img-0 1.0.0/1',
      'img-1 1.0.0/1',
      'img-2 1.0.0/1',
      'img-3 1.0.0/1',
      'img-4 1.0.0/1',
      'img-5 1.0.0/1',
      'img-13 1.0.0/1',
      '13 more targets'
    ])
  })

  it('keeps section titles short, apart and in the left margin', async () => {
    const labels = ['application-server-image-1 1.0.1/3', 'application-server-image-2 1.0.2/3', 'web', 'web']
    const md = chart(labels.map((label, i) => target(build(label, [workflow('BUILD', 'COMPLETED', i, i + 10)]))))
    const sections = [...new Set((await parsed(md)).getTasks().map((t) => t.section))]
    expect(sections).toEqual(['application-…e-1 1.0.1/3', 'application-…e-2 1.0.2/3', 'web', 'web (2)'])
    expect(body(md)[0]).toBe('%%{init: {"gantt": {"leftPadding": 180}}}%%')
  })

  it('draws stack resources by their failure and skips times that are missing or absurd', () => {
    const resources: StackResource[] = [
      {
        logicalId: 'Image',
        type: 'AWS::ImageBuilder::Image',
        status: 'DELETE_COMPLETE',
        failedStatus: 'CREATE_FAILED',
        firstAt: at(0),
        lastAt: at(30)
      },
      { logicalId: 'Role', type: 'AWS::IAM::Role', status: 'CREATE_COMPLETE', firstAt: 'yesterday', lastAt: at(30) },
      {
        logicalId: 'Far',
        type: 'AWS::IAM::Role',
        status: 'CREATE_COMPLETE',
        firstAt: '+275760-09-13T00:00:00.000Z',
        lastAt: at(30)
      }
    ]
    expect(tasks(chart([target(stack('alinux2-image', resources))]))).toEqual([
      `  ✗ Image CREATE_FAILED :crit, ${T0}, ${T0 + 30_000}`
    ])
  })
})

describe('renderTimeline against hostile names', () => {
  const hostile = fc.oneof(
    fc.constantFrom(
      'click',
      'click x call alert(1)',
      'title Pwned',
      'dateFormat YYYY',
      'excludes weekends',
      'includes 2026-01-01',
      'section evil',
      'todayMarker stroke:red',
      'accTitle: x',
      '%%{init: {"theme": "dark"}}%%',
      '2026-01-01',
      'a\n```\n<img src=x>',
      'x: crit, 1, 2',
      'a;b#c%d',
      'call f()',
      'href "javascript:alert(1)"',
      'weekday monday',
      ''
    ),
    fc.string({ maxLength: 40 })
  )

  it('cannot break, retitle or escape the chart, whatever the labels, types and statuses', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ label: hostile, type: hostile, status: hostile }), { minLength: 1, maxLength: 4 }),
        async (items) => {
          const md = chart(items.map((x, i) => target(build(x.label, [workflow(x.type, x.status, i, i + 10)]))))
          expect(md.match(/```/g)).toHaveLength(2)
          const lines = body(md)
          const db = await parsed(md)
          expect(db.getTasks()).toHaveLength(tasks(md).length)
          expect(db.getTasks()).toHaveLength(items.length)
          expect(db.getDiagramTitle()).toBe('')
          expect(db.getAccTitle()).toBe('')
          expect(db.getExcludes()).toEqual([])
          expect(db.getIncludes()).toEqual([])
          expect([...db.getLinks().keys()]).toEqual([])
          expect(db.getTickInterval()).toMatch(/^\d+(second|minute|hour|day|week)$/)
          for (const t of db.getTasks()) expect(Number.isFinite(t.startTime.getTime())).toBe(true)
          for (const line of tasks(md))
            expect(line).toMatch(/^ {2}[✗⚠…✓] [A-Za-z0-9 ._()/…-]+ :(crit|done|active|crit, done), \d+, \d+$/)
          expect(lines.filter((l) => l.startsWith('  section '))).toHaveLength(items.length)
        }
      ),
      {
        numRuns: 60,
        examples: [[[{ label: '', type: '', status: '' }]], [[{ label: 'click', type: 'title x', status: '%%' }]]]
      }
    )
  })
})
