export const id = 737;
export const ids = [737];
export const modules = {

/***/ 4737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPromoteMode: () => (/* binding */ runPromoteMode)
});

// EXTERNAL MODULE: ./src/action/annotations.ts
var annotations = __webpack_require__(7376);
// EXTERNAL MODULE: ./src/github/octokit-api.ts + 3 modules
var octokit_api = __webpack_require__(2161);
// EXTERNAL MODULE: ./src/plugsync/client.ts + 8 modules
var client = __webpack_require__(4366);
// EXTERNAL MODULE: ./src/engine/check-file.ts + 5 modules
var check_file = __webpack_require__(1479);
// EXTERNAL MODULE: ./src/plugsync/backend-detail.ts
var backend_detail = __webpack_require__(1025);
// EXTERNAL MODULE: ./src/plugsync/errors.ts
var errors = __webpack_require__(6844);
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
const STEP_WORDS = {
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
            return `failed while ${STEP_WORDS[outcome.step]}`;
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

;// CONCATENATED MODULE: ./src/promote/outcome.ts
/** Tells whether a result fails the run: refused and failed ones do. */
function isFailure(result) {
    const { status } = result.outcome;
    return status === 'refused' || status === 'failed';
}

;// CONCATENATED MODULE: ./src/promote/outputs.ts


/**
 * The `published` and `failed` outputs as JSON text: which connectors got
 * which new version, and which were refused or failed and why.
 */
function promotionOutputs(results) {
    const published = [];
    const failed = [];
    for (const { target, outcome } of results) {
        const who = {
            connector: target.name,
            id: target.id,
            ...(target.environment === undefined
                ? {}
                : { environment: target.environment })
        };
        if (outcome.status === 'published') {
            published.push({ ...who, version: outcome.version });
        }
        else if (outcome.status === 'refused') {
            failed.push({
                ...who,
                status: 'refused',
                reason: outcome.reason,
                message: `refused (${REFUSAL_WORDS[outcome.reason]}): ${outcome.message}`
            });
        }
        else if (outcome.status === 'failed') {
            failed.push({
                ...who,
                status: 'failed',
                reason: outcome.step,
                message: `failed while ${STEP_WORDS[outcome.step]}: ${outcome.message}`
            });
        }
    }
    return {
        published: JSON.stringify(published),
        failed: JSON.stringify(failed)
    };
}

// EXTERNAL MODULE: ./src/plugsync/concurrency.ts
var plugsync_concurrency = __webpack_require__(9948);
// EXTERNAL MODULE: ./src/config/normalise.ts
var normalise = __webpack_require__(7028);
// EXTERNAL MODULE: ./src/review/record.ts
var record = __webpack_require__(4271);
;// CONCATENATED MODULE: ./src/promote/review-state.ts
/** The review recorded for a target: same connector id, same environment. */
function reviewOf(review, target) {
    return review.connectors.find((reviewed) => reviewed.id === target.id &&
        (reviewed.environment ?? '') === (target.environment ?? ''));
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
// EXTERNAL MODULE: ./src/diff/unified.ts + 3 modules
var diff_unified = __webpack_require__(254);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/validation-summary.ts
var validation_summary = __webpack_require__(538);
;// CONCATENATED MODULE: ./src/promote/render-markdown.ts






/**
 * The promotion's part of the job summary: a table with one row per
 * connector saying how it ended, then, for each refusal and failure, the
 * reason, how to recover, and the diff that explains it.
 */
function renderPromotionMarkdown(results, options) {
    const out = [
        `### ${promotionHeading(options.environment, options.dryRun)}`,
        ''
    ];
    if (results.length === 0) {
        out.push(`${nothingToPromote(options.environment)}`);
        return out.join('\n') + '\n';
    }
    out.push('| connector | id | outcome |', '| --- | --- | --- |');
    for (const { target, outcome } of results) {
        out.push(`| ${(0,markdown/* escapeMarkdown */.F)(target.name)} | ${(0,markdown/* escapeMarkdown */.F)(target.id)} | ${(0,markdown/* escapeMarkdown */.F)(outcomeWords(outcome))} |`);
    }
    for (const result of results) {
        const details = renderDetails(result, options);
        if (details !== undefined)
            out.push('', details);
    }
    return out.join('\n') + '\n';
}
/**
 * The section the promotion adds to the pull request's comment: one line
 * per connector ("published v8 of compass"), refusals and failures with
 * their reason, and a link to the run for the diffs.
 */
function renderPromotionComment(results, options) {
    const place = options.environment
        ? `, environment ${(0,markdown/* escapeMarkdown */.F)(options.environment)}`
        : '';
    const out = [
        `### Promotion of commit ${(0,markdown/* escapeMarkdown */.F)(options.sha.slice(0, 7))}${place}`,
        ''
    ];
    if (results.length === 0)
        out.push(nothingToPromote(options.environment));
    for (const { target, outcome } of results) {
        const sentence = (0,markdown/* escapeMarkdown */.F)(outcomeSentence(outcome, target.name));
        const why = options.reasons !== false &&
            (outcome.status === 'refused' || outcome.status === 'failed')
            ? `: ${(0,markdown/* escapeMarkdown */.F)(outcome.message)}`
            : '';
        out.push(`- ${sentence} (${(0,markdown/* escapeMarkdown */.F)(target.id)})${why}`);
    }
    if (options.runUrl !== undefined) {
        out.push('', `[The run's summary](${options.runUrl}) shows the details.`);
    }
    return out.join('\n') + '\n';
}
/** "Promotion to PlugSync (environment staging, dry run: nothing was written)" */
function promotionHeading(environment, dryRun) {
    const parts = [];
    if (environment)
        parts.push(`environment ${(0,markdown/* escapeMarkdown */.F)(environment)}`);
    if (dryRun)
        parts.push('dry run: nothing was written');
    return parts.length === 0
        ? 'Promotion to PlugSync'
        : `Promotion to PlugSync (${parts.join(', ')})`;
}
function nothingToPromote(environment) {
    return environment
        ? `The manifest maps no connector to the environment ${(0,markdown/* escapeMarkdown */.F)(environment)}: nothing to promote.`
        : 'The manifest maps no connector without an environment: nothing to promote. Set the environment input to promote the entries of one.';
}
/** The reason, the way out and the diff of a refusal or a failure. */
function renderDetails(result, options) {
    const { target, outcome } = result;
    if (outcome.status !== 'refused' && outcome.status !== 'failed') {
        return undefined;
    }
    const out = [
        `#### ${(0,markdown/* escapeMarkdown */.F)(target.name)}: ${(0,markdown/* escapeMarkdown */.F)(outcomeWords(outcome))}`,
        ''
    ];
    const hint = overrideHint(outcome, options.overrides ?? ACTION_OVERRIDES);
    out.push((0,markdown/* escapeMarkdown */.F)(asSentence(outcome.message)) +
        (hint === undefined ? '' : ` ${hint}`));
    if (outcome.status === 'failed' && outcome.findings.length > 0) {
        out.push('');
        for (const finding of outcome.findings) {
            out.push((0,validation_summary/* findingLine */.m)(finding, options.links));
        }
    }
    if (outcome.diff !== undefined) {
        out.push('', explainingDiff(target, outcome.diff, options.diffChars));
    }
    return out.join('\n');
}
/**
 * An explaining diff: its title, then the changelog and the folded unified
 * diff as the PR comment shows them. The diff's own headline is left out:
 * it speaks of the published version, and `before` need not be one.
 */
function explainingDiff(target, diff, maxChars) {
    const connector = { name: target.name, id: target.id };
    const unified = (0,diff_unified/* unifiedConfigDiff */.IV)(diff.before, diff.after, { maxLines: 400 });
    const body = (0,render/* renderDiffMarkdown */.r)(connector, (0,config_diff/* diffConfigs */.p)(diff.before, diff.after), {
        activeVersion: diff.beforeVersion,
        unified: unified.text,
        unifiedOmitted: unified.omitted,
        maxChars
    });
    const afterHeadline = body.indexOf('\n\n');
    const rest = afterHeadline === -1 ? '' : body.slice(afterHeadline);
    return (0,markdown/* escapeMarkdown */.F)(diff.title) + rest;
}

// EXTERNAL MODULE: ./src/promote/target.ts
var target = __webpack_require__(5447);
// EXTERNAL MODULE: ./src/review/marker.ts
var review_marker = __webpack_require__(468);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/sticky-comment.ts
var sticky_comment = __webpack_require__(7648);
;// CONCATENATED MODULE: ./src/modes/promote-comment.ts



/** What every promotion section of the pull request's comment opens with. */
const SECTION_START = '<!-- plugsync-config:promotion';
const RECORD_START = '<!-- plugsync-config:record';
/**
 * Opens the section a promotion of one environment adds to the pull
 * request's comment, so that staging and production keep a section each.
 */
function promotionMarker(environment) {
    const name = environment ? ` ${encodeURIComponent(environment)}` : '';
    return `${SECTION_START}${name} -->`;
}
/** GitHub refuses a comment body longer than this. */
const COMMENT_LIMIT = 65_536;
/**
 * Writes the promotion's outcome into this action's comment on the pull
 * request: replaces the section an earlier run added, keeps the rest (the
 * review record above all, which a re-run needs). Without a comment, makes
 * one, so that a refusal shows where the change was discussed. A comment
 * that cannot be written is a warning: the promotion itself is done.
 */
async function reportOnPullRequest(target) {
    const { github, pull, logger } = target;
    try {
        if (target.comment === undefined) {
            const body = fit(target.marker, [], target);
            const outcome = await (0,sticky_comment/* upsertComment */.l)(github, pull, target.marker, body, logger);
            if (outcome.status === 'forbidden')
                throw forbidden(outcome.message);
            return;
        }
        const { kept, sections } = split(target.comment.body);
        const others = sections.filter((section) => !section.startsWith(promotionMarker(target.environment)));
        const body = fit(kept, others, target);
        await github.updateIssueComment(target.comment.id, body);
        logger.info(`updated the comment on pull request #${pull} with the outcome`);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const advice = error instanceof github_errors/* GitHubError */.y && error.kind === 'forbidden'
            ? '; give the workflow pull-requests: write to keep the comment up to date'
            : '';
        logger.warning(`the outcome could not be written to pull request #${pull}: ${reason}. The job summary has it${advice}`);
    }
}
/**
 * A comment as the part promotions never touch (the review and its record,
 * which a re-run needs) and the sections promotions added, one each.
 */
function split(body) {
    const starts = [];
    for (let at = body.indexOf(SECTION_START); at !== -1;) {
        starts.push(at);
        at = body.indexOf(SECTION_START, at + SECTION_START.length);
    }
    if (starts.length === 0)
        return { kept: body.trimEnd(), sections: [] };
    const sections = starts.map((start, index) => body.slice(start, starts[index + 1]).trim());
    return { kept: body.slice(0, starts[0]).trimEnd(), sections };
}
/**
 * The comment with this run's section, the most detailed that fits. When
 * even the shortest does not, the review gives way to the outcome, all but
 * its headline and its record, which a re-run needs.
 */
function fit(kept, others, target) {
    const marker = promotionMarker(target.environment);
    const sections = [
        ...target.sections.map(review_marker/* neutraliseMarkers */.GT),
        "The promotion's outcome is too long for this comment: the run's summary has it.\n"
    ];
    for (const review of [kept, shortened(kept)]) {
        const start = [review, ...others].join('\n\n');
        for (const section of sections) {
            const body = `${start}\n\n${marker}\n${section}`;
            if (body.length <= COMMENT_LIMIT)
                return body;
        }
    }
    return `${shortened(kept)}\n\n${marker}\n${sections.at(-1)}`;
}
/** The review part cut to its first two lines (marker, heading) and record. */
function shortened(kept) {
    const head = kept.split('\n').slice(0, 2).join('\n');
    const at = kept.indexOf(RECORD_START);
    const record = at === -1 ? '' : `\n\n${kept.slice(at).trim()}`;
    return `${head}\n\n_The review was cut to make room for the promotion's outcome: the pull request's run has it in its job summary._${record}`;
}
function forbidden(message) {
    return new github_errors/* GitHubError */.y('forbidden', message);
}

;// CONCATENATED MODULE: ./src/review/lookup.ts


/**
 * Finds what was reviewed before a commit landed: the merged pull request
 * that contains it (the latest merged into `baseRef`, the default branch,
 * when one was), this action's own comment on it (by `marker`, written by
 * the token's user), and the record in that comment. An open pull request
 * proves no review, so it is never used. GitHub failures are thrown as
 * `GitHubError`; everything else is a status.
 */
async function findReviewRecord(api, sha, marker, baseRef) {
    const pullRequest = reviewedPull(await api.pullRequestsForCommit(sha), baseRef);
    if (pullRequest === undefined)
        return { status: 'no-pull-request' };
    const comment = await (0,sticky_comment/* findOwnComment */.r)(api, pullRequest.number, marker);
    if (comment === undefined)
        return { status: 'no-comment', pullRequest };
    const decoded = (0,record/* decodeRecord */.eT)(comment.body);
    if (!decoded.ok) {
        return {
            status: 'unreadable',
            pullRequest,
            comment,
            problem: decoded.problem
        };
    }
    return { status: 'found', pullRequest, comment, record: decoded.record };
}
function reviewedPull(pulls, baseRef) {
    const merged = pulls
        .filter((pull) => pull.mergedAt !== null)
        .sort((a, b) => (a.mergedAt < b.mergedAt ? 1 : -1));
    return merged.find((pull) => pull.baseRef === baseRef) ?? merged[0];
}

;// CONCATENATED MODULE: ./src/modes/promote-review.ts

/**
 * Finds the pull request that produced the pushed commit (by merge, squash
 * or rebase) and the review record in this action's comment on it. Finding
 * none is not an error but a state, with the reason in words: the
 * promotion then refuses every connector it would publish, unless no
 * review is required.
 */
async function findReview(input) {
    const { github, event, required, logger } = input;
    const sha = event.sha.slice(0, 7);
    const without = (why, found = {}) => {
        logger.info(`${why}${required ? '' : '; require-review is off'}`);
        return { ...found, state: { required, missing: why, connectors: [] } };
    };
    if (github === undefined) {
        return without('no github-token was given to look up the pull request that was reviewed');
    }
    try {
        const lookup = await findReviewRecord(github, event.sha, input.marker, event.defaultBranch);
        switch (lookup.status) {
            case 'no-pull-request':
                return without(`no merged pull request produced commit ${sha}`);
            case 'no-comment':
                return without(`pull request #${lookup.pullRequest.number} has no comment of this action recording its review (did its check run with a plugsync-token?)`, { pull: lookup.pullRequest });
            case 'unreadable':
                return without(`the comment on pull request #${lookup.pullRequest.number} holds no review record this build can read (${lookup.problem})`, { pull: lookup.pullRequest, comment: lookup.comment });
            case 'found':
                logger.info(`using the review recorded on pull request #${lookup.pullRequest.number} (commit ${lookup.record.headSha.slice(0, 7)}): ${lookup.record.connectors.length} connector(s)`);
                return {
                    state: {
                        required,
                        source: `pull request #${lookup.pullRequest.number}`,
                        connectors: lookup.record.connectors
                    },
                    pull: lookup.pullRequest,
                    comment: lookup.comment
                };
        }
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return without(`the pull request of commit ${sha} could not be looked up (${reason})`);
    }
}

;// CONCATENATED MODULE: ./src/modes/promote-mode.ts













/** The most characters each explaining diff takes in the job summary. */
const SUMMARY_DIFF_CHARS = 20_000;
/** The room all explaining diffs share, well inside the summary's limit. */
const SUMMARY_DIFFS_ROOM = 400_000;
/**
 * Promotion, the action side: finds the reviewed pull request and its
 * record, promotes the connectors of the environment, annotates PlugSync's
 * rejections, writes the outcome to the pull request's comment, the job
 * summary and the outputs, and fails if any connector was refused or
 * failed. Nothing is written anywhere when the validation failed.
 */
async function runPromoteMode(context) {
    const promoted = [];
    try {
        return await promoteAndReport(context, promoted);
    }
    finally {
        // Written once, on every way out, a skip or a crash included, so a
        // later step always finds JSON: GITHUB_OUTPUT keeps every write.
        setOutputs(context, promoted);
    }
}
/** The promotion itself; its results land in `promoted` once known. */
async function promoteAndReport(context, promoted) {
    const { inputs, runtime } = context;
    const targets = (0,target/* promotionTargets */.yy)(context.check, inputs.environment);
    const stop = reasonNotToStart(context, targets);
    if (stop !== undefined)
        return stop;
    const client = openPlugSync(context);
    if (typeof client === 'string') {
        return skipped(context, `Nothing was promoted: ${client}.`, `PlugSync config: ${client}; nothing was promoted`);
    }
    const github = await openGitHub(context);
    const review = await findReview({
        github,
        event: context.event,
        marker: (0,review_marker/* commentMarker */.Ql)(inputs),
        required: inputs.requireReview,
        logger: context.logger
    });
    const results = await promote_mode_promote(context, targets, client, review);
    promoted.push(...results);
    (0,annotations/* annotate */.fz)(rejections(results), runtime, context.directory, context.annotations);
    if (github !== undefined)
        await report(context, github, review, results);
    return resultOf(context, results);
}
/** Promotes every target, each held to the review found. */
async function promote_mode_promote(context, targets, client, review) {
    const { inputs } = context;
    const environment = inputs.environment
        ? ` of environment ${inputs.environment}`
        : '';
    const dry = inputs.dryRun ? ' (dry run: nothing is written)' : '';
    context.runtime.info(`promoting ${targets.length} connector(s)${environment}${dry}`);
    // The connectors' warnings (a draft overwritten, drift allowed) become
    // one annotation with a line each: GitHub keeps one warning of the step
    // for the action, and a second would not show.
    const warnings = [];
    const logger = {
        ...context.logger,
        warning: (message) => warnings.push(message)
    };
    const results = await promoteAll(targets, {
        api: client,
        review: review.state,
        allowDrift: inputs.allowDrift,
        allowDraftOverwrite: inputs.allowDraftOverwrite,
        dryRun: inputs.dryRun,
        logger
    }, inputs.concurrency);
    if (warnings.length > 0)
        context.logger.warning(warnings.sort().join('\n'));
    return results;
}
/**
 * Why the promotion must not start, as the mode's result: findings at or
 * above `fail-on` (nothing is written anywhere), or no connector to promote.
 */
function reasonNotToStart(context, targets) {
    const unknown = (0,target/* unknownEnvironment */.Iu)(context.check, context.inputs.environment);
    if (unknown !== undefined) {
        return {
            summary: promote_mode_markdown(context, []),
            failure: `PlugSync config: ${unknown}`
        };
    }
    if (!context.verdict.valid) {
        return skipped(context, `Nothing was promoted: the validation found problems at or above fail-on (${context.inputs.failOn}). Fix them and re-run.`);
    }
    if (targets.length === 0) {
        warnAboutOtherEnvironments(context);
        return { summary: promote_mode_markdown(context, []) };
    }
    return undefined;
}
/**
 * Nothing to promote is fine for a repository without a manifest, but
 * when the manifest maps connectors of other environments the input is
 * more likely forgotten or misspelt: say which environments there are.
 */
function warnAboutOtherEnvironments(context) {
    const warning = (0,target/* otherEnvironmentsOnly */.HT)(context.check, context.inputs.environment, 'set the environment input to one of them');
    if (warning === undefined) {
        context.runtime.info('no connector to promote: the manifest maps none');
        return;
    }
    context.runtime.warning(warning);
}
/** The client for PlugSync, or why there is none. */
function openPlugSync(context) {
    const { inputs } = context;
    if (inputs.plugsyncToken === '') {
        return 'promotion needs the plugsync-token input (a PlugSync API token, kept as a secret)';
    }
    try {
        return new client/* PlugSyncClient */.L({
            apiUrl: inputs.apiUrl,
            token: inputs.plugsyncToken,
            timeoutMs: inputs.timeoutMs,
            retries: inputs.retries,
            logger: context.logger
        });
    }
    catch (error) {
        return error instanceof Error ? error.message : String(error);
    }
}
/** The GitHub API, or undefined without a token to use it with. */
async function openGitHub(context) {
    const { inputs, env, event } = context;
    if (inputs.githubToken === '') {
        context.runtime.info('no github-token: the reviewed pull request cannot be looked up');
        return undefined;
    }
    try {
        return await (0,octokit_api/* openGitHubApi */.I)({
            token: inputs.githubToken,
            apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
            repository: event.repository,
            logger: context.logger,
            timeoutMs: inputs.timeoutMs,
            retry: { retries: inputs.retries }
        });
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        context.runtime.warning(`the reviewed pull request cannot be looked up: ${reason}`);
        return undefined;
    }
}
/** Writes the outcome into the pull request's comment, unless told not to. */
async function report(context, github, review, results) {
    const { inputs, event, env } = context;
    if (review.pull === undefined || !inputs.comment || inputs.dryRun)
        return;
    const runUrl = /^\d+$/.test(env.GITHUB_RUN_ID ?? '')
        ? `${event.serverUrl}/${event.repository}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    const options = {
        environment: inputs.environment,
        sha: event.sha,
        ...(runUrl === undefined ? {} : { runUrl })
    };
    await reportOnPullRequest({
        github,
        pull: review.pull.number,
        ...(review.comment === undefined ? {} : { comment: review.comment }),
        marker: (0,review_marker/* commentMarker */.Ql)(inputs),
        environment: inputs.environment,
        sections: [
            renderPromotionComment(results, options),
            renderPromotionComment(results, { ...options, reasons: false })
        ],
        logger: context.logger
    });
}
/** The mode's summary, and the failure line when a connector did not make it. */
function resultOf(context, results) {
    const summary = promote_mode_markdown(context, results);
    const failing = results.filter(isFailure);
    if (failing.length === 0)
        return { summary };
    const shown = failing.slice(0, 5).map(({ target, outcome }) => {
        const why = outcome.status === 'refused'
            ? `refused: ${REFUSAL_WORDS[outcome.reason]}`
            : outcome.status === 'failed'
                ? `failed while ${STEP_WORDS[outcome.step]}`
                : '';
        return `${target.name} (${why})`;
    });
    const more = failing.length > 5 ? ` and ${failing.length - 5} more` : '';
    return {
        summary,
        failure: `PlugSync promotion: ${failing.length} of ${results.length} connector(s) not promoted: ${shown.join(', ')}${more}; see the job summary`
    };
}
/** A promotion that did not start: the summary says why in one sentence. */
function skipped(context, sentence, failure) {
    context.runtime.info(sentence);
    const { inputs } = context;
    const heading = promotionHeading(inputs.environment, inputs.dryRun);
    const summary = `### ${heading}\n\n${sentence}\n`;
    return failure === undefined ? { summary } : { summary, failure };
}
function promote_mode_markdown(context, results) {
    const { inputs, event } = context;
    return renderPromotionMarkdown(results, {
        environment: inputs.environment,
        dryRun: inputs.dryRun,
        links: {
            serverUrl: event.serverUrl,
            repository: event.repository,
            sha: event.sha,
            directory: context.directory
        },
        diffChars: diffShare(results)
    });
}
/** Each explaining diff's share of the summary: equal, within bounds. */
function diffShare(results) {
    const explained = results.filter(isFailure).length;
    const share = Math.floor(SUMMARY_DIFFS_ROOM / Math.max(1, explained));
    return Math.max(2_000, Math.min(SUMMARY_DIFF_CHARS, share));
}
/** PlugSync's rejections (422), placed in their files. */
function rejections(results) {
    return results.flatMap(({ outcome }) => outcome.status === 'failed' ? outcome.findings : []);
}
function setOutputs(context, results) {
    const outputs = promotionOutputs(results);
    context.runtime.setOutput('published', outputs.published);
    context.runtime.setOutput('failed', outputs.failed);
}


/***/ })

};
