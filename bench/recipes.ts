/**
 * What the polling benchmark's builds are made of. Builds of one recipe run the same named steps with similar
 * durations, build after build; change sets of one template run the same hooks. Durations are medians with a
 * relative spread (log-normal sigma), in milliseconds.
 *
 * Image Builder's steps are those of its managed build, test and distribution workflows (step actions
 * LaunchInstance, ExecuteComponents, CollectImageMetadata, SanitizeInstance, RunSysPrep, CreateImage,
 * TerminateInstance, DistributeImage: "Supported step actions for your workflow document", Image Builder user
 * guide); the durations are typical of such builds, not measured from any account.
 */
const s = 1000
const m = 60 * s

export interface StepRecipe {
  name: string
  action: string
  median: number
  sigma: number
}

export interface WorkflowRecipe {
  type: 'BUILD' | 'TEST' | 'DISTRIBUTION'
  steps: StepRecipe[]
}

export interface ImageRecipe {
  name: string
  workflows: WorkflowRecipe[]
  /** Share of builds that fail; a failing build fails partway through one step (see `FAILING_ACTIONS`). */
  failureRate: number
}

/** Where builds fail, by step action, and how likely each is to be the failing one. */
export const FAILING_ACTIONS: Record<string, number> = {
  ExecuteComponents: 6,
  LaunchInstance: 1,
  CreateImage: 1,
  DistributeImage: 1
}

const step = (name: string, action: string, median: number, sigma: number): StepRecipe => ({
  name,
  action,
  median,
  sigma
})

/** A duration: [median, sigma]. */
type Spread = [number, number]

interface Shape {
  components: Spread
  image: Spread
  tests: Spread
  distribute: Spread
  windows?: boolean
}

/** The managed workflows' steps, with the recipe's own components, image size, tests and distribution. */
function workflows({ components, image, tests, distribute, windows }: Shape): WorkflowRecipe[] {
  const launch = windows
    ? step('LaunchBuildInstance', 'LaunchInstance', 6 * m, 0.2)
    : step('LaunchBuildInstance', 'LaunchInstance', 2 * m, 0.2)
  const prepare = windows
    ? step('RunSysprep', 'RunSysPrep', 7 * m, 0.2)
    : step('RunSanitizeScript', 'SanitizeInstance', 25 * s, 0.3)
  return [
    {
      type: 'BUILD',
      steps: [
        launch,
        step('ApplyBuildComponents', 'ExecuteComponents', ...components),
        step('InventoryCollection', 'CollectImageMetadata', 40 * s, 0.3),
        prepare,
        step('CreateOutputAMI', 'CreateImage', ...image),
        step('TerminateBuildInstance', 'TerminateInstance', 50 * s, 0.3)
      ]
    },
    {
      type: 'TEST',
      steps: [
        { ...launch, name: 'LaunchTestInstance' },
        step('RunTestComponents', 'ExecuteComponents', ...tests),
        step('TerminateTestInstance', 'TerminateInstance', 50 * s, 0.3)
      ]
    },
    { type: 'DISTRIBUTION', steps: [step('DistributeImage', 'DistributeImage', ...distribute)] }
  ]
}

/** A recipe with the managed workflows: its components, image size, tests and distribution, as [median, sigma]. */
const imageRecipe = (
  name: string,
  failureRate: number,
  [components, image, tests, distribute]: [Spread, Spread, Spread, Spread],
  windows = false
): ImageRecipe => ({ name, failureRate, workflows: workflows({ components, image, tests, distribute, windows }) })

export const IMAGE_RECIPES: ImageRecipe[] = [
  imageRecipe('debian-tiny', 0.1, [
    [1.5 * m, 0.15],
    [3 * m, 0.2],
    [1 * m, 0.1],
    [3 * m, 0.3]
  ]),
  imageRecipe('al2023-minimal', 0.1, [
    [3 * m, 0.1],
    [4 * m, 0.2],
    [2 * m, 0.1],
    [4 * m, 0.3]
  ]),
  imageRecipe('al2023-ecs', 0.1, [
    [6 * m, 0.1],
    [4.5 * m, 0.2],
    [4 * m, 0.1],
    [5 * m, 0.25]
  ]),
  imageRecipe('al2023-web', 0.15, [
    [11 * m, 0.12],
    [5 * m, 0.2],
    [6 * m, 0.1],
    [8 * m, 0.25]
  ]),
  imageRecipe('rhel9-cis', 0.15, [
    [24 * m, 0.1],
    [6 * m, 0.2],
    [15 * m, 0.08],
    [6 * m, 0.25]
  ]),
  imageRecipe('ubuntu-gpu-ml', 0.2, [
    [42 * m, 0.15],
    [14 * m, 0.2],
    [18 * m, 0.12],
    [22 * m, 0.3]
  ]),
  imageRecipe(
    'windows2022-iis',
    0.2,
    [
      [32 * m, 0.2],
      [16 * m, 0.2],
      [12 * m, 0.15],
      [10 * m, 0.3]
    ],
    true
  ),
  imageRecipe(
    'windows2019-sql',
    0.15,
    [
      [75 * m, 0.15],
      [22 * m, 0.2],
      [20 * m, 0.12],
      [15 * m, 0.3]
    ],
    true
  )
]

