/** Generated from action.yml by scripts/action-inputs.mjs (`npm run bundle`): edit action.yml, not this. */
import type { ActionInput } from './option.js'

export const ACTION_INPUTS: ActionInput[] = [
  {
    name: 'mode',
    description:
      '`gate` (wait on targets and judge them), `cleanup` (retire stale image build versions, as ' +
      "the policy's `cleanup` section says) or `merge` (merge the cleanup JSON reports named by " +
      '`reports` into one summary).',
    default: 'gate'
  },
  {
    name: 'reports',
    description:
      'Mode merge - the cleanup JSON reports to merge, one per line or comma-separated: files, or ' +
      "folders whose `.json` files are read (e.g. where `actions/download-artifact` put a matrix's " +
      'reports).'
  },
  {
    name: 'image-build-version-arn',
    description:
      'ARN of the Image Builder image build version to wait on, e.g. ' +
      '`arn:aws:imagebuilder:us-east-1:123456789012:image/web/1.4.0/7`. Several may be given, one ' +
      'per line or comma-separated; they are polled concurrently.'
  },
  {
    name: 'change-set-arn',
    description:
      'CloudFormation change set ARN(s) whose Hook results to wait on (short for ' +
      '`hook-target-type: CHANGE_SET`). Waits until the change set has finished creating and no ' +
      'hook is in progress. Covers the hooks that run when the change set is created; stack and ' +
      'resource hooks run only when it is executed.'
  },
  {
    name: 'hook-target-type',
    description:
      'Hook results by target - `CHANGE_SET` or `CLOUD_CONTROL` (the only target filters ' +
      'ListHookResults supports; for stack or resource hooks use `hook-type-arn`); needs ' +
      '`hook-target-id`.'
  },
  {
    name: 'hook-target-id',
    description: 'Target id(s) for `hook-target-type` (a change set ARN, or a Cloud Control ' + '`HookRequestToken`).'
  },
  {
    name: 'hook-type-arn',
    description:
      'Hook results of one hook type (ARN ' +
      '`arn:aws:cloudformation:<region>:<account>:type/hook/<name>`); not with a target.'
  },
  {
    name: 'hook-status',
    description:
      'With `hook-type-arn` only - `HOOK_IN_PROGRESS`, `HOOK_COMPLETE_SUCCEEDED`, ' +
      '`HOOK_COMPLETE_FAILED` or `HOOK_FAILED`.'
  },
  {
    name: 'all-hook-results',
    description:
      'Wait on every hook result of the region, unfiltered (`true`/`false`); only those invoked ' +
      'since the gate started count, or since `hook-results-since`.',
    default: 'false'
  },
  {
    name: 'hook-results-since',
    description:
      'With `hook-type-arn` or `all-hook-results`, which invocations count (ListHookResults lists ' +
      'those of the last 90 days): a duration before the gate started, e.g. `2h`, or an ISO time. ' +
      'Default - those invoked since the gate started.'
  },
  {
    name: 'stack',
    description:
      'Stack name(s) or stack ID(s) (ARN) whose deployment to gate, e.g. after merge when the ' +
      'change set is executed: waits for the stack operation to end, then judges the hooks invoked ' +
      "during it (their stack events' `HookInvocationId`, read with GetHookResult) and the " +
      "operation's outcome (a rollback fails). A name needs `aws-region` or `AWS_REGION`."
  },
  {
    name: 'client-request-token',
    description:
      'With `stack` - the `ClientRequestToken` the operation was started with (e.g. `aws ' +
      'cloudformation execute-change-set --client-request-token`), so the gate judges that ' +
      "operation and waits for it to start. Without it, the stack's latest operation is judged."
  },
  {
    name: 'parallelcluster-image-id',
    description:
      'AWS ParallelCluster image id(s) whose build stack (named after the image id) to wait on; ' +
      'needs `aws-region` or `AWS_REGION`.'
  },
  {
    name: 'aws-region',
    description:
      'Region for targets whose ids carry none (ParallelCluster images, hook targets other than ' +
      'change sets); defaults to `AWS_REGION`. When set, every ARN must be in this region too.'
  },
  {
    name: 'policy',
    description:
      'The policy: a path in the repository (e.g. `.github/image-gate.yml`) or the policy itself, ' +
      'inline YAML or JSON. Without one the documented default policy applies.'
  },
  {
    name: 'timeout',
    description:
      'How long to wait for every target to settle, e.g. `90s`, `15m`, `2h`. A target still ' +
      "running then gives the verdict `timeout`. Default: the policy's `waiting.timeout`, else " +
      '`60m`.'
  },
  { name: 'poll-min-delay', description: 'Shortest delay between two polls of one target.', default: '5s' },
  {
    name: 'poll-max-delay',
    description:
      'Longest delay between two polls of one target. While a target could settle any moment, ' +
      'polls back off from `poll-min-delay` up to a quarter of this. When earlier builds or step ' +
      'progress say the end is further off, polls are spread up to half of this, which bounds how ' +
      'late a failure nobody could foresee is seen.',
    default: '2m'
  },
  {
    name: 'empty-grace',
    description:
      'How long an empty hook result list ("none yet"), or a `stack` operation not started yet, is ' +
      'waited on before it counts as the answer.',
    default: '2m'
  },
  {
    name: 'not-found-grace',
    description:
      'How long a "not found" answer is taken for AWS\'s eventual consistency (a resource created ' +
      'moments ago) and polled again, before it ends that target with an error.',
    default: '30s'
  },
  {
    name: 'aws-request-timeout',
    description: "A request with no answer for this long is abandoned and retried by the SDK's retry " + 'strategy.',
    default: '30s'
  },
  {
    name: 'aws-max-attempts',
    description:
      'Attempts per AWS request, the first included; throttling and 5xx answers are retried by the ' +
      "AWS SDK's retry strategy.",
    default: '5'
  },
  {
    name: 'aws-retry-base-delay',
    description: "Base delay of the AWS SDK's exponential retry backoff (full jitter, capped at 20s).",
    default: '250ms'
  },
  {
    name: 'current-image-build-version-arn',
    description: 'Cleanup mode - build version ARN(s) never touched, e.g. the one in production.'
  },
  {
    name: 'lifecycle',
    description:
      'Lifecycle preset(s), comma-separated - `none`, `disable-on-fail` (set `DISABLED` on this ' +
      'build when the verdict is fail), `deprecate-previous` (set `DEPRECATED` on older builds of ' +
      "the image, keeping the newest one, when the verdict is pass). The policy's lifecycle " +
      'section can say more and wins for the same verdict.',
    default: 'none'
  },
  {
    name: 'dry-run',
    description: 'Show the lifecycle calls that would be made, with their parameters, and make none.',
    default: 'false'
  },
  {
    name: 'answer-wait',
    description:
      'Answer builds paused at a `WaitForAction` step: judge what ran before the wait by the ' +
      'policy, then send `SendWorkflowStepAction` `RESUME` when it passes (or warns) and `STOP` ' +
      "with the verdict's reason when it fails, once per step (a re-run sends the same request " +
      'again, with the same client token), and wait for the rest of the build. Without it a paused ' +
      'build is reported as paused and waited for. `dry-run` shows the answer only.',
    default: 'false'
  },
  {
    name: 'allow-delete',
    description:
      'Permit lifecycle updates to state `DELETED`. Without it such a policy is refused before any ' + 'call.',
    default: 'false'
  },
  {
    name: 'lifecycle-wait',
    description: 'Follow started lifecycle executions until `SUCCESS`, `FAILED` or `CANCELLED`.',
    default: 'true'
  },
  { name: 'lifecycle-timeout', description: 'How long to follow lifecycle executions.', default: '30m' },
  {
    name: 'lifecycle-rate',
    description: '`StartResourceStateUpdate` requests per second at most (client-side rate limit).',
    default: '5'
  },
  {
    name: 'lifecycle-concurrency',
    description: '`StartResourceStateUpdate` requests in flight at most.',
    default: '4'
  },
  {
    name: 'comment',
    description:
      'Keep one sticky comment with the verdict and summary on the pull request, updated in place ' +
      'on re-runs (needs `github-token` with `pull-requests: write` permission; on other events ' +
      'nothing is written).',
    default: 'false'
  },
  { name: 'github-token', description: 'Token for the PR comment. Masked in the log.', default: '${{ github.token }}' },
  {
    name: 'comment-key',
    description:
      "Tells this gate's comment apart when several gates comment on one PR (default: " +
      "`<workflow>/<job>`, and the matrix values of the job's leg, so legs of a matrix never " +
      "overwrite each other's comment)."
  },
  {
    name: 'matrix',
    description:
      "Leave unset. The matrix values of the job's leg, filled in by the runner, which tell the " +
      "legs' PR comments apart.",
    default: '${{ toJSON(matrix) }}'
  },
  {
    name: 'report-path',
    description:
      'Where to write the JSON report. Defaults to `image-gate-report.json` in `$RUNNER_TEMP` (on ' +
      'the command line, in the current folder).'
  },
  {
    name: 'template',
    description:
      'Path in the repository of the CloudFormation template (YAML or JSON) the change set or ' +
      "stack was made from (for image builds, the pipeline's). Findings then point at the line of " +
      "their resource's logical id: in the step's annotations and the SARIF file."
  },
  {
    name: 'sarif-path',
    description:
      'Write the findings as SARIF 2.1.0 here, for GitHub code scanning (upload it with ' +
      '`github/codeql-action/upload-sarif`). Needs `template`.'
  }
]
