export const id = 266;
export const ids = [266];
export const modules = {

/***/ 1266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPolicy: () => (/* binding */ loadPolicy)
});

// EXTERNAL MODULE: ./src/core/arn.ts
var core_arn = __webpack_require__(7136);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
// EXTERNAL MODULE: ./src/core/glob.ts
var core_glob = __webpack_require__(6085);
// EXTERNAL MODULE: ./src/core/in-use.ts
var in_use = __webpack_require__(7494);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(3943);
;// CONCATENATED MODULE: ./src/policy/from-file.ts
/** A policy file the schema accepted -> the Policy the gate runs on: defaults filled in, targets parsed. */





function toCleanup(c, problems) {
    if (!c)
        return undefined;
    return {
        action: toUpdate(c, ['cleanup'], problems),
        images: c.images ?? [],
        keep: c.keep ?? 3,
        olderThanMs: c['older-than'] === undefined ? undefined : (0,duration/* parseDuration */.E9)(c['older-than']),
        states: c.states ?? ['AVAILABLE', 'DEPRECATED', 'DISABLED'],
        excludeTags: c['exclude-tags'] ?? {}
    };
}
function toInUse(f) {
    const d = in_use/* DEFAULT_IN_USE */.IR;
    const wait = f?.['other-accounts-wait'];
    return {
        check: f?.check ?? d.check,
        instanceStates: f?.['instance-states'] ?? d.instanceStates,
        launchTemplateVersions: f?.['launch-template-versions'] ?? d.launchTemplateVersions,
        launchTemplateDepth: f?.['launch-template-depth'] ?? d.launchTemplateDepth,
        otherAccounts: f?.['other-accounts'] ?? d.otherAccounts,
        otherAccountsWaitMs: wait === undefined ? d.otherAccountsWaitMs : ((0,duration/* parseDuration */.E9)(wait) ?? d.otherAccountsWaitMs)
    };
}
/** The target, parsed: a wrong ARN is refused here, with its position, before anything runs. */
function toTarget(a, path, problems) {
    if (a.keep !== undefined && a.target !== 'previous-versions')
        problems.push({
            path: [...path, 'keep'],
            message: 'keep counts previous versions: use it with target previous-versions only'
        });
    if (a.target === 'this-build')
        return { kind: 'this-build' };
    if (a.target === 'previous-versions')
        return { kind: 'previous-versions', keep: a.keep ?? 0 };
    const arn = (0,core_arn/* parseImageBuildVersionArn */.s9)(a.target);
    if (typeof arn !== 'string')
        return { kind: 'build', arn };
    problems.push({
        path: [...path, 'target'],
        message: `${arn}; use this-build, previous-versions or the ARN of an image build version`
    });
    return { kind: 'this-build' };
}
function toAction(a, key, problems) {
    return a && { ...toUpdate(a, ['lifecycle', key], problems), target: toTarget(a, ['lifecycle', key], problems) };
}
/**
 * What StartResourceStateUpdateRequest's member docs say it always refuses (imagebuilder model): includeResources
 * "Requires executionRole to also be specified"; updateAt "only when the target status is DEPRECATED".
 */
