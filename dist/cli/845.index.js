export const id = 845;
export const ids = [845];
export const modules = {

/***/ 7845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planAction: () => (/* binding */ planAction),
/* harmony export */   runBuilds: () => (/* binding */ runBuilds)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1309);
/* harmony import */ var _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _core_arn_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7136);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4701);
/* harmony import */ var _select_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2882);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4699);
/**
 * L1, first half: resolve a verdict's lifecycle action to the exact requests it makes, and the builds it leaves
 * alone with why. Reads (GetImage, the image's versions) but changes nothing.
 */





/** The run's builds, each with the image state its last poll read. */
function runBuilds(imageBuilds, results) {
    return imageBuilds.map((arn) => {
        const snapshot = results.find((r) => r.key === arn.arn)?.snapshot;
        const build = snapshot?.kind === 'image-build' ? snapshot : undefined;
        return { arn, imageStatus: build?.imageStatus, imageType: build?.imageType };
    });
}
function toBuild(arn, state, type) {
    return { arn: arn.arn, name: arn.name, version: `${arn.version}/${arn.build}`, state, type };
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
function named(arn, status, type, chosen) {
    const { needed, why } = (0,_select_js__WEBPACK_IMPORTED_MODULE_2__/* .needsUpdate */ .Ts)(status, chosen.action.state, true, type);
    return { build: toBuild(arn, status, type), region: arn.region, skip: needed ? undefined : why };
}
async function resolve(ctx, chosen, builds) {
    const { target, state } = chosen.action;
    switch (target.kind) {
        case 'build': {
            const { image } = await ctx
                .imageBuilder(target.arn.region)
                .send(new _aws_sdk_client_imagebuilder__WEBPACK_IMPORTED_MODULE_4__.GetImageCommand({ imageBuildVersionArn: target.arn.arn }), { abortSignal: ctx.signal });
            return [named(target.arn, image?.state?.status, image?.type, chosen)];
        }
        case 'this-build':
            return builds.map(({ arn, imageStatus, imageType }) => named(arn, imageStatus, imageType, chosen));
        case 'previous-versions': {
            const resolved = [];
            for (const { arn } of builds) {
                // Every build of every semantic version of the image (ListImages by name, then each version's builds).
                const listed = await (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .listAllBuildVersions */ .J)(ctx.imageBuilder(arn.region), { names: [arn.name] }, ctx.signal);
                // Only builds of this very image: a name filter is no proof, the ARN is.
                const all = listed.filter((b) => sameImage(b.arn, arn));
                const selection = (0,_select_js__WEBPACK_IMPORTED_MODULE_2__/* .selectPrevious */ .oR)(all, toBuild(arn), target.keep, state);
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
async function planAction(ctx, runIdentity, chosen, builds) {
    const resolved = await resolve(ctx, chosen, builds);
    const now = ctx.clock.now();
    const { action, trigger } = chosen;
    const plan = { requests: [], unsent: [] };
    for (const p of resolved) {
        const label = `${p.build.name} ${p.build.version}`;
        const entry = { label, resourceArn: p.build.arn, state: action.state, trigger };
        if (p.skip) {
            plan.unsent.push({ ...entry, mode: 'skipped', note: p.skip });
            continue;
        }
        const request = (0,_request_js__WEBPACK_IMPORTED_MODULE_1__/* .buildRequest */ .m)(action, p.build.arn, label, trigger, runIdentity, now);
        const late = pastUpdateAt(request, now);
        if (late)
            plan.unsent.push({ ...entry, mode: 'failed', request, note: late });
        else
            plan.requests.push({ request, region: p.region, trigger });
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


/***/ })

};
