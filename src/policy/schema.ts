/**
 * The policy file format (version 1), as a zod schema: it validates files and emits the JSON Schema that is
 * committed as `policy.schema.json` for editors. Keys are kebab-case, as in workflow files.
 */
import { z } from 'zod'
import { IMAGE_BUILD_VERSION_PATTERN, REGION_PATTERN } from '../core/arn.js'
import { DURATION_PATTERN, LONGEST_WAIT, LONGEST_WAIT_MS, parseDuration } from '../core/duration.js'
import { WORKFLOW_STATUSES } from '../core/observations.js'
import { SEVERITY_LEVELS } from './types.js'
import { INSTANCE_STATES } from '../core/in-use.js'

const WORKFLOW_TYPES = ['BUILD', 'TEST', 'DISTRIBUTION', '*'] as const
const severity = z.enum(['fail', 'warn', 'pass'])
/** What data the gate has not seen may map to: never pass (the loader explains the change). */
const unseen = z.enum(['fail', 'warn'])

const duration = z
  .string()
  .regex(new RegExp(DURATION_PATTERN), {
    message: 'not a duration: use a form like 90s, 15m, 2h or 1h30m',
    abort: true
  })
  .describe('A duration such as 90s, 15m, 2h or 1h30m')

/** A duration that becomes a wait: more than nothing, and within what a timer can wait. */
const wait = duration
  .refine((text) => (parseDuration(text) ?? 0) > 0 && (parseDuration(text) ?? 0) <= LONGEST_WAIT_MS, {
    message: `use a duration longer than 0s and at most ${LONGEST_WAIT}`
  })
  .describe(`A duration such as 90s, 15m or 2h, at most ${LONGEST_WAIT}`)

const hookGlob = z
  .string()
  .regex(/^(?!.*\*\*)[A-Za-z0-9_*?-]+(?:::[A-Za-z0-9_*?-]+)*$/, {
    message: 'not a valid hook type glob: use a type name like MyOrg::Security::Scan with * and ? as wildcards'
  })
  .describe('Hook type name glob, e.g. MyOrg::Security::*')

const statusGlob = z
  .string()
  .regex(/^(?!.*\*\*)[A-Z_*?]+$/, {
    message: 'not a valid status glob: use upper-case statuses with * and ?, e.g. *_FAILED'
  })
  .describe('Status glob, e.g. *_FAILED or ROLLBACK_*')

const resourceGlob = z
  .string()
  .regex(/^(?!.*\*\*)[A-Za-z0-9_*?.-]+(?:::[A-Za-z0-9_*?.-]+)*$/, {
    message: 'not a valid resource glob: use a resource type (AWS::ImageBuilder::Image) or a logical id, with * and ?'
  })
  .describe('Resource type or logical id glob')

/** A day of the calendar, `2027-03-31` (Date.parse takes `2026-02-30` and moves it to March). */
const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'use a date like 2027-03-31' })
  .refine((d) => new Date(Date.parse(`${d}T00:00:00Z`) || 0).toISOString().startsWith(d), {
    message: 'not a calendar date: use a date like 2027-03-31'
  })

const severityLevels = z.array(z.enum(SEVERITY_LEVELS))

const ruleIgnore = z
  .strictObject({
    rule: z
      .string()
      .min(1)
      .max(1024)
      .describe('The failed rule: its annotation name (a Guard rule, a control id), * and ? as wildcards'),
    'type-name': hookGlob.optional().describe('Only for these hooks; default any hook'),
    until: calendarDay.describe('Ignored through this day (UTC); from the next day on the rule counts again'),
    reason: z.string().trim().min(1, { message: 'say why the rule is ignored' }).describe('Why, for the report')
  })
  .describe('A failed rule left out of the verdict until a date')

const workflowStatuses = z.array(z.enum(WORKFLOW_STATUSES))

const workflowLimits = {
  'fail-on': workflowStatuses.optional().describe('Statuses that fail the workflow'),
  'warn-on': workflowStatuses.optional().describe('Statuses that warn'),
  'max-failed-steps': z.number().int().min(0).optional().describe('More failed steps than this fail the workflow'),
  'max-skipped-steps': z.number().int().min(0).optional().describe('More skipped steps than this warn')
}

/** An ISO 8601 time with its zone, or +N days or hours (N from 1): no lenient date forms. */
const UPDATE_AT = /^(?:\+[1-9]\d{0,3}[dh]|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))$/
/** RoleNameOrArn in the Image Builder model: a role name, or a role ARN. */
const ROLE = /^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role\/)?[a-zA-Z_0-9+=,.@\-_/]+$/

const lastLaunched = z
  // LifecyclePolicyDetailExclusionRulesAmisLastLaunchedValue: 1 to 365.
  .strictObject({ value: z.number().int().min(1).max(365), unit: z.enum(['DAYS', 'WEEKS', 'MONTHS', 'YEARS']) })
  .describe('Skip AMIs launched within this period')

