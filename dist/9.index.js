export const id = 9;
export const ids = [9,573];
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

/***/ 6573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildDetailsReader: () => (/* binding */ buildDetailsReader),
/* harmony export */   listScanFindings: () => (/* binding */ listScanFindings),
/* harmony export */   listWorkflowSteps: () => (/* binding */ listWorkflowSteps),
/* harmony export */   scanOf: () => (/* binding */ scanOf),
/* harmony export */   scanSettled: () => (/* binding */ scanSettled),
/* harmony export */   waitingStepsListing: () => (/* binding */ waitingStepsListing)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1309);
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5912);
/* harmony import */ var _core_listing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(799);
/* harmony import */ var _core_observations_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2552);
/* harmony import */ var _core_scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9506);
/**
 * What an image build tells beyond its workflows' counts: the steps of a workflow execution
 * (ListWorkflowStepExecutions), the steps paused at WaitForAction (ListWaitingWorkflowSteps, account-wide,
 * narrowed to the build) and the vulnerability findings of its scan (ListImageScanFindings, by its ARN).
 */





const PAGE_SIZE = 25;
/** Every step of one workflow execution, all pages, each once, in the order Image Builder runs them. */
async function listWorkflowSteps(client, workflowExecutionId, signal) {
    const op = 'ListWorkflowStepExecutions';
    const listed = await (0,_core_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .readAllPages */ .s$)(op, async (nextToken) => {
        const command = new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2__.ListWorkflowStepExecutionsCommand({ workflowExecutionId, maxResults: PAGE_SIZE, nextToken });
        const page = await client.send(command, { abortSignal: signal });
        (0,_core_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .expectSame */ .K9)(op, 'workflow execution', workflowExecutionId, page.workflowExecutionId);
        return { items: page.steps ?? [], next: page.nextToken };
    });
    const steps = listed.map((s) => ({
        id: s.stepExecutionId ?? '',
        name: s.name ?? 'unnamed step',
        action: s.action ?? 'unknown action',
        status: s.status ?? 'UNKNOWN',
        rollbackStatus: s.rollbackStatus,
        message: s.message,
        startTime: s.startTime,
        endTime: s.endTime
    }));
    return (0,_core_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .uniqueById */ .ar)(op, steps, (s) => s.id, _core_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .sameJson */ .Vk);
}
/** Within this long, one account-wide listing of paused steps answers every build's poll. */
const WAITING_FRESH_MS = 10_000;
/**
 * The account's steps paused at WaitForAction (ListWaitingWorkflowSteps takes no filter), read once for every
 * build of a region polled within a few seconds: a listing per build per poll would grow with the square of
 * the builds, in calls and in what each call returns. A listing serves a look only if it was read once that
 * look was due (`notBefore`): one read before a stall began cannot show the pause that stalls it.
 */
