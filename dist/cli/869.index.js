export const id = 869;
export const ids = [869];
export const modules = {

/***/ 9969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ HookDetails)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _core_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5912);
/**
 * H1: GetHookResult for the hook results that failed: the rules the hook evaluated, with their remediation. Each
 * result is read once. The detail is a bonus to the verdict, never a condition of it: a refusal for want of
 * `cloudformation:GetHookResult`, or of `kms:Decrypt` on a hook's customer managed key (the API reference:
 * callers "must have kms:Decrypt permissions"), becomes a gap that names the permission, and any other error a
 * gap that the next poll tries again.
 */


/** Statuses whose results have rules worth showing. */
const FAILED = new Set(['HOOK_COMPLETE_FAILED', 'HOOK_FAILED']);
/** Shape HookInvocationId: only such ids can be asked for (a result listed without one has a made-up id). */
const RESULT_ID = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;
/** GetHookResult calls in flight at once. */
const CONCURRENCY = 4;
function toDetail(r) {
    const target = r.Target;
    return {
        originalTypeName: r.OriginalTypeName,
        resource: target?.TargetId ? { logicalId: target.TargetId, type: target.TargetTypeName } : undefined,
        annotations: (r.Annotations ?? []).map((a) => ({
            name: a.AnnotationName,
            status: a.Status,
            message: a.StatusMessage,
            remediation: a.RemediationMessage,
            link: a.RemediationLink,
            level: a.SeverityLevel
        }))
    };
}
/** The permission a refusal is about: kms:Decrypt when the message names KMS, else GetHookResult itself. */
function gapOf(error) {
    const text = (0,_core_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error);
    if (!(0,_core_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAccessDenied */ .w7)(error))
        return { error: text };
    if (/kms/i.test(text)) {
        const key = /arn:aws[\w-]*:kms:[\w-]+:\d{12}:(?:key|alias)\/[\w/-]+/.exec(text)?.[0];
        return { permission: key ? `kms:Decrypt on ${key}` : "kms:Decrypt on the hook's KMS key", error: text };
    }
    return { permission: 'cloudformation:GetHookResult', error: text };
}
/** The detail of a run's failed hook results, read once per result and per role. */
class HookDetails {
    client;
    read = new Map();
    refused = new Map();
    /** Once GetHookResult itself is refused, asking for the next result is pointless. */
    denied;
    constructor(client) {
        this.client = client;
    }
    async one(id, signal) {
        const known = this.read.get(id) ?? this.refused.get(id) ?? this.denied;
        if (known)
            return known;
        try {
            const detail = toDetail(await this.client.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.GetHookResultCommand({ HookResultId: id }), { abortSignal: signal }));
            this.read.set(id, detail);
            return detail;
        }
        catch (error) {
            if (signal.aborted)
                throw error;
            const gap = gapOf(error);
            if (gap.permission === 'cloudformation:GetHookResult')
                this.denied = gap;
            else if (gap.permission)
                this.refused.set(id, gap);
            return gap;
        }
    }
    /** The results, each failed one with its detail or the gap that kept it out. */
    async fill(results, signal) {
        const filled = [...results];
        const wanted = results.flatMap((r, i) => (FAILED.has(r.status) && !r.detail && RESULT_ID.test(r.id) ? [i] : []));
        for (let start = 0; start < wanted.length; start += CONCURRENCY)
            await Promise.all(wanted.slice(start, start + CONCURRENCY).map(async (i) => {
                const r = results[i];
                const got = await this.one(r.id, signal);
                filled[i] = 'annotations' in got ? { ...r, detail: got, detailGap: undefined } : { ...r, detailGap: got };
            }));
        return filled;
    }
}


/***/ }),

