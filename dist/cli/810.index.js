export const id = 810;
export const ids = [810];
export const modules = {

/***/ 5813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ execute)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-imagebuilder/dist-cjs/index.js
var dist_cjs = __webpack_require__(1309);
// EXTERNAL MODULE: ./src/core/listing.ts
var listing = __webpack_require__(799);
// EXTERNAL MODULE: ./src/core/aws-errors.ts
var aws_errors = __webpack_require__(5912);
// EXTERNAL MODULE: ./src/core/lifecycle.ts
var lifecycle = __webpack_require__(2043);
// EXTERNAL MODULE: ./src/wait/scheduler.ts
var scheduler = __webpack_require__(2060);
;// CONCATENATED MODULE: ./src/lifecycle/follow.ts
/** Follow a started lifecycle execution (ListLifecycleExecutions for its resource, all pages) to its end. */


const TERMINAL = new Set(['SUCCESS', 'FAILED', 'CANCELLED']);
function lifecycleExecutionTarget(client, resourceArn, executionId, label) {
    return {
        key: `lifecycle:${executionId}`,
        label,
        async poll(signal) {
            // The whole listing, read by the one rule for listings: a repeated token or a contradictory item fails the
            // poll (retried) rather than hiding the execution or stopping short of it.
            const op = 'ListLifecycleExecutions';
            const listed = await (0,listing/* readAllPages */.s$)(op, async (nextToken) => {
                const page = await client.send(new dist_cjs.ListLifecycleExecutionsCommand({ resourceArn, maxResults: 25, nextToken }), {
                    abortSignal: signal
                });
                return { items: page.lifecycleExecutions ?? [], next: page.nextToken };
            });
            const e = (0,listing/* uniqueById */.ar)(op, listed, (x) => x.lifecycleExecutionId, listing/* sameJson */.Vk).find((x) => x.lifecycleExecutionId === executionId);
            const found = e
                ? {
                    executionId,
                    resourceArn,
                    status: e.state?.status ?? 'UNKNOWN',
                    reason: e.state?.reason,
                    hasImpactedResources: e.resourcesImpactedSummary?.hasImpactedResources,
                    startTime: e.startTime?.toISOString(),
                    endTime: e.endTime?.toISOString()
                }
                : { executionId, resourceArn, status: 'NOT_LISTED_YET' };
            return {
                snapshot: found,
                settled: TERMINAL.has(found.status),
                progress: `lifecycle ${executionId} ${found.status}`
            };
        }
    };
}

// EXTERNAL MODULE: ./src/lifecycle/rate-limit.ts
var rate_limit = __webpack_require__(5118);
// EXTERNAL MODULE: ./src/lifecycle/resend.ts
var resend = __webpack_require__(4137);
;// CONCATENATED MODULE: ./src/lifecycle/execute.ts
/**
 * L1, second half: make the planned requests (rate-limited, bounded concurrency) and follow each execution to
 * its end. A dry run makes no call and reports the requests as planned; one failure hides no other.
 */








function entryOf({ request, trigger, inUse }, mode) {
    return { label: request.label, resourceArn: request.resourceArn, state: request.state, trigger, mode, request, inUse };
}
/** The client's update is already there: an execution pending or running for the resource (an earlier attempt). */
async function pendingExecution(ctx, p) {
    const op = 'ListLifecycleExecutions';
    const executions = await (0,listing/* readAllPages */.s$)(op, async (nextToken) => {
        const page = await ctx
            .imageBuilder(p.region)
            .send(new dist_cjs.ListLifecycleExecutionsCommand({ resourceArn: p.request.resourceArn, nextToken }), {
            abortSignal: ctx.signal
        });
        return { items: page.lifecycleExecutions ?? [], next: page.nextToken };
    });
    return executions.find((e) => e.state?.status === 'PENDING' || e.state?.status === 'IN_PROGRESS')
        ?.lifecycleExecutionId;
}
/**
 * Start one request; the entry says whether it started, and when it takes effect if that is later. Throttled
 * answers slow the pace and put the request back in line (nothing is lost to throttling); an answer lost twice
 * leaves it unknown whether the update started, and the entry says what to check.
 */