function checkUpdate(a, path, problems) {
    if (a.include && !a['execution-role'])
        problems.push({
            path: [...path, 'include'],
            message: 'include needs execution-role: StartResourceStateUpdate refuses includeResources without an executionRole ' +
                '(the IAM role Image Builder acts on the AMIs, snapshots or containers with)'
        });
    if (a['update-at'] && a.state !== 'DEPRECATED')
        problems.push({
            path: [...path, 'update-at'],
            message: `update-at works only with state DEPRECATED (StartResourceStateUpdate), not ${a.state}: remove it`
        });
}
function toUpdate(a, path, problems) {
    checkUpdate(a, path, problems);
    const x = a.exclude;
    return {
        state: a.state,
        include: a.include,
        exclude: x && {
            isPublic: x.public,
            regions: x.regions,
            sharedAccounts: x['shared-accounts'],
            lastLaunched: x['last-launched'],
            tagMap: x.tags
        },
        updateAt: a['update-at'],
        executionRole: a['execution-role']
    };
}
/** Rules that can never apply: a later rule for a type an earlier one (or `*`) already covers. */
function deadRules(file, problems) {
    const seen = [];
    (file.workflows?.rules ?? []).forEach((rule, i) => {
        const earlier = seen.find((type) => type === '*' || type === rule.type);
        if (earlier)
            problems.push({
                path: ['workflows', 'rules', i],
                message: `this rule never applies: an earlier rule for ${earlier} already covers type ${rule.type}; merge them`
            });
        seen.push(rule.type);
    });
}
/** A hook the policy requires cannot also be ignored. */
function ignoredRequired(file, problems) {
    const required = file.hooks?.required ?? [];
    (file.hooks?.rules ?? []).forEach((rule, i) => {
        const clash = required.find((glob) => (0,core_glob/* globToRegExp */.t)(glob).test(rule['type-name']) || (0,core_glob/* globToRegExp */.t)(rule['type-name']).test(glob));
        if (rule.ignore && clash)
            problems.push({
                path: ['hooks', 'rules', i, 'ignore'],
                message: `hooks.required names ${clash}, which this rule ignores: a required hook counts; remove one of them`
            });
    });
}
/** The severity levels, each in one list at most: a level that both fails and warns says nothing. */
function toSeverity(file, problems) {
    if (!file)
        return undefined;
    const severity = { fail: file.fail ?? [], warn: file.warn ?? [] };
    for (const level of severity.warn.filter((l) => severity.fail.includes(l)))
        problems.push({
            path: ['hooks', 'severity', 'warn'],
            message: `${level} is in both fail and warn: keep it in one`
        });
    return severity;
}
function toMatcher(m) {
    const fix = m['fix-available'];
    return {
        severity: typeof m.severity === 'string' ? [m.severity] : m.severity,
        fixAvailable: fix === undefined ? undefined : fix === true ? ['YES', 'PARTIAL'] : fix === false ? ['NO'] : fix,
        minScore: m['min-score'],
        moreThan: m['more-than'] ?? 0
    };
}
function toVulnerabilities(v) {
    const d = types/* DEFAULT_POLICY */.z.vulnerabilities;
    return {
        failOn: v?.['fail-on']?.map(toMatcher) ?? d.failOn,
        warnOn: v?.['warn-on']?.map(toMatcher) ?? d.warnOn,
        allow: v?.allow ?? [],
        scanIncomplete: v?.['scan-incomplete'] ?? d.scanIncomplete,
        scanOff: v?.['scan-off']
    };
}
/** The policy file, checked by the schema, as the Policy the gate runs on; or the problems left. */
function toPolicy(file, source) {
    const problems = [];
    deadRules(file, problems);
    ignoredRequired(file, problems);
    const d = types/* DEFAULT_POLICY */.z;
    const fallback = {
        failOn: file.workflows?.default?.['fail-on'] ?? d.workflows.default.failOn,
        warnOn: file.workflows?.default?.['warn-on'] ?? d.workflows.default.warnOn,
        maxFailedSteps: file.workflows?.default?.['max-failed-steps'] ?? d.workflows.default.maxFailedSteps,
        maxSkippedSteps: file.workflows?.default?.['max-skipped-steps']
    };
    const policy = {
        source,
        workflows: {
            required: file.workflows?.required ?? [],
            default: fallback,
            rules: (file.workflows?.rules ?? []).map((r) => ({
                type: r.type,
                failOn: r['fail-on'] ?? fallback.failOn,
                warnOn: r['warn-on'] ?? fallback.warnOn,
                maxFailedSteps: r['max-failed-steps'] ?? fallback.maxFailedSteps,
                maxSkippedSteps: r['max-skipped-steps'] ?? fallback.maxSkippedSteps
            }))
        },
        hooks: {
            required: file.hooks?.required ?? [],
            rules: (file.hooks?.rules ?? []).map((r) => ({
                typeName: r['type-name'],
                ignore: r.ignore ?? false,
                onFailure: r['on-failure']
            })),
            hookFailed: file.hooks?.['hook-failed'] ?? d.hooks.hookFailed,
            graceMs: file.hooks?.grace === undefined ? undefined : (0,duration/* parseDuration */.E9)(file.hooks.grace),
            severity: toSeverity(file.hooks?.severity, problems),
            ignoreRules: (file.hooks?.['ignore-rules'] ?? []).map((r) => ({
                rule: r.rule,
                typeName: r['type-name'],
                until: r.until,
                expiresAt: Date.parse(`${r.until}T00:00:00Z`) + 86_400_000,
                reason: r.reason
            })),
            earlyValidation: file.hooks?.['early-validation'] ?? d.hooks.earlyValidation
        },
        stack: {
            resources: file.stack?.resources ?? [],
            failOn: file.stack?.['fail-on'] ?? d.stack.failOn,
            warnOn: file.stack?.['warn-on'] ?? d.stack.warnOn
        },
        vulnerabilities: toVulnerabilities(file.vulnerabilities),
        lifecycle: {
            onPass: toAction(file.lifecycle?.['on-pass'], 'on-pass', problems),
            onWarn: toAction(file.lifecycle?.['on-warn'], 'on-warn', problems),
            onFail: toAction(file.lifecycle?.['on-fail'], 'on-fail', problems)
        },
        cleanup: toCleanup(file.cleanup, problems),
        inUse: toInUse(file['in-use']),
        waiting: {
            timeoutMs: file.waiting?.timeout === undefined ? undefined : (0,duration/* parseDuration */.E9)(file.waiting.timeout),
            onTimeout: file.waiting?.['on-timeout'] ?? d.waiting.onTimeout,
            onError: file.waiting?.['on-error'] ?? d.waiting.onError,
            onMissing: file.waiting?.['on-missing'] ?? d.waiting.onMissing
        }
    };
    return { policy, problems };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/core/observations.ts
var observations = __webpack_require__(2552);
;// CONCATENATED MODULE: ./src/policy/schema.ts
/**
 * The policy file format (version 1), as a zod schema: it validates files and emits the JSON Schema that is
 * committed as `policy.schema.json` for editors. Keys are kebab-case, as in workflow files.
 */






const WORKFLOW_TYPES = ['BUILD', 'TEST', 'DISTRIBUTION', '*'];
const severity = schemas/* enum */.k5n(['fail', 'warn', 'pass']);
/** What data the gate has not seen may map to: never pass (the loader explains the change). */
const unseen = schemas/* enum */.k5n(['fail', 'warn']);
const schema_duration = schemas/* string */.YjP()
    .regex(new RegExp(duration/* DURATION_PATTERN */.Cq), {
    message: 'not a duration: use a form like 90s, 15m, 2h or 1h30m',
    abort: true
})
    .describe('A duration such as 90s, 15m, 2h or 1h30m');
/** A duration that becomes a wait: more than nothing, and within what a timer can wait. */
const wait = schema_duration
    .refine((text) => ((0,duration/* parseDuration */.E9)(text) ?? 0) > 0 && ((0,duration/* parseDuration */.E9)(text) ?? 0) <= duration/* LONGEST_WAIT_MS */.u_, {
    message: `use a duration longer than 0s and at most ${duration/* LONGEST_WAIT */.dX}`
})
    .describe(`A duration such as 90s, 15m or 2h, at most ${duration/* LONGEST_WAIT */.dX}`);
const hookGlob = schemas/* string */.YjP()
    .regex(/^(?!.*\*\*)[A-Za-z0-9_*?-]+(?:::[A-Za-z0-9_*?-]+)*$/, {
    message: 'not a valid hook type glob: use a type name like MyOrg::Security::Scan with * and ? as wildcards'
})
    .describe('Hook type name glob, e.g. MyOrg::Security::*');
const statusGlob = schemas/* string */.YjP()
    .regex(/^(?!.*\*\*)[A-Z_*?]+$/, {
    message: 'not a valid status glob: use upper-case statuses with * and ?, e.g. *_FAILED'
})
    .describe('Status glob, e.g. *_FAILED or ROLLBACK_*');
const resourceGlob = schemas/* string */.YjP()
    .regex(/^(?!.*\*\*)[A-Za-z0-9_*?.-]+(?:::[A-Za-z0-9_*?.-]+)*$/, {
    message: 'not a valid resource glob: use a resource type (AWS::ImageBuilder::Image) or a logical id, with * and ?'
})
    .describe('Resource type or logical id glob');
/** A day of the calendar, `2027-03-31` (Date.parse takes `2026-02-30` and moves it to March). */
const calendarDay = schemas/* string */.YjP()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'use a date like 2027-03-31' })
    .refine((d) => new Date(Date.parse(`${d}T00:00:00Z`) || 0).toISOString().startsWith(d), {
    message: 'not a calendar date: use a date like 2027-03-31'
});
const severityLevels = schemas/* array */.YOg(schemas/* enum */.k5n(types/* SEVERITY_LEVELS */.m));
const ruleIgnore = schemas/* strictObject */.rej({
    rule: schemas/* string */.YjP()
        .min(1)
        .max(1024)
        .describe('The failed rule: its annotation name (a Guard rule, a control id), * and ? as wildcards'),
    'type-name': hookGlob.optional().describe('Only for these hooks; default any hook'),
    until: calendarDay.describe('Ignored through this day (UTC); from the next day on the rule counts again'),
    reason: schemas/* string */.YjP().trim().min(1, { message: 'say why the rule is ignored' }).describe('Why, for the report')
})
    .describe('A failed rule left out of the verdict until a date');
