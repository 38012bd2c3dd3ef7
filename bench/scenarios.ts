/**
 * The polling benchmark's seeded scenarios, drawn from recipes (bench/recipes.ts): image builds that follow
 * previous builds of the same recipe, change sets whose hooks report within seconds, and ParallelCluster image
 * stacks. A failing build fails partway through its failing step; its workflow rolls back, then the workflow
 * and the image end FAILED.
 * Each scenario says when the gate starts and when its target's verdict can first be known.
 */
import {
  CHANGE_SET_FINISH,
  CHANGE_SET_RECIPES,
  CLUSTER_IMAGE_RECIPES,
  CLUSTER_STACK_LAGS,
  CLUSTER_STACK_RESOURCES,
  FAILING_ACTIONS,
  IMAGE_RECIPES,
  LAGS,
  type ChangeSetRecipe,
  type ClusterImageRecipe,
  type ImageRecipe
} from './recipes.js'
import { around, between, pick, seeded } from './random.js'

export type Kind = 'image-build' | 'hooks' | 'stack'

export interface BenchScenario {
  name: string
  kind: Kind
  recipe: string
  /** The simulator's scenario document (see sim/scenario.ts). */
  doc: Record<string, unknown>
  inputs: Record<string, string>
  /** Offset at which the gate (or a baseline) starts waiting, in milliseconds. */
  startAt: number
  /** Offset from which the target's verdict can be known: its last item has settled. */
  settleAt: number
  failed: boolean
  /** Earlier builds of the same recipe in the account. */
  previousBuilds: number
}

const ms = (t: number) => `${Math.round(t)}ms`
const lag = (random: () => number, [median, sigma]: readonly [number, number]) => around(random, median, sigma)

interface DrawnWorkflow {
  type: string
  steps: number
  /** End of each step that succeeded. */
  stepEnds: number[]
  /** Each step that ran, named as its recipe names it: its start, and its end (a failing step's failure). */
  ran: { name: string; action: string; start?: number; end?: number; failed?: boolean }[]
  start: number
  end: number
  /** When its failing step failed: the rollback runs from then until `end`. */
  failedAt?: number
}

interface DrawnBuild {
  start: number
  /** When the image reaches its terminal state. */
  end: number
  failed: boolean
  workflows: DrawnWorkflow[]
  failingStep?: string
}

/** One build of `recipe` starting at `start`: each step's duration drawn around the recipe's. */
function drawBuild(random: () => number, recipe: ImageRecipe, start: number, fails: boolean): DrawnBuild {
  const candidates = recipe.workflows.flatMap((w) => w.steps.filter((st) => FAILING_ACTIONS[st.action]))
  const failing = fails ? pick(random, candidates, (st) => FAILING_ACTIONS[st.action] ?? 0) : undefined
  const workflows: DrawnWorkflow[] = []
  let t = start
  for (const workflow of recipe.workflows) {
    t += lag(random, LAGS.workflowStart)
    const drawn: DrawnWorkflow = {
      type: workflow.type,
      steps: workflow.steps.length,
      stepEnds: [],
      ran: [],
      start: t,
      end: t
    }
    workflows.push(drawn)
    for (const st of workflow.steps) {
      const duration = around(random, st.median, st.sigma)
      if (st === failing) {
        // It fails partway through; the workflow rolls back (terminating its instance), then ends FAILED.
        drawn.failedAt = t + duration * between(random, 0.05, 1)
        drawn.ran.push({ name: st.name, action: st.action, start: t, end: drawn.failedAt, failed: true })
        t = drawn.failedAt + lag(random, LAGS.rollback)
        break
      }
      drawn.ran.push({ name: st.name, action: st.action, start: t, end: t + duration })
      t += duration
      drawn.stepEnds.push(t)
    }
    drawn.end = t
    // The steps after a failed one never start: listed, pending.
    for (const st of workflow.steps.slice(drawn.ran.length)) drawn.ran.push({ name: st.name, action: st.action })
    if (drawn.failedAt !== undefined)
      return { start, end: t, failed: true, workflows, failingStep: `${workflow.type} ${failing?.name}` }
  }
  return { start, end: t + lag(random, LAGS.imageAfterWorkflows), failed: false, workflows }
}

