export const id = 573;
export const ids = [573];
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


/***/ })

};
