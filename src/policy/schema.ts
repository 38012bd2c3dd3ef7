/**
 * The policy file format (version 1), as a zod schema: it validates files and emits the JSON Schema that is
 * committed as `policy.schema.json` for editors. Keys are kebab-case, as in workflow files.
 */
import { z } from 'zod'
import { parseDuration } from '../core/duration.js'
import { WORKFLOW_STATUSES } from '../core/observations.js'
import { SEVERITY_LEVELS } from './types.js'

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

const severityLevels = z.array(z.enum(SEVERITY_LEVELS))

const ruleIgnore = z
  .strictObject({
    rule: z
      .string()
      .min(1)
      .max(1024)
      .describe('The failed rule: its annotation name (a Guard rule, a control id), * and ? as wildcards'),
    'type-name': hookGlob.optional().describe('Only for these hooks; default any hook'),
    until: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'use a date like 2027-03-31' })
      .refine(
        (v) => Number.isFinite(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
        {
          message: 'not a calendar date: use a date like 2027-03-31'
        }
      )
      .describe('Ignored through this day (UTC); from the next day on the rule counts again'),
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

export function policyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(policyFileSchema, { io: 'input' }),
    $id: 'https://github.com/image-gate/image-gate/policy.schema.json'
  }
}