function waitingStepsListing(client, clock) {
    const op = 'ListWaitingWorkflowSteps';
    let last;
    return function read(signal, notBefore) {
        if (last && last.at >= notBefore && clock.now() - last.at < WAITING_FRESH_MS)
            return last.steps;
        const steps = (0,_core_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .readAllPages */ .s$)(op, async (nextToken) => {
            const command = new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2__.ListWaitingWorkflowStepsCommand({ maxResults: PAGE_SIZE, nextToken });
            const page = await client.send(command, { abortSignal: signal });
            return { items: page.steps ?? [], next: page.nextToken };
        }).then((listed) => (0,_core_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .uniqueById */ .ar)(op, listed, (s) => s.stepExecutionId, _core_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .sameJson */ .Vk));
        const read = { at: clock.now(), steps };
        last = read;
        // A failed listing is not kept: the next poll asks again.
        steps.catch(() => {
            if (last === read)
                last = undefined;
        });
        return steps;
    };
}
/** The steps of this build paused at a WaitForAction step now, first seen `now`. */
function waitingOf(listed, imageBuildVersionArn, now) {
    // Only this build's steps, and only ones that can be answered (an id).
    return listed
        .filter((s) => s.imageBuildVersionArn === imageBuildVersionArn && s.stepExecutionId)
        .map((s) => ({
        id: s.stepExecutionId ?? '',
        workflowExecutionId: s.workflowExecutionId ?? '',
        name: s.name ?? 'unnamed step',
        action: s.action ?? 'WaitForAction',
        startTime: s.startTime,
        seenAt: now
    }));
}
function toFinding(f) {
    const details = f.packageVulnerabilityDetails;
    return {
        id: details?.vulnerabilityId ?? f.title ?? 'unknown vulnerability',
        severity: f.severity ?? 'UNKNOWN',
        fixAvailable: f.fixAvailable,
        score: f.inspectorScore,
        title: f.title,
        packages: (details?.vulnerablePackages ?? []).map((p) => ({
            name: p.name ?? 'unknown package',
            version: p.version,
            fixedInVersion: p.fixedInVersion
        }))
    };
}
/** The build's findings, all pages; one listed twice (same vulnerability, same packages) counts once. */
async function listScanFindings(client, imageBuildVersionArn, signal) {
    const op = 'ListImageScanFindings';
    const filters = [{ name: 'imageBuildVersionArn', values: [imageBuildVersionArn] }];
    const listed = await (0,_core_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .readAllPages */ .s$)(op, async (nextToken) => {
        const command = new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2__.ListImageScanFindingsCommand({ filters, maxResults: PAGE_SIZE, nextToken });
        const page = await client.send(command, { abortSignal: signal });
        return { items: page.findings ?? [], next: page.nextToken };
    });
    // The filter is the build's; a finding of another build in the answer is not this build's.
    const own = listed.filter((f) => f.imageBuildVersionArn === undefined || f.imageBuildVersionArn === imageBuildVersionArn);
    const key = (f) => `${f.id}\u0000${f.packages.map((p) => `${p.name}@${p.version ?? ''}`).join(',')}`;
    return (0,_core_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .uniqueById */ .ar)(op, own.map(toFinding), key, _core_listing_js__WEBPACK_IMPORTED_MODULE_1__/* .sameJson */ .Vk);
}
const ENDED = new Set(_core_observations_js__WEBPACK_IMPORTED_MODULE_3__/* .TERMINAL_WORKFLOW_STATUSES */ .su);
const SCAN_ENDED = new Set(_core_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .TERMINAL_SCAN_STATUSES */ .w);
const MIN_LOOK_MS = 60_000;
const done = (e) => e.succeededSteps + e.failedSteps + e.skippedSteps;
/** An ended workflow a policy may flag: its steps tell which one failed or was skipped, and why. */
const worthSteps = (e) => ENDED.has(e.status) && e.status !== 'SKIPPED' && (e.status !== 'COMPLETED' || e.failedSteps + e.skippedSteps > 0);
/** The scan as GetImage tells it: on or off, and its state. */
function scanOf(image) {
    const config = image?.imageScanningConfiguration;
    const state = image?.scanState;
    if (!config && !state)
        return undefined;
    return { enabled: config?.imageScanningEnabled ?? state !== undefined, status: state?.status, reason: state?.reason };
}
/**
 * Reads what a build's counts do not tell, each thing once where it cannot change: the steps of an ended
 * workflow, the findings of a completed scan. Steps paused at WaitForAction are looked for while a running
 * workflow makes no progress (a paused one makes none; see Stall). A call the role may not make is said once in
 * `unread` and not made again; the build is still judged, and a scan whose findings were not read is not clean.
 */
