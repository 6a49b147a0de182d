export const id = 173;
export const ids = [173];
export const modules = {

/***/ 4173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishCommand: () => (/* binding */ publishCommand)
});

// UNUSED EXPORTS: PUBLISH_HELP

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/action/verdict.ts
var action_verdict = __webpack_require__(8263);
// EXTERNAL MODULE: ./src/engine/check-repository.ts + 9 modules
var check_repository = __webpack_require__(6390);
// EXTERNAL MODULE: ./src/plugsync/api-contract.ts
var api_contract = __webpack_require__(6886);
;// CONCATENATED MODULE: ./src/promote/outcome.ts
/** Tells whether a result fails the run: refused and failed ones do. */
function isFailure(result) {
    const { status } = result.outcome;
    return status === 'refused' || status === 'failed';
}

// EXTERNAL MODULE: ./src/plugsync/concurrency.ts
var plugsync_concurrency = __webpack_require__(9948);
// EXTERNAL MODULE: ./src/config/normalise.ts
var normalise = __webpack_require__(7028);
// EXTERNAL MODULE: ./src/plugsync/errors.ts
var errors = __webpack_require__(6844);
// EXTERNAL MODULE: ./src/review/record.ts
var record = __webpack_require__(4271);
;// CONCATENATED MODULE: ./src/promote/review-state.ts
/** The review recorded for a target: same connector id, same environment. */
function reviewOf(review, target) {
    return review.connectors.find((reviewed) => reviewed.id === target.id &&
        (reviewed.environment ?? '') === (target.environment ?? ''));
}

// EXTERNAL MODULE: ./src/engine/check-file.ts + 1 modules
var check_file = __webpack_require__(2146);
// EXTERNAL MODULE: ./src/plugsync/backend-detail.ts
var backend_detail = __webpack_require__(1025);
;// CONCATENATED MODULE: ./src/promote/step-failure.ts



/** A step of a promotion that threw: which step, and what it threw. */
class StepFailure extends Error {
    step;
    error;
    name = 'StepFailure';
    constructor(step, error) {
        super(messageOf(error), { cause: error });
        this.step = step;
        this.error = error;
    }
}
/**
 * Runs one step, so that whatever it throws names the step; a step inside
 * it that failed keeps its own name.
 */
async function step(name, work) {
    try {
        return await work();
    }
    catch (error) {
        if (error instanceof StepFailure)
            throw error;
        throw new StepFailure(name, error);
    }
}
/** The words a failure uses for each step. */
const step_failure_STEP_WORDS = {
    'read-config': 'reading the config',
    'read-active': 'reading the active version',
    'read-reviewed': 'reading the reviewed version',
    'read-draft': 'reading the draft',
    'write-draft': 'writing the draft',
    'verify-draft': 'checking the draft written',
    publish: 'publishing',
    'verify-active': 'checking the published version'
};
/**
 * The outcome of a step that threw. A 422 from PlugSync becomes findings at
 * their line and column of the config file, like local findings.
 */
