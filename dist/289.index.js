export const id = 289;
export const ids = [289];
export const modules = {

/***/ 8289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkInUse: () => (/* binding */ checkInUse)
});

// UNUSED EXPORTS: RATE_PER_REGION, REGIONS_AT_ONCE

// EXTERNAL MODULE: ./src/core/arn.ts
var arn = __webpack_require__(7136);
// EXTERNAL MODULE: ./src/core/in-use.ts
var in_use = __webpack_require__(7494);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./src/wait/backoff.ts
var backoff = __webpack_require__(9201);
// EXTERNAL MODULE: ./src/core/aws-errors.ts
var aws_errors = __webpack_require__(5912);
// EXTERNAL MODULE: ./src/core/listing.ts
var core_listing = __webpack_require__(799);
;// CONCATENATED MODULE: ./src/lifecycle/in-use-calls.ts
/**
 * How the in-use check calls AWS: every call under the region's rate limit, every listing to its last page, and
 * any failure turned into what could not be checked and what would settle it. A check that cannot be made is
 * never taken for "not in use".
 */


/** The check could not be made in a region: why, and what would settle it. */
class CheckFailure extends Error {
    reason;
    settle;
    constructor(reason, settle) {
        super(reason);
        this.reason = reason;
        this.settle = settle;
    }
}
const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'UnauthorizedAccess']);
const THROTTLED = new Set(['RequestLimitExceeded', 'Throttling', 'ThrottlingException', 'TooManyRequestsException']);
/** What a failed call of IAM action `action` in `region` means for the check. */
function checkFailure(action, region, error) {
    if (error instanceof CheckFailure)
        return error;
    const e = (typeof error === 'object' && error !== null ? error : {});
    const name = e.name ?? 'Error';
    if (DENIED.has(name))
        return new CheckFailure(`${action} denied in ${region}`, `allow ${action} in ${region}`);
    if (THROTTLED.has(name))
        return new CheckFailure(`${action} throttled in ${region} (${name}) after the SDK's retries`, `run again later, or raise the account's request rate in ${region}`);
    const status = e.$metadata?.httpStatusCode;
    if (name === 'AbortError')
        return new CheckFailure('the run was cancelled during the check', 'run again');
    if (status === undefined || status >= 500)
        return new CheckFailure(`${region} did not answer ${action} (${(0,aws_errors/* describeAwsError */.Pp)(error)})`, `check that ${region} is enabled for the account and reachable from the runner, then run again`);
    return new CheckFailure(`${action} failed in ${region}: ${(0,aws_errors/* describeAwsError */.Pp)(error)}`, 'see the error and run again');
}
/** One call as IAM action `action`, under the limiter; a failure says what it means for the check. */
async function call(action, region, limiter, signal, send) {
    try {
        await limiter.acquire(signal);
        return await send();
    }
    catch (error) {
        throw checkFailure(action, region, error);
    }
}
/** `items` in slices of `size` (DescribeImageReferences takes at most 10 image ids). */
function chunks(items, size) {
    return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
/**
 * Every item of a listing in one region, under the region's limiter, by the one listing rule: read to its last
 * page (a token given twice fails the check instead of being taken as complete), each item once (`uniqueById`),
 * and nothing about anything not asked: an item outside the question says the answer is not about what was
 * asked, so the check fails rather than filtering it away (what was asked about may be what went missing).
 */
async function regionItems(apis, action, page, listing) {
    try {
        const items = await (0,core_listing/* readAllPages */.s$)(action, async (token) => {
            const answer = await call(action, apis.region, apis.limiter, apis.signal, () => page(token));
            return { items: listing.items(answer) ?? [], next: answer.NextToken };
        });
        const { about } = listing;
        const stray = about && items.find((item) => !about.asked.includes(about.of(item) ?? ''));
        if (about && stray !== undefined)
            throw new core_listing/* UntrustedAnswerError */.hJ(`${action} answered about ${about.of(stray) ?? 'nothing named'}, which was not asked about`);
        return (0,core_listing/* uniqueById */.ar)(action, items, listing.id, core_listing/* sameJson */.Vk);
    }
    catch (error) {
        if (error instanceof core_listing/* UntrustedAnswerError */.hJ)
            throw new CheckFailure(`${error.message} in ${apis.region}`, 'run again');
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/lifecycle/in-use-accounts.ts
/**
 * Other accounts' use of the account's AMIs. Only an AMI whose launch permissions name someone (an account, an
 * organisation or unit, or everyone) can be launched elsewhere, so only those are asked about: EC2's image usage
 * reports are asynchronous (minutes), created once for all such AMIs of a region (with a client token, so a
 * re-run of the job reuses them), polled on the clock, then read. An AMI whose sharing or report cannot be read
 * is unchecked, never taken for unused.
 */





/** DescribeImageUsageReports and its entries take at most 200 report ids. */
const IDS_PER_CALL = 200;
/** Every image not yet settled gets the failure (a region-wide answer: denied, throttled out, not reachable). */
function failAll(images, failure, into) {
    for (const image of images)
        if (!into.has(image))
            into.set(image, { reason: failure.reason, settle: failure.settle });
}
/** Which of `images` other accounts may launch (DescribeImageAttribute launchPermission, one AMI per call). */
async function sharedImages(apis, images, unchecked) {
    const shared = [];
    for (const [i, image] of images.entries()) {
        try {
            const answer = await call('ec2:DescribeImageAttribute', apis.region, apis.limiter, apis.signal, () => apis.ec2.send(new dist_cjs.DescribeImageAttributeCommand({ ImageId: image, Attribute: 'launchPermission' }), {
                abortSignal: apis.signal
            }));
            if (answer.ImageId !== undefined && answer.ImageId !== image)
                unchecked.set(image, {
                    reason: `ec2:DescribeImageAttribute for ${image} answered about ${answer.ImageId}`,
                    settle: 'run again'
                });
            else if ((answer.LaunchPermissions ?? []).length > 0)
                shared.push(image);
        }
        catch (error) {
            // The first failure stands for the rest: they would fail the same way.
            failAll(images.slice(i), checkFailure('ec2:DescribeImageAttribute', apis.region, error), unchecked);
            break;
        }
    }
    return shared;
}
/** Reports for the shared ones among `images`, created in one pass; nothing is waited for yet. */
async function startReports(apis, images, scope, runIdentity) {
    const started = { apis, reports: new Map(), unchecked: new Map() };
    const shared = await sharedImages(apis, images, started.unchecked);
    for (const [i, image] of shared.entries()) {
        const ClientToken = (0,external_node_crypto_.createHash)('sha256').update(`${runIdentity}\n${apis.region}\n${image}`).digest('hex');
        try {
            const { ReportId } = await call('ec2:CreateImageUsageReport', apis.region, apis.limiter, apis.signal, () => apis.ec2.send(new dist_cjs.CreateImageUsageReportCommand({
                ImageId: image,
                ResourceTypes: [
                    { ResourceType: 'ec2:Instance' },
                    {
                        ResourceType: 'ec2:LaunchTemplate',
                        ResourceTypeOptions: [
                            { OptionName: 'version-depth', OptionValues: [String(scope.launchTemplateDepth)] }
                        ]
                    }
                ],
                ClientToken
            }), { abortSignal: apis.signal }));
            if (ReportId)
                started.reports.set(ReportId, image);
            else
                started.unchecked.set(image, {
                    reason: 'ec2:CreateImageUsageReport answered no report id',
                    settle: 'run again'
                });
        }
        catch (error) {
            failAll(shared.slice(i), checkFailure('ec2:CreateImageUsageReport', apis.region, error), started.unchecked);
            break;
        }
    }
    return started;
}
/** Each answer must be about one of the reports asked for, and (when it says) the AMI that report was made for. */
function reportsOf(ids, reports) {
    const image = (id = '') => reports.get(id) ?? '';
    return {
        asked: ids.map((id) => `report ${id} of ${image(id)}`),
        of: (r) => `report ${r.ReportId} of ${r.ImageId ?? image(r.ReportId)}`
    };
}
/** Wait until every report is available (or has failed), up to the scope's wait. */
async function awaitReports({ apis, reports }, scope, timing) {
    const deadline = timing.clock.now() + scope.otherAccountsWaitMs;
    const failed = new Map();
    let pending = [...reports.keys()];
    const ready = [];
    for (let attempt = 0; pending.length > 0; attempt++) {
        for (const ids of chunks(pending, IDS_PER_CALL)) {
            const listed = await regionItems(apis, 'ec2:DescribeImageUsageReports', (NextToken) => apis.ec2.send(new dist_cjs.DescribeImageUsageReportsCommand({ ReportIds: ids, NextToken }), {
                abortSignal: apis.signal
            }), { items: (p) => p.ImageUsageReports, id: (r) => r.ReportId, about: reportsOf(ids, reports) });
            for (const r of listed) {
                const id = r.ReportId;
                if (r.State === 'available')
                    ready.push(id);
                else if (r.State !== 'pending')
                    failed.set(id, {
                        reason: `usage report ${id} ${r.State ?? 'in no state'}: ${r.StateReason ?? 'no reason given'}`,
                        settle: 'run again'
                    });
            }
        }
        pending = pending.filter((id) => !ready.includes(id) && !failed.has(id));
        if (pending.length === 0)
            break;
        const wait = (0,backoff/* backoffDelay */.EY)(attempt, timing.backoff, timing.random);
        if (timing.clock.now() + wait > deadline) {
            for (const id of pending)
                failed.set(id, {
                    reason: `usage report ${id} not ready after ${Math.round(scope.otherAccountsWaitMs / 1000)} s`,
                    settle: 're-run the job later (it reads the same report), or raise in-use.other-accounts-wait'
                });
            break;
        }
        await timing.clock.sleep(wait, apis.signal);
    }
    return { ready, failed };
}
/** `account 444455556666: 2 instances, 1 launch template in eu-west-1` per account using each AMI. */
function accountReferences(region, uses) {
    return new Map([...uses].map(([image, byAccount]) => [
        image,
        [...byAccount].map(([account, c]) => {
            const how = [
                c.instances && (0,in_use/* plural */.LS)(c.instances, 'instance'),
                c.templates && (0,in_use/* plural */.LS)(c.templates, 'launch template')
            ];
            return {
                kind: 'other-account',
                text: `account ${account}: ${how.filter(Boolean).join(', ')} in ${region}`,
                region,
                image
            };
        })
    ]));
}
/** Which other accounts use each reported AMI, and how (instances, launch templates). */
async function readReports(started, scope, timing) {
    const { apis, reports } = started;
    const result = { references: new Map(), unchecked: new Map(started.unchecked) };
    if (reports.size === 0)
        return result;
    try {
        const { ready, failed } = await awaitReports(started, scope, timing);
        for (const [id, why] of failed)
            result.unchecked.set(reports.get(id), why);
        const uses = new Map();
        for (const ids of chunks(ready, IDS_PER_CALL)) {
            const entries = await regionItems(apis, 'ec2:DescribeImageUsageReportEntries', (NextToken) => apis.ec2.send(new dist_cjs.DescribeImageUsageReportEntriesCommand({ ReportIds: ids, NextToken }), {
                abortSignal: apis.signal
            }), {
                items: (p) => p.ImageUsageReportEntries,
                id: (e) => `${e.ReportId}\n${e.AccountId}\n${e.ResourceType}`,
                about: reportsOf(ids, reports)
            });
            for (const e of entries) {
                const image = reports.get(e.ReportId);
                if (!image || !e.UsageCount)
                    continue;
                // A use EC2 does not attribute to an account is still a use.
                const account = e.AccountId ?? '(not named)';
                const byAccount = uses.get(image) ?? new Map();
                const counts = byAccount.get(account) ?? { instances: 0, templates: 0 };
                if (e.ResourceType === 'ec2:Instance')
                    counts.instances += e.UsageCount;
                else
                    counts.templates += e.UsageCount;
                uses.set(image, byAccount.set(account, counts));
            }
        }
        result.references = accountReferences(apis.region, uses);
    }
    catch (error) {
        failAll([...reports.values()], checkFailure('ec2:DescribeImageUsageReports', apis.region, error), result.unchecked);
    }
    return result;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-auto-scaling/dist-cjs/index.js
var client_auto_scaling_dist_cjs = __webpack_require__(8932);
;// CONCATENATED MODULE: ./src/lifecycle/in-use-autoscaling.ts
/** What Auto Scaling launches from, which EC2's reference check does not see: groups and launch configurations. */


/** autoscaling model: MaxRecords at most 100. */
const RECORDS = 100;
/** Every Auto Scaling group and launch configuration of the region. */
async function autoScalingLaunchers(apis) {
    const { signal, autoScaling } = apis;
    const groups = await regionItems(apis, 'autoscaling:DescribeAutoScalingGroups', (NextToken) => autoScaling.send(new client_auto_scaling_dist_cjs.DescribeAutoScalingGroupsCommand({ MaxRecords: RECORDS, NextToken, IncludeInstances: false }), {
        abortSignal: signal
    }), { items: (p) => p.AutoScalingGroups, id: (g) => g.AutoScalingGroupName });
    const configurations = await regionItems(apis, 'autoscaling:DescribeLaunchConfigurations', (NextToken) => autoScaling.send(new client_auto_scaling_dist_cjs.DescribeLaunchConfigurationsCommand({ MaxRecords: RECORDS, NextToken }), {
        abortSignal: signal
    }), { items: (p) => p.LaunchConfigurations, id: (c) => c.LaunchConfigurationName });
    return { groups, configurations };
}

;// CONCATENATED MODULE: ./src/lifecycle/in-use-ec2.ts
/**
 * What EC2 itself says references an AMI (DescribeImageReferences: instances, launch templates within a version
 * depth, SSM parameters, Image Builder recipes), and the launch template versions that name an image.
 */


/** DescribeImageReferences takes 1 to 10 image ids per call; MaxResults is at least 5. */
const in_use_ec2_IDS_PER_CALL = 10;
const PAGE = 1000;
/**
 * Every type EC2 can check (types it adds later included), with the scope's instance states and version depth.
 * Instances in no counted state, or launch templates counted by default version only, still need a valid option.
 */
function resourceTypes(scope, instanceStates) {
    const depth = scope.launchTemplateVersions === 'any' ? scope.launchTemplateDepth : 1;
    return [
        ...(instanceStates.length > 0
            ? [
                {
                    ResourceType: 'ec2:Instance',
                    ResourceTypeOptions: [{ OptionName: 'state-name', OptionValues: instanceStates }]
                }
            ]
            : []),
        {
            ResourceType: 'ec2:LaunchTemplate',
            ResourceTypeOptions: [{ OptionName: 'version-depth', OptionValues: [String(depth)] }]
        }
    ];
}
async function references(apis, images, request) {
    const rows = [];
    for (const ids of chunks(images, in_use_ec2_IDS_PER_CALL)) {
        const references = await regionItems(apis, 'ec2:DescribeImageReferences', (NextToken) => apis.ec2.send(new dist_cjs.DescribeImageReferencesCommand({ ImageIds: ids, ...request, MaxResults: PAGE, NextToken }), {
            abortSignal: apis.signal
        }), {
            items: (p) => p.ImageReferences,
            id: (r) => r.Arn && `${r.ImageId}\n${r.ResourceType}\n${r.Arn}`,
            about: { asked: ids, of: (r) => r.ImageId }
        });
        // A reference EC2 did not name still counts: it is listed as what it is.
        for (const ref of references)
            rows.push({ image: ref.ImageId, type: ref.ResourceType ?? 'unknown', arn: ref.Arn ?? '' });
    }
    return rows;
}
/** What references each AMI, as far as EC2 checks (instances only in the counted states). */
function imageReferences(apis, images, scope) {
    // Without ec2:Instance among the overrides EC2 would count instances in every state.
    const narrowed = scope.instanceStates.length === 0;
    return references(apis, images, {
        IncludeAllResourceTypes: !narrowed,
        ResourceTypes: narrowed
            ? [
                ...resourceTypes(scope, []),
                { ResourceType: 'ssm:Parameter' },
                { ResourceType: 'imagebuilder:ImageRecipe' },
                { ResourceType: 'imagebuilder:ContainerRecipe' }
            ]
            : resourceTypes(scope, scope.instanceStates)
    });
}
/** How many of the counted instances of each AMI are stopped or stopping. */
async function stoppedCounts(apis, images, scope) {
    const states = scope.instanceStates.filter((s) => s === 'stopped' || s === 'stopping');
    const counts = new Map();
    if (states.length === 0 || images.length === 0)
        return counts;
    const rows = await references(apis, images, {
        IncludeAllResourceTypes: false,
        ResourceTypes: [
            { ResourceType: 'ec2:Instance', ResourceTypeOptions: [{ OptionName: 'state-name', OptionValues: states }] }
        ]
    });
    for (const row of rows)
        if (row.type === 'ec2:Instance')
            counts.set(row.image, (counts.get(row.image) ?? 0) + 1);
    return counts;
}
function toVersion(v) {
    if (!v.LaunchTemplateId || v.VersionNumber === undefined)
        return undefined;
    return {
        templateId: v.LaunchTemplateId,
        templateName: v.LaunchTemplateName ?? v.LaunchTemplateId,
        number: v.VersionNumber,
        image: v.LaunchTemplateData?.ImageId,
        isDefault: v.DefaultVersion === true
    };
}
/** A launch template version's identity in a listing. */
const versionId = (v) => v.LaunchTemplateId && `${v.LaunchTemplateId}\n${v.VersionNumber}`;
/** The default and latest version of every launch template in the region, however old. */
async function defaultAndLatestVersions(apis) {
    const versions = await regionItems(apis, 'ec2:DescribeLaunchTemplateVersions', (NextToken) => apis.ec2.send(new dist_cjs.DescribeLaunchTemplateVersionsCommand({ Versions: ['$Default', '$Latest'], MaxResults: 200, NextToken }), { abortSignal: apis.signal }), { items: (p) => p.LaunchTemplateVersions, id: versionId });
    return versions.flatMap((v) => toVersion(v) ?? []);
}
/** Errors that mean the template or version is gone: nothing launches from it, so it uses no AMI. */
const GONE = new Set([
    'InvalidLaunchTemplateId.NotFound',
    'InvalidLaunchTemplateId.VersionNotFound',
    'InvalidLaunchTemplateName.NotFoundException'
]);
/**
 * Versions of one template: those given (numbers, `$Latest`, `$Default`), or those naming one of `images`. A
 * template or version that no longer exists answers none; versions of another template fail the check.
 */
async function templateVersions(apis, template, select) {
    const named = 'id' in template ? { LaunchTemplateId: template.id } : { LaunchTemplateName: template.name };
    const request = 'versions' in select
        ? { Versions: select.versions }
        : { Filters: [{ Name: 'image-id', Values: select.images }], MaxResults: 200 };
    const versions = await regionItems(apis, 'ec2:DescribeLaunchTemplateVersions', (NextToken) => apis.ec2
        .send(new dist_cjs.DescribeLaunchTemplateVersionsCommand({ ...named, ...request, NextToken }), {
        abortSignal: apis.signal
    })
        .catch((error) => {
        if (GONE.has(error.name ?? ''))
            return { LaunchTemplateVersions: [], NextToken: undefined };
        throw error;
    }), {
        items: (p) => p.LaunchTemplateVersions,
        id: versionId,
        about: 'id' in template
            ? { asked: [template.id], of: (v) => v.LaunchTemplateId }
            : { asked: [template.name], of: (v) => v.LaunchTemplateName }
    });
    return versions.flatMap((v) => toVersion(v) ?? []);
}

;// CONCATENATED MODULE: ./src/lifecycle/in-use-region.ts



/** `arn:aws:ssm:r:a:parameter/golden/web/ami` or `resolve:ssm:/golden/web/ami:3` -> `golden/web/ami`. */
function parameterKey(text) {
    const arn = /^arn:[^:]+:ssm:[^:]*:[^:]*:parameter\/(.+)$/.exec(text);
    const name = arn ? arn[1] : text.replace(/:[^:/]+$/, '');
    return name.replace(/^\//, '');
}
/** A hierarchical parameter name starts with a slash, which its ARN leaves out. */
function parameterName(key) {
    return key.includes('/') ? `/${key}` : key;
}
/** How a launch template version's image names `ami`: directly, through an SSM parameter naming it, or not. */
function naming(image, ami, parameters) {
    if (image === ami)
        return '';
    const ssm = /^resolve:ssm:(.+)$/.exec(image ?? '');
    if (ssm && parameters.has(parameterKey(ssm[1])))
        return ` via SSM parameter ${parameterName(parameterKey(ssm[1]))}`;
    return undefined;
}
function specs(group) {
    const mixed = group.MixedInstancesPolicy?.LaunchTemplate;
    return [
        ...(group.LaunchTemplate ? [{ spec: group.LaunchTemplate, via: '' }] : []),
        ...(mixed?.LaunchTemplateSpecification ? [{ spec: mixed.LaunchTemplateSpecification, via: '' }] : []),
        ...(mixed?.Overrides ?? []).flatMap((o) => o.LaunchTemplateSpecification
            ? [{ spec: o.LaunchTemplateSpecification, via: `override ${o.InstanceType ?? '?'}: ` }]
            : [])
    ];
}
const specKey = (spec) => `${spec.LaunchTemplateId ?? ''}\n${spec.LaunchTemplateName ?? ''}\n${spec.Version ?? '$Default'}`;
/** The version a group's launch template specification launches (no version given means the default). */
function resolve(l, spec) {
    if (l.direct.has(specKey(spec)))
        return l.direct.get(specKey(spec));
    const mine = l.versions.filter((v) => spec.LaunchTemplateId ? v.templateId === spec.LaunchTemplateId : v.templateName === spec.LaunchTemplateName);
    const version = spec.Version ?? '$Default';
    if (version === '$Default')
        return mine.find((v) => v.isDefault);
    const number = version === '$Latest' ? l.latest.get(mine[0]?.templateId ?? '') : Number(version);
    return mine.find((v) => v.number === number);
}
async function launchers(apis, asApis) {
    const versions = await defaultAndLatestVersions(apis);
    const latest = new Map();
    for (const v of versions)
        latest.set(v.templateId, Math.max(latest.get(v.templateId) ?? 0, v.number));
    const { groups, configurations } = await autoScalingLaunchers(asApis);
    const l = { versions, latest, direct: new Map(), groups, configurations };
    // A version a group launches that the listing does not explain (a number older than the newest, or a template
    // the listing lacks: made since it was read, or left out of it) is read by itself, once.
    for (const group of groups)
        for (const { spec } of specs(group)) {
            const template = spec.LaunchTemplateId
                ? { id: spec.LaunchTemplateId }
                : spec.LaunchTemplateName
                    ? { name: spec.LaunchTemplateName }
                    : undefined;
            if (!template || resolve(l, spec) || l.direct.has(specKey(spec)))
                continue;
            const [found] = await templateVersions(apis, template, { versions: [spec.Version ?? '$Default'] });
            l.direct.set(specKey(spec), found);
            if (found)
                versions.push(found);
        }
    return l;
}
/** The references to one AMI, from EC2's rows and the region's launchers. */
function describe(ami, rows, stopped, l, scope) {
    const found = [];
    const add = (kind, text) => {
        if (!found.some((f) => f.text === text))
            found.push({ kind, text });
    };
    const instances = rows.filter((r) => r.type === 'ec2:Instance').length;
    if (instances > 0)
        add('instances', `${(0,in_use/* plural */.LS)(instances, 'instance')}${stopped > 0 ? `, ${stopped} stopped` : ''}`);
    const parameters = new Set(rows.filter((r) => r.type === 'ssm:Parameter').map((r) => parameterKey(r.arn)));
    for (const key of parameters)
        add('ssm-parameter', `SSM parameter ${parameterName(key)}`);
    for (const r of rows.filter((r) => r.type.startsWith('imagebuilder:'))) {
        const recipe = /:(image|container)-recipe\/([^/]+)\/(.+)$/.exec(r.arn);
        add('recipe', recipe ? `Image Builder ${recipe[1]} recipe ${recipe[2]} ${recipe[3]}` : `${r.type} ${r.arn}`);
    }
    for (const r of rows.filter((r) => !/^(ec2:Instance|ec2:LaunchTemplate|ssm:Parameter|imagebuilder:)/.test(r.type)))
        add('other', `${r.type} ${r.arn}`);
    // Template versions: the default however old, and (scope "any") those within the depth EC2 checked.
    const referenced = new Set(rows.filter((r) => r.type === 'ec2:LaunchTemplate').map((r) => r.arn.split('/').at(-1)));
    const byTemplate = new Map();
    for (const v of l.versions) {
        const via = naming(v.image, ami, parameters);
        const counts = v.isDefault || (scope.launchTemplateVersions === 'any' && referenced.has(v.templateId));
        if (via === undefined || !counts)
            continue;
        const entry = byTemplate.get(v.templateId) ?? { name: v.templateName, labels: [] };
        const label = `${v.number}${v.isDefault ? ' (default)' : ''}${via}`;
        if (!entry.labels.includes(label))
            entry.labels.push(label);
        byTemplate.set(v.templateId, entry);
    }
    for (const [id, { name, labels }] of byTemplate)
        add('launch-template', `launch template ${id} (${name}) version${labels.length > 1 ? 's' : ''} ${labels.join(', ')}`);
    if (scope.launchTemplateVersions === 'any')
        for (const id of referenced)
            if (!byTemplate.has(id ?? ''))
                add('launch-template', `${id ? `launch template ${id}` : 'a launch template EC2 did not name'} (one of its newest ` +
                    `${scope.launchTemplateDepth} versions)`);
    // What Auto Scaling launches: configurations, template versions, overrides that name the AMI themselves.
    const configured = new Set(l.configurations.filter((c) => c.ImageId === ami).map((c) => c.LaunchConfigurationName));
    for (const g of l.groups) {
        const name = `Auto Scaling group ${g.AutoScalingGroupName ?? '?'}`;
        if (g.LaunchConfigurationName && configured.has(g.LaunchConfigurationName))
            add('auto-scaling-group', `${name} (launch configuration ${g.LaunchConfigurationName})`);
        for (const { spec, via } of specs(g)) {
            const v = resolve(l, spec);
            const how = v && naming(v.image, ami, parameters);
            if (v && how !== undefined)
                add('auto-scaling-group', `${name} (${via}launch template ${v.templateId} version ${v.number}${how})`);
        }
        for (const o of g.MixedInstancesPolicy?.LaunchTemplate?.Overrides ?? [])
            if (o.ImageId === ami)
                add('auto-scaling-group', `${name} (mixed instances override ${o.InstanceType ?? '?'})`);
    }
    const used = new Set(l.groups.map((g) => g.LaunchConfigurationName));
    for (const c of configured)
        if (!used.has(c))
            add('launch-configuration', `launch configuration ${c}`);
    return found;
}
/** What uses each of `images` in the region (an AMI nothing uses has an empty list). */
async function regionUse(apis, asApis, images, scope) {
    const rows = await imageReferences(apis, images, scope);
    const withInstances = [...new Set(rows.filter((r) => r.type === 'ec2:Instance').map((r) => r.image))];
    const stopped = await stoppedCounts(apis, withInstances, scope);
    const l = await launchers(apis, asApis);
    if (scope.launchTemplateVersions === 'any') {
        // Templates EC2 found within the depth whose default version does not explain the reference.
        const byTemplate = new Map();
        for (const r of rows.filter((r) => r.type === 'ec2:LaunchTemplate')) {
            const id = r.arn.split('/').at(-1) ?? '';
            if (id && !l.versions.some((v) => v.templateId === id && v.image === r.image))
                byTemplate.set(id, [...(byTemplate.get(id) ?? []), r.image]);
        }
        for (const [id, amis] of byTemplate)
            l.versions.push(...(await templateVersions(apis, { id }, { images: amis })));
    }
    return new Map(images.map((ami) => [
        ami,
        describe(ami, rows.filter((r) => r.image === ami), stopped.get(ami) ?? 0, l, scope).map((f) => ({ ...f, region: apis.region, image: ami }))
    ]));
}

// EXTERNAL MODULE: ./src/lifecycle/rate-limit.ts
var rate_limit = __webpack_require__(5118);
;// CONCATENATED MODULE: ./src/lifecycle/in-use-check.ts
/**
 * The in-use check over a set of builds: each build's AMIs, in every region (and account) it distributed to,
 * checked once per region. A region that cannot be checked leaves its AMIs unchecked, and the rest goes on.
 * Loaded only when a run may retire images (it brings the EC2 and Auto Scaling clients).
 */






/**
 * Requests per second per region. EC2 refills 20 request tokens a second for describe calls ("Request throttling
 * for the Amazon EC2 API"); half leaves room for the account's other callers.
 */
const RATE_PER_REGION = 10;
const REGIONS_AT_ONCE = 4;
/**
 * What uses the region's AMIs here, and (for the ones nothing here uses, when the update stops launches) the
 * usage reports that will say whether other accounts do. Every call under the region's own rate limit.
 */
async function checkRegion(ctx, options, region, images, stopping) {
    const scope = options.inUse;
    const limiter = new rate_limit/* RateLimiter */.v(ctx.clock, RATE_PER_REGION);
    try {
        const apis = { region, ec2: await ctx.ec2(region), limiter, signal: ctx.signal };
        const references = await regionUse(apis, { ...apis, autoScaling: await ctx.autoScaling(region) }, images, scope);
        // An AMI already in use here is kept whatever other accounts do: only the others are asked about.
        const free = images.filter((i) => stopping.has(i) && (references.get(i) ?? []).length === 0);
        if (!scope.otherAccounts || free.length === 0)
            return { references };
        return { references, started: await startReports(apis, free, scope, options.runIdentity) };
    }
    catch (error) {
        return { failure: error instanceof CheckFailure ? error : checkFailure('ec2', region, error) };
    }
}
/** AMIs this job cannot check: not an AMI id or region as EC2 knows them, or in another account. */
function unreachable(ami, account) {
    if (!(0,in_use/* isAmiId */.XK)(ami.image) || !(0,arn/* isRegion */.Dp)(ami.region))
        return {
            region: ami.region,
            images: [ami.image],
            reason: `Image Builder lists "${ami.image}" in "${ami.region}", which is not an AMI in a region`,
            settle: "check the build's distribution"
        };
    if (!ami.accountId)
        return {
            region: ami.region,
            images: [ami.image],
            reason: `Image Builder lists no owning account for ${ami.image}`,
            settle: "check the build's distribution"
        };
    if (ami.accountId !== account)
        return {
            region: ami.region,
            account: ami.accountId,
            images: [ami.image],
            reason: `${ami.image} is in account ${ami.accountId}, which this job's credentials do not reach`,
            settle: `check it with credentials in account ${ami.accountId}`
        };
    return undefined;
}
/** Each build's finding: what uses its AMIs, and what could not be checked. */
async function checkInUse(ctx, options, builds) {
    const findings = new Map(builds.map((b) => [b.build.arn, { references: [], unchecked: [] }]));
    const images = new Map();
    const reports = new Map();
    for (const { build, account, stops } of builds)
        for (const ami of build.outputs?.amis ?? []) {
            const away = unreachable(ami, account);
            if (away)
                findings.get(build.arn)?.unchecked.push(away);
            else {
                images.set(ami.region, (images.get(ami.region) ?? new Set()).add(ami.image));
                if (stops)
                    reports.set(ami.region, (reports.get(ami.region) ?? new Set()).add(ami.image));
            }
        }
    const regions = [...images.keys()].sort();
    const answers = await (0,rate_limit/* mapConcurrent */._)(regions, REGIONS_AT_ONCE, (region) => checkRegion(ctx, options, region, [...(images.get(region) ?? [])], reports.get(region) ?? new Set()));
    // Every region's reports are in the making by now: they are waited for together.
    const timing = { clock: ctx.clock, backoff: options.backoff, random: ctx.random ?? Math.random };
    await Promise.all(answers.map(async (a) => {
        if (a.started)
            a.accounts = await readReports(a.started, options.inUse, timing);
    }));
    const byRegion = new Map(regions.map((r, i) => [r, answers[i]]));
    for (const { build, account } of builds) {
        const finding = findings.get(build.arn);
        for (const ami of (build.outputs?.amis ?? []).filter((a) => !unreachable(a, account))) {
            const answer = byRegion.get(ami.region);
            if (answer.failure) {
                const { reason, settle } = answer.failure;
                const same = finding.unchecked.find((u) => u.region === ami.region && u.reason === reason);
                if (same)
                    same.images.push(ami.image);
                else
                    finding.unchecked.push({ region: ami.region, images: [ami.image], reason, settle });
                continue;
            }
            finding.references.push(...(answer.references?.get(ami.image) ?? []), ...(answer.accounts?.references.get(ami.image) ?? []));
            const why = answer.accounts?.unchecked.get(ami.image);
            if (why)
                finding.unchecked.push({ region: ami.region, images: [ami.image], ...why });
        }
        const reason = (0,in_use/* keepReason */.En)(finding);
        if (reason)
            ctx.log(`${build.name} ${build.version}: ${reason}`);
    }
    return findings;
}


/***/ })

};