async function start(ctx, p, deadline) {
    const entry = entryOf(p, 'started');
    const { request } = p;
    const later = request.updateAt && request.updateAt.getTime() > ctx.clock.now();
    const send = () => ctx.imageBuilder(p.region).send(new dist_cjs.StartResourceStateUpdateCommand((0,lifecycle/* wire */.O4)(request)), { abortSignal: ctx.signal });
    try {
        // A scheduled update (updateAt) of an earlier attempt of this run is found again, not started twice: its
        // client token cannot match when the day of the re-run moves updateAt.
        const found = later ? await pendingExecution(ctx, p) : undefined;
        if (found) {
            ctx.log(`${entry.label}: lifecycle execution ${found} is already pending for it; not starting another`);
            return { ...entry, executionId: found, scheduledFor: request.updateAt?.toISOString() };
        }
        const started = await (0,resend/* sendWithResend */.mG)(ctx, entry.label, send, deadline);
        const executionId = started.lifecycleExecutionId;
        ctx.log(`${entry.label}: lifecycle execution ${executionId} started (${entry.state})`);
        return { ...entry, executionId, scheduledFor: executionId && later ? request.updateAt?.toISOString() : undefined };
    }
    catch (error) {
        const note = (0,aws_errors/* describeAwsError */.Pp)(error);
        ctx.log(`${entry.label}: ${note}`);
        if ((0,aws_errors/* isPermanentAwsError */.y8)(error) || resend/* THROTTLED */.pJ.has((0,resend/* errorName */.Is)(error)))
            return { ...entry, mode: 'failed', note };
        return {
            ...entry,
            mode: 'unknown',
            note: `the answer was lost (${note}), so whether the update started is unknown: check ListLifecycleExecutions ` +
                `for ${request.resourceArn} (or the Image Builder console) before running again`
        };
    }
}
/** Follow the started executions to their end; an update scheduled for later is not waited for (days). */
async function follow(ctx, options, requests, entries) {
    const followed = entries.flatMap((entry, i) => entry.executionId && !entry.scheduledFor ? [{ entry, region: requests[i]?.region ?? '' }] : []);
    if (!options.wait || followed.length === 0)
        return entries;
    const targets = followed.map(({ entry, region }) => lifecycleExecutionTarget(ctx.imageBuilder(region), entry.resourceArn, entry.executionId ?? '', entry.label));
    const results = await (0,scheduler/* waitForAll */.g)(targets, {
        clock: ctx.clock,
        timeoutMs: options.timeoutMs,
        backoff: options.backoff,
        random: ctx.random,
        signal: ctx.signal,
        isPermanent: aws_errors/* isPermanentAwsError */.y8,
        describeError: aws_errors/* describeAwsError */.Pp,
        onPoll: (p) => ctx.log(`${p.label}: ${p.progress}`)
    });
    const ended = new Map(followed.map(({ entry }, i) => {
        const result = results[i];
        const s = result?.snapshot;
        const note = result && result.outcome !== 'settled'
            ? `not finished: ${result.outcome}${result.error ? ` (${result.error})` : ''}`
            : undefined;
        const done = {
            ...entry,
            status: s?.status,
            statusReason: s?.reason,
            hasImpactedResources: s?.hasImpactedResources,
            startTime: s?.startTime,
            endTime: s?.endTime,
            ...(note ? { note } : {})
        };
        return [entry, done];
    }));
    return entries.map((e) => ended.get(e) ?? e);
}
async function execute(ctx, options, requests) {
    if (options.dryRun) {
        for (const { request } of requests)
            ctx.log(`dry-run: would call StartResourceStateUpdate ${JSON.stringify((0,lifecycle/* wire */.O4)(request))}`);
        return requests.map((r) => entryOf(r, 'dry-run'));
    }
    const deadline = ctx.clock.now() + options.timeoutMs;
    const entries = await (0,rate_limit/* mapConcurrent */._)(requests, options.concurrency, (r) => start(ctx, r, deadline));
    return follow(ctx, options, requests, entries);
}


