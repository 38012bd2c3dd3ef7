/**
 * The polling benchmark's seeded scenarios: image builds whose workflows take 3 to 120 minutes with uneven
 * step durations, change sets whose hooks answer within seconds to minutes, and ParallelCluster image stacks
 * of about an hour. Each says when its last item settles.
 */
import { between, seeded } from './random.js'

export interface BenchScenario {
  name: string
  kind: 'image-build' | 'hooks' | 'stack'
  yaml: string
  inputs: Record<string, string>
  /** Offset at which the last item settles, in milliseconds. */
  settleAt: number
}

const s = (ms: number) => `${Math.round(ms)}ms`

/** Step finish times between start and end, with uneven (exponentially distributed) step durations. */
function stepTimes(random: () => number, start: number, end: number, steps: number): number[] {
  const weights = Array.from({ length: steps }, () => -Math.log(1 - random() * 0.999))
  const total = weights.reduce((a, b) => a + b, 0)
  let t = start
  return weights.map((w) => (t += ((end - start) * w) / total))
}

function imageBuild(random: () => number, i: number): BenchScenario {
  const minutes = between(random, 3, 120)
  // Split the total across BUILD, TEST and DISTRIBUTION.
  const split = [between(random, 0.3, 0.6), between(random, 0.2, 0.5)]
  const buildEnd = minutes * 60_000 * (split[0] as number)
  const testEnd = buildEnd + (minutes * 60_000 - buildEnd) * (split[1] as number) * 1.5
  const end = minutes * 60_000
  const fails = random() < 0.15
  const workflow = (type: string, start: number, stop: number, status: string) => {
    const steps = Math.floor(between(random, 3, 12))
    const times = stepTimes(random, start, stop, steps).map(s)
    return `      - { type: ${type}, steps: ${steps}, stepsAt: [${times.join(', ')}], timeline: [{ at: ${s(start)}, status: RUNNING }, { at: ${s(stop)}, status: ${status} }] }`
  }
  const lines = [
    workflow('BUILD', 0, buildEnd, 'COMPLETED'),
    workflow('TEST', buildEnd, Math.min(testEnd, end), fails ? 'FAILED' : 'COMPLETED')
  ]
  const timeline = [`{ at: 0s, status: BUILDING }`, `{ at: ${s(buildEnd)}, status: TESTING }`]
  let settleAt = Math.min(testEnd, end)
  if (fails) timeline.push(`{ at: ${s(settleAt)}, status: FAILED }`)
  else {
    // DISTRIBUTION starts a little after TEST: not listed until then.
    const distStart = settleAt + between(random, 5_000, 60_000)
    settleAt = Math.max(end, distStart + 60_000)
    lines.push(workflow('DISTRIBUTION', distStart, settleAt, 'COMPLETED'))
    timeline.push(
      `{ at: ${s(Math.min(testEnd, end))}, status: DISTRIBUTING }`,
      `{ at: ${s(settleAt)}, status: AVAILABLE }`
    )
  }
  return {
    name: `image build ${i} (${Math.round(settleAt / 60_000)} min)`,
    kind: 'image-build',
    yaml: `images:\n  - name: bench-${i}\n    version: 1.0.0/1\n    timeline: [${timeline.join(', ')}]\n    workflows:\n${lines.join('\n')}\n`,
    inputs: { 'image-build-version-arn': `arn:aws:imagebuilder:us-east-1:123456789012:image/bench-${i}/1.0.0/1` },
    settleAt
  }
}

