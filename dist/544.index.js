export const id = 544;
export const ids = [544];
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

/***/ 3544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STACK_QUIET_MS: () => (/* binding */ STACK_QUIET_MS),
/* harmony export */   parallelClusterStackTarget: () => (/* binding */ parallelClusterStackTarget)
/* harmony export */ });
/* harmony import */ var _core_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7136);
/* harmony import */ var _core_observations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2552);
/* harmony import */ var _wait_forecast_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5876);
/* harmony import */ var _stack_events_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7358);




/**
 * How often the events are read while the stack's Image resource is being created. CloudFormation completes or
 * fails a stack only once every resource in progress has (rollback is off by default in ParallelCluster), so
 * until the image ends the events cannot settle the stack; this bounds how late a deletion of the stack
 * mid-build (`pcluster delete-image`), which nothing documents the timing of, is seen.
 */
const STACK_QUIET_MS = 5 * 60_000;
/**
 * Stack statuses after which the build has ended: nothing more happens without a new operation, or the stack is
 * being deleted (ParallelCluster's cleanup). A status AWS has not documented never ends it.
 */
function hasEnded(status) {
    return (0,_core_observations_js__WEBPACK_IMPORTED_MODULE_2__/* .isOneOf */ .EK)(status, [..._core_observations_js__WEBPACK_IMPORTED_MODULE_2__/* .TERMINAL_STACK_STATUSES */ .$V, 'DELETE_IN_PROGRESS']);
}
/** The image has ended (its workflows may still be rolling back): its stack resource follows. */
const imageEnded = (result) => result.settled || (0,_core_observations_js__WEBPACK_IMPORTED_MODULE_2__/* .isOneOf */ .EK)(result.snapshot.imageStatus, _core_observations_js__WEBPACK_IMPORTED_MODULE_2__/* .TERMINAL_IMAGE_STATUSES */ .qP);
function parallelClusterStackTarget(client, image, clock, watchImage) {
    const events = new _stack_events_js__WEBPACK_IMPORTED_MODULE_1__/* .StackEventReader */ .a(client, image.imageId);
    let build;
    /** When the events were last read (clock ms). */
    let eventsReadAt = -Infinity;
    const resources = new Map();
    // The image build ARN each Image Builder image resource named in an event, whatever later events name.
    const imageArns = new Map();
    const snapshot = {
        kind: 'parallelcluster-stack',
        label: `ParallelCluster image ${image.imageId}`,
        region: image.region,
        imageId: image.imageId,
        stackName: image.imageId,
        resources: [],
        hookEvents: [],
        eventCount: 0
    };
    const apply = (event) => {
        const at = event.Timestamp?.toISOString() ?? '';
        const status = event.ResourceStatus ?? 'UNKNOWN';
        // Hooks report on the resources they check in the stack's own events (HookStatus, HookFailureMode).
        if (event.HookStatus)
            snapshot.hookEvents = [
                ...(snapshot.hookEvents ?? []),
                {
                    logicalId: event.LogicalResourceId ?? 'unknown',
                    type: event.HookType ?? 'unknown',
                    status: event.HookStatus,
                    failureMode: event.HookFailureMode ?? 'FAIL',
                    reason: event.HookStatusReason
                }
            ];
        const isStack = event.ResourceType === 'AWS::CloudFormation::Stack' && event.LogicalResourceId === image.imageId;
        snapshot.stackId = event.StackId || snapshot.stackId;
        if (isStack) {
            snapshot.stackStatus = status;
            if (status === 'DELETE_IN_PROGRESS')
                snapshot.deletionStartedAt ??= at;
            // The rollback's reason names the failed resources; the final ROLLBACK_COMPLETE has none of its own.
            snapshot.stackReason = event.ResourceStatusReason ?? snapshot.stackReason;
            return;
        }
        const id = event.LogicalResourceId ?? 'unknown';
        const resource = resources.get(id) ?? {
            logicalId: id,
            type: event.ResourceType ?? 'unknown',
            status,
            firstAt: at,
            lastAt: at
        };
        resource.status = status;
        resource.reason = event.ResourceStatusReason;
        resource.physicalId = event.PhysicalResourceId || resource.physicalId;
        const named = (0,_core_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageBuildVersionArn */ .s9)(event.PhysicalResourceId ?? '');
        if (typeof named !== 'string')
            imageArns.set(id, named);
        resource.lastAt = at;
        if (status.endsWith('_FAILED')) {
            resource.failedStatus = status;
            resource.failureReason = event.ResourceStatusReason;
        }
        if (status === 'CREATE_COMPLETE')
            resource.createdAt = at;
        resources.set(id, resource);
    };
    /** The image a resource of the stack makes, read through the watcher; undefined when it cannot be. */
    const readImage = async (resource, signal) => {
        const arn = imageArns.get(resource?.logicalId ?? '');
        if (!watchImage || !arn)
            return undefined;
        if (build?.arn !== arn.arn)
            build = { arn: arn.arn, target: watchImage(arn) };
        // An image that has ended stays as it ended: read again, it would only cost calls.
        if (build.last?.settled)
            return build.last;
        try {
            const result = await build.target.poll(signal);
            snapshot.imageBuild = result.snapshot;
            build.last = result;
            return result;
        }
        catch {
            // Progress is a bonus (the role may lack Image Builder read access): the stack events decide.
            return undefined;
        }
    };
    /** The image was building when last read: the events are read only every STACK_QUIET_MS. */
    const imageBuilding = () => build?.last !== undefined && !imageEnded(build.last);
    const images = () => [...resources.values()].filter((r) => r.type === 'AWS::ImageBuilder::Image');
    /** The progress of the image the stack is building, while it builds; undefined when unknown. */
    const imageProgress = (signal) => readImage(images().find((r) => r.status === 'CREATE_IN_PROGRESS'), signal);
    /** Once the stack has ended, the image it made read once more: its AMI is listed only once it is AVAILABLE. */
    const madeImage = async (signal) => {
        if ((snapshot.imageBuild?.outputs?.amis ?? []).length > 0)
            return;
        await readImage(images().find((r) => r.createdAt), signal);
    };
    return {
        key: `stack:${image.region}:${image.imageId}`,
        label: snapshot.label,
        async poll(signal) {
            if (!imageBuilding() || clock.now() - eventsReadAt >= STACK_QUIET_MS) {
                eventsReadAt = clock.now();
                // Oldest first, so the last event applied to a resource is its current one.
                const fresh = await events.readNew(snapshot.stackId ?? image.imageId, signal);
                for (const event of fresh)
                    apply(event);
                snapshot.eventCount += fresh.length;
            }
            snapshot.resources = [...resources.values()].map((r) => ({ ...r }));
            const failed = snapshot.resources.filter((r) => r.failedStatus).length;
            const done = snapshot.resources.filter((r) => r.status.endsWith('_COMPLETE')).length;
            const settled = hasEnded(snapshot.stackStatus);
            const building = settled ? undefined : await imageProgress(signal);
            if (settled && !failed)
                await madeImage(signal);
            return {
                snapshot: { ...snapshot },
                settled,
                // An ended image reaches the stack's events within tens of seconds: look densely until it has.
                lookInMs: building && imageEnded(building) ? _wait_forecast_js__WEBPACK_IMPORTED_MODULE_3__/* .DENSE_MS */ .pA : building?.lookInMs,
                // Whatever pace the image sets, the events are read when due: the bound on seeing a deletion mid-build.
                lookWithinMs: imageBuilding() ? eventsReadAt + STACK_QUIET_MS - clock.now() : undefined,
                progress: `stack ${snapshot.stackStatus ?? 'not started'}, ${done}/${snapshot.resources.length} resources complete` +
                    `${failed ? `, ${failed} failed` : ''}${building ? `; Image Builder ${building.progress}` : ''}`
            };
        }
    };
}