/***/ 8250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hookResultsTarget: () => (/* binding */ hookResultsTarget)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/core/aws-errors.ts
var aws_errors = __webpack_require__(5912);
// EXTERNAL MODULE: ./src/core/glob.ts
var core_glob = __webpack_require__(6085);
// EXTERNAL MODULE: ./src/wait/forecast.ts
var forecast = __webpack_require__(5876);
// EXTERNAL MODULE: ./src/core/listing.ts
var core_listing = __webpack_require__(799);
;// CONCATENATED MODULE: ./src/sources/early-validation.ts
/**
 * H1, early validation: the checks CloudFormation runs when it creates a change set (DescribeEvents with the
 * change set and the failed-events filter; its VALIDATION_ERROR events). Read once the change set has finished
 * creating. As with the hooks' detail, a refusal becomes a gap naming `cloudformation:DescribeEvents`: the change
 * set's own status still speaks for the verdict.
 */



function toValidation(e) {
    return {
        name: e.ValidationName ?? 'early validation',
        status: e.ValidationStatus ?? 'FAILED',
        failureMode: e.ValidationFailureMode ?? 'FAIL',
        reason: e.ValidationStatusReason ?? e.ResourceStatusReason,
        resource: e.LogicalResourceId
            ? { logicalId: e.LogicalResourceId, type: e.ResourceType, path: e.ValidationPath }
            : undefined
    };
}
async function readValidation(client, changeSetArn, signal) {
    const op = 'DescribeEvents';
    let events;
    try {
        const listed = await (0,core_listing/* readAllPages */.s$)(op, async (NextToken) => {
            const page = await client.send(new dist_cjs.DescribeEventsCommand({ ChangeSetName: changeSetArn, Filters: { FailedEvents: true }, NextToken }), { abortSignal: signal });
            return { items: page.OperationEvents ?? [], next: page.NextToken };
        });
        // The same event on two pages counts once; the same id with other contents is a contradiction.
        events = (0,core_listing/* uniqueById */.ar)(op, listed, (e) => e.EventId, core_listing/* sameJson */.Vk);
    }
    catch (error) {
        // An untrusted listing fails the poll (retried), as every listing does; only AWS's refusals become gaps.
        if (signal.aborted || error instanceof core_listing/* UntrustedAnswerError */.hJ)
            throw error;
        const text = (0,aws_errors/* describeAwsError */.Pp)(error);
        return {
            gap: (0,aws_errors/* isAccessDenied */.w7)(error) ? { permission: 'cloudformation:DescribeEvents', error: text } : { error: text }
        };
    }
    return { validation: events.filter((e) => e.EventType === 'VALIDATION_ERROR').map(toValidation) };
}

// EXTERNAL MODULE: ./src/sources/hook-detail.ts
var hook_detail = __webpack_require__(9969);
// EXTERNAL MODULE: ./src/sources/merge.ts
var merge = __webpack_require__(2114);
// EXTERNAL MODULE: ./src/core/observations.ts
var observations = __webpack_require__(2552);
// EXTERNAL MODULE: ./src/core/count.ts
var count = __webpack_require__(1940);
;// CONCATENATED MODULE: ./src/sources/hook-results.ts
/**
 * W2, hook results: CloudFormation Hook results for a query. The SDK has no paginator for ListHookResults, so
 * this module follows NextToken itself. For a change set, hooks run while it is being created: an empty or
 * partial list before the change set has finished creating means "not yet", never "nothing to check"; once it
 * has, AWS's HookResultNotFound means no hook was invoked for it. Queries without a target list 90 days of
 * invocations: only those invoked in the query's window are judged.
 */










const isFinished = (status) => (0,observations/* isOneOf */.EK)(status, observations/* TERMINAL_HOOK_STATUSES */.I$);
/** ListHookResults does not find a change set DescribeChangeSet has found: not final, asked again. */
class ListingLagsError extends Error {
    name = 'ListingLags';
}
/**
 * Every result of the query, all pages, each once; only results about the query's target or hook type.
 * `none` when AWS answers that the target has no invocations.
 */
