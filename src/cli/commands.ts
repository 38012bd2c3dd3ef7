/**
 * The commands and their options. The action's inputs come from action.yml (through action-inputs.ts), so a flag
 * means what the input means; the options only the command line has are described here, once.
 */
import { ACTION_INPUTS } from './action-inputs.js'
import type { CliOption } from './option.js'

/**
 * Inputs the command line has no flag for: the mode is the command (merge takes its reports as arguments), the PR
 * comment is GitHub's.
 */
export const GITHUB_ONLY: ReadonlySet<string> = new Set(['mode', 'reports', 'comment', 'github-token', 'comment-key'])
const WAIT_ONLY = new Set([
  'image-build-version-arn',
  'change-set-arn',
  'hook-target-type',
  'hook-target-id',
  'hook-type-arn',
  'hook-status',
  'all-hook-results',
  'parallelcluster-image-id',
  'timeout',
  'poll-min-delay',
  'poll-max-delay',
  'empty-grace',
  'not-found-grace',
  'lifecycle'
])
const CLEANUP_ONLY = new Set(['current-image-build-version-arn'])

function fromAction(input: (typeof ACTION_INPUTS)[number]): CliOption {
  return { ...input, boolean: input.default === 'true' || input.default === 'false' }
}

function inputs(exclude: ReadonlySet<string>): CliOption[] {
  return ACTION_INPUTS.filter((i) => !GITHUB_ONLY.has(i.name) && !exclude.has(i.name)).map(fromAction)
}

function input(name: string): CliOption {
  const found = ACTION_INPUTS.find((i) => i.name === name)
  if (!found) throw new Error(`action.yml has no input ${name}`)
  return fromAction(found)
}

const WRITERS: CliOption[] = [
  { name: 'summary-path', description: 'Write the summary, as Markdown, to this file.' },
  {
    name: 'junit-path',
    description:
      'Write a JUnit XML report to this file: a test case per judged item, failing items as failures (GitLab ' +
      'shows them in the merge request).'
  },
  {
    name: 'run-id',
    description:
      'An id that stays the same when this CI job is retried, e.g. $CI_PIPELINE_ID-$CI_JOB_NAME. Lifecycle ' +
      'updates carry idempotency tokens made from it, so a retried job finds the updates it started instead of ' +
      'starting them again. Default: a new id each run.'
  }
]

const FORMAT: CliOption = {
  name: 'format',
  description: 'text (a table for the terminal), markdown or json.',
  default: 'text'
}

const NEW_POLICY: CliOption = {
  name: 'policy',
  description: 'The policy to judge by: a file, or the policy itself (YAML or JSON). Required.'
}

export interface Command {
  name: string
  usage: string
  /** What the arguments after the options are, e.g. `FILE...`; none when unset. */
  operands?: string
  /** One line, for the list of commands. */
  title: string
  summary: string
  options: CliOption[]
}

export const COMMANDS: Command[] = [
  {
    name: 'wait',
    title: 'Wait on builds, hooks and stacks, judge them, act on the verdict',
    usage: 'image-gate wait [options]',
    summary:
      'Wait on image builds, change set hooks and ParallelCluster stacks, judge them by the policy, and act on ' +
      'the verdict: what the action does, with the summary on the terminal and the reports in files.',
    options: [...inputs(CLEANUP_ONLY), ...WRITERS]
  },
  {
    name: 'cleanup',
    title: 'Retire stale image build versions',
    usage: 'image-gate cleanup --policy FILE [options]',
    summary: "Retire stale image build versions, as the policy's cleanup section says (the action's mode: cleanup).",
    options: [...inputs(WAIT_ONLY), ...WRITERS]
  },
  {
    name: 'policy check',
    operands: 'FILE...',
    title: 'Check policy files',
    usage: 'image-gate policy check FILE...',
    summary:
      'Check policy files, for pre-commit hooks and editors: each problem as FILE:LINE:COLUMN: key: message. ' +
      'Exits 1 when a file has a problem.',
    options: []
  },
  {
    name: 'judge',
    operands: 'REPORT.json...',
    title: 'Judge saved JSON reports again under another policy',
    usage: 'image-gate judge REPORT.json... --policy FILE [options]',
    summary:
      "Judge saved JSON reports (the action's or this command's) again under another policy, without AWS: " +
      "each report's verdict then and now, and the findings that changed.",
    options: [NEW_POLICY, FORMAT]
  },
  {
    name: 'merge',
    operands: 'REPORT.json|FOLDER...',
    title: 'Merge per-account cleanup reports into one summary',
    usage: 'image-gate merge REPORT.json|FOLDER... [options]',
    summary:
      "Merge cleanup JSON reports (the action's or this command's, one per account or region; a folder stands " +
      'for its .json files) into one summary: totals per account and region, every retirement and every keep ' +
      'with its reason. A report that cannot be read is refused, named. Exits 1 when a report did not pass or ' +
      'a retirement failed.',
    options: [
      { name: 'summary-path', description: 'Write the merged summary, as Markdown, to this file.' },
      { name: 'report-path', description: 'Write the merged report, as JSON, to this file.' },
      { name: 'format', description: 'markdown or json, for the standard output.', default: 'markdown' }
    ]
  },
  {
    name: 'replay',
    title: "Judge an image's past builds, read from AWS, under another policy",
    usage: 'image-gate replay --image NAME --policy FILE [options]',
    summary:
      'Read the last builds of an image from AWS (build versions and their workflow executions) and judge each ' +
      'under the old and the new policy: what the new one would have said.',
    options: [
      { name: 'image', description: 'The Image Builder image name whose builds to judge. Required.' },
      { name: 'last', description: 'How many of its newest builds to judge (1 to 500).', default: '50' },
      NEW_POLICY,
      {
        name: 'old-policy',
        description: 'The policy in force, to compare with: a file, or the policy itself. Default: the default policy.'
      },
      FORMAT,
      input('aws-region'),
      input('aws-request-timeout'),
      input('aws-max-attempts'),
      input('aws-retry-base-delay')
    ]
  }
]
