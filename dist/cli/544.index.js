export const id = 544;
export const ids = [544];
export const modules = {

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


/***/ })

};