async function listAll(client, query, signal) {
    const op = 'ListHookResults';
    let results;
    try {
        results = await (0,core_listing/* readAllPages */.s$)(op, async (NextToken) => {
            const page = await client.send(new dist_cjs.ListHookResultsCommand({ ...query.filter, NextToken }), {
                abortSignal: signal
            });
            return { items: page.HookResults ?? [], next: page.NextToken };
        });
    }
    catch (error) {
        if (!(0,aws_errors/* isNoHookInvocations */.i8)(error))
            throw error;
        return { results: [], none: true };
    }
    for (const r of results) {
        if (query.filter.TargetId !== undefined)
            (0,core_listing/* expectSame */.K9)(op, 'target', query.filter.TargetId, r.TargetId ?? '');
        if (query.filter.TypeArn !== undefined)
            (0,core_listing/* expectSame */.K9)(op, 'hook type', query.filter.TypeArn, r.TypeArn ?? '');
    }
    return { results: (0,core_listing/* uniqueById */.ar)(op, results, (r) => r.HookResultId, core_listing/* sameJson */.Vk), none: false };
}
/** The start of the query's window, in epoch ms; undefined for target queries (every result counts). */
function windowStart(query, started) {
    const since = query.invokedSince;
    if (!since)
        return undefined;
    return 'time' in since ? Date.parse(since.time) : started - since.beforeStartMs;
}
function hookResultsTarget(client, query, clock, options) {
    const started = clock.now();
    const firstSeen = new Map();
    let previous;
    const finished = new Map();
    const details = new hook_detail/* HookDetails */.c(client);
    let validation;
    let changeSet;
    let created = false;
    let previousSnapshot;
    const emptySnapshot = () => ({
        kind: 'hook-results',
        label: query.label,
        region: query.region,
        filter: { ...query.filter },
        changeSetArn: query.changeSetArn,
        results: []
    });
    /** One whole listing, each result mapped; only those invoked in the query's window. */
    async function readListed(signal, since) {
        const now = new Date(clock.now()).toISOString();
        const { results: all, none } = await listAll(client, query, signal).catch((error) => {
            // DescribeChangeSet has found it created: a listing that does not find it yet lags, and is asked again.
            if (query.changeSetArn && (0,aws_errors/* isNotFound */.c4)(error))
                throw new ListingLagsError((0,aws_errors/* describeAwsError */.Pp)(error));
            throw error;
        });
        // An invocation without InvokedAt cannot be placed outside the window: it is judged.
        const inWindow = all.filter((r) => since === undefined || !r.InvokedAt || r.InvokedAt.getTime() >= since);
        const listed = inWindow.map((r) => {
            // Without an id a result is its own: never merged with another.
            const id = r.HookResultId ?? '';
            if (!firstSeen.has(id))
                firstSeen.set(id, now);
            const status = r.Status ?? 'UNKNOWN';
            if (isFinished(status) && id && !finished.has(id))
                finished.set(id, now);
            return {
                id,
                typeName: r.TypeName ?? 'unknown',
                typeArn: r.TypeArn,
                typeVersionId: r.TypeVersionId,
                failureMode: r.FailureMode ?? 'FAIL',
                status,
                reason: r.HookStatusReason,
                invocationPoint: r.InvocationPoint,
                targetType: r.TargetType,
                targetId: r.TargetId,
                executionTarget: r.HookExecutionTarget,
                invokedAt: r.InvokedAt?.toISOString() ?? firstSeen.get(id),
                finishedAt: finished.get(id)
            };
        });
        // Counts only: the raw answers go as soon as they are mapped (a confirming listing would hold two of them).
        return { total: all.length, none, inWindow: inWindow.length, listed };
    }
    return {
        key: `hooks:${query.region}:${JSON.stringify(query.filter)}`,
        label: query.label,
        async poll(signal) {
            // While the change set is being created its status alone is read: its hooks run meanwhile, and a listing
            // then is partial. Once created (or failed) its status is final for the hooks: the list read after it is
            // complete, and the change set is not read again.
            if (query.changeSetArn && !created) {
                changeSet = await client.send(new dist_cjs.DescribeChangeSetCommand({ ChangeSetName: query.changeSetArn }), {
                    abortSignal: signal
                });
                (0,core_listing/* expectSame */.K9)('DescribeChangeSet', 'change set', query.changeSetArn, changeSet?.ChangeSetId);
                created = (0,observations/* isOneOf */.EK)(changeSet.Status, observations/* CREATED_CHANGE_SET_STATUSES */.WX);
                if (!created)
                    return {
                        snapshot: { ...(previousSnapshot ?? emptySnapshot()), changeSetStatus: changeSet.Status },
                        settled: false,
                        lookInMs: (0,forecast/* changeSetLookIn */.ZB)(clock.now() - (changeSet.CreationTime?.getTime() ?? started)),
                        progress: `change set ${changeSet.Status}`
                    };
            }
            // Early validation has run once the change set is created (or has failed): read it once, or until a read
            // that failed for another reason than a refusal succeeds.
            if (query.changeSetArn && created && (!validation || ('gap' in validation && !validation.gap.permission)))
                validation = await readValidation(client, query.changeSetArn, signal);
            const since = windowStart(query, started);
            let listing = await readListed(signal, since);
            let merged = (0,merge/* mergeListed */.M)(previous, listing.listed);
            // One listing can leave a result out: for a change set, whose results are final once it is created, the
            // first listing is confirmed by another, and the results stand once a listing adds none.
            const adds = (listed, known) => {
                const ids = new Set(known.map((k) => k.id));
                return listed.some((r) => r.id && !ids.has(r.id));
            };
            let confirmed = !query.changeSetArn || (previous !== undefined && !adds(listing.listed, previous));
            if (!confirmed) {
                const again = await readListed(signal, since);
                confirmed = !adds(again.listed, merged);
                merged = (0,merge/* mergeListed */.M)(merged, again.listed);
                listing = again;
            }
            const { total, none, inWindow } = listing;
            const results = await details.fill(merged, signal);
            previous = results;
            const snapshot = (previousSnapshot = {
                kind: 'hook-results',
                label: query.label,
                region: query.region,
                filter: { ...query.filter },
                changeSetArn: query.changeSetArn,
                changeSetStatus: changeSet?.Status,
                changeSetReason: changeSet?.StatusReason,
                noInvocations: none || undefined,
                invokedSince: since === undefined ? undefined : new Date(since).toISOString(),
                outsideWindow: since === undefined ? undefined : total - inWindow,
                results,
                validation: validation && 'validation' in validation ? validation.validation : undefined,
                validationGap: validation && 'gap' in validation ? validation.gap : undefined
            });
            const graceOver = clock.now() - started >= options.graceMs;
            // A status AWS has not documented counts as still in progress.
            const inProgress = results.filter((r) => !isFinished(r.status)).length;
            const missing = options.required.filter((glob) => !results.some((r) => (0,core_glob/* matchesAny */._)(r.typeName, [glob])));
            // A change set's hooks have all run once it has been created: what is listed then is all there will be.
            const complete = created || results.length > 0;
            const settled = confirmed && inProgress === 0 && (graceOver || (complete && missing.length === 0));
            const parts = [
                changeSet ? `change set ${changeSet.Status}` : undefined,
                none ? 'no hook invocations' : (0,count/* count */.U)(results.length, 'result'),
                inProgress > 0 ? `${inProgress} in progress` : undefined,
                missing.length > 0 && !graceOver ? `waiting for ${missing.join(', ')}` : undefined
            ];
            return {
                snapshot,
                settled,
                progress: parts.filter(Boolean).join(', ')
            };
        }
    };
}


/***/ })

};