const workflowStatuses = schemas/* array */.YOg(schemas/* enum */.k5n(observations/* WORKFLOW_STATUSES */.N1));
const workflowLimits = {
    'fail-on': workflowStatuses.optional().describe('Statuses that fail the workflow'),
    'warn-on': workflowStatuses.optional().describe('Statuses that warn'),
    'max-failed-steps': schemas/* number */.aig().int().min(0).optional().describe('More failed steps than this fail the workflow'),
    'max-skipped-steps': schemas/* number */.aig().int().min(0).optional().describe('More skipped steps than this warn')
};
/** An ISO 8601 time with its zone, or +N days or hours (N from 1): no lenient date forms. */
const UPDATE_AT = /^(?:\+[1-9]\d{0,3}[dh]|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))$/;
/** RoleNameOrArn in the Image Builder model: a role name, or a role ARN. */
const ROLE = /^(?:arn:aws(?:-[a-z]+)*:iam::[0-9]{12}:role\/)?[a-zA-Z_0-9+=,.@\-_/]+$/;
const lastLaunched = schemas/* strictObject */.rej({ value: schemas/* number */.aig().int().min(1).max(365), unit: schemas/* enum */.k5n(['DAYS', 'WEEKS', 'MONTHS', 'YEARS']) })
    .describe('Skip AMIs launched within this period');