/***/ }),

/***/ 755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ findInUse),
/* harmony export */   m: () => (/* binding */ keptBy)
/* harmony export */ });
/* harmony import */ var _core_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7136);
/* harmony import */ var _core_in_use_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7494);
/**
 * Between planning and executing: the builds a state update would move are checked for use first. A build in use,
 * or not fully checked, is kept from a state that stops launches (DISABLED, DELETED); DEPRECATED goes ahead with
 * what uses it on record. The check (and with it the EC2 client) is loaded only when there is something to check.
 */


/** A build whose AMIs are not known cannot be checked: an AMI build that is not failed has some. */
function unknownAmis(build) {
    if (build.type === 'DOCKER' || build.state === 'FAILED' || build.state === 'CANCELLED')
        return undefined;
    if (build.outputs && build.outputs.amis.length > 0)
        return undefined;
    const arn = (0,_core_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageBuildVersionArn */ .s9)(build.arn);
    return {
        region: typeof arn === 'string' ? '' : arn.region,
        images: [],
        reason: build.outputs ? 'Image Builder lists no AMIs for this build' : 'the AMIs of this build were not read',
        settle: "check the build's distribution (GetImage shows its outputResources), then run again"
    };
}
/** What uses each build a move to `state` would touch (by ARN); nothing when the scope or the state needs no check. */
async function findInUse(ctx, options, state, builds) {
    if (!options.inUse.check || state === 'AVAILABLE' || builds.length === 0)
        return new Map();
    const unknown = new Map(builds.flatMap((b) => (unknownAmis(b) ? [[b.arn, unknownAmis(b)]] : [])));
    const checkable = builds.filter((b) => !unknown.has(b.arn));
    const found = new Map([...unknown].map(([arn, u]) => [arn, { references: [], unchecked: [u] }]));
    if (checkable.length === 0)
        return found;
    const { checkInUse } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(932), __webpack_require__.e(289)]).then(__webpack_require__.bind(__webpack_require__, 8289));
    const checked = await checkInUse(ctx, options, checkable.map((build) => {
        const arn = (0,_core_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageBuildVersionArn */ .s9)(build.arn);
        return { build, account: typeof arn === 'string' ? '' : arn.account, stops: (0,_core_in_use_js__WEBPACK_IMPORTED_MODULE_1__/* .stopsLaunches */ .tu)(state) };
    }));
    return new Map([...found, ...checked]);
}
/** Why the build must not get `state`, if its finding says so. */
function keptBy(finding, state) {
    return finding && (0,_core_in_use_js__WEBPACK_IMPORTED_MODULE_1__/* .stopsLaunches */ .tu)(state) ? (0,_core_in_use_js__WEBPACK_IMPORTED_MODULE_1__/* .keepReason */ .En)(finding) : undefined;
}


/***/ }),

/***/ 4701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ buildRequest),
  $: () => (/* binding */ clientToken)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/canonical.ts