/** Lags between the parts of a build: workflow start after the previous one, image state after the last. */
export const LAGS = {
  workflowStart: [20 * s, 0.5],
  imageAfterWorkflows: [15 * s, 0.5],
  rollback: [40 * s, 0.4]
} as const

export interface HookRecipe {
  typeName: string
  failureMode: 'FAIL' | 'WARN'
  median: number
  sigma: number
  /** Share of change sets this hook finds fault with. */
  failureRate: number
}

export interface ChangeSetRecipe {
  name: string
  /** From CreateChangeSet until CloudFormation invokes the change set's hooks: grows with the template. */
  prepare: [number, number]
  hooks: HookRecipe[]
}

// Guard and Lambda hooks (AWS::Hooks::GuardHook, AWS::Hooks::LambdaHook) are named by their owner; Control
// Tower's proactive controls report as AWS::ControlTower::Hook. All three evaluate within seconds.
const guard = (rule: string, failureMode: 'FAIL' | 'WARN' = 'FAIL'): HookRecipe => ({
  typeName: `Org::Guard::${rule}`,
  failureMode,
  median: 1.5 * s,
  sigma: 0.3,
  failureRate: 0.1
})
const lambda = (name: string, failureMode: 'FAIL' | 'WARN' = 'WARN'): HookRecipe => ({
  typeName: `Org::Lambda::${name}`,
  failureMode,
  median: 3 * s,
  sigma: 0.5,
  failureRate: 0.05
})
const controlTower: HookRecipe = {
  typeName: 'AWS::ControlTower::Hook',
  failureMode: 'FAIL',
  median: 2.5 * s,
  sigma: 0.3,
  failureRate: 0.05
}

export const CHANGE_SET_RECIPES: ChangeSetRecipe[] = [
  { name: 'network-vpc', prepare: [3 * s, 0.3], hooks: [guard('Tagging')] },
  { name: 'serverless-api', prepare: [4 * s, 0.3], hooks: [lambda('Security', 'FAIL')] },
  { name: 'web-service', prepare: [6 * s, 0.3], hooks: [guard('Tagging'), lambda('Cost')] },
  { name: 'landing-zone-app', prepare: [7 * s, 0.3], hooks: [controlTower, guard('Encryption')] },
  {
    name: 'data-lake',
    prepare: [14 * s, 0.35],
    hooks: [guard('Encryption'), guard('Tagging', 'WARN'), lambda('Cost')]
  },
  {
    name: 'monolith-nested',
    prepare: [25 * s, 0.4],
    hooks: [guard('Encryption'), lambda('Security', 'FAIL'), controlTower]
  }
]

/** From the last hook's report until the change set's status says so. */
export const CHANGE_SET_FINISH: [number, number] = [1.5 * s, 0.4]

export interface ClusterImageRecipe {
  name: string
  image: ImageRecipe
}

/**
 * ParallelCluster's image stack (`pcluster build-image`): the resources of its template, created one after
 * another, then the `AWS::ImageBuilder::Image` resource that holds the build. Rollback is off by default
 * (`rollbackOnFailure` defaults to false, ParallelCluster's buildImage API), so a failed build leaves the stack
 * in CREATE_FAILED.
 */
export const CLUSTER_STACK_RESOURCES: [string, string, number][] = [
  ['InstanceRole', 'AWS::IAM::Role', 18 * s],
  ['InstanceProfile', 'AWS::IAM::InstanceProfile', 8 * s],
  ['InfrastructureConfiguration', 'AWS::ImageBuilder::InfrastructureConfiguration', 2 * s],
  ['ParallelClusterComponent', 'AWS::ImageBuilder::Component', 2 * s],
  ['ParallelClusterValidateComponent', 'AWS::ImageBuilder::Component', 2 * s],
  ['ParallelClusterTestComponent', 'AWS::ImageBuilder::Component', 2 * s],
  ['ImageRecipe', 'AWS::ImageBuilder::ImageRecipe', 2 * s],
  ['DistributionConfiguration', 'AWS::ImageBuilder::DistributionConfiguration', 2 * s],
  ['DeleteStackFunctionRole', 'AWS::IAM::Role', 18 * s],
  ['DeleteStackFunction', 'AWS::Lambda::Function', 4 * s],
  ['BuildNotificationTopic', 'AWS::SNS::Topic', 3 * s]
]

/** From the image's end until CloudFormation's resource handler reports it, then the stack's own event. */
export const CLUSTER_STACK_LAGS = { resource: [30 * s, 0.5], stack: [3 * s, 0.4] } as const

const clusterImage = (name: string, components: Spread, tests: Spread, failureRate: number): ClusterImageRecipe => ({
  name,
  image: imageRecipe(name, failureRate, [components, [8 * m, 0.2], tests, [3 * m, 0.25]])
})

export const CLUSTER_IMAGE_RECIPES: ClusterImageRecipe[] = [
  clusterImage('alinux2023-default', [32 * m, 0.08], [9 * m, 0.1], 0.1),
  clusterImage('ubuntu2204-custom', [45 * m, 0.12], [12 * m, 0.1], 0.15),
  clusterImage('rhel9-efa-lustre', [55 * m, 0.1], [14 * m, 0.1], 0.15),
  clusterImage('alinux2023-gpu', [60 * m, 0.15], [16 * m, 0.12], 0.2)
]