const lifecycleActionSchema = schemas/* strictObject */.rej({
    state: schemas/* enum */.k5n(['AVAILABLE', 'DEPRECATED', 'DISABLED', 'DELETED'])
        .describe('The state to set; DELETED also needs the allow-delete input'),
    target: schemas/* union */.KCZ([
        schemas/* enum */.k5n(['this-build', 'previous-versions']),
        schemas/* string */.YjP().regex(new RegExp(core_arn/* IMAGE_BUILD_VERSION_PATTERN */.dB), {
            message: 'use this-build, previous-versions or an image build version ARN whose partition fits its region ' +
                '(arn:aws-cn: for cn-*, arn:aws-us-gov: for us-gov-*)'
        })
    ])
        .describe('this-build, previous-versions (other builds of the same image) or an image build version ARN'),
    keep: schemas/* number */.aig()
        .int()
        .min(0)
        .optional()
        .describe('With previous-versions: leave the newest N previous versions alone'),
    include: schemas/* strictObject */.rej({
        amis: schemas/* boolean */.zMY().optional(),
        snapshots: schemas/* boolean */.zMY().optional(),
        containers: schemas/* boolean */.zMY().optional()
    })
        .optional()
        .describe('Distributed resources the state change also applies to'),
    exclude: schemas/* strictObject */.rej({
        public: schemas/* boolean */.zMY().optional().describe('Skip public AMIs'),
        regions: schemas/* array */.YOg(schemas/* string */.YjP().regex(new RegExp(`^${core_arn/* REGION_PATTERN */.aY}$`), { message: 'use an AWS region code such as us-east-1' }))
            .optional(),
        'shared-accounts': schemas/* array */.YOg(schemas/* string */.YjP().regex(/^\d{12}$/, { message: 'an AWS account id has 12 digits' }))
            .optional(),
        'last-launched': lastLaunched.optional(),
        tags: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional().describe('Skip AMIs with these tags')
    })
        .optional()
        .describe('AMI exclusion rules'),
    'update-at': schemas/* string */.YjP()
        .regex(UPDATE_AT, { message: 'use a time like 2026-12-31T00:00:00Z or a delay like +30d or +12h (1 to 9999)' })
        .refine((v) => v.startsWith('+') || Number.isFinite(Date.parse(v)), {
        message: 'use a time like 2026-12-31T00:00:00Z or a delay like +30d or +12h (1 to 9999)'
    })
        .optional()
        .describe('When the change takes effect: an ISO time, or +Nd / +Nh from the start of the current UTC day or hour'),
    'execution-role': schemas/* string */.YjP()
        .max(2048)
        .regex(ROLE, {
        message: 'use an IAM role name (e.g. image-gate-lifecycle) or a role ARN (arn:aws:iam::<account>:role/<name>)'
    })
        .optional()
        .describe('IAM role name or ARN Image Builder uses for the update')
})
    .describe('A lifecycle state update');