function changeSet(random: () => number, i: number): BenchScenario {
  const arn = `arn:aws:cloudformation:us-east-1:123456789012:changeSet/bench-${i}/00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
  const hooks = Math.floor(between(random, 1, 7))
  // Hooks answer within seconds to minutes; the change set finishes creating a little after the last one.
  const scale = random() < 0.5 ? 30_000 : 300_000
  const ends: number[] = []
  const lines = Array.from({ length: hooks }, (_, k) => {
    const start = between(random, 1_000, 10_000)
    const end = start + between(random, 2_000, scale)
    ends.push(end)
    const status = random() < 0.2 ? 'HOOK_COMPLETE_FAILED' : 'HOOK_COMPLETE_SUCCEEDED'
    return `  - { typeName: "Bench::Hook::H${k}", failureMode: ${random() < 0.5 ? 'FAIL' : 'WARN'}, targetId: ${arn}, timeline: [{ at: ${s(start)}, status: HOOK_IN_PROGRESS }, { at: ${s(end)}, status: ${status} }] }`
  })
  const settleAt = Math.max(...ends) + between(random, 1_000, 5_000)
  return {
    name: `change set ${i} (${hooks} hooks, ${Math.round(settleAt / 1000)} s)`,
    kind: 'hooks',
    yaml: `changeSets:\n  - { name: bench-${i}, arn: ${arn}, stackName: s${i}, timeline: [{ at: 0s, status: CREATE_IN_PROGRESS }, { at: ${s(settleAt)}, status: CREATE_COMPLETE }] }\nhookResults:\n${lines.join('\n')}\n`,
    inputs: { 'change-set-arn': arn },
    settleAt
  }
}

function stack(random: () => number, i: number): BenchScenario {
  const name = `pcluster-image-${i}`
  const total = between(random, 45, 75) * 60_000
  const resources = [
    'InstanceRole',
    'InstanceProfile',
    'InfrastructureConfiguration',
    'ImageRecipe',
    'DistributionConfiguration',
    'ParallelClusterComponent'
  ]
  const events = [`      - { at: 0s, status: CREATE_IN_PROGRESS }`]
  let t = 0
  for (const r of resources) {
    t += between(random, 2_000, 20_000)
    events.push(
      `      - { at: ${s(t)}, logicalId: ${r}, resourceType: "AWS::Bench::${r}", status: CREATE_IN_PROGRESS }`
    )
    t += between(random, 1_000, 30_000)
    events.push(`      - { at: ${s(t)}, logicalId: ${r}, resourceType: "AWS::Bench::${r}", status: CREATE_COMPLETE }`)
  }
  // The stack's Image Builder image: the physical id of its ParallelClusterImage resource.
  const imageStart = t + 1000
  const imageEnd = total - 2000
  const split = imageStart + (imageEnd - imageStart) * between(random, 0.5, 0.8)
  const imageArn = `arn:aws:imagebuilder:us-east-1:123456789012:image/parallelclusterimage-${name}/3.2.1/1`
  events.push(
    `      - { at: ${s(imageStart)}, logicalId: ParallelClusterImage, resourceType: "AWS::ImageBuilder::Image", status: CREATE_IN_PROGRESS, physicalId: "${imageArn}" }`
  )
  events.push(
    `      - { at: ${s(imageEnd)}, logicalId: ParallelClusterImage, resourceType: "AWS::ImageBuilder::Image", status: CREATE_COMPLETE, physicalId: "${imageArn}" }`
  )
  events.push(`      - { at: ${s(total)}, status: CREATE_COMPLETE }`)
  const workflow = (type: string, from: number, to: number) => {
    const steps = Math.floor(between(random, 4, 10))
    return `      - { type: ${type}, steps: ${steps}, stepsAt: [${stepTimes(random, from, to, steps).map(s).join(', ')}], timeline: [{ at: ${s(from)}, status: RUNNING }, { at: ${s(to)}, status: COMPLETED }] }`
  }
  const image = `images:\n  - name: parallelclusterimage-${name}\n    version: 3.2.1/1\n    timeline: [{ at: ${s(imageStart)}, status: BUILDING }, { at: ${s(split)}, status: TESTING }, { at: ${s(imageEnd)}, status: AVAILABLE }]\n    workflows:\n${workflow('BUILD', imageStart, split)}\n${workflow('TEST', split, imageEnd)}\n`
  return {
    name: `ParallelCluster stack ${i} (${Math.round(total / 60_000)} min)`,
    kind: 'stack',
    yaml: `stacks:\n  - name: ${name}\n    events:\n${events.join('\n')}\n${image}`,
    inputs: { 'parallelcluster-image-id': name, 'aws-region': 'us-east-1' },
    settleAt: total
  }
}

export function benchScenarios(seed = 20261123, count = { images: 36, changeSets: 12, stacks: 2 }): BenchScenario[] {
  const random = seeded(seed)
  return [
    ...Array.from({ length: count.images }, (_, i) => imageBuild(random, i)),
    ...Array.from({ length: count.changeSets }, (_, i) => changeSet(random, i)),
    ...Array.from({ length: count.stacks }, (_, i) => stack(random, i))
  ]
}