const lifecycleActionSchema = z
  .strictObject({
    state: z
      .enum(['AVAILABLE', 'DEPRECATED', 'DISABLED', 'DELETED'])
      .describe('The state to set; DELETED also needs the allow-delete input'),
    target: z
      .union([
        z.enum(['this-build', 'previous-versions']),
        z.string().regex(new RegExp(IMAGE_BUILD_VERSION_PATTERN), {
          message:
            'use this-build, previous-versions or an image build version ARN whose partition fits its region ' +
            '(arn:aws-cn: for cn-*, arn:aws-us-gov: for us-gov-*)'
        })
      ])
      .describe('this-build, previous-versions (other builds of the same image) or an image build version ARN'),
    keep: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('With previous-versions: leave the newest N previous versions alone'),
    include: z
      .strictObject({
        amis: z.boolean().optional(),
        snapshots: z.boolean().optional(),
        containers: z.boolean().optional()
      })
      .optional()
      .describe('Distributed resources the state change also applies to'),
    exclude: z
      .strictObject({
        public: z.boolean().optional().describe('Skip public AMIs'),
        regions: z
          .array(
            z.string().regex(new RegExp(`^${REGION_PATTERN}$`), { message: 'use an AWS region code such as us-east-1' })
          )
          .optional(),
        'shared-accounts': z
          .array(z.string().regex(/^\d{12}$/, { message: 'an AWS account id has 12 digits' }))
          .optional(),
        'last-launched': lastLaunched.optional(),
        tags: z.record(z.string(), z.string()).optional().describe('Skip AMIs with these tags')
      })
      .optional()
      .describe('AMI exclusion rules'),
    'update-at': z
      .string()
      .regex(UPDATE_AT, { message: 'use a time like 2026-12-31T00:00:00Z or a delay like +30d or +12h (1 to 9999)' })
      .refine((v) => v.startsWith('+') || Number.isFinite(Date.parse(v)), {
        message: 'use a time like 2026-12-31T00:00:00Z or a delay like +30d or +12h (1 to 9999)'
      })
      .optional()
      .describe(
        'When the change takes effect: an ISO time, or +Nd / +Nh from the start of the current UTC day or hour'
      ),
    'execution-role': z
      .string()
      .max(2048)
      .regex(ROLE, {
        message: 'use an IAM role name (e.g. image-gate-lifecycle) or a role ARN (arn:aws:iam::<account>:role/<name>)'
      })
      .optional()
      .describe('IAM role name or ARN Image Builder uses for the update')
  })
  .describe('A lifecycle state update')

const cleanupSchema = lifecycleActionSchema
  .omit({ target: true, keep: true })
  .extend({
    images: z
      .array(
        z.string().regex(/^[A-Za-z0-9_*?-]+$/, { message: 'an image name glob has letters, digits, -, _, * and ?' })
      )
      .optional()
      .describe('Image names (globs) to clean up; default every image the account owns'),
    keep: z.number().int().min(0).optional().describe('Newest build versions per image never touched; default 3'),
    'older-than': duration.optional().describe('Only versions created longer ago than this'),
    states: z
      .array(z.enum(['AVAILABLE', 'DEPRECATED', 'DISABLED']))
      .optional()
      .describe('Only versions in these states; default all three'),
    'exclude-tags': z
      .record(z.string(), z.string())
      .optional()
      .describe('Never versions carrying one of these tags; the value "*" matches any value')
  })
  .describe('Scheduled cleanup (mode: cleanup): which stale image build versions get which state')

const inUseSchema = z
  .strictObject({
    check: z
      .boolean()
      .optional()
      .describe('Check whether a build is in use before a state that stops launches (DISABLED, DELETED); default true'),
    'instance-states': z
      .array(z.enum(INSTANCE_STATES))
      .optional()
      .describe('Instances in these states use their AMI; default every state but terminated'),
    'launch-template-versions': z
      .enum(['any', 'default'])
      .optional()
      .describe(
        'any (default): any of the newest launch-template-depth versions of a template; default: default versions ' +
          'only. Versions Auto Scaling groups launch from always count'
      ),
    'launch-template-depth': z
      .number()
      .int()
      .min(1)
      .max(10000)
      .optional()
      .describe('How many versions back from the newest EC2 checks; default 10'),
    'other-accounts': z
      .boolean()
      .optional()
      .describe("Check other accounts' use (EC2 image usage reports) before DISABLED or DELETED; default true"),
    'other-accounts-wait': duration.optional().describe('How long to wait for those reports; default 10m')
  })
  .describe('What counts as in use: a build in use (or not checked) is never disabled or deleted')