/** JSON with sorted keys at every level (undefined left out), so equal requests compare and hash equally. */
function canonical(value) {
    if (value instanceof Date)
        return JSON.stringify(value.toISOString());
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object')
        return `{${Object.keys(value)
            .filter((k) => value[k] !== undefined)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
            .join(',')}}`;
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/lifecycle/request.ts
/** Pure: a policy's lifecycle action on one resource -> the exact StartResourceStateUpdate request. */


const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/**
 * `+30d` counts from the start of the current UTC day and `+12h` from the start of the current UTC hour, so
 * a re-run of the same job sends the same time (and so the same request, which the client token requires).
 */
function resolveUpdateAt(spec, now) {
    if (!spec)
        return undefined;
    const relative = /^\+(\d+)([dh])$/.exec(spec);
    if (!relative)
        return new Date(spec);
    const unit = relative[2] === 'd' ? DAY : HOUR;
    return new Date(Math.floor(now / unit) * unit + Number(relative[1]) * unit);
}
/**
 * The idempotency token: the same run (re-runs included), resource and parameters give the same token, so a
 * re-run starts nothing new; anything else gives another. At most 36 characters, as the API allows.
 */
function clientToken(runIdentity, params) {
    return `ig-${(0,external_node_crypto_.createHash)('sha256')
        .update(`${runIdentity}\n${canonical(params)}`)
        .digest('hex')
        .slice(0, 32)}`;
}
function buildRequest(action, resourceArn, label, reason, runIdentity, now) {
    const exclude = action.exclude && Object.values(action.exclude).some((v) => v !== undefined) ? { amis: action.exclude } : undefined;
    const params = {
        resourceArn,
        state: action.state,
        includeResources: action.include,
        exclusionRules: exclude,
        updateAt: resolveUpdateAt(action.updateAt, now),
        executionRole: action.executionRole
    };
    return { ...params, label, reason, clientToken: clientToken(runIdentity, params) };
}


/***/ }),

/***/ 4137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   mG: () => (/* binding */ sendWithResend),
/* harmony export */   pJ: () => (/* binding */ THROTTLED)
/* harmony export */ });
/* harmony import */ var _core_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5912);
/** A mutating call whose answer may be lost on the way back, sent once more with the same client token. */

const THROTTLED = new Set([
    'ThrottlingException',
    'CallRateLimitExceededException',
    'Throttling',
    'TooManyRequestsException'
]);
function errorName(error) {
    return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}
/**
 * Paced by the run's limiter; a throttled answer slows the pace and is sent again until `deadline` (nothing is lost
 * to throttling). An answer lost on the way back (a reset, a garbled body) leaves it unknown whether the call took
 * effect: it is sent once more, unchanged, and its client token makes Image Builder answer with what the first did.
 */
async function sendWithResend(ctx, label, send, deadline) {
    const paced = async () => {
        for (;;) {
            await ctx.limiter.acquire(ctx.signal);
            try {
                const answer = await send();
                ctx.limiter.accepted();
                return answer;
            }
            catch (error) {
                if (!THROTTLED.has(errorName(error)) || ctx.signal?.aborted || ctx.clock.now() >= deadline)
                    throw error;
                ctx.limiter.throttled();
            }
        }
    };
    return paced().catch((error) => {
        if ((0,_core_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isPermanentAwsError */ .y8)(error) || ctx.signal?.aborted)
            throw error;
        ctx.log(`${label}: ${(0,_core_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error)}; asking again with the same client token`);
        return paced();
    });
}


/***/ }),

/***/ 8810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanup: () => (/* binding */ cleanup)
});

// EXTERNAL MODULE: ./src/core/aws-errors.ts
var aws_errors = __webpack_require__(5912);
// EXTERNAL MODULE: ./src/core/lifecycle.ts
var lifecycle = __webpack_require__(2043);
// EXTERNAL MODULE: ./src/lifecycle/execute.ts + 1 modules
var execute = __webpack_require__(5813);
// EXTERNAL MODULE: ./src/core/count.ts
var count = __webpack_require__(1940);
// EXTERNAL MODULE: ./src/core/in-use.ts
var in_use = __webpack_require__(7494);
// EXTERNAL MODULE: ./src/lifecycle/in-use-guard.ts
var in_use_guard = __webpack_require__(755);
// EXTERNAL MODULE: ./src/lifecycle/request.ts + 1 modules
var request = __webpack_require__(4701);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
// EXTERNAL MODULE: ./src/lifecycle/select.ts
var lifecycle_select = __webpack_require__(2882);
;// CONCATENATED MODULE: ./src/lifecycle/stale.ts
/** Pure: which image build versions a scheduled cleanup retires, and why every other one is left alone. */



