export const id = 326;
export const ids = [326];
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

/***/ 326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   imageBuildTarget: () => (/* binding */ imageBuildTarget)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1309);
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_listing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(799);
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2114);
/* harmony import */ var _core_observations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2552);
/**
 * W1, image builds: the workflow executions of an image build version, with the image's own state to tell when
 * more may come.
 */




const terminalWorkflow = new Set(_core_observations_js__WEBPACK_IMPORTED_MODULE_1__/* .TERMINAL_WORKFLOW_STATUSES */ .su);
const terminalImage = new Set(_core_observations_js__WEBPACK_IMPORTED_MODULE_1__/* .TERMINAL_IMAGE_STATUSES */ .qP);
const isRunning = (e) => !terminalWorkflow.has(e.status);
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
/** `BUILD completed, TEST running 3/6 steps`, led by the image state when this poll read it. */
function describe(observation, imageRead) {
    const workflows = observation.executions.map((e) => {
        const status = e.status.toLowerCase();
        return terminalWorkflow.has(e.status)
            ? `${e.type} ${status}`
            : `${e.type} ${status} ${e.succeededSteps + e.failedSteps + e.skippedSteps}/${e.totalSteps} steps`;
    });
    const image = imageRead ? [`image ${observation.imageStatus ?? 'unknown'}`] : [];
    return [...image, workflows.join(', ') || 'no workflows yet'].join('; ');
}
/** Every workflow execution of the build, all pages, each once; only a whole, consistent listing of this build. */
async function listExecutions(client, imageBuildVersionArn, signal) {
    const op = 'ListWorkflowExecutions';
    const listed = await (0,_core_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .readAllPages */ .s$)(op, async (nextToken) => {
        const page = await client.send(new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2__.ListWorkflowExecutionsCommand({ imageBuildVersionArn, maxResults: 25, nextToken }), { abortSignal: signal });
        (0,_core_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .expectSame */ .K9)(op, 'image build', imageBuildVersionArn, page.imageBuildVersionArn);
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
    return (0,_core_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .uniqueById */ .ar)(op, executions, (e) => e.id, _core_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .sameJson */ .Vk);
}
function imageBuildTarget(client, arn, clock) {
    const label = `${arn.name} ${arn.version}/${arn.build}`;
    let previous;
    return {
        key: arn.arn,
        label,
        async poll(signal) {
            // While a workflow runs the image cannot be done: the list alone is read (one call, not two).
            const listed = (items) => (0,_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeListed */ .M)(previous?.executions, items);
            const whileRunning = previous?.executions.some(isRunning)
                ? listed(await listExecutions(client, arn.arn, signal))
                : undefined;
            const readImage = whileRunning === undefined || !whileRunning.some(isRunning);
            let image = { status: previous?.imageStatus, reason: previous?.imageReason, type: previous?.imageType };
            let executions = whileRunning ?? [];
            if (readImage) {
                // The image first, then the list: an image already terminal here means the list read after it is complete.
                const answer = await client.send(new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_2__.GetImageCommand({ imageBuildVersionArn: arn.arn }), {
                    abortSignal: signal
                });
                (0,_core_listing_js__WEBPACK_IMPORTED_MODULE_0__/* .expectSame */ .K9)('GetImage', 'image build', arn.arn, answer.image?.arn);
                const state = answer.image?.state;
                image = { status: state?.status, reason: state?.reason, type: answer.image?.type };
                executions = listed(await listExecutions(client, arn.arn, signal));
            }
            const snapshot = {
                kind: 'image-build',
                arn: arn.arn,
                region: arn.region,
                label,
                imageStatus: image.status,
                imageReason: image.reason,
                imageType: image.type,
                executions
            };
            previous = snapshot;
            const settled = terminalImage.has(snapshot.imageStatus ?? '') && !executions.some(isRunning);
            return {
                snapshot,
                settled,
                etaMs: estimateQuietMs(executions, clock.now()),
                progress: describe(snapshot, readImage)
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


/***/ })

};