/** A workflow's states; a failed one rolls back first (ROLLBACK_IN_PROGRESS, in Image Builder's API model). */
function workflowTimeline(w: DrawnWorkflow, failingStep?: string): Record<string, unknown>[] {
  if (w.failedAt === undefined)
    return [
      { at: ms(w.start), status: 'RUNNING' },
      { at: ms(w.end), status: 'COMPLETED' }
    ]
  const counts = { succeeded: w.stepEnds.length, failed: 1, skipped: 0 }
  return [
    { at: ms(w.start), status: 'RUNNING' },
    { at: ms(w.failedAt), status: 'ROLLBACK_IN_PROGRESS', ...counts },
    { at: ms(w.end), status: 'FAILED', ...counts, message: `Step ${failingStep} failed.` }
  ]
}

/** The simulator's image entry for a drawn build. */
function imageDoc(name: string, version: string, build: DrawnBuild): Record<string, unknown> {
  const statusOf: Record<string, string> = { BUILD: 'BUILDING', TEST: 'TESTING', DISTRIBUTION: 'DISTRIBUTING' }
  const timeline = [
    { at: ms(build.start), status: 'PENDING' },
    ...build.workflows.map((w) => ({ at: ms(w.start), status: statusOf[w.type] })),
    {
      at: ms(build.end),
      status: build.failed ? 'FAILED' : 'AVAILABLE',
      reason: build.failingStep && `Workflow step ${build.failingStep} failed.`
    }
  ]
  // Named steps, so ListWorkflowStepExecutions answers each one's start and end; steps not reached stay pending.
  const workflows = build.workflows.map((w) => ({
    type: w.type,
    steps: w.ran.map((st) => ({
      name: st.name,
      action: st.action,
      ...(st.start === undefined ? {} : { at: ms(st.start) }),
      ...(st.end === undefined ? {} : { end: ms(st.end) }),
      ...(st.failed ? { status: 'FAILED', message: 'Step failed.' } : {})
    })),
    timeline: workflowTimeline(w, build.failingStep)
  }))
  return { name, version, timeline, workflows }
}

function imageBuildScenario(random: () => number, recipe: ImageRecipe, i: number): BenchScenario {
  // Earlier builds of the same recipe, a few hours apart: what a build's history looks like to the gate.
  const previousBuilds = 2 + Math.floor(random() * 3)
  const images: Record<string, unknown>[] = []
  let t = 0
  for (let n = 1; n <= previousBuilds; n++) {
    const build = drawBuild(random, recipe, t, random() < recipe.failureRate)
    images.push(imageDoc(recipe.name, `1.0.0/${n}`, build))
    t = build.end + around(random, 6 * 3_600_000, 0.5)
  }
  const version = `1.0.0/${previousBuilds + 1}`
  const build = drawBuild(random, recipe, t, random() < recipe.failureRate)
  images.push(imageDoc(recipe.name, version, build))
  const minutes = Math.round((build.end - build.start) / 60_000)
  return {
    name: `image build ${i}: ${recipe.name} ${version}, ${minutes} min${build.failed ? `, fails in ${build.failingStep}` : ''}`,
    kind: 'image-build',
    recipe: recipe.name,
    doc: { images },
    inputs: {
      'image-build-version-arn': `arn:aws:imagebuilder:us-east-1:123456789012:image/${recipe.name}/${version}`
    },
    startAt: Math.round(build.start),
    settleAt: Math.round(build.end),
    failed: build.failed,
    previousBuilds
  }
}