function excludedByTag(build, tags) {
    for (const [key, value] of Object.entries(tags)) {
        const actual = build.tags?.[key];
        if (actual !== undefined && (value === '*' || value === actual))
            return `carries the exclusion tag ${key}=${actual}`;
    }
    return undefined;
}
/**
 * One decision per build, in order of image name and newest version first. `current` names versions never
 * touched; `now` is epoch milliseconds.
 */
function selectStale(builds, rules, now, current = new Set()) {
    const byImage = new Map();
    for (const build of builds) {
        if (rules.images.length > 0 && !(0,glob/* matchesAny */._)(build.name, rules.images))
            continue;
        byImage.set(build.name, [...(byImage.get(build.name) ?? []), build]);
    }
    const decisions = [];
    const byName = [...byImage].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [name, versions] of byName) {
        const newestFirst = versions.sort((a, b) => (0,lifecycle_select/* compareVersions */.Zy)(b.version, a.version));
        newestFirst.forEach((build, index) => {
            const decide = (decision, why) => decisions.push({ build, decision, why });
            if (current.has(build.arn))
                return decide('kept', 'named as the current version');
            const tagged = excludedByTag(build, rules.excludeTags);
            if (tagged)
                return decide('kept', tagged);
            if (index < rules.keep)
                return decide('kept', rules.keep === 1 ? `the newest version of ${name}` : `one of the newest ${rules.keep} versions of ${name}`);
            const created = build.dateCreated ? Date.parse(build.dateCreated) : NaN;
            if (rules.olderThanMs !== undefined) {
                if (!Number.isFinite(created))
                    return decide('kept', 'its creation date is unknown');
                if (now - created < rules.olderThanMs)
                    return decide('kept', `created ${(0,duration/* formatDuration */.a3)(now - created)} ago, not older than ${(0,duration/* formatDuration */.a3)(rules.olderThanMs)}`);
            }
            if (!rules.states.includes(build.state ?? ''))
                return decide('skipped', `its state ${build.state ?? 'unknown'} is not one of ${rules.states.join(', ')}`);
            const need = (0,lifecycle_select/* needsUpdate */.Ts)(build.state, rules.action.state, false, build.type);
            if (!need.needed)
                return decide('skipped', need.why);
            decide('act', `stale: ${build.state} -> ${rules.action.state}`);
        });
    }
    return decisions;
}

// EXTERNAL MODULE: ./src/lifecycle/versions.ts
var versions = __webpack_require__(4699);
;// CONCATENATED MODULE: ./src/lifecycle/cleanup.ts







/** Every version's decision, and the requests for the stale ones that are not in use. */
async function planCleanup(ctx, options, { region, rules, current }) {
    // Exact names filter on the server; globs need the whole list.
    const exact = rules.images.length > 0 && rules.images.every((n) => !/[*?]/.test(n));
    const builds = await (0,versions/* listAllBuildVersions */.J)(ctx.imageBuilder(region), { owner: 'Self', names: exact ? rules.images : undefined }, ctx.signal);
    const now = ctx.clock.now();
    const { state } = rules.action;
    const selected = selectStale(builds, rules, now, current);
    const found = await (0,in_use_guard/* findInUse */.Y)(ctx, options, state, selected.filter((d) => d.decision === 'act').map((d) => d.build));
    const decisions = selected.map((d) => {
        const inUse = d.decision === 'act' ? found.get(d.build.arn) : undefined;
        const kept = (0,in_use_guard/* keptBy */.m)(inUse, state);
        if (kept)
            return { ...d, decision: 'kept', why: kept, inUse };
        const note = (0,in_use/* goesAheadNote */.mi)(inUse);
        return inUse ? { ...d, why: note ? `${d.why}; ${note}` : d.why, inUse } : d;
    });
    const stale = decisions.filter((d) => d.decision === 'act');
    ctx.log(`cleanup: ${(0,count/* count */.U)(builds.length, 'build version')} read, ${stale.length} to update`);
    const requests = stale.map(({ build, inUse }) => ({
        request: (0,request/* buildRequest */.m)(rules.action, build.arn, `${build.name} ${build.version}`, 'cleanup', options.runIdentity, now),
        region,
        trigger: 'cleanup',
        inUse
    }));
    return { decisions, requests };
}
async function runCleanup(ctx, options, target) {
    const { decisions, requests } = await planCleanup(ctx, options, target);
    return { decisions, entries: await (0,execute/* execute */.g)(ctx, options, requests) };
}