const vulnerabilityMatcher = z
  .strictObject({
    severity: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .describe('Severities as Amazon Inspector spells them (CRITICAL, HIGH, MEDIUM, LOW, ...), any case; * for any'),
    'fix-available': z
      .union([z.boolean(), z.array(z.string().min(1)).min(1)])
      .optional()
      .describe('true: a fix is available (YES or PARTIAL); false: none (NO); or the values to match'),
    'min-score': z.number().min(0).max(10).optional().describe('Only findings Inspector scores at least this'),
    'more-than': z.number().int().min(0).optional().describe('How many matching findings are tolerated; default 0')
  })
  .describe('Which vulnerability findings count, and how many are tolerated')

const allowEntry = z
  .strictObject({
    id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, { message: 'a vulnerability id such as CVE-2026-1234' })
      .describe('The vulnerability id, e.g. CVE-2026-1234'),
    until: calendarDay.describe('The last day (UTC) the entry applies; after it the finding counts again'),
    reason: z.string().min(1).max(500).describe('Why the finding is accepted until then')
  })
  .describe('A vulnerability accepted until a date, with the reason')

export const policyFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1).describe('Policy format version'),
    workflows: z
      .strictObject({
        required: z.array(z.enum(WORKFLOW_TYPES)).optional().describe('Workflow types that must have run'),
        default: z.strictObject(workflowLimits).optional().describe('Applies to workflow types no rule names'),
        rules: z.array(z.strictObject({ type: z.enum(WORKFLOW_TYPES), ...workflowLimits })).optional()
      })
      .optional(),
    hooks: z
      .strictObject({
        required: z.array(hookGlob).optional().describe('Hook types that must have reported, or the gate fails'),
        rules: z
          .array(
            z.strictObject({
              'type-name': hookGlob,
              ignore: z.boolean().optional().describe('Leave results of these hooks out of the verdict'),
              'on-failure': severity.optional().describe('What HOOK_COMPLETE_FAILED means, whatever the FailureMode')
            })
          )
          .optional(),
        'hook-failed': severity.optional().describe('What HOOK_FAILED (the hook itself broke) means; default fail'),
        grace: duration.optional().describe('How long to wait for required hooks, or any result, before judging'),
        severity: z
          .strictObject({
            fail: severityLevels.optional().describe('Levels of failed rules that fail the gate'),
            warn: severityLevels.optional().describe('Levels of failed rules that warn')
          })
          .optional()
          .describe(
            "Failed rules (GetHookResult's annotations) by severity level; a level in neither passes, a rule " +
              "without a level keeps the hook's own verdict"
          ),
        'ignore-rules': z.array(ruleIgnore).optional(),
        'early-validation': severity
          .optional()
          .describe("A change set's failed early validation (failure mode FAIL); default fail")
      })
      .optional(),
    stack: z
      .strictObject({
        resources: z.array(resourceGlob).optional().describe('Resource types or logical ids that matter; default all'),
        'fail-on': z.array(statusGlob).optional().describe('Resource statuses that fail; default *_FAILED'),
        'warn-on': z.array(statusGlob).optional().describe('Resource statuses that warn')
      })
      .optional(),
    vulnerabilities: z
      .strictObject({
        'fail-on': z
          .array(vulnerabilityMatcher)
          .optional()
          .describe('Findings that fail the build; default: CRITICAL with a fix available'),
        'warn-on': z.array(vulnerabilityMatcher).optional().describe('Findings that warn; default: HIGH'),
        allow: z.array(allowEntry).optional().describe('Vulnerabilities accepted until a date'),
        'scan-incomplete': severity
          .optional()
          .describe('A scan not finished, or ended ABANDONED, FAILED or TIMED_OUT; default fail'),
        'scan-off': severity.optional().describe('A build with vulnerability scanning off; default: not judged')
      })
      .optional()
      .describe("The build's vulnerability scan (ListImageScanFindings)"),
    lifecycle: z
      .strictObject({
        'on-pass': lifecycleActionSchema.optional(),
        'on-warn': lifecycleActionSchema.optional(),
        'on-fail': lifecycleActionSchema.optional()
      })
      .optional()
      .describe('Image Builder state updates to start on a verdict'),
    cleanup: cleanupSchema.optional(),
    'in-use': inUseSchema.optional(),
    waiting: z
      .strictObject({
        timeout: wait.optional().describe('Overall timeout when the timeout input is not set'),
        'on-timeout': unseen.optional().describe('A target still running at the timeout: fail, or warn at most'),
        'on-error': unseen.optional().describe('A target that ended in an error: fail, or warn at most'),
        'on-missing': unseen.optional().describe('A required workflow or hook that never reported: fail or warn')
      })
      .optional()
  })
  .describe('image-gate policy')

export type PolicyFile = z.infer<typeof policyFileSchema>
export type LifecycleActionFile = z.infer<typeof lifecycleActionSchema>
export type CleanupFile = z.infer<typeof cleanupSchema>
export type InUseFile = z.infer<typeof inUseSchema>
export type VulnerabilityMatcherFile = z.infer<typeof vulnerabilityMatcher>

export function policyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(policyFileSchema, { io: 'input' }),
    $id: 'https://github.com/image-gate/image-gate/policy.schema.json'
  }
}