const cleanupSchema = lifecycleActionSchema
    .omit({ target: true, keep: true })
    .extend({
    images: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[A-Za-z0-9_*?-]+$/, { message: 'an image name glob has letters, digits, -, _, * and ?' }))
        .optional()
        .describe('Image names (globs) to clean up; default every image the account owns'),
    keep: schemas/* number */.aig().int().min(0).optional().describe('Newest build versions per image never touched; default 3'),
    'older-than': schema_duration.optional().describe('Only versions created longer ago than this'),
    states: schemas/* array */.YOg(schemas/* enum */.k5n(['AVAILABLE', 'DEPRECATED', 'DISABLED']))
        .optional()
        .describe('Only versions in these states; default all three'),
    'exclude-tags': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())
        .optional()
        .describe('Never versions carrying one of these tags; the value "*" matches any value')
})
    .describe('Scheduled cleanup (mode: cleanup): which stale image build versions get which state');
const inUseSchema = schemas/* strictObject */.rej({
    check: schemas/* boolean */.zMY()
        .optional()
        .describe('Check whether a build is in use before a state that stops launches (DISABLED, DELETED); default true'),
    'instance-states': schemas/* array */.YOg(schemas/* enum */.k5n(in_use/* INSTANCE_STATES */.RS))
        .optional()
        .describe('Instances in these states use their AMI; default every state but terminated'),
    'launch-template-versions': schemas/* enum */.k5n(['any', 'default'])
        .optional()
        .describe('any (default): any of the newest launch-template-depth versions of a template; default: default versions ' +
        'only. Versions Auto Scaling groups launch from always count'),
    'launch-template-depth': schemas/* number */.aig()
        .int()
        .min(1)
        .max(10000)
        .optional()
        .describe('How many versions back from the newest EC2 checks; default 10'),
    'other-accounts': schemas/* boolean */.zMY()
        .optional()
        .describe("Check other accounts' use (EC2 image usage reports) before DISABLED or DELETED; default true"),
    'other-accounts-wait': schema_duration.optional().describe('How long to wait for those reports; default 10m')
})
    .describe('What counts as in use: a build in use (or not checked) is never disabled or deleted');
const vulnerabilityMatcher = schemas/* strictObject */.rej({
    severity: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)])
        .describe('Severities as Amazon Inspector spells them (CRITICAL, HIGH, MEDIUM, LOW, ...), any case; * for any'),
    'fix-available': schemas/* union */.KCZ([schemas/* boolean */.zMY(), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)])
        .optional()
        .describe('true: a fix is available (YES or PARTIAL); false: none (NO); or the values to match'),
    'min-score': schemas/* number */.aig().min(0).max(10).optional().describe('Only findings Inspector scores at least this'),
    'more-than': schemas/* number */.aig().int().min(0).optional().describe('How many matching findings are tolerated; default 0')
})
    .describe('Which vulnerability findings count, and how many are tolerated');
const allowEntry = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, { message: 'a vulnerability id such as CVE-2026-1234' })
        .describe('The vulnerability id, e.g. CVE-2026-1234'),
    until: calendarDay.describe('The last day (UTC) the entry applies; after it the finding counts again'),
    reason: schemas/* string */.YjP().min(1).max(500).describe('Why the finding is accepted until then')
})
    .describe('A vulnerability accepted until a date, with the reason');
const policyFileSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1).describe('Policy format version'),
    workflows: schemas/* strictObject */.rej({
        required: schemas/* array */.YOg(schemas/* enum */.k5n(WORKFLOW_TYPES)).optional().describe('Workflow types that must have run'),
        default: schemas/* strictObject */.rej(workflowLimits).optional().describe('Applies to workflow types no rule names'),
        rules: schemas/* array */.YOg(schemas/* strictObject */.rej({ type: schemas/* enum */.k5n(WORKFLOW_TYPES), ...workflowLimits })).optional()
    })
        .optional(),
    hooks: schemas/* strictObject */.rej({
        required: schemas/* array */.YOg(hookGlob).optional().describe('Hook types that must have reported, or the gate fails'),
        rules: schemas/* array */.YOg(schemas/* strictObject */.rej({
            'type-name': hookGlob,
            ignore: schemas/* boolean */.zMY().optional().describe('Leave results of these hooks out of the verdict'),
            'on-failure': severity.optional().describe('What HOOK_COMPLETE_FAILED means, whatever the FailureMode')
        }))
            .optional(),
        'hook-failed': severity.optional().describe('What HOOK_FAILED (the hook itself broke) means; default fail'),
        grace: schema_duration.optional().describe('How long to wait for required hooks, or any result, before judging'),
        severity: schemas/* strictObject */.rej({
            fail: severityLevels.optional().describe('Levels of failed rules that fail the gate'),
            warn: severityLevels.optional().describe('Levels of failed rules that warn')
        })
            .optional()
            .describe("Failed rules (GetHookResult's annotations) by severity level; a level in neither passes, a rule " +
            "without a level keeps the hook's own verdict"),
        'ignore-rules': schemas/* array */.YOg(ruleIgnore).optional(),
        'early-validation': severity
            .optional()
            .describe("A change set's failed early validation (failure mode FAIL); default fail")
    })
        .optional(),
    stack: schemas/* strictObject */.rej({
        resources: schemas/* array */.YOg(resourceGlob).optional().describe('Resource types or logical ids that matter; default all'),
        'fail-on': schemas/* array */.YOg(statusGlob).optional().describe('Resource statuses that fail; default *_FAILED'),
        'warn-on': schemas/* array */.YOg(statusGlob).optional().describe('Resource statuses that warn')
    })
        .optional(),
    vulnerabilities: schemas/* strictObject */.rej({
        'fail-on': schemas/* array */.YOg(vulnerabilityMatcher)
            .optional()
            .describe('Findings that fail the build; default: CRITICAL with a fix available'),
        'warn-on': schemas/* array */.YOg(vulnerabilityMatcher).optional().describe('Findings that warn; default: HIGH'),
        allow: schemas/* array */.YOg(allowEntry).optional().describe('Vulnerabilities accepted until a date'),
        'scan-incomplete': severity
            .optional()
            .describe('A scan not finished, or ended ABANDONED, FAILED or TIMED_OUT; default fail'),
        'scan-off': severity.optional().describe('A build with vulnerability scanning off; default: not judged')
    })
        .optional()
        .describe("The build's vulnerability scan (ListImageScanFindings)"),
    lifecycle: schemas/* strictObject */.rej({
        'on-pass': lifecycleActionSchema.optional(),
        'on-warn': lifecycleActionSchema.optional(),
        'on-fail': lifecycleActionSchema.optional()
    })
        .optional()
        .describe('Image Builder state updates to start on a verdict'),
    cleanup: cleanupSchema.optional(),
    'in-use': inUseSchema.optional(),
    waiting: schemas/* strictObject */.rej({
        timeout: wait.optional().describe('Overall timeout when the timeout input is not set'),
        'on-timeout': unseen.optional().describe('A target still running at the timeout: fail, or warn at most'),
        'on-error': unseen.optional().describe('A target that ended in an error: fail, or warn at most'),
        'on-missing': unseen.optional().describe('A required workflow or hook that never reported: fail or warn')
    })
        .optional()
})
    .describe('image-gate policy');
function policyJsonSchema() {
    return {
        ...z.toJSONSchema(policyFileSchema, { io: 'input' }),
        $id: 'https://github.com/image-gate/image-gate/policy.schema.json'
    };
}

// EXTERNAL MODULE: ./src/policy/problems.ts
var policy_problems = __webpack_require__(9936);
;// CONCATENATED MODULE: ./src/policy/load.ts
/**
 * Policy text (YAML or JSON) -> Policy, with every problem pointing at file, line, column and key, and a
 * suggestion for a mistyped key. Pure: the caller reads the file.
 */