function changeSetScenario(random: () => number, recipe: ChangeSetRecipe, i: number): BenchScenario {
  const arn = `arn:aws:cloudformation:us-east-1:123456789012:changeSet/${recipe.name}-${i}/00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
  const invoked = lag(random, recipe.prepare)
  const failures: string[] = []
  const hookResults = recipe.hooks.map((hook) => {
    const start = invoked + between(random, 0, 500)
    const end = start + around(random, hook.median, hook.sigma)
    const fails = random() < hook.failureRate
    if (fails && hook.failureMode === 'FAIL') failures.push(hook.typeName)
    return {
      typeName: hook.typeName,
      failureMode: hook.failureMode,
      targetId: arn,
      timeline: [
        { at: ms(start), status: 'HOOK_IN_PROGRESS' },
        {
          at: ms(end),
          status: fails ? 'HOOK_COMPLETE_FAILED' : 'HOOK_COMPLETE_SUCCEEDED',
          reason: fails ? 'Rule violated.' : 'Passed.'
        }
      ],
      end
    }
  })
  const settleAt = Math.max(...hookResults.map((h) => h.end)) + lag(random, CHANGE_SET_FINISH)
  const failed = failures.length > 0
  const end = failed
    ? { at: ms(settleAt), status: 'FAILED', reason: `The following hook(s) failed: [${failures.join(', ')}]` }
    : { at: ms(settleAt), status: 'CREATE_COMPLETE' }
  const changeSet = {
    name: `${recipe.name}-${i}`,
    arn,
    stackName: recipe.name,
    timeline: [
      { at: '0ms', status: 'CREATE_PENDING' },
      { at: ms(between(random, 300, 1500)), status: 'CREATE_IN_PROGRESS' },
      end
    ]
  }
  return {
    name: `change set ${i}: ${recipe.name}, ${recipe.hooks.length} hook(s), ${(settleAt / 1000).toFixed(1)} s${failed ? ', a hook fails it' : ''}`,
    kind: 'hooks',
    recipe: recipe.name,
    doc: { changeSets: [changeSet], hookResults: hookResults.map(({ end: _end, ...h }) => h) },
    inputs: { 'change-set-arn': arn },
    startAt: 0,
    settleAt: Math.round(settleAt),
    failed,
    previousBuilds: 0
  }
}

function stackScenario(random: () => number, recipe: ClusterImageRecipe, i: number): BenchScenario {
  const name = `${recipe.name}-${i}`
  const events: Record<string, unknown>[] = [{ at: '0ms', status: 'CREATE_IN_PROGRESS' }]
  let t = 0
  for (const [logicalId, resourceType, median] of CLUSTER_STACK_RESOURCES) {
    events.push({ at: ms((t += around(random, 1_000, 0.5))), logicalId, resourceType, status: 'CREATE_IN_PROGRESS' })
    events.push({ at: ms((t += around(random, median, 0.3))), logicalId, resourceType, status: 'CREATE_COMPLETE' })
  }
  const imageName = `parallelclusterimage-${name}`
  const imageArn = `arn:aws:imagebuilder:us-east-1:123456789012:image/${imageName}/3.14.0/1`
  const build = drawBuild(random, recipe.image, t + around(random, 2_000, 0.3), random() < recipe.image.failureRate)
  const image = { logicalId: 'ParallelClusterImage', resourceType: 'AWS::ImageBuilder::Image', physicalId: imageArn }
  const resourceEnd = build.end + lag(random, CLUSTER_STACK_LAGS.resource)
  const settleAt = resourceEnd + lag(random, CLUSTER_STACK_LAGS.stack)
  events.push({ ...image, at: ms(build.start), status: 'CREATE_IN_PROGRESS' })
  if (build.failed) {
    events.push({
      ...image,
      at: ms(resourceEnd),
      status: 'CREATE_FAILED',
      reason: `Image ${imageArn} creation failed: step ${build.failingStep} failed.`
    })
    events.push({
      at: ms(settleAt),
      status: 'CREATE_FAILED',
      reason: 'The following resource(s) failed to create: [ParallelClusterImage].'
    })
  } else {
    events.push({ ...image, at: ms(resourceEnd), status: 'CREATE_COMPLETE' })
    events.push({ at: ms(settleAt), status: 'CREATE_COMPLETE' })
  }
  return {
    name: `ParallelCluster stack ${i}: ${recipe.name}, ${Math.round(settleAt / 60_000)} min${build.failed ? `, fails in ${build.failingStep}` : ''}`,
    kind: 'stack',
    recipe: recipe.name,
    doc: { stacks: [{ name, events }], images: [imageDoc(imageName, '3.14.0/1', build)] },
    inputs: { 'parallelcluster-image-id': name, 'aws-region': 'us-east-1' },
    startAt: 0,
    settleAt: Math.round(settleAt),
    failed: build.failed,
    previousBuilds: 0
  }
}

export interface ScenarioCounts {
  images: number
  changeSets: number
  stacks: number
}

/** `count` scenarios of each kind, cycling through the kind's recipes; scenario i is the same in any count. */
export function benchScenarios(
  seed = 20261123,
  count: ScenarioCounts = { images: 120, changeSets: 60, stacks: 40 }
): BenchScenario[] {
  const draw = <R>(
    kind: number,
    n: number,
    recipes: R[],
    make: (random: () => number, recipe: R, i: number) => BenchScenario
  ) =>
    Array.from({ length: n }, (_, i) =>
      make(seeded(seed + 7919 * (kind * 10_000 + i)), recipes[i % recipes.length] as R, i)
    )
  return [
    ...draw(0, count.images, IMAGE_RECIPES, imageBuildScenario),
    ...draw(1, count.changeSets, CHANGE_SET_RECIPES, changeSetScenario),
    ...draw(2, count.stacks, CLUSTER_IMAGE_RECIPES, stackScenario)
  ]
}
