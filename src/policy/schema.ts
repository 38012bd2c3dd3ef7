/**
 * The policy file format (version 1), as a zod schema: it validates files and emits the JSON Schema that is
 * committed as `policy.schema.json` for editors. Keys are kebab-case, as in workflow files.
 */
import { z } from 'zod'
import { parseDuration } from '../core/duration.js'

const WORKFLOW_STATUSES = [
  'PENDING',
  'SKIPPED',
  'RUNNING',
  'COMPLETED',
  'FAILED',
  'ROLLBACK_IN_PROGRESS',
  'ROLLBACK_COMPLETED',
  'CANCELLED'
] as const
const WORKFLOW_TYPES = ['BUILD', 'TEST', 'DISTRIBUTION', '*'] as const
const severity = z.enum(['fail', 'warn', 'pass'])

const duration = z
  .string()
  .refine((text) => parseDuration(text) !== undefined, {
    message: 'not a duration: use a form like 90s, 15m, 2h or 1h30m'
  })
  .describe('A duration such as 90s, 15m, 2h or 1h30m')

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

const workflowStatuses = z.array(z.enum(WORKFLOW_STATUSES))

const workflowLimits = {
  'fail-on': workflowStatuses.optional().describe('Statuses that fail the workflow'),
  'warn-on': workflowStatuses.optional().describe('Statuses that warn'),
  'max-failed-steps': z.number().int().min(0).optional().describe('More failed steps than this fail the workflow'),
  'max-skipped-steps': z.number().int().min(0).optional().describe('More skipped steps than this warn')
}

const lastLaunched = z
  .strictObject({ value: z.number().int().min(1), unit: z.enum(['DAYS', 'WEEKS', 'MONTHS', 'YEARS']) })
  .describe('Skip AMIs launched within this period')

const lifecycleActionSchema = z
  .strictObject({
    state: z
      .enum(['AVAILABLE', 'DEPRECATED', 'DISABLED', 'DELETED'])
      .describe('The state to set; DELETED also needs the allow-delete input'),
    target: z
      .union([
        z.enum(['this-build', 'previous-versions']),
        z.string().regex(/^arn:aws[a-z-]*:imagebuilder:[a-z0-9-]+:\d{12}:image\/[a-z0-9_-]+\/\d+\.\d+\.\d+\/\d+$/, {
          message: 'use this-build, previous-versions or an image build version ARN'
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
        regions: z.array(z.string()).optional(),
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
      .refine((v) => /^\+\d+[dh]$/.test(v) || Number.isFinite(Date.parse(v)), {
        message: 'use a time like 2026-12-31T00:00:00Z or a delay like +30d or +12h'
      })
      .optional()
      .describe(
        'When the change takes effect: an ISO time, or +Nd / +Nh from the start of the current UTC day or hour'
      ),
    'execution-role': z.string().optional().describe('IAM role name or ARN Image Builder uses for the update')
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
    until: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'use a date like 2026-12-31' })
      .refine((d) => new Date(Date.parse(`${d}T00:00:00Z`) || 0).toISOString().startsWith(d), {
        message: 'not a calendar date'
      })
      .describe('The last day (UTC) the entry applies; after it the finding counts again'),
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
        grace: duration.optional().describe('How long to wait for required hooks, or any result, before judging')
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
    waiting: z
      .strictObject({
        timeout: duration.optional().describe('Overall timeout when the timeout input is not set'),
        'on-timeout': severity.optional(),
        'on-error': severity.optional(),
        'on-missing': severity.optional().describe('A required workflow or hook that never reported')
      })
      .optional()
  })
  .describe('image-gate policy')

export type PolicyFile = z.infer<typeof policyFileSchema>
export type LifecycleActionFile = z.infer<typeof lifecycleActionSchema>
export type CleanupFile = z.infer<typeof cleanupSchema>
export type VulnerabilityMatcherFile = z.infer<typeof vulnerabilityMatcher>

export function policyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(policyFileSchema, { io: 'input' }),
    $id: 'https://github.com/image-gate/image-gate/policy.schema.json'
  }
}