/***/ }),

/***/ 7358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ StackEventReader)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _core_listing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(799);
/**
 * A stack's events, read as they come: DescribeStackEvents lists them newest first, so each read follows the pages
 * only down to the newest event an earlier read has seen (or until `enough` says so), and gives the new ones
 * oldest first. Events count as seen only once a read is complete: a read that fails is read again whole. The
 * answer must be about the stack asked for; an event repeated across pages counts once, and the same event told
 * two ways is not to be trusted.
 */


const OP = 'DescribeStackEvents';
class StackEventReader {
    client;
    name;
    seen = new Set();
    /** `name` is the stack's name, which every event must carry. */
    constructor(client, name) {
        this.client = client;
        this.name = name;
    }
    /** The events since the last read, oldest first; `stack` is the name or the stack ID to ask with. */
    async readNew(stack, signal, enough) {
        const fresh = [];
        const freshById = new Map();
        const tokens = new _core_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .PageTokens */ .aW(OP);
        let NextToken;
        read: do {
            const page = await this.client.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeStackEventsCommand({ StackName: stack, NextToken }), {
                abortSignal: signal
            });
            for (const event of page.StackEvents ?? []) {
                (0,_core_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .expectSame */ .K9)(OP, 'stack', this.name, event.StackName);
                if (event.EventId && this.seen.has(event.EventId))
                    break read;
                const earlier = event.EventId ? freshById.get(event.EventId) : undefined;
                if (earlier && !(0,_core_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .sameJson */ .Vk)(earlier, event))
                    throw new _core_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .UntrustedAnswerError */ .hJ(`${OP} listed event ${event.EventId} twice with different contents`);
                if (earlier)
                    continue;
                if (event.EventId)
                    freshById.set(event.EventId, event);
                fresh.push(event);
                if (enough?.(event))
                    break read;
            }
            NextToken = tokens.next(page.NextToken);
        } while (NextToken);
        for (const id of freshById.keys())
            this.seen.add(id);
        return fresh.reverse();
    }
}


/***/ }),

