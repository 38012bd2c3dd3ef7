export const id = 21;
export const ids = [21];
export const modules = {

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