function buildDetailsReader(client, imageBuildVersionArn, clock, listWaiting = waitingStepsListing(client, clock)) {
    const steps = new Map();
    const unread = new Map();
    let waiting = [];
    let findings;
    const stalls = new Map();
    // The first look is due from the gate's start: any listing read since then shows a build paused before it.
    const startedAt = clock.now();
    let firstPoll = true;
    /**
     * Whether the workflow made progress since the last poll. The first poll looks at once (the build may have
     * paused before the gate started); a workflow that starts later is looked at once its step runs long.
     */
    function progressed(e, now) {
        const stall = stalls.get(e.id);
        if (stall && stall.done === done(e))
            return false;
        const start = Date.parse(e.startTime ?? '');
        const pace = done(e) > 0 && Number.isFinite(start) ? Math.max(0, now - start) / done(e) : MIN_LOOK_MS;
        stalls.set(e.id, { done: done(e), since: now, nextLook: firstPoll ? startedAt : now + 3 * pace });
        return stall !== undefined;
    }
    async function guarded(operation, read) {
        if (unread.has(operation))
            return undefined;
        try {
            return await read();
        }
        catch (error) {
            if (!(0,_core_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isPermanentAwsError */ .y8)(error))
                throw error;
            unread.set(operation, `${operation}: ${(0,_core_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error)}`);
            return undefined;
        }
    }
    return {
        /** The executions with the steps of the ended ones a policy may flag, and the steps paused now. */
        async workflows(executions, signal) {
            for (const e of executions.filter((x) => worthSteps(x) && !steps.has(x.id) && x.id)) {
                const listed = await guarded('ListWorkflowStepExecutions', () => listWorkflowSteps(client, e.id, signal));
                if (listed)
                    steps.set(e.id, listed);
            }
            const now = clock.now();
            const running = executions.filter((e) => !ENDED.has(e.status));
            // A workflow that made progress or ended is not paused: what was waiting in it was answered.
            const moved = running.map((e) => progressed(e, now)).some(Boolean);
            const ended = new Set(executions.filter((e) => ENDED.has(e.status)).map((e) => e.id));
            waiting = moved ? [] : waiting.filter((w) => !ended.has(w.workflowExecutionId));
            firstPoll = false;
            const due = running.flatMap((e) => stalls.get(e.id)?.nextLook ?? []).filter((at) => at <= now);
            if (waiting.length === 0 && due.length > 0) {
                const listed = await guarded('ListWaitingWorkflowSteps', () => listWaiting(signal, Math.max(...due)));
                if (listed)
                    waiting = waitingOf(listed, imageBuildVersionArn, new Date(now).toISOString());
                // Nothing paused: look again once the stall has lasted twice as long.
                for (const e of running) {
                    const stall = stalls.get(e.id);
                    if (stall && stall.nextLook <= now)
                        stall.nextLook = now + Math.max(now - stall.since, MIN_LOOK_MS);
                }
            }
            return { executions: executions.map((e) => (steps.has(e.id) ? { ...e, steps: steps.get(e.id) } : e)), waiting };
        },
        /** The scan, with its findings once it completed. */
        async scan(scan, signal) {
            if (scan?.status !== 'COMPLETED')
                return scan;
            findings ??= await guarded('ListImageScanFindings', () => listScanFindings(client, imageBuildVersionArn, signal));
            return { ...scan, findings };
        },
        /** What could not be read, one line per call. */
        unread: () => [...unread.values()]
    };
}
/** Whether the scan can change no more: off, ended, and its findings read (or not readable). */
function scanSettled(scan, unread) {
    if (!scan?.enabled)
        return true;
    if (!SCAN_ENDED.has(scan.status ?? ''))
        return false;
    const unreadable = unread.some((u) => u.startsWith('ListImageScanFindings'));
    return scan.status !== 'COMPLETED' || scan.findings !== undefined || unreadable;
}


/***/ }),

/***/ 3009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  imageBuildTarget: () => (/* binding */ imageBuildTarget),
  listExecutions: () => (/* binding */ listExecutions)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-imagebuilder/dist-cjs/index.js
var dist_cjs = __webpack_require__(1309);
// EXTERNAL MODULE: ./src/core/in-use.ts
var in_use = __webpack_require__(7494);
// EXTERNAL MODULE: ./src/core/listing.ts
var listing = __webpack_require__(799);
// EXTERNAL MODULE: ./src/sources/build-details.ts
var build_details = __webpack_require__(6573);
// EXTERNAL MODULE: ./src/core/observations.ts
var observations = __webpack_require__(2552);
// EXTERNAL MODULE: ./src/wait/forecast.ts
var forecast = __webpack_require__(5876);
;// CONCATENATED MODULE: ./src/wait/build-forecast.ts
/**
 * Where an image build can end, from its earlier builds (src/sources/build-history.ts): the steps still to run
 * in the running workflow, then the workflows still to start, each step's duration as earlier builds ran it.
 * Pure code; the window it gives is turned into a delay by `lookIn` (forecast.ts).
 */


const done = (e) => e.succeededSteps + e.failedSteps + e.skippedSteps;
/**
 * A workflow on its way to failing: it rolls back, or it ended other than completed. A failed step alone is not:
 * a step whose workflow document says `onFailure: Continue` fails while the workflow runs on for its remaining
 * steps; one that aborts turns the workflow's own status within the sparse bound.
 */