/***/ 5876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ lookIn),
/* harmony export */   ZB: () => (/* binding */ changeSetLookIn),
/* harmony export */   _T: () => (/* binding */ settleWindow),
/* harmony export */   cf: () => (/* binding */ durationOf),
/* harmony export */   pA: () => (/* binding */ DENSE_MS)
/* harmony export */ });
/* unused harmony exports MIN_SIGMA, PRIOR_SIGMA, WINDOW_SIGMAS, CHANGE_SET_FIRST_MS */
/**
 * Where a target can settle, and when to look next: pure code, no I/O. A forecast is a window of instants in
 * which the target can end as expected (an image build's last step ending, a change set finishing creating).
 * Outside it the target can only end unforeseen (a step failing), which the scheduler's forecast cap bounds
 * (`forecastCapMs`, backoff.ts); inside it, looks come every few seconds. The window is recomputed at every poll
 * from what the target has done so far, so a build that runs slow or fast moves it.
 */
/** How far apart looks are inside a window: the latency a settling there is seen with, at most (+10% jitter). */
const DENSE_MS = 9_000;
/** A duration's spread (log-normal sigma) assumed at least, however alike the builds seen so far were. */
const MIN_SIGMA = 0.1;
/** Without history, a duration's spread. */
const PRIOR_SIGMA = 0.3;
/**
 * How many spreads either side of the expected end a window reaches. Two or three earlier builds understate a
 * step's spread: at 2.0, about one build in twelve ended outside its window on the benchmark.
 */
const WINDOW_SIGMAS = 2.5;
/** The median and spread of earlier durations (positive ones); undefined without any. */
function durationOf(samples) {
    const logs = samples.filter((d) => Number.isFinite(d) && d > 0).map(Math.log);
    if (logs.length === 0)
        return undefined;
    const sorted = [...logs].sort((a, b) => a - b);
    const mid = sorted.length / 2;
    const median = sorted.length % 2
        ? sorted[Math.floor(mid)]
        : (sorted[mid - 1] + sorted[mid]) / 2;
    const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
    const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, logs.length - 1));
    // Two or three builds say little about the spread: fewer samples lean on the prior.
    const sigma = logs.length >= 5 ? sd : (sd * logs.length + PRIOR_SIGMA) / (logs.length + 1);
    return { medianMs: Math.exp(median), sigma: Math.max(MIN_SIGMA, sigma) };
}
/** Mean and variance of a log-normal duration, in milliseconds. */
function moments({ medianMs, sigma }) {
    const s2 = sigma * sigma;
    return { mean: medianMs * Math.exp(s2 / 2), variance: (Math.exp(s2) - 1) * medianMs ** 2 * Math.exp(s2) };
}
/**
 * The window in which a sequence of durations still to run ends: the one under way (`elapsedMs` of it done),
 * then `ahead` one after another. The one under way ends within its own spread of its median (or now, once it
 * runs over); those ahead add their mean, and their spread as the square root of their summed variances.
 */
function settleWindow(current, elapsedMs, ahead) {
    const k = WINDOW_SIGMAS;
    const now = current
        ? {
            lo: Math.max(0, current.medianMs * Math.exp(-k * current.sigma) - elapsedMs),
            hi: Math.max(0, current.medianMs * Math.exp(k * current.sigma) - elapsedMs)
        }
        : { lo: 0, hi: 0 };
    const sum = ahead.map(moments).reduce((a, b) => ({ mean: a.mean + b.mean, variance: a.variance + b.variance }), {
        mean: 0,
        variance: 0
    });
    const spread = k * Math.sqrt(sum.variance);
    const overrunMs = current ? elapsedMs - current.medianMs * Math.exp(k * current.sigma) : 0;
    return {
        startMs: now.lo + Math.max(0, sum.mean - spread),
        endMs: now.hi + sum.mean + spread,
        overrunMs: overrunMs > 0 ? overrunMs : undefined
    };
}
/**
 * When to look next for a window (undefined: no forecast, the scheduler backs off). Before the window: at its
 * start (the scheduler's forecast cap shortens the wait, bounding how late an unforeseen failure is seen). In it:
 * every DENSE_MS. Past it, the forecast was short: the look-ahead grows with the overrun (half of it), so a build
 * far slower than its history costs few calls, and one a little late is still seen within seconds.
 */
function lookIn(window) {
    if (!window)
        return undefined;
    if (window.startMs > 0)
        return Math.max(DENSE_MS, window.startMs);
    if (window.endMs > 0)
        return DENSE_MS;
    return Math.max(DENSE_MS, (window.overrunMs ?? 0) / 2);
}
/** A change set rarely finishes creating sooner than this after its creation (its hooks alone take seconds). */
const CHANGE_SET_FIRST_MS = 9_000;
/**
 * When to look at a change set being created, `ageMs` after its CreationTime: nothing tells how long creating
 * it takes (the template's size, its hooks), so looks come every DENSE_MS from its first likely end on, on a
 * grid counted from its creation, so a late start of the gate costs no extra look.
 */
function changeSetLookIn(ageMs) {
    if (!Number.isFinite(ageMs) || ageMs < CHANGE_SET_FIRST_MS)
        return CHANGE_SET_FIRST_MS - Math.max(0, ageMs || 0);
    return DENSE_MS - ((ageMs - CHANGE_SET_FIRST_MS) % DENSE_MS);
}


/***/ })

};
