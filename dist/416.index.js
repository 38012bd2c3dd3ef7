export const id = 416;
export const ids = [416];
export const modules = {

/***/ 799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K9: () => (/* binding */ expectSame),
/* harmony export */   Vk: () => (/* binding */ sameJson),
/* harmony export */   aW: () => (/* binding */ PageTokens),
/* harmony export */   ar: () => (/* binding */ uniqueById),
/* harmony export */   hJ: () => (/* binding */ UntrustedAnswerError),
/* harmony export */   s$: () => (/* binding */ readAllPages)
/* harmony export */ });
/**
 * Reading AWS listings so that only a complete and consistent one is ever judged. A page answered with a token
 * seen before in the same listing means the listing cannot be finished (it would loop, or stop short); the same
 * item listed twice with different contents cannot be both. Either way the answer is untrusted: the poll fails
 * (and is retried), it never yields a partial or contradictory list.
 */
/** An AWS answer the gate cannot judge by: truncated, contradictory or about another resource. */
class UntrustedAnswerError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UntrustedAnswer';
    }
}
/** The pagination tokens of one listing: a token given twice means the listing cannot be read to its end. */
class PageTokens {
    operation;
    seen = new Set();
    constructor(operation) {
        this.operation = operation;
    }
    /** The token to ask the next page with, or undefined at the end. */
    next(token) {
        if (!token)
            return undefined;
        if (this.seen.has(token))
            throw new UntrustedAnswerError(`${this.operation} answered a pagination token it had already given, so the listing cannot be read to its end`);
        this.seen.add(token);
        return token;
    }
}
/** Every page of a listing, in order; `page(token)` reads one page and says the next token. */
async function readAllPages(operation, page) {
    const items = [];
    const tokens = new PageTokens(operation);
    let token;
    do {
        const answer = await page(token);
        items.push(...answer.items);
        token = tokens.next(answer.next);
    } while (token !== undefined);
    return items;
}
/**
 * Each item once: an item repeated with the same contents counts once; the same id with other contents is a
 * contradiction. Items without an id are never merged (nothing says they are the same).
 */
function uniqueById(operation, items, id, same) {
    const byId = new Map();
    const result = [];
    for (const item of items) {
        const key = id(item);
        if (!key) {
            result.push(item);
            continue;
        }
        const earlier = byId.get(key);
        if (earlier === undefined) {
            byId.set(key, item);
            result.push(item);
        }
        else if (!same(earlier, item))
            throw new UntrustedAnswerError(`${operation} listed ${key} twice with different contents`);
    }
    return result;
}
/** Same contents, for telling a repeated item from a contradictory one. */
function sameJson(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/** The answer must be about the resource asked for. */
function expectSame(operation, what, asked, answered) {
    if (answered !== undefined && answered !== asked)
        throw new UntrustedAnswerError(`${operation} answered about ${what} ${answered}, not ${asked}`);
}


/***/ }),

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

/***/ 2882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ts: () => (/* binding */ needsUpdate),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   oR: () => (/* binding */ selectPrevious)
/* harmony export */ });
/* harmony import */ var _core_lifecycle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2043);
/** Pure: which image build versions a lifecycle action should touch, and why the others are left alone. */

/** Order of the states a build can be moved along; moving back is never done implicitly. */
const RANK = new Map([
    ['AVAILABLE', 0],
    ['DEPRECATED', 1],
    ['DISABLED', 2],
    ['DELETED', 3]
]);
/**
 * Whether a build in `current` state should get `target`: only forward along AVAILABLE -> ... -> DELETED, and
 * never what AWS always refuses. A build named explicitly (this build, an ARN) may also be in another state, e.g.
 * FAILED after its tests (which only DELETED applies to).
 */