function failedOutcome(target, failure) {
    return {
        status: 'failed',
        step: failure.step,
        message: failure.message,
        findings: rejectionFindings(target, failure.error)
    };
}
/** The findings a PlugSync rejection (422 with details) carries, placed. */
function rejectionFindings(target, error) {
    if (!(error instanceof errors/* PlugSyncError */.i8) || error.detail === undefined) {
        return [];
    }
    if (target.source === undefined)
        return [];
    return (0,check_file/* placeProblems */.kv)(target.file, target.source, (0,backend_detail/* detailToProblems */.XD)(error.detail));
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/promote/guards.ts




/**
 * The review guards: a connector must have been reviewed as it is in git
 * (unless `require-review` is off), and against the version that is still
 * active (unless `allow-drift` is on). Returns the refusal, if any.
 */
async function reviewRefusal(target, config, active, context) {
    const { review } = context;
    const reviewed = reviewOf(review, target);
    const source = review.source ?? 'the review';
    if (review.required) {
        if (reviewed === undefined) {
            return refuseUnreviewed(review.missing, source, active, config);
        }
        if (reviewed.configHash !== (0,record/* configHash */.r_)(config)) {
            return refuseChanged(target, source, active, config);
        }
    }
    if (reviewed === undefined)
        return undefined;
    return driftRefusal(target, reviewed, source, active, context);
}
/**
 * Drift: the active version is not the one the review was made against,
 * so someone published outside git since, and the reviewed diff may no
 * longer say what publishing does. The refusal shows what they changed:
 * the reviewed version against the active one.
 */
async function driftRefusal(target, reviewed, source, active, context) {
    const activeVersion = active?.version ?? null;
    const then = reviewed.activeVersion;
    if (then === activeVersion)
        return undefined;
    const what = `${activeWords(activeVersion)}, but ${source} was reviewed ${againstWords(then)}`;
    if (context.allowDrift) {
        context.logger.warning(`${target.name}: ${what}; allow-drift is on, so the promotion ${context.dryRun ? 'would go' : 'goes'} ahead`);
        return undefined;
    }
    const before = then === null
        ? {}
        : (await step('read-reviewed', () => context.api.getVersion(target.id, then))).config;
    // A version that republished the reviewed config (an undo in the
    // dashboard) changes nothing the review saw.
    if (active !== null && (0,normalise/* configsEqual */.QZ)(before, active.config)) {
        context.logger.info(`${target.name}: ${what}, with the same config: the review still holds`);
        return undefined;
    }
    return {
        status: 'refused',
        reason: 'drift',
        override: 'allow-drift',
        message: `${what}: someone published outside git. The diff shows what changed since the review; bring that change into git through a pull request (or undo it in PlugSync), then re-run`,
        diff: {
            title: `What changed in PlugSync since the review (${versionName(then)} → ${versionName(activeVersion)}):`,
            before,
            beforeVersion: then,
            after: active?.config ?? {}
        }
    };
}
/**
 * The draft guard: a draft that differs from the active version holds
 * someone's unpublished work, which writing the draft would destroy. A draft
 * that already holds the config in git is ours, left by a run that failed
 * before publishing: a re-run finishes the job.
 */
function draftRefusal(target, config, active, draft, context) {
    const baseline = active?.config ?? {};
    if ((0,normalise/* configsEqual */.QZ)(draft.config, baseline))
        return undefined;
    if ((0,normalise/* configsEqual */.QZ)(draft.config, config)) {
        context.logger.info(`${target.name}: the draft already holds the config in git (an earlier run wrote it): finishing the promotion`);
        return undefined;
    }
    const unlike = active === null
        ? 'not the config in git'
        : `neither v${active.version} nor the config in git`;
    if (context.allowDraftOverwrite) {
        context.logger.warning(`${target.name}: the draft holds unpublished work that is ${unlike}; allow-draft-overwrite is on, so it ${context.dryRun ? 'would be' : 'is'} overwritten`);
        return undefined;
    }
    return {
        status: 'refused',
        reason: 'draft-work',
        override: 'allow-draft-overwrite',
        message: `the draft holds unpublished work (edited ${draft.updatedAt}) that is ${unlike}, and writing the draft would destroy it. The diff shows that work, which is what would be lost: publish or discard it in PlugSync, or bring it into git through a pull request, then re-run`,
        diff: {
            title: `The unpublished work in the draft${against(active)}:`,
            before: baseline,
            beforeVersion: active?.version ?? null,
            after: draft.config
        }
    };
}
function refuseUnreviewed(missing, source, active, config) {
    const why = missing ?? `${source} recorded no diff of this connector`;
    return {
        status: 'refused',
        reason: 'not-reviewed',
        override: 'require-review',
        message: `${why}, so nobody reviewed this change. The diff shows what would be published: open a pull request with it, let its check comment the diff, and merge it`,
        diff: unreviewedDiff(active, config)
    };
}
function refuseChanged(target, source, active, config) {
    return {
        status: 'refused',
        reason: 'changed-after-review',
        override: 'require-review',
        message: `${target.file} is not the config ${source} reviewed: it changed after its diff was recorded (a commit after the last check ran, or a merge that combined changes). The diff shows what would be published unreviewed: review it in a new pull request`,
        diff: unreviewedDiff(active, config)
    };
}
function unreviewedDiff(active, config) {
    return {
        title: `What would be published${against(active)}:`,
        before: active?.config ?? {},
        beforeVersion: active?.version ?? null,
        after: config
    };
}
/** ", against v8", or " (nothing was published yet)". */
function against(active) {
    return active === null
        ? ' (nothing was published yet)'
        : `, against v${active.version}`;
}
/** "v8 is active", or "no version is active". */
function activeWords(version) {
    return `${versionName(version)} is active`;
}
/** "against v8", or "when no version was published". */
function againstWords(version) {
    return version === null
        ? 'when no version was published'
        : `against v${version}`;
}
/** "v8", or "no version" before the first publish. */
function versionName(version) {
    return version === null ? 'no version' : `v${version}`;
}

;// CONCATENATED MODULE: ./src/promote/promote-connector.ts




/**
 * Promotes one connector: nothing when the active version already equals
 * git; a refusal when a guard says no; else writes the full draft, reads
 * it back, publishes, and reads the active version back. Never throws: a
 * failure is an outcome that names its step.
 */
async function promoteConnector(target, context) {
    if (target.config === undefined) {
        return {
            status: 'failed',
            step: 'read-config',
            message: `${target.file} holds no JSON object to publish: fix the file (the validation findings say how) and re-run`,
            findings: []
        };
    }
    try {
        return await promote(target, target.config, context);
    }
    catch (error) {
        // Every call that can fail runs as a named step: anything else is a
        // bug, which must not pass for a PlugSync failure.
        if (!(error instanceof StepFailure))
            throw error;
        return failedOutcome(target, error);
    }
}
async function promote(target, config, context) {
    const { api, logger } = context;
    const active = await step('read-active', () => api.getActiveVersion(target.id));
    if (active !== null && (0,normalise/* configsEqual */.QZ)(active.config, config)) {
        logger.info(`${target.name}: v${active.version} equals git: up to date`);
        return { status: 'up-to-date', version: active.version };
    }
    const refused = await step('read-reviewed', () => reviewRefusal(target, config, active, context));
    if (refused !== undefined)
        return refused;
    const draft = await step('read-draft', () => api.getDraft(target.id));
    const overwrite = await step('read-draft', () => draftRefusal(target, config, active, draft, context));
    if (overwrite !== undefined)
        return overwrite;
    const previous = active?.version ?? null;
    if (context.dryRun) {
        logger.info(`${target.name}: would publish a new version over ${versionName(previous)} (dry run)`);
        return { status: 'would-publish', previous };
    }
    return write(target, config, previous, draft.etag, context);
}
/** PATCH the full config, read it back, publish, read the active version back. */
async function write(target, config, previous, etag, context) {
    const { api, logger } = context;
    const refused = await patch(target, config, etag, context);
    if (refused !== undefined)
        return refused;
    const unlike = await step('verify-draft', () => verifyDraft(target, config, context));
    if (unlike !== undefined)
        return unlike;
    const result = await publish(target, config, context);
    if ('outcome' in result)
        return result.outcome;
    const { published } = result;
    const mismatch = await step('verify-active', async () => activeMismatch(config, published, await api.getActiveVersion(target.id)));
    if (mismatch !== undefined)
        return mismatch;
    logger.info(`${target.name}: published v${published.version}${published.recovered ? ' (the answer was lost; reading back showed it)' : ''}`);
    return {
        status: 'published',
        version: published.version,
        previous,
        recovered: published.recovered === true
    };
}
/** Reads the draft back: a failure when it is not what was written. */
async function verifyDraft(target, config, context) {
    const written = await context.api.getDraft(target.id);
    if ((0,normalise/* configsEqual */.QZ)(written.config, config))
        return undefined;
    return {
        status: 'failed',
        step: 'verify-draft',
        message: `the draft PlugSync holds after the write is not the config in git, so nothing was published. Keys the draft had that git does not are kept by a draft write: remove them in PlugSync, then re-run`,
        findings: [],
        diff: {
            title: 'The draft PlugSync holds, against the config in git:',
            before: config,
            beforeVersion: null,
            after: written.config
        }
    };
}
/**
 * Writes the draft, with `If-Match` when PlugSync gave an ETag. A 412
 * means someone wrote between our read and our write: their work is kept
 * and the connector refused, not retried, since the guards must judge the
 * new draft first.
 */
async function patch(target, config, etag, context) {
    try {
        await context.api.patchDraft(target.id, fullDraft(config), etag === undefined ? {} : { ifMatch: etag });
        return undefined;
    }
    catch (error) {
        if (!(error instanceof errors/* PlugSyncError */.i8) ||
            error.kind !== 'precondition-failed') {
            throw new StepFailure('write-draft', error);
        }
        return {
            status: 'refused',
            reason: 'draft-changed',
            message: 'someone wrote to the draft between our read and our write (412 Precondition Failed), so nothing was written and their work is kept: re-run to read the draft again and let the guards judge it'
        };
    }
}
/**
 * The config with every top-level key the contract defaults, so that the
 * write replaces the whole draft: a draft write keeps the keys it is not
 * given, and a `settings` left out of git must still clear the draft's.
 */
function fullDraft(config) {
    return { entities: [], flows: [], settings: {}, ...config };
}
/**
 * Publishes. A 409 says the draft equals the active version: someone
 * published the same config meanwhile, which a read of the active version
 * confirms; then there is nothing left to do.
 */
async function publish(target, config, context) {
    try {
        return { published: await context.api.publish(target.id) };
    }
    catch (error) {
        if (!(error instanceof errors/* PlugSyncError */.i8) || error.kind !== 'conflict') {
            throw new StepFailure('publish', error);
        }
        const now = await step('verify-active', () => context.api.getActiveVersion(target.id));
        if (now === null || !(0,normalise/* configsEqual */.QZ)(now.config, config)) {
            throw new StepFailure('publish', error);
        }
        context.logger.info(`${target.name}: v${now.version} already equals git (published meanwhile): up to date`);
        return { outcome: { status: 'up-to-date', version: now.version } };
    }
}
/** A failure when the active version read back is not what git holds. */
function activeMismatch(config, published, now) {
    if (now !== null && (0,normalise/* configsEqual */.QZ)(now.config, config))
        return undefined;
    const seen = versionName(now?.version ?? null);
    return {
        status: 'failed',
        step: 'verify-active',
        message: `PlugSync answered that v${published.version} was published, but reading the active version back gives ${seen}, which is not the config in git: someone may have published in between. Look at the connector's versions in PlugSync, then re-run`,
        findings: [],
        diff: {
            title: `The active version ${seen}, against the config in git:`,
            before: config,
            beforeVersion: null,
            after: now?.config ?? {}
        }
    };
}

;// CONCATENATED MODULE: ./src/promote/promote-all.ts


/**
 * Promotes every target, at most `concurrency` at a time. Connectors are
 * independent: one that fails or is refused never stops the others, and
 * each result says exactly how its connector ended, so a re-run finishes
 * what this one left.
 */
async function promoteAll(targets, context, concurrency) {
    return (0,plugsync_concurrency/* mapLimit */.s)(targets, concurrency, async (target) => ({
        target,
        outcome: await promoteConnector(target, context)
    }));
}

// EXTERNAL MODULE: ./src/diff/config-diff.ts + 5 modules
var config_diff = __webpack_require__(1327);
// EXTERNAL MODULE: ./src/diff/render.ts + 1 modules
var render = __webpack_require__(6225);
// EXTERNAL MODULE: ./src/diff/value-format.ts
var value_format = __webpack_require__(2568);
// EXTERNAL MODULE: ./src/report/describe.ts
var describe = __webpack_require__(313);
;// CONCATENATED MODULE: ./src/promote/describe-outcome.ts

/** The few words that name each refusal. */
const REFUSAL_WORDS = {
    'not-reviewed': 'not reviewed',
    'changed-after-review': 'changed after the review',
    drift: 'published outside git since the review',
    'draft-work': 'unpublished work in the draft',
    'draft-changed': 'the draft changed during the run'
};
/** How an outcome reads in a table cell: "published v8", "refused: …". */
function outcomeWords(outcome) {
    switch (outcome.status) {
        case 'published':
            return `published v${outcome.version}`;
        case 'up-to-date':
            return `up to date (v${outcome.version})`;
        case 'would-publish':
            return outcome.previous === null
                ? 'would publish v1 (dry run)'
                : `would publish over v${outcome.previous} (dry run)`;
        case 'refused':
            return `refused: ${REFUSAL_WORDS[outcome.reason]}`;
        case 'failed':
            return `failed while ${step_failure_STEP_WORDS[outcome.step]}`;
    }
}
/**
 * How an outcome reads as a sentence about its connector, the way the pull
 * request's comment and the terminal say it: "published v8 of compass".
 */
function outcomeSentence(outcome, name) {
    switch (outcome.status) {
        case 'published':
            return `published v${outcome.version} of ${name}`;
        case 'up-to-date':
            return `${name} is up to date at v${outcome.version}`;
        case 'would-publish':
            return `would publish ${name} (dry run)`;
        case 'refused':
            return `refused to publish ${name}: ${REFUSAL_WORDS[outcome.reason]}`;
        case 'failed':
            return `failed to publish ${name} while ${STEP_WORDS[outcome.step]}`;
    }
}
/** The action's inputs that lift a refusal. */
const ACTION_OVERRIDES = {
    'require-review': '`require-review: false`',
    'allow-drift': '`allow-drift: true`',
    'allow-draft-overwrite': '`allow-draft-overwrite: true`'
};
/** The sentence that says how to lift a refusal, if an input can. */
function overrideHint(outcome, names) {
    if (outcome.status !== 'refused' || outcome.override === undefined) {
        return undefined;
    }
    const name = names[outcome.override];
    switch (outcome.override) {
        case 'require-review':
            return `To publish it without a review, run with ${name}.`;
        case 'allow-drift':
            return `To overwrite what was published outside git, run with ${name}.`;
        case 'allow-draft-overwrite':
            return `To discard the draft's work, run with ${name}.`;
    }
}
/** A message as a sentence: a full stop added unless it ends in one. */
function asSentence(message) {
    return /[.!?]$/.test(message) ? message : `${message}.`;
}

;// CONCATENATED MODULE: ./src/promote/render-text.ts





/**
 * The promotion for a terminal: one line per connector ("compass (cn_1):
 * published v8"), and under each refusal or failure its reason, how to
 * recover, PlugSync's rejections by line, and the diff that explains it.
 */
function renderPromotionText(results, options) {
    const place = options.environment
        ? ` (environment ${(0,value_format/* cleanText */.X5)(options.environment)})`
        : '';
    const dry = options.dryRun ? ', dry run: nothing was written' : '';
    const lines = [`Promotion to PlugSync${place}${dry}:`];
    if (results.length === 0)
        lines.push('  no connector to promote');
    for (const { target, outcome } of results) {
        lines.push(`  ${label(target)}: ${outcomeWords(outcome)}`);
        if (outcome.status !== 'refused' && outcome.status !== 'failed')
            continue;
        const hint = overrideHint(outcome, options.overrides);
        lines.push(`    ${asSentence(outcome.message)}${hint === undefined ? '' : ` ${hint}`}`);
        if (outcome.status === 'failed') {
            for (const finding of outcome.findings) {
                lines.push(`    ${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.rule}: ${(0,describe/* fullMessage */.P8)(finding)}`);
            }
        }
        if (outcome.diff !== undefined) {
            lines.push(indent(explainingText(target, outcome.diff, options.color)));
        }
    }
    return lines.join('\n') + '\n';
}
/** The title of an explaining diff, then its changes, one per line. */
function explainingText(target, diff, color) {
    const text = (0,render/* renderDiffText */.p)({ name: target.name, id: target.id }, (0,config_diff/* diffConfigs */.p)(diff.before, diff.after), { color, activeVersion: diff.beforeVersion });
    const changes = text.split('\n').slice(1);
    return [diff.title, ...changes].join('\n');
}
function label(target) {
    const place = target.environment
        ? `${target.id}, ${target.environment}`
        : target.id;
    return `${(0,value_format/* cleanText */.X5)(target.name)} (${(0,value_format/* cleanText */.X5)(place)})`;
}
function indent(text) {
    return text
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n');
}

// EXTERNAL MODULE: ./src/promote/target.ts
var target = __webpack_require__(5447);
// EXTERNAL MODULE: ./src/cli/format-text.ts
var format_text = __webpack_require__(9451);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/options.ts
var cli_options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/token.ts + 9 modules
var token = __webpack_require__(589);
// EXTERNAL MODULE: ./src/plugsync/limits.ts
var limits = __webpack_require__(4543);
;// CONCATENATED MODULE: ./src/cli/publish-command.ts















const PUBLISH_HELP = `Usage: plugsync-config publish [options]

Promotes the connectors of the manifest to PlugSync, with the guards of the
action: nothing is published that was not reviewed as it is, over a version
published outside git, or over unpublished work in the draft. Validates
first; findings at or above --fail-on stop it before anything is written.

Options:
  --record <file>                the review record "plugsync-config diff
                                 --record <file>" wrote for the change
  --no-require-review            publish without a review record
  --environment <name>           promote the manifest entries of this
                                 environment (default: those without one)
  --dry-run                      do every read and check, write nothing
  --allow-drift                  publish over a version published outside git
  --allow-draft-overwrite        publish over unpublished work in the draft
  --api-url <url>                PlugSync API (default: $PLUGSYNC_API_URL or
                                 ${api_contract/* DEFAULT_API_URL */.rK})
  --token-file <file>            read the token from this file
  --timeout <seconds>            per request, 1 to 3600 (default: 30)
  --retries <n>                  for failed requests (default: 3)
  --concurrency <n>              connectors at once (default: 4)
  --fail-on <error|warning|never>
                                 least severity that stops it (default: error)
  --root <dir>                   repository root (default: .)
  --manifest <file>              manifest path, relative to the root
                                 (default: plugsync.yaml)
  --configs <glob>               where configs live (repeatable)
  --exclude <glob>               files never to check (repeatable)
  --format <text|json>           output format (default: text)
  --no-color                     plain text even on a terminal
  -h, --help                     this help

The token is read from the PLUGSYNC_TOKEN environment variable or from
--token-file, never from the command line.

Exit codes: 0 every connector published or up to date, 1 a connector
refused or failed or findings at --fail-on, 2 usage or I/O error.
`;
/** How the CLI names the options that lift a refusal. */
const CLI_OVERRIDES = {
    'require-review': '--no-require-review',
    'allow-drift': '--allow-drift',
    'allow-draft-overwrite': '--allow-draft-overwrite'
};
/** `plugsync-config publish`: promote the configs, as the action does on merge. */
async function publishCommand(argv, io) {
    (0,token/* refuseTokenArgument */.LB)(argv);
    const options = readOptions(argv);
    if (options === 'help') {
        io.stdout(PUBLISH_HELP);
        return cli_io/* EXIT */.dc.ok;
    }
    const logger = (0,cli_io/* stderrLogger */.D7)(io);
    const root = (0,external_node_path_.resolve)(io.cwd, options.root);
    const review = await readReview(io, options);
    const client = (0,token/* openPlugSync */.GD)({
        apiUrl: (0,token/* apiUrlOf */.po)(options.apiUrl, io),
        token: await (0,token/* readToken */.AI)(options.tokenFile, io),
        timeoutMs: options.timeoutMs,
        retries: options.retries
    }, logger);
    const check = await (0,check_repository/* checkRepository */.n)({
        root,
        patterns: options.configs,
        exclude: options.exclude,
        manifest: options.manifest,
        logger,
        // The file standard output is redirected to is no config to check.
        ...(io.output ? { output: io.output } : {})
    });
    const unknown = (0,target/* unknownEnvironment */.Iu)(check, options.environment);
    if (unknown !== undefined)
        throw new cli_io/* UsageError */.eb(unknown);
    const verdict = (0,action_verdict/* judge */.S)(check.findings, options.failOn);
    if (!verdict.valid)
        return stopOnFindings(check, options, io);
    const elsewhere = (0,target/* otherEnvironmentsOnly */.HT)(check, options.environment, 'name one with --environment');
    if (elsewhere !== undefined)
        io.stderr(`warning: ${elsewhere}\n`);
    const results = await promoteAll((0,target/* promotionTargets */.yy)(check, options.environment), {
        api: client,
        review,
        allowDrift: options.allowDrift,
        allowDraftOverwrite: options.allowDraftOverwrite,
        dryRun: options.dryRun,
        logger
    }, options.concurrency);
    io.stdout(publish_command_render(results, options, io));
    return results.some(isFailure) ? cli_io/* EXIT */.dc.findings : cli_io/* EXIT */.dc.ok;
}
const OPTIONS = {
    record: { type: 'string' },
    'no-require-review': { type: 'boolean', default: false },
    environment: { type: 'string', default: '' },
    'dry-run': { type: 'boolean', default: false },
    'allow-drift': { type: 'boolean', default: false },
    'allow-draft-overwrite': { type: 'boolean', default: false },
    'api-url': { type: 'string' },
    'token-file': { type: 'string' },
    timeout: { type: 'string', default: '30' },
    retries: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '4' },
    'fail-on': { type: 'string', default: 'error' },
    root: { type: 'string', default: '.' },
    manifest: { type: 'string', default: 'plugsync.yaml' },
    configs: { type: 'string', multiple: true, default: [] },
    exclude: { type: 'string', multiple: true, default: [] },
    format: { type: 'string', default: 'text' },
    'no-color': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false }
};
/** Prints the findings that stop the promotion before anything is written. */
function stopOnFindings(check, options, io) {
    io.stdout((0,format_text/* formatText */.vX)(check.findings, check.files.length, (0,format_text/* sourcesOf */.u0)(check), options.color && io.color));
    io.stderr(`plugsync-config: nothing was published: the validation found problems at or above --fail-on ${options.failOn}\n`);
    return cli_io/* EXIT */.dc.findings;
}
function readOptions(argv) {
    const { values } = (0,cli_options/* parseOptions */.Ac)('publish', { args: argv, options: OPTIONS });
    if (values.help)
        return 'help';
    const requireReview = !values['no-require-review'];
    checkReviewOptions(values.record, requireReview);
    return {
        ...(values.record === undefined ? {} : { record: values.record }),
        requireReview,
        environment: values.environment.trim(),
        dryRun: values['dry-run'],
        allowDrift: values['allow-drift'],
        allowDraftOverwrite: values['allow-draft-overwrite'],
        ...(values['api-url'] === undefined ? {} : { apiUrl: values['api-url'] }),
        ...(values['token-file'] === undefined
            ? {}
            : { tokenFile: values['token-file'] }),
        timeoutMs: (0,cli_options/* wholeNumber */.rD)('--timeout', values.timeout, 1, limits/* MAX_TIMEOUT_S */.d) * 1000,
        retries: (0,cli_options/* wholeNumber */.rD)('--retries', values.retries, 0),
        concurrency: (0,cli_options/* wholeNumber */.rD)('--concurrency', values.concurrency, 1),
        failOn: (0,cli_options/* failOnOf */.tC)(values['fail-on']),
        root: values.root,
        manifest: values.manifest,
        configs: values.configs,
        exclude: values.exclude,
        format: (0,cli_options/* oneOf */.yL)('--format', values.format, ['text', 'json']),
        color: !values['no-color']
    };
}
/** A promotion is held to a review unless told otherwise, never both. */
function checkReviewOptions(record, requireReview) {
    if (record === undefined && requireReview) {
        throw new cli_io/* UsageError */.eb('publish needs the review of the change: pass --record <file> (written by "plugsync-config diff --record <file>" when the change was reviewed), or --no-require-review to publish without one');
    }
    if (record !== undefined && !requireReview) {
        throw new cli_io/* UsageError */.eb('--record and --no-require-review contradict each other: give one');
    }
}
/** The review the promotion is held to: the record file, or none. */
async function readReview(io, options) {
    if (options.record === undefined)
        return { required: false, connectors: [] };
    const path = (0,external_node_path_.resolve)(io.cwd, options.record);
    const text = await (0,promises_.readFile)(path, 'utf8').catch((error) => {
        const code = error.code ?? (0,cli_options/* messageOf */.bD)(error);
        throw new cli_io/* UsageError */.eb(`the review record ${options.record} cannot be read (${code}): pass the file "plugsync-config diff --record" wrote`);
    });
    const decoded = (0,record/* decodeRecord */.eT)(text);
    if (!decoded.ok) {
        throw new cli_io/* UsageError */.eb(`the review record ${options.record} is not one: ${decoded.problem}. Pass the file "plugsync-config diff --record" wrote`);
    }
    return {
        required: true,
        source: `the review record ${options.record}`,
        connectors: decoded.record.connectors
    };
}
function publish_command_render(results, options, io) {
    if (options.format === 'text') {
        return renderPromotionText(results, {
            environment: options.environment,
            dryRun: options.dryRun,
            color: options.color && io.color,
            overrides: CLI_OVERRIDES
        });
    }
    const connectors = results.map(({ target, outcome }) => {
        // The configs of an explaining diff are for people; JSON readers
        // have the files and PlugSync.
        const fields = Object.entries(outcome).filter(([key]) => key !== 'diff');
        return {
            connector: target.name,
            id: target.id,
            ...(target.environment === undefined
                ? {}
                : { environment: target.environment }),
            file: target.file,
            ...Object.fromEntries(fields)
        };
    });
    const report = {
        environment: options.environment,
        dryRun: options.dryRun,
        connectors
    };
    return JSON.stringify(report, null, 2) + '\n';
}


/***/ })

};