;// CONCATENATED MODULE: ./src/policy/cleanup.ts
/** The verdict of a cleanup run: it passes when every update it started (or would start) went through. */


function cleanupEvaluation(result, dryRun) {
    const counts = (0,lifecycle/* cleanupCounts */.pp)(result);
    const findings = result.entries.filter(lifecycle/* isFailed */.Ix).map((e) => ({
        target: 'cleanup',
        item: e.label,
        rule: 'cleanup',
        severity: 'fail',
        message: e.note ?? `${e.status}${e.statusReason ? `: ${e.statusReason}` : ''}`
    }));
    const did = dryRun ? 'would update' : 'updated';
    const state = result.entries[0]?.state ?? 'the target state';
    const reason = `${(0,count/* count */.U)(counts.acted, 'version')} ${did} to ${state}, ` +
        `${counts.kept} kept, ${counts.skipped} skipped, ${counts.failed} failed.`;
    return { verdict: counts.failed > 0 ? 'fail' : 'pass', reason, findings };
}
/** Listing the versions failed: nothing was started, and the run ends in an error. */
function cleanupListingFailed(error) {
    const reason = `Listing the image build versions failed: ${error}`;
    return {
        verdict: 'error',
        reason,
        findings: [{ target: 'cleanup', item: 'listing', rule: 'cleanup', severity: 'fail', message: reason }]
    };
}

// EXTERNAL MODULE: ./src/run/context.ts
var context = __webpack_require__(670);
;// CONCATENATED MODULE: ./src/run/cleanup.ts





async function cleanup(config, ctx) {
    const startedAt = ctx.clock.now();
    const { dryRun } = config.lifecycle;
    const common = { results: [], dryRun, inUse: config.policy.inUse, policySource: config.policy.source, startedAt };
    // A cancelled job keeps what it had not started (the in-use check fails closed), and says it was cancelled.
    const marked = (evaluation) => ctx.signal?.aborted
        ? {
            ...evaluation,
            verdict: 'cancelled',
            reason: `The job was cancelled during the cleanup. ${evaluation.reason}`
        }
        : evaluation;
    let result;
    try {
        result = await runCleanup((0,context/* lifecycleContext */.e)(config, ctx), { ...config.lifecycle, backoff: config.backoff, inUse: config.policy.inUse }, config.cleanup);
    }
    catch (error) {
        // Listing failed: nothing was started.
        const evaluation = marked(cleanupListingFailed((0,aws_errors/* describeAwsError */.Pp)(error)));
        const empty = { decisions: [], entries: [] };
        await ctx.sink.finish({
            ...common,
            evaluation,
            lifecycle: [],
            lifecycleStatus: 'none',
            cleanup: empty,
            finishedAt: ctx.clock.now()
        });
        return evaluation.verdict;
    }
    const evaluation = marked(cleanupEvaluation(result, dryRun));
    await ctx.sink.finish({
        ...common,
        evaluation,
        lifecycle: result.entries,
        lifecycleStatus: (0,lifecycle/* lifecycleStatus */.lq)(result.entries, dryRun),
        cleanup: result,
        finishedAt: ctx.clock.now()
    });
    return evaluation.verdict;
}


/***/ })

};