function keyPath(path) {
    return path.reduce((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');
}
/** The keys the schema allows at a path, for suggestions. */
function allowedKeys(path) {
    let schema = policyFileSchema;
    for (const part of path) {
        let def = schema.def;
        while (def?.type === 'optional' || def?.type === 'default') {
            schema = def.innerType;
            def = schema.def;
        }
        if (typeof part === 'number')
            schema = def?.element;
        else
            schema = def?.shape?.[String(part)];
    }
    let def = schema
        ?.def;
    while (def?.type === 'optional' || def?.type === 'default')
        def = def.innerType.def;
    return Object.keys(def?.shape ?? {});
}
function at(lines, offset) {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
}
function position(doc, lines, path, key) {
    // The node for the path, or its nearest ancestor that exists; for an unknown key, the key itself.
    for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true);
        if (key && depth === path.length && (0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => String(p.key?.value ?? p.key) === key);
            const range = pair?.key?.range;
            if (range)
                return at(lines, range[0]);
        }
        if (node?.range)
            return at(lines, node.range[0]);
    }
    return { line: 1, column: 1 };
}
function describeIssue(issue, source, doc, lines) {
    if (issue.code === 'unrecognized_keys')
        return issue.keys.map((key) => {
            const suggestion = (0,policy_problems/* nearest */.I)(key, allowedKeys(issue.path));
            const allowed = allowedKeys(issue.path);
            return {
                source,
                ...position(doc, lines, issue.path, key),
                key: keyPath([...issue.path, key]),
                message: suggestion
                    ? `unknown key; did you mean "${suggestion}"?`
                    : `unknown key; allowed here: ${allowed.join(', ')}`
            };
        });
    let message = issue.message;
    if (issue.code === 'invalid_value' && 'values' in issue) {
        const given = doc.getIn(issue.path);
        const suggestion = typeof given === 'string' ? (0,policy_problems/* nearest */.I)(given, issue.values.map(String)) : undefined;
        const allowed = issue.values.map((v) => String(v)).join(', ');
        const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
        message = `${JSON.stringify(given)} is not allowed; use one of ${allowed}${hint}`;
        if (issue.path[0] === 'waiting' && given === 'pass')
            message =
                `"pass" is no longer allowed here: a target that timed out, ended in an error or never reported is data ` +
                    `the gate has not seen, so it can warn at most; use warn (the step succeeds with a warning) or fail`;
    }
    const given = doc.getIn(issue.path);
    // A wrong build ARN as a lifecycle target: the ARN parser says what exactly is wrong with it.
    const arnProblem = issue.path.at(-1) === 'target' && typeof given === 'string' && (0,core_arn/* parseImageBuildVersionArn */.s9)(given);
    if (typeof arnProblem === 'string')
        message = `${arnProblem}; use this-build, previous-versions or the ARN of an image build version`;
    return [{ source, ...position(doc, lines, issue.path), key: keyPath(issue.path), message }];
}
/** Parse and check a policy; `source` names it in messages (a path, or `inline`). */
function loadPolicy(text, source) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0)
        throw new policy_problems/* PolicyError */.p(doc.errors.map((e) => {
            return {
                source,
                ...at(lines, e.pos[0]),
                key: '',
                message: `not valid YAML or JSON: ${e.message.split('\n')[0]}`
            };
        }));
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        // Unresolved or exponentially expanding aliases are refused here, not at parse time.
        throw new policy_problems/* PolicyError */.p([
            { source, line: 1, column: 1, key: '', message: `not valid YAML or JSON: ${error.message}` }
        ]);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        throw new policy_problems/* PolicyError */.p([
            { source, line: 1, column: 1, key: '', message: 'a policy is a mapping that starts with "version: 1"' }
        ]);
    const parsed = policyFileSchema.safeParse(data);
    if (!parsed.success)
        throw new policy_problems/* PolicyError */.p(parsed.error.issues
            .flatMap((issue) => describeIssue(issue, source, doc, lines))
            .sort((a, b) => a.line - b.line || a.column - b.column));
    const { policy, problems } = toPolicy(parsed.data, source);
    if (problems.length > 0)
        throw new policy_problems/* PolicyError */.p(problems.map((p) => ({ source, ...position(doc, lines, p.path), key: keyPath(p.path), message: p.message })));
    return policy;
}


/***/ })

};