const failing = (e) => e.status.startsWith('ROLLBACK') || ((0,observations/* workflowEnded */.wr)(e.status) && !['COMPLETED', 'SKIPPED'].includes(e.status));
/** Where the build ends soon: look densely until it has. */
const IMMINENT = { startMs: 0, endMs: Infinity };
/**
 * The window in which the build can end as expected, or undefined when its history cannot tell (none, or a
 * workflow or step it has not seen) and nothing is failing. `stepStartedAt` tells when a running workflow's
 * current step started (epoch ms), as read or as first seen.
 */
function buildWindow(history, executions, now, stepStartedAt) {
    // A failing build ends within its rollback, whatever its history says or lacks.
    if (executions.some(failing))
        return IMMINENT;
    // Distribution runs after build and test (Image Builder user guide, image workflows): once it has ended, the
    // image's own state comes next, with or without a history.
    const running = executions.filter((e) => !(0,observations/* workflowEnded */.wr)(e.status));
    if (running.length === 0 && executions.some((e) => e.type === 'DISTRIBUTION'))
        return IMMINENT;
    if (history.order.length === 0)
        return undefined;
    const duration = (key) => (0,forecast/* durationOf */.cf)(history.samples.get(key) ?? []);
    const stepsOf = (type) => (history.steps.get(type) ?? []).map((name) => duration(`${type}/${name}`));
    const started = new Set(executions.map((e) => e.type));
    // Each workflow yet to start: its lag after the one before, then its steps.
    const later = (after) => history.order
        .slice(after + 1)
        .filter((type) => !started.has(type))
        .flatMap((type) => [duration(type), ...stepsOf(type)]);
    const position = (e) => history.order.indexOf(e.type);
    const window = (current, elapsed, ahead) => current && ahead.every(Boolean) ? (0,forecast/* settleWindow */._T)(current, elapsed, ahead) : undefined;
    if (running.length === 0) {
        const next = history.order.findIndex((type) => !started.has(type));
        // Every workflow ran: the image's own state comes next.
        if (next < 0)
            return IMMINENT;
        const lastEnd = Math.max(...executions.map((e) => Date.parse(e.endTime ?? '')).filter(Number.isFinite), -Infinity);
        const type = history.order[next];
        return window(duration(type), Number.isFinite(lastEnd) ? now - lastEnd : 0, [...stepsOf(type), ...later(next)]);
    }
    const last = running.reduce((a, b) => (position(b) > position(a) ? b : a));
    const at = position(last);
    const names = history.steps.get(last.type) ?? [];
    if (at < 0 || done(last) >= names.length)
        return undefined;
    const steps = stepsOf(last.type);
    const since = stepStartedAt(last) ?? Date.parse(last.startTime ?? '');
    const elapsed = Number.isFinite(since) ? Math.max(0, now - since) : 0;
    return window(steps[done(last)], elapsed, [...steps.slice(done(last) + 1), ...later(at)]);
}

;// CONCATENATED MODULE: ./src/sources/build-history.ts
/**
 * The earlier builds of an image, read once per build the gate waits on: builds of one recipe run the same named
 * steps with similar durations, so the step durations of the last few successful builds of the same image version
 * (ListImageBuildVersions, then their workflow executions and steps) forecast when this build can end. Only for
 * the cadence of polling: a history that cannot be read leaves the gate polling without a forecast, never judging
 * otherwise.
 */



/** How many earlier successful builds are read: each costs a call for its workflows and one per workflow. */
const HISTORY_BUILDS = 2;
/**
 * How many pages of an image version's builds are listed, at most (25 builds a page). The listing has no order, so
 * an image version with hundreds of builds could cost a call per 25 of them before the gate's next look, and hold
 * it past its timeout: any successful earlier builds forecast the cadence, the latest of those read are taken.
 */