function needsUpdate(current, target, named = false, type) {
    const refused = (0,_core_lifecycle_js__WEBPACK_IMPORTED_MODULE_0__/* .refusedUpdate */ .mF)(current, target, type);
    if (refused)
        return { needed: false, why: refused };
    const from = current === undefined ? undefined : RANK.get(current);
    if (from === undefined) {
        return named && current !== undefined
            ? { needed: true }
            : { needed: false, why: `its state ${current ?? 'is unknown'} is not one a lifecycle update applies to` };
    }
    if (current === target)
        return { needed: false, why: `already ${target}` };
    if (from > (RANK.get(target) ?? Infinity))
        return { needed: false, why: `already ${current}, past ${target}` };
    return { needed: true };
}
function parts(version) {
    return version.split(/[./]/).map((n) => Number(n));
}
/** Semantic version first, then build number. */
function compareVersions(a, b) {
    const x = parts(a);
    const y = parts(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const d = (x[i] ?? 0) - (y[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
/** The builds of an image older than `current`, past the newest `keep` of them, that need `target`. */
function selectPrevious(builds, current, keep, target) {
    const older = builds
        .filter((b) => b.arn !== current.arn && compareVersions(b.version, current.version) < 0)
        .sort((a, b) => compareVersions(b.version, a.version));
    const selection = { selected: [], skipped: [] };
    older.forEach((build, index) => {
        if (index < keep)
            return selection.skipped.push({
                build,
                why: keep === 1 ? 'kept: the newest previous version' : `kept: one of the newest ${keep} previous versions`
            });
        const need = needsUpdate(build.state, target, false, build.type);
        if (need.needed)
            selection.selected.push(build);
        else
            selection.skipped.push({ build, why: need.why });
    });
    return selection;
}


/***/ }),

/***/ 4699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ listAllBuildVersions)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1309);
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_in_use_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7494);
/* harmony import */ var _core_listing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(799);
/** The build versions of images (ListImages -> ListImageBuildVersions, every page of both). */



/** Image version ARNs (`.../image/<name>/<x.y.z>`) matching the filter. */
async function listImageVersions(client, filter, signal) {
    const filters = filter.names && filter.names.length > 0 ? [{ name: 'name', values: filter.names }] : undefined;
    const versions = await (0,_core_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .readAllPages */ .s$)('ListImages', async (nextToken) => {
        const page = await client.send(new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2__.ListImagesCommand({ owner: filter.owner ?? 'Self', filters, maxResults: 25, nextToken }), { abortSignal: signal });
        return { items: page.imageVersionList ?? [], next: page.nextToken };
    });
    return [...new Set(versions.flatMap((v) => (v.arn ? [v.arn] : [])))];
}
async function listBuildVersions(client, imageVersionArn, signal) {
    const op = 'ListImageBuildVersions';
    const listed = await (0,_core_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .readAllPages */ .s$)(op, async (nextToken) => {
        const page = await client.send(new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2__.ListImageBuildVersionsCommand({ imageVersionArn, maxResults: 25, nextToken }), {
            abortSignal: signal
        });
        return { items: page.imageSummaryList ?? [], next: page.nextToken };
    });
    const builds = listed.flatMap((b) => b.arn
        ? [
            {
                arn: b.arn,
                name: b.name ?? '',
                version: b.version ?? '',
                state: b.state?.status,
                type: b.type,
                outputs: (0,_core_in_use_js__WEBPACK_IMPORTED_MODULE_0__/* .toBuildOutputs */ .AO)(b.outputResources ?? {}),
                dateCreated: b.dateCreated,
                tags: b.tags
            }
        ]
        : []);
    // A version listed twice counts once (it must not shift keep); listed with two states, it is not to be trusted.
    return (0,_core_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .uniqueById */ .ar)(op, builds, (b) => b.arn, _core_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .sameJson */ .Vk);
}
/** Every build version of every image the filter matches. */
async function listAllBuildVersions(client, filter, signal) {
    const versions = await listImageVersions(client, filter, signal);
    const builds = [];
    for (const arn of versions)
        builds.push(...(await listBuildVersions(client, arn, signal)));
    return builds;
}


/***/ })

};
