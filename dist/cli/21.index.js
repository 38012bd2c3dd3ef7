export const id = 21;
export const ids = [21,845];
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

/***/ 7845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planAction: () => (/* binding */ planAction),
/* harmony export */   runBuilds: () => (/* binding */ runBuilds)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1309);
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _core_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7136);
/* harmony import */ var _core_in_use_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7494);
/* harmony import */ var _in_use_guard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(755);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4701);
/* harmony import */ var _select_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2882);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4699);
/**
 * L1, first half: resolve a verdict's lifecycle action to the exact requests it makes, and the builds it leaves
 * alone with why. Reads (GetImage, the image's versions) but changes nothing.
 */







/** The run's builds, each with the image state its last poll read. */
function runBuilds(imageBuilds, results) {
    return imageBuilds.map((arn) => {
        const snapshot = results.find((r) => r.key === arn.arn)?.snapshot;
        const build = snapshot?.kind === 'image-build' ? snapshot : undefined;
        return { arn, imageStatus: build?.imageStatus, imageType: build?.imageType, outputs: build?.outputs };
    });
}
function toBuild(arn, state, produced = {}) {
    return { arn: arn.arn, name: arn.name, version: `${arn.version}/${arn.build}`, state, ...produced };
}
function sameImage(text, arn) {
    const other = (0,_core_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageBuildVersionArn */ .s9)(text);
    return (typeof other !== 'string' &&
        other.name === arn.name &&
        other.account === arn.account &&
        other.region === arn.region &&
        other.partition === arn.partition);
}
/** A build named outright (this build, an ARN) is updated unless its state says there is nothing to do. */
function named(arn, status, produced, chosen) {
    const { needed, why } = (0,_select_js__WEBPACK_IMPORTED_MODULE_4__/* .needsUpdate */ .Ts)(status, chosen.action.state, true, produced.type);
    return { build: toBuild(arn, status, produced), region: arn.region, skip: needed ? undefined : why };
}
async function resolve(ctx, chosen, builds) {
    const { target, state } = chosen.action;
    switch (target.kind) {
        case 'build': {
            const { image } = await ctx
                .imageBuilder(target.arn.region)
                .send(new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_6__.GetImageCommand({ imageBuildVersionArn: target.arn.arn }), { abortSignal: ctx.signal });
            const produced = { type: image?.type, outputs: (0,_core_in_use_js__WEBPACK_IMPORTED_MODULE_1__/* .toBuildOutputs */ .AO)(image?.outputResources ?? {}) };
            return [named(target.arn, image?.state?.status, produced, chosen)];
        }
        case 'this-build':
            return builds.map(({ arn, imageStatus, imageType, outputs }) => named(arn, imageStatus, { type: imageType, outputs }, chosen));
        case 'previous-versions': {
            const resolved = [];
            for (const { arn } of builds) {
                // Every build of every semantic version of the image (ListImages by name, then each version's builds).
                const listed = await (0,_versions_js__WEBPACK_IMPORTED_MODULE_5__/* .listAllBuildVersions */ .J)(ctx.imageBuilder(arn.region), { names: [arn.name] }, ctx.signal);
                // Only builds of this very image: a name filter is no proof, the ARN is.
                const all = listed.filter((b) => sameImage(b.arn, arn));
                const selection = (0,_select_js__WEBPACK_IMPORTED_MODULE_4__/* .selectPrevious */ .oR)(all, toBuild(arn), target.keep, state);
                resolved.push(...selection.selected.map((build) => ({ build, region: arn.region })), ...selection.skipped.map(({ build, why }) => ({ build, region: arn.region, skip: why })));
            }
            return resolved;
        }
    }
}
/** Why a request is not sent: its update-at has passed (StartResourceStateUpdate: "must be a future time"). */
function pastUpdateAt(request, now) {
    if (!request.updateAt || request.updateAt.getTime() > now)
        return undefined;
    return (`update-at ${request.updateAt.toISOString()} is not in the future, and StartResourceStateUpdate takes only a ` +
        'future time: change update-at in the policy');
}
async function planAction(ctx, options, chosen, builds) {
    const { action, trigger } = chosen;
    const resolved = await resolve(ctx, chosen, builds);
    const checked = resolved.filter((p) => !p.skip).map((p) => p.build);
    const found = await (0,_in_use_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .findInUse */ .Y)(ctx, options, action.state, checked);
    const now = ctx.clock.now();
    const plan = { requests: [], unsent: [] };
    for (const p of resolved) {
        const label = `${p.build.name} ${p.build.version}`;
        const inUse = found.get(p.build.arn);
        const entry = { label, resourceArn: p.build.arn, state: action.state, trigger, inUse };
        // A build in use, or not fully checked, is kept from a state that stops launches.
        const skip = p.skip ?? (0,_in_use_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .keptBy */ .m)(inUse, action.state);
        if (skip) {
            plan.unsent.push({ ...entry, mode: 'skipped', note: skip });
            continue;
        }
        const request = (0,_request_js__WEBPACK_IMPORTED_MODULE_3__/* .buildRequest */ .m)(action, p.build.arn, label, trigger, options.runIdentity, now);
        const late = pastUpdateAt(request, now);
        if (late)
            plan.unsent.push({ ...entry, mode: 'failed', request, note: late });
        else
            plan.requests.push({ request, region: p.region, trigger, inUse });
    }
    return plan;
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

/***/ 5021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runLifecycle: () => (/* binding */ runLifecycle)
/* harmony export */ });
/* harmony import */ var _core_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5912);
/* harmony import */ var _core_lifecycle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2043);
/* harmony import */ var _execute_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5813);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7845);
/** A verdict's lifecycle action, planned then executed; every resource is reported, whatever became of it. */




async function runLifecycle(ctx, options, chosen, builds) {
    try {
        const plan = await (0,_plan_js__WEBPACK_IMPORTED_MODULE_2__.planAction)(ctx, options, chosen, builds);
        return [...(await (0,_execute_js__WEBPACK_IMPORTED_MODULE_1__/* .execute */ .g)(ctx, options, plan.requests)), ...plan.unsent];
    }
    catch (error) {
        // Planning failed (e.g. listing the previous versions): nothing was started; say so, and fail the step.
        const target = (0,_core_lifecycle_js__WEBPACK_IMPORTED_MODULE_3__/* .targetText */ .Z3)(chosen.action.target);
        return [
            {
                label: target,
                resourceArn: target,
                state: chosen.action.state,
                trigger: chosen.trigger,
                mode: 'failed',
                note: (0,_core_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error)
            }
        ];
    }
}


/***/ })

};