const HISTORY_PAGES = 4;
const span = (start, end) => start && end ? new Date(end).getTime() - new Date(start).getTime() : NaN;
const buildNumber = (arn) => Number(/\/(\d+)$/.exec(arn ?? '')?.[1] ?? NaN);
/** The history of the builds of `arn`'s image version before it; empty when there are none. */
async function readBuildHistory(client, arn, listExecutions, signal) {
    const imageVersionArn = arn.arn.replace(/\/\d+$/, '');
    const tokens = new listing/* PageTokens */.aW('ListImageBuildVersions');
    const versions = [];
    let nextToken;
    for (let pages = 0; pages < HISTORY_PAGES && (pages === 0 || nextToken); pages += 1) {
        const page = await client.send(new dist_cjs.ListImageBuildVersionsCommand({ imageVersionArn, maxResults: 25, nextToken }), {
            abortSignal: signal
        });
        versions.push(...(page.imageSummaryList ?? []));
        nextToken = tokens.next(page.nextToken);
    }
    const own = buildNumber(arn.arn);
    // Only this image version's earlier builds that succeeded: a failed build's steps stop early.
    const earlier = (0,listing/* uniqueById */.ar)('ListImageBuildVersions', versions, (v) => v.arn, listing/* sameJson */.Vk)
        .filter((v) => v.arn?.startsWith(`${imageVersionArn}/`) && v.state?.status === 'AVAILABLE')
        .filter((v) => buildNumber(v.arn) < own)
        .sort((a, b) => buildNumber(b.arn) - buildNumber(a.arn))
        .slice(0, HISTORY_BUILDS);
    const history = { order: [], steps: new Map(), samples: new Map() };
    const add = (key, ms) => {
        if (Number.isFinite(ms) && ms >= 0)
            history.samples.set(key, [...(history.samples.get(key) ?? []), ms]);
    };
    for (const version of earlier) {
        const executions = (await listExecutions(version.arn, signal))
            .filter((e) => e.status === 'COMPLETED' && !e.retried)
            .sort((a, b) => Date.parse(a.startTime ?? '') - Date.parse(b.startTime ?? ''));
        if (history.order.length === 0)
            history.order = executions.map((e) => e.type);
        let previousEnd;
        for (const e of executions) {
            add(e.type, span(previousEnd, e.startTime));
            previousEnd = e.endTime;
            const steps = await (0,build_details.listWorkflowSteps)(client, e.id, signal);
            if (!history.steps.has(e.type))
                history.steps.set(e.type, steps.map((s) => s.name));
            for (const s of steps)
                add(`${e.type}/${s.name}`, span(s.startTime, s.endTime));
        }
    }
    return history;
}

;// CONCATENATED MODULE: ./src/sources/build-cadence.ts





const NO_HISTORY = { order: [], steps: new Map(), samples: new Map() };
function buildCadence(client, arn, clock, listExecutions) {
    let history;
    /** Per running workflow: its step count and when its current step started. */
    const current = new Map();
    /**
     * The history, read once: a read that fails for any reason leaves none for this build. Read again at every
     * poll, a listing that cannot be read whole (a repeated token, a contradiction) would cost its pages each time.
     */
    async function historyOf(signal) {
        try {
            history ??= await readBuildHistory(client, arn, listExecutions, signal);
        }
        catch (error) {
            if (signal.aborted)
                throw error;
            history = NO_HISTORY;
        }
        return history;
    }
    return {
        /** Milliseconds until the next look, or undefined when the history cannot tell. */
        async lookIn(executions, signal) {
            const known = await historyOf(signal);
            const now = clock.now();
            const lastType = known.order.at(-1);
            for (const e of executions.filter((x) => !(0,observations/* workflowEnded */.wr)(x.status) && x.id)) {
                const done = e.succeededSteps + e.failedSteps + e.skippedSteps;
                const seen = current.get(e.id);
                if (seen?.done === done)
                    continue;
                let since = done === 0 ? Date.parse(e.startTime ?? '') : now;
                if (e.type === lastType) {
                    // Where the window is placed from: the running step's own start, read once per step.
                    const steps = await (0,build_details.listWorkflowSteps)(client, e.id, signal).catch(() => []);
                    const running = steps.find((s) => s.status === 'RUNNING');
                    since = Date.parse(running?.startTime ?? '') || since;
                }
                current.set(e.id, { done, since: Number.isFinite(since) ? since : now });
            }
            return (0,forecast/* lookIn */.$r)(buildWindow(known, executions, now, (e) => current.get(e.id)?.since));
        }
    };
}

// EXTERNAL MODULE: ./src/sources/merge.ts
var merge = __webpack_require__(2114);
;// CONCATENATED MODULE: ./src/sources/image-build.ts
/**
 * W1, image builds: the workflow executions of an image build version, with the image's own state to tell when
 * more may come.
 */







const terminalImage = new Set(observations/* TERMINAL_IMAGE_STATUSES */.qP);
const isRunning = (e) => !(0,observations/* workflowEnded */.wr)(e.status);
/** Milliseconds per step of the build's finished workflows, as a prior for workflows with no progress yet. */
function finishedPace(executions) {
    let time = 0;
    let steps = 0;
    for (const e of executions) {
        if (isRunning(e) || !e.startTime || !e.endTime || e.totalSteps <= 0)
            continue;
        time += Date.parse(e.endTime) - Date.parse(e.startTime);
        steps += e.totalSteps;
    }
    return steps > 0 && time > 0 ? time / steps : undefined;
}
/**
 * How long until some running workflow starts its last step, from its pace so far (or, before its first step
 * ends, the pace of the build's finished workflows): until then it can only end by failing a step. Undefined
 * (could end any moment) when nothing runs or there is no pace to judge by; 0 when one is in its last step.
 */
function estimateQuietMs(executions, now) {
    const running = executions.filter(isRunning);
    if (running.length === 0)
        return undefined;
    const prior = finishedPace(executions);
    let soonest = Infinity;
    for (const e of running) {
        const done = e.succeededSteps + e.failedSteps + e.skippedSteps;
        const elapsed = Math.max(0, e.startTime ? now - Date.parse(e.startTime) : 0);
        if (e.totalSteps <= 0)
            return undefined;
        if (done > 0)
            soonest = Math.min(soonest, ((e.totalSteps - done - 1) * elapsed) / done);
        else if (prior !== undefined)
            soonest = Math.min(soonest, (e.totalSteps - 1) * prior - elapsed);
        else
            return undefined;
    }
    return Math.max(0, soonest);
}
/** `; paused at step Approve (WaitForAction) since 12:03:00Z` for each step waiting for an action. */
function pausedAt(observation) {
    return (observation.waiting ?? [])
        .map((w) => `; paused at step ${w.name} (${w.action}) since ${w.startTime ?? w.seenAt}`)
        .join('');
}
/** `BUILD completed, TEST running 3/6 steps`, led by the image state when this poll read it. */
function describe(observation, imageRead) {
    const workflows = observation.executions.map((e) => {
        const status = e.status.toLowerCase();
        return (0,observations/* workflowEnded */.wr)(e.status)
            ? `${e.type} ${status}`
            : `${e.type} ${status} ${e.succeededSteps + e.failedSteps + e.skippedSteps}/${e.totalSteps} steps`;
    });
    const image = imageRead ? [`image ${observation.imageStatus ?? 'unknown'}`] : [];
    const scan = imageRead && observation.scan?.enabled ? [`scan ${observation.scan.status ?? 'not started'}`] : [];
    return [...image, workflows.join(', ') || 'no workflows yet', ...scan].join('; ') + pausedAt(observation);
}
/** Every workflow execution of the build, all pages, each once; only a whole, consistent listing of this build. */
async function listExecutions(client, imageBuildVersionArn, signal) {
    const op = 'ListWorkflowExecutions';
    const listed = await (0,listing/* readAllPages */.s$)(op, async (nextToken) => {
        const page = await client.send(new dist_cjs.ListWorkflowExecutionsCommand({ imageBuildVersionArn, maxResults: 25, nextToken }), { abortSignal: signal });
        (0,listing/* expectSame */.K9)(op, 'image build', imageBuildVersionArn, page.imageBuildVersionArn);
        return { items: page.workflowExecutions ?? [], next: page.nextToken };
    });
    const executions = listed.map((e) => ({
        id: e.workflowExecutionId ?? '',
        type: e.type ?? 'UNKNOWN',
        status: e.status ?? 'UNKNOWN',
        message: e.message,
        workflowArn: e.workflowBuildVersionArn,
        parallelGroup: e.parallelGroup,
        totalSteps: e.totalStepCount ?? 0,
        succeededSteps: e.totalStepsSucceeded ?? 0,
        failedSteps: e.totalStepsFailed ?? 0,
        skippedSteps: e.totalStepsSkipped ?? 0,
        startTime: e.startTime,
        endTime: e.endTime,
        retried: e.retried || undefined
    }));
    return (0,listing/* uniqueById */.ar)(op, executions, (e) => e.id, listing/* sameJson */.Vk);
}
function imageBuildTarget(client, arn, clock, options = {}) {
    const label = `${arn.name} ${arn.version}/${arn.build}`;
    const details = (0,build_details.buildDetailsReader)(client, arn.arn, clock, options.waiting);
    const cadence = buildCadence(client, arn, clock, (a, signal) => listExecutions(client, a, signal));
    let previous;
    return {
        key: arn.arn,
        label,
        async poll(signal) {
            // While a workflow runs the image cannot be done: the list alone is read (one call, not two).
            const listed = (items) => (0,merge/* mergeListed */.M)(previous?.executions, items);
            const whileRunning = previous?.executions.some(isRunning)
                ? listed(await listExecutions(client, arn.arn, signal))
                : undefined;
            const readImage = whileRunning === undefined || !whileRunning.some(isRunning);
            let image = {
                status: previous?.imageStatus,
                reason: previous?.imageReason,
                type: previous?.imageType,
                scan: previous?.scan,
                outputs: previous?.outputs
            };
            let executions = whileRunning ?? [];
            const readState = async () => {
                const answer = await client.send(new dist_cjs.GetImageCommand({ imageBuildVersionArn: arn.arn }), {
                    abortSignal: signal
                });
                (0,listing/* expectSame */.K9)('GetImage', 'image build', arn.arn, answer.image?.arn);
                const read = answer.image;
                return {
                    status: read?.state?.status,
                    reason: read?.state?.reason,
                    type: read?.type,
                    scan: (0,build_details.scanOf)(read),
                    outputs: (0,in_use/* toBuildOutputs */.AO)(read?.outputResources ?? {})
                };
            };
            if (readImage) {
                // The image first, then the list: an image already terminal here means the list read after it is complete.
                image = await readState();
                executions = listed(await listExecutions(client, arn.arn, signal));
            }
            const more = await details.workflows(executions, signal);
            // A paused build makes no progress: its image is read too, for the scan of what ran before the pause.
            if (!readImage && more.waiting.length > 0)
                image = await readState();
            const scan = await details.scan(image.scan, signal);
            const unread = details.unread();
            const snapshot = {
                kind: 'image-build',
                arn: arn.arn,
                region: arn.region,
                label,
                imageStatus: image.status,
                imageReason: image.reason,
                imageType: image.type,
                outputs: image.outputs,
                executions: more.executions,
                waiting: more.waiting,
                scan,
                unread
            };
            previous = snapshot;
            const ended = terminalImage.has(snapshot.imageStatus ?? '') && !executions.some(isRunning);
            const failed = snapshot.imageStatus === 'FAILED' || snapshot.imageStatus === 'CANCELLED';
            // A scan that is running finishes whatever the wait does; one not started may come after it.
            const scanBusy = ['SCANNING', 'COLLECTING'].includes(snapshot.scan?.status ?? '');
            const paused = !!options.answered && more.waiting.some((w) => !options.answered?.has(w.id)) && !scanBusy;
            const settled = (ended && (failed || (0,build_details.scanSettled)(scan, unread))) || paused;
            // Once the image has ended, only its scan can be awaited: nothing forecasts that, so the scheduler backs off.
            const forecast = settled || ended ? undefined : await cadence.lookIn(executions, signal);
            const quiet = estimateQuietMs(executions, clock.now());
            return {
                snapshot,
                settled,
                // Without a history to forecast from, the build's own pace: half the time until a last step can start.
                lookInMs: forecast ?? (quiet ? quiet / 2 : undefined),
                progress: describe(snapshot, readImage || more.waiting.length > 0)
            };
        }
    };
}


/***/ }),

/***/ 2114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ mergeListed)
/* harmony export */ });
/**
 * Listings are not to be trusted item by item: an item may come twice (across pages) or be missing from one
 * poll. Each id counts once, and an item seen before but missing now stays at its last known state, marked,
 * so a running item that drops out of a listing still holds the target open rather than letting it pass.
 */
function mergeListed(previous, listed) {
    // Items without an id are never merged: nothing says two of them are the same.
    const byId = new Map();
    const anonymous = listed.filter((item) => !item.id);
    for (const item of listed)
        if (item.id)
            byId.set(item.id, item);
    for (const old of previous ?? [])
        if (old.id && !byId.has(old.id))
            byId.set(old.id, { ...old, notListed: true });
    return [...byId.values(), ...anonymous];
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
