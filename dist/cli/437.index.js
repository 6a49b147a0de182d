export const id = 437;
export const ids = [437];
export const modules = {

/***/ 1025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ pointerToLoc),
/* harmony export */   DZ: () => (/* binding */ locToPointer),
/* harmony export */   XD: () => (/* binding */ detailToProblems)
/* harmony export */ });
/* unused harmony export BACKEND_REJECTED */
/* harmony import */ var _config_normalise_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7028);
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9391);
/* harmony import */ var _rules_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2409);



/** The rule id of a rejection that no local rule explains. */
const BACKEND_REJECTED = 'backend-rejected';
/**
 * Turns the details of a 422 into problems the engine places in the file,
 * like local findings. Each takes the id of the local rule that carries the
 * same backend message, so the dashboard's words and ours line up.
 */
function detailToProblems(detail, rules = _rules_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0) {
    return detail.map((item) => {
        const problem = {
            rule: ruleFor(item.msg, rules),
            message: `PlugSync rejected the config: ${item.msg}`,
            pointer: locToPointer(item.loc),
            backendMessage: item.msg,
            severity: 'error'
        };
        // pydantic points an unknown key's error at the key itself.
        if (item.type === 'extra_forbidden')
            problem.at = 'key';
        return problem;
    });
}
/**
 * The JSON Pointer of a pydantic `loc`. FastAPI prefixes errors in a
 * request body with a `body` segment, which is not part of the config.
 */
function locToPointer(loc) {
    return (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPointer */ .$2)(loc[0] === 'body' ? loc.slice(1) : loc);
}
/**
 * The pydantic `loc` of a JSON Pointer into a config: a segment is a number
 * where the value it indexes is an array, so `settings` keys such as "0"
 * stay strings.
 */
function pointerToLoc(pointer, config) {
    const loc = [];
    let value = config;
    for (const segment of (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePointer */ .vp)(pointer)) {
        if (Array.isArray(value) && /^(0|[1-9][0-9]*)$/.test(segment)) {
            loc.push(Number(segment));
            value = value[Number(segment)];
        }
        else {
            loc.push(segment);
            value =
                (0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(value) && Object.hasOwn(value, segment)
                    ? value[segment]
                    : undefined;
        }
    }
    return loc;
}
/**
 * The local rule whose backend message the backend's `msg` carries. The
 * longest match wins, so a message that contains a shorter one is not
 * mistaken for it; `<x>` placeholders in a rule's message match any text.
 */
function ruleFor(msg, rules) {
    let best;
    for (const rule of rules) {
        const expected = rule.backendMessage;
        if (expected === undefined || !messageMatches(msg, expected))
            continue;
        if (!best || expected.length > (best.backendMessage ?? '').length) {
            best = rule;
        }
    }
    return best?.id ?? BACKEND_REJECTED;
}
function messageMatches(msg, expected) {
    if (msg.includes(expected))
        return true;
    const parts = expected.split(/<[^<>]+>/);
    if (parts.length === 1)
        return false;
    const pattern = parts.map(escapeRegExp).join('.+?');
    return new RegExp(pattern, 's').test(msg);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 9437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sandboxMain: () => (/* reexport */ sandboxMain)
});

// UNUSED EXPORTS: DEFAULT_SANDBOX_PORT, SandboxDataError, startSandbox

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/plugsync/api-contract.ts
var api_contract = __webpack_require__(6886);
// EXTERNAL MODULE: ./src/plugsync/backend-detail.ts
var backend_detail = __webpack_require__(1025);
;// CONCATENATED MODULE: ./src/plugsync/sandbox/faults.ts

/** The faults waiting to be played, first injected first matched. */
class FaultBook {
    faults = [];
    add(fault) {
        const times = fault.times ?? 1;
        if (!Number.isInteger(times) || times < 1) {
            throw new RangeError(`fault times ${times} is not a whole number of at least 1`);
        }
        this.faults.push({ fault, left: times });
    }
    /** Takes one use of the first fault matching a request, if any. */
    take(method, path) {
        const entry = this.faults.find(({ fault }) => matches(fault, method, path));
        if (!entry)
            return undefined;
        entry.left--;
        if (entry.left === 0)
            this.faults = this.faults.filter((f) => f !== entry);
        return entry.fault;
    }
    clear() {
        this.faults = [];
    }
}
function matches(fault, method, path) {
    if (fault.method && fault.method.toUpperCase() !== method)
        return false;
    if (fault.path instanceof RegExp) {
        // A global pattern remembers where it stopped; every request starts over.
        fault.path.lastIndex = 0;
        return fault.path.test(path);
    }
    return fault.path === path || api_contract/* API_PREFIX */.m4 + fault.path === path;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/normalise.ts
var normalise = __webpack_require__(7028);
;// CONCATENATED MODULE: ./src/plugsync/sandbox/state.ts

/** The org of the sandbox's own token. */
const SANDBOX_ORG = 'sandbox';
/**
 * The sandbox's data and the rules of the API over it: one mutable draft
 * per connector, an append-only history of versions, one of them active.
 * Maps rather than plain objects, so that no connector id can reach an
 * object's prototype.
 */
class SandboxStore {
    connectors = new Map();
    drafts = new Map();
    versions = new Map();
    constructor(state) {
        if (state === undefined)
            return;
        for (const connector of Object.values(state.connectors)) {
            this.connectors.set(connector.id, { ...connector });
            const draft = own(state.drafts, connector.id);
            this.drafts.set(connector.id, draft ? { ...draft } : emptyDraft());
            this.versions.set(connector.id, [
                ...(own(state.versions, connector.id) ?? [])
            ]);
        }
    }
    /** Creates a connector with an empty draft; throws if the id is taken. */
    create(id, name, org = SANDBOX_ORG) {
        if (this.connectors.has(id)) {
            throw new Error(`the sandbox already has a connector ${id}`);
        }
        const connector = { id, name, org, activeVersion: null };
        this.connectors.set(id, connector);
        this.drafts.set(id, emptyDraft());
        this.versions.set(id, []);
        return { ...connector };
    }
    /** The next free id of the form `cn_<n>`. */
    freeId() {
        let n = this.connectors.size + 1;
        while (this.connectors.has(`cn_${n}`))
            n++;
        return `cn_${n}`;
    }
    connector(id) {
        return this.connectors.get(id);
    }
    draft(id) {
        return this.drafts.get(id);
    }
    /** The draft as it would be with `changes` written over its keys. */
    merged(id, changes) {
        return { ...this.requireDraft(id).config, ...changes };
    }
    /** Replaces the whole draft, as the dashboard or a PATCH does. */
    writeDraft(id, config) {
        const draft = {
            config: (0,normalise/* sortKeys */.di)(config),
            updatedAt: new Date().toISOString(),
            revision: this.requireDraft(id).revision + 1
        };
        this.drafts.set(id, draft);
        return draft;
    }
    /** Every version of a connector, oldest first. */
    history(id) {
        return this.versions.get(id) ?? [];
    }
    /** The active version, or undefined before the first publish. */
    active(id) {
        const number = this.connectors.get(id)?.activeVersion;
        return this.history(id).find((version) => version.version === number);
    }
    /** Tells whether the draft equals the active version (nothing to publish). */
    unchanged(id) {
        const active = this.active(id);
        return (active !== undefined &&
            (0,normalise/* configsEqual */.QZ)(active.config, this.requireDraft(id).config));
    }
    /** Turns the draft into the next version and makes it active. */
    publish(id) {
        const history = this.versions.get(id) ?? [];
        const version = {
            version: history.length + 1,
            config: structuredClone(this.requireDraft(id).config),
            publishedAt: new Date().toISOString()
        };
        this.versions.set(id, [...history, version]);
        this.connectors.set(id, {
            ...this.requireConnector(id),
            activeVersion: version.version
        });
        return version;
    }
    /** A deep copy of everything, in the shape it is persisted in. */
    snapshot() {
        return structuredClone({
            connectors: Object.fromEntries(this.connectors),
            drafts: Object.fromEntries(this.drafts),
            versions: Object.fromEntries(this.versions)
        });
    }
    requireConnector(id) {
        const connector = this.connectors.get(id);
        if (!connector)
            throw new Error(`the sandbox has no connector ${id}`);
        return connector;
    }
    requireDraft(id) {
        this.requireConnector(id);
        return this.drafts.get(id) ?? emptyDraft();
    }
}
function emptyDraft() {
    return { config: {}, updatedAt: new Date().toISOString(), revision: 0 };
}
/** The maps of a state that a state file may leave out. */
const OPTIONAL_MAPS = ['drafts', 'versions'];
/**
 * The state a file describes: a map it leaves out is empty, as nobody
 * wrote a draft or published anything yet.
 */
function completeState(file) {
    return { ...file, drafts: file.drafts ?? {}, versions: file.versions ?? {} };
}
/**
 * Checks that parsed JSON has the shape of a state file; returns the first
 * thing wrong, naming where it is, or '' when it is fine.
 */
function stateProblem(value) {
    if (!(0,normalise/* isObject */.Gv)(value))
        return 'the top level is not a JSON object';
    if (!(0,normalise/* isObject */.Gv)(value.connectors)) {
        return '"connectors" is missing or not an object';
    }
    for (const key of OPTIONAL_MAPS) {
        if (Object.hasOwn(value, key) && !(0,normalise/* isObject */.Gv)(value[key])) {
            return `"${key}" is not an object`;
        }
    }
    return connectorsProblem(value.connectors, mapOf(value, 'drafts'), mapOf(value, 'versions'));
}
/** A member that is an object, or an empty one when it is left out. */
function mapOf(value, key) {
    const map = own(value, key);
    return (0,normalise/* isObject */.Gv)(map) ? map : {};
}
function connectorsProblem(connectors, drafts, versions) {
    for (const [id, connector] of Object.entries(connectors)) {
        if (!(0,normalise/* isObject */.Gv)(connector) || connector.id !== id) {
            return `connectors.${id} is not an object whose "id" is "${id}"`;
        }
        if (typeof connector.name !== 'string' ||
            typeof connector.org !== 'string') {
            return `connectors.${id} needs a string "name" and "org"`;
        }
        const history = own(versions, id) ?? [];
        if (!Array.isArray(history) || !history.every(isVersion)) {
            return `versions.${id} is not a list of {version, config, publishedAt} numbered from 1`;
        }
        const active = connector.activeVersion;
        if (active !== null &&
            !(Number.isInteger(active) &&
                active <= history.length &&
                active >= 1)) {
            return `connectors.${id}.activeVersion is neither null nor the number of one of its versions`;
        }
        const draft = own(drafts, id);
        if (draft !== undefined && !isDraft(draft)) {
            return `drafts.${id} is not a {config, updatedAt, revision}`;
        }
    }
    return '';
}
function isVersion(value, index) {
    return ((0,normalise/* isObject */.Gv)(value) &&
        value.version === index + 1 &&
        (0,normalise/* isObject */.Gv)(value.config) &&
        typeof value.publishedAt === 'string');
}
function isDraft(value) {
    return ((0,normalise/* isObject */.Gv)(value) &&
        (0,normalise/* isObject */.Gv)(value.config) &&
        typeof value.updatedAt === 'string' &&
        Number.isInteger(value.revision));
}
/** A record's own member, never one inherited from Object.prototype. */
function own(record, key) {
    return Object.hasOwn(record, key) ? record[key] : undefined;
}

;// CONCATENATED MODULE: ./src/plugsync/sandbox/persist.ts



/** A data or seed file the sandbox cannot use, with what to do about it. */
class SandboxDataError extends Error {
    name = 'SandboxDataError';
}
const ROLE_WORDS = {
    data: {
        name: 'sandbox data',
        fix: 'fix it, or move it away to start empty',
        option: '--data'
    },
    seed: {
        name: 'seed file',
        fix: 'fix it (a seed has the shape of a --data file), or pass another --seed',
        option: '--seed'
    }
};
/**
 * Reads a sandbox state from a JSON file; undefined when the file does not
 * exist (a first start with `--data`).
 */
function loadState(file, role) {
    const { name, fix } = ROLE_WORDS[role];
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new SandboxDataError(`cannot read ${name} ${file}: ${pathProblem(file, error, role)}`, { cause: error });
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new SandboxDataError(`${name} ${file} is not valid JSON (${error.message}): ${fix}`);
    }
    const problem = stateProblem(value);
    if (problem !== '') {
        throw new SandboxDataError(`${name} ${file} is not a sandbox state: ${problem}; ${fix}`);
    }
    return completeState(value);
}
/**
 * Writes a state so that a crash at any moment leaves either the old file
 * or the new one, never half of one: the text goes to a temporary file in
 * the same directory, is flushed to disk, and then renamed over the target.
 */
function saveState(file, state) {
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), `.${(0,external_node_path_.basename)(file)}.${process.pid}.${Date.now()}.tmp`);
    try {
        const fd = (0,external_node_fs_.openSync)(temporary, 'w', 0o600);
        try {
            (0,external_node_fs_.writeSync)(fd, JSON.stringify(state, null, 2) + '\n');
            (0,external_node_fs_.fsyncSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        (0,external_node_fs_.renameSync)(temporary, file);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temporary, { force: true });
        throw new SandboxDataError(`cannot write sandbox data ${file}: ${pathProblem(file, error, 'data')}`, { cause: error });
    }
}
/**
 * What a failed read or write says about the path the user gave, and how
 * to fix it. Node's own message would name the temporary file, a path the
 * user never typed.
 */
function pathProblem(file, error, role) {
    const { option } = ROLE_WORDS[role];
    const folder = (0,external_node_path_.dirname)(file);
    switch (error.code) {
        case 'ENOENT':
            return `the folder ${folder} does not exist: create it, or give ${option} a path in a folder that exists`;
        case 'ENOTDIR':
            return `part of the path ${folder} is a file, not a folder: give ${option} a path in a folder that exists`;
        case 'EISDIR':
            return `it is a folder: give ${option} the path of a JSON file instead`;
        default:
            return error.message;
    }
}

// EXTERNAL MODULE: ./src/rules/on-demand.ts
var on_demand = __webpack_require__(4380);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ./src/rules/index.ts + 3 modules
var rules = __webpack_require__(2775);
;// CONCATENATED MODULE: ./src/plugsync/sandbox/validation.ts


/**
 * The 422 details the PlugSync backend would give for a config: the
 * `[backend]` rules of the contract with the backend's own messages, each
 * at the pydantic `loc` of its value.
 */
function backendDetail(config, scope = {}) {
    const detail = [];
    for (const problem of (0,rules/* backendProblems */.HQ)(config)) {
        const loc = (0,backend_detail/* pointerToLoc */.DQ)(problem.pointer, config);
        const key = loc[0];
        if (scope.keys && (typeof key !== 'string' || !scope.keys.includes(key))) {
            continue;
        }
        const msg = problem.backendMessage ?? problem.message;
        detail.push({
            loc: scope.inBody ? ['body', ...loc] : loc,
            msg,
            type: pydanticType(msg)
        });
    }
    return detail;
}
/** pydantic's type names for "Input should be a valid <x>". */
const TYPE_ERRORS = {
    dictionary: 'dict_type',
    list: 'list_type',
    string: 'string_type',
    integer: 'int_type',
    number: 'float_type',
    boolean: 'bool_type'
};
/** The pydantic error type that goes with a message of the backend. */
function pydanticType(msg) {
    const typeError = /^Input should be a valid (\w+)/.exec(msg);
    if (typeError)
        return TYPE_ERRORS[typeError[1] ?? ''] ?? 'value_error';
    if (msg.startsWith('Input should be'))
        return 'literal_error';
    if (msg === 'Field required')
        return 'missing';
    if (msg === 'Extra inputs are not permitted')
        return 'extra_forbidden';
    return 'value_error';
}

;// CONCATENATED MODULE: ./src/plugsync/sandbox/routes.ts



/** Answers one request against the store, as the PlugSync API would. */
function answer(store, request, onChange) {
    const { route, method } = request;
    if (route.name === 'connectors') {
        if (method !== 'POST')
            return notAllowed('POST');
        return createConnector(store, request, onChange);
    }
    const connector = store.connector(route.id);
    if (!connector)
        return error(404, 'Connector not found');
    if (connector.org !== request.org) {
        return error(403, 'This token has no access to the connector');
    }
    return connectorRoute(store, { ...request, route }, onChange);
}
/** Answers a request about one connector the token may reach. */
function connectorRoute(store, request, onChange) {
    const { route, method } = request;
    switch (route.name) {
        case 'connector':
            return method === 'GET'
                ? ok(wireConnector(store, route.id))
                : notAllowed('GET');
        case 'draft':
            if (method === 'GET')
                return draftReply(store.draft(route.id));
            if (method === 'PATCH')
                return patchDraft(store, request, route.id, onChange);
            return notAllowed('GET, PATCH');
        case 'active-version': {
            if (method !== 'GET')
                return notAllowed('GET');
            const active = store.active(route.id);
            return active
                ? ok(wireVersion(active))
                : error(404, 'No version has been published');
        }
        case 'version': {
            if (method !== 'GET')
                return notAllowed('GET');
            const found = store
                .history(route.id)
                .find((v) => v.version === route.version);
            return found ? ok(wireVersion(found)) : error(404, 'Version not found');
        }
        case 'publish':
            return method === 'POST'
                ? publish(store, route.id, onChange)
                : notAllowed('POST');
    }
}
/** The ETag of a draft revision. */
function draftEtag(draft) {
    return `"r${draft.revision}"`;
}
function patchDraft(store, request, id, onChange) {
    const read = objectBody(request.body);
    if ('refusal' in read)
        return read.refusal;
    const changes = read.value;
    const current = store.draft(id);
    const ifMatch = request.ifMatch;
    if (current &&
        ifMatch !== undefined &&
        ifMatch !== '*' &&
        ifMatch !== draftEtag(current)) {
        return error(412, 'The draft changed since it was read');
    }
    const merged = store.merged(id, changes);
    const detail = backendDetail(merged, {
        keys: Object.keys(changes),
        inBody: true
    });
    if (detail.length > 0)
        return invalid(detail);
    const draft = store.writeDraft(id, merged);
    onChange();
    return draftReply(draft);
}
function publish(store, id, onChange) {
    const detail = backendDetail(store.draft(id)?.config ?? {});
    if (detail.length > 0)
        return invalid(detail);
    if (store.unchanged(id)) {
        return error(409, 'The draft equals the active version: nothing to publish');
    }
    const version = store.publish(id);
    onChange();
    const body = {
        version: version.version,
        published_at: version.publishedAt
    };
    return { status: 201, body: { ...body } };
}
function createConnector(store, request, onChange) {
    const read = objectBody(request.body);
    if ('refusal' in read)
        return read.refusal;
    const body = read.value;
    if (typeof body.name !== 'string') {
        // pydantic's two answers: no name, or a name of another type.
        return invalid([
            body.name === undefined
                ? { loc: ['body', 'name'], msg: 'Field required', type: 'missing' }
                : {
                    loc: ['body', 'name'],
                    msg: 'Input should be a valid string',
                    type: 'string_type'
                }
        ]);
    }
    const id = body.id ?? store.freeId();
    if (typeof id !== 'string' || !api_contract/* PLAIN_NAME */.ZL.test(id)) {
        return invalid([
            {
                loc: ['body', 'id'],
                msg: `String should match pattern ${api_contract/* PLAIN_NAME */.ZL.source}`,
                type: 'string_pattern_mismatch'
            }
        ]);
    }
    if (store.connector(id))
        return error(409, `Connector ${id} already exists`);
    store.create(id, body.name, request.org);
    onChange();
    return { status: 201, body: { ...wireConnector(store, id) } };
}
/** The JSON object a write needs, or the 422 FastAPI gives for anything else. */
function objectBody(body) {
    if (body.kind === 'invalid') {
        return {
            refusal: invalid([
                { loc: ['body', 0], msg: 'JSON decode error', type: 'json_invalid' }
            ])
        };
    }
    if (body.kind === 'json' && (0,normalise/* isObject */.Gv)(body.value))
        return { value: body.value };
    const refusal = invalid([
        {
            loc: ['body'],
            msg: 'Input should be a valid dictionary',
            type: 'dict_type'
        }
    ]);
    return { refusal };
}
function draftReply(draft) {
    const current = draft ?? {
        config: {},
        updatedAt: new Date(0).toISOString(),
        revision: 0
    };
    const body = {
        config: current.config,
        updated_at: current.updatedAt
    };
    return {
        status: 200,
        body: { ...body },
        headers: { [api_contract/* HEADERS */.d0.etag]: draftEtag(current) }
    };
}
function wireConnector(store, id) {
    const connector = store.connector(id);
    return {
        id,
        name: connector?.name ?? '',
        active_version: connector?.activeVersion ?? null
    };
}
function wireVersion(version) {
    return {
        version: version.version,
        config: version.config,
        published_at: version.publishedAt
    };
}
function ok(body) {
    return { status: 200, body: { ...body } };
}
function invalid(detail) {
    const body = { detail };
    return { status: 422, body: body };
}
function error(status, detail) {
    return { status, body: { detail } };
}
function notAllowed(allow) {
    return {
        status: 405,
        body: { detail: 'Method Not Allowed' },
        headers: { allow }
    };
}

;// CONCATENATED MODULE: ./src/plugsync/sandbox/server.ts





/** Bodies larger than this are refused; a config is far smaller. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;
/**
 * An HTTP server speaking the PlugSync API over a store, with the faults
 * of the book played first. `close` also cancels delayed answers.
 */
function createSandboxServer(context) {
    const timers = new Set();
    const wait = (ms) => new Promise((resolve) => {
        const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
        }, ms);
        timers.add(timer);
    });
    const server = (0,external_node_http_.createServer)((req, res) => {
        serve(context, wait, req, res).catch(() => res.destroy());
    });
    return {
        server,
        cancelTimers: () => {
            for (const timer of timers)
                clearTimeout(timer);
            timers.clear();
        }
    };
}
async function serve(context, wait, req, res) {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://sandbox').pathname;
    const text = await readBody(req);
    const auth = authOf(req, context.token);
    const body = parseBody(text);
    context.requests.push(recordOf(req, method, path, auth, body));
    if (context.log) {
        res.on('close', () => context.log?.(`${method} ${path} ${res.headersSent ? res.statusCode : 'dropped'}`));
    }
    if (text === undefined)
        return send(res, {
            status: 413,
            body: { detail: 'Request body too large' }
        });
    const fault = context.faults.take(method, path);
    const cutsBody = fault?.drop === true && fault.body !== undefined;
    if (fault?.delayMs && !cutsBody)
        await wait(fault.delayMs);
    if (res.destroyed)
        return;
    const acts = fault !== undefined && actsOnAnswer(fault);
    const reply = !acts || fault?.processFirst
        ? route(context, method, path, auth, body, req.headers[api_contract/* HEADERS */.d0.ifMatch])
        : undefined;
    if (acts && fault)
        return playFault(res, fault, wait);
    if (reply)
        send(res, reply);
}
function route(context, method, path, auth, body, ifMatch) {
    if (auth === 'none')
        return { status: 401, body: { detail: 'Not authenticated' } };
    if (auth === 'invalid')
        return { status: 401, body: { detail: 'Invalid token' } };
    const found = path.startsWith(api_contract/* API_PREFIX */.m4 + '/')
        ? (0,api_contract/* matchRoute */.Di)(path.slice(api_contract/* API_PREFIX */.m4.length))
        : undefined;
    if (!found)
        return { status: 404, body: { detail: 'Not Found' } };
    return answer(context.store, {
        method,
        route: found,
        body,
        org: SANDBOX_ORG,
        ...(typeof ifMatch === 'string' ? { ifMatch } : {})
    }, context.onChange);
}
function actsOnAnswer(fault) {
    return (fault.drop === true ||
        fault.status !== undefined ||
        fault.redirectTo !== undefined);
}
async function playFault(res, fault, wait) {
    if (fault.drop)
        return dropConnection(res, fault, wait);
    if (fault.redirectTo !== undefined) {
        res.writeHead(307, {
            [api_contract/* HEADERS */.d0.location]: fault.redirectTo,
            'content-length': '0'
        });
        res.end();
        return;
    }
    const status = fault.status ?? 500;
    const text = fault.body ?? JSON.stringify({ detail: external_node_http_.STATUS_CODES[status] ?? 'Error' });
    const headers = {
        [api_contract/* HEADERS */.d0.contentType]: fault.contentType ?? api_contract/* JSON_TYPE */.sR,
        'content-length': String(Buffer.byteLength(text))
    };
    if (fault.retryAfter !== undefined)
        headers[api_contract/* HEADERS */.d0.retryAfter] = String(fault.retryAfter);
    res.writeHead(status, headers);
    res.end(text);
}
/**
 * Breaks the connection. With a body, the headers promise more bytes than
 * follow, which is what a truncated answer looks like to a client; the
 * cut comes after `delayMs`, a stall in the middle of the body.
 */
async function dropConnection(res, fault, wait) {
    if (fault.body === undefined) {
        res.socket?.destroy();
        return;
    }
    res.writeHead(fault.status ?? 200, {
        [api_contract/* HEADERS */.d0.contentType]: fault.contentType ?? api_contract/* JSON_TYPE */.sR,
        'content-length': String(Buffer.byteLength(fault.body) + 64)
    });
    res.write(fault.body);
    await wait(fault.delayMs ?? 0);
    res.socket?.destroy();
}
function send(res, reply) {
    const text = JSON.stringify(reply.body);
    res.writeHead(reply.status, {
        [api_contract/* HEADERS */.d0.contentType]: api_contract/* JSON_TYPE */.sR,
        'content-length': String(Buffer.byteLength(text)),
        ...reply.headers
    });
    res.end(text);
}
/**
 * The whole body as text; undefined when it is larger than allowed. An
 * oversized body is still read to its end, so the 413 can be delivered.
 */
async function readBody(req) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size <= MAX_BODY_BYTES)
            chunks.push(chunk);
    }
    return size > MAX_BODY_BYTES
        ? undefined
        : Buffer.concat(chunks).toString('utf8');
}
function parseBody(text) {
    if (text === undefined || text === '')
        return { kind: 'none' };
    try {
        return { kind: 'json', value: JSON.parse(text) };
    }
    catch {
        return { kind: 'invalid', text };
    }
}
/** Compares the Authorization header with the token in constant time. */
function authOf(req, token) {
    const header = req.headers[api_contract/* HEADERS */.d0.authorization];
    if (header === undefined)
        return 'none';
    const given = Buffer.from(header);
    const expected = Buffer.from((0,api_contract/* bearer */.CM)(token));
    return given.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(given, expected)
        ? 'valid'
        : 'invalid';
}
function recordOf(req, method, path, auth, body) {
    const headers = {};
    for (const [name, value] of Object.entries(req.headers)) {
        if (name === api_contract/* HEADERS */.d0.authorization || value === undefined)
            continue;
        headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    return {
        method,
        path,
        headers,
        auth,
        body: body.kind === 'json'
            ? body.value
            : body.kind === 'invalid'
                ? body.text
                : undefined,
        at: Date.now()
    };
}

;// CONCATENATED MODULE: ./src/plugsync/sandbox/start.ts









/**
 * Starts a PlugSync API on 127.0.0.1 that implements the whole contract of
 * `shared/spec/plugsync-api.md`, for tests, the README demo and users.
 */
async function startSandbox(options = {}) {
    const host = options.host ?? '127.0.0.1';
    if (host !== '127.0.0.1')
        throw new Error(`the sandbox listens only on 127.0.0.1, not ${String(host)}`);
    const port = options.port ?? 0;
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new RangeError(`port ${port} is not a whole number from 0 to 65535`);
    }
    const { dataFile } = options;
    const loaded = dataFile === undefined ? undefined : loadState(dataFile, 'data');
    const store = new SandboxStore(loaded ?? options.seed);
    const persist = () => {
        if (dataFile !== undefined)
            saveState(dataFile, store.snapshot());
    };
    persist();
    const token = options.token ?? `psk_sandbox_${(0,external_node_crypto_.randomBytes)(18).toString('hex')}`;
    const requests = [];
    const faults = new FaultBook();
    // The server judges configs with the rules, synchronously, as requests
    // come: every part of them must be there first.
    await (0,on_demand/* loadRules */.A7)();
    const { server, cancelTimers } = createSandboxServer({
        store,
        token,
        faults,
        requests,
        onChange: persist,
        ...(options.log ? { log: options.log } : {})
    });
    await listen(server, port, host);
    const address = server.address();
    return {
        url: `http://${host}:${address.port}${api_contract/* API_PREFIX */.m4}`,
        token,
        requests,
        get state() {
            return store.snapshot();
        },
        inject: (fault) => faults.add(fault),
        clearFaults: () => faults.clear(),
        createConnector: (id, name, org = SANDBOX_ORG) => {
            store.create(id, name, org);
            persist();
        },
        setDraft: (id, config) => {
            store.writeDraft(id, config);
            persist();
        },
        publishDraft: (id) => {
            const version = publishOutsideGit(store, id);
            persist();
            return version;
        },
        close: async () => {
            cancelTimers();
            await new Promise((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            });
            persist();
        }
    };
}
function listen(server, port, host) {
    return new Promise((resolve, reject) => {
        server.once('error', (error) => {
            reject(new Error(error.code === 'EADDRINUSE'
                ? `port ${port} on ${host} is taken: choose another with --port, or 0 for a free one`
                : `the sandbox cannot listen on ${host}:${port}: ${error.message}`));
        });
        server.listen(port, host, () => resolve());
    });
}
/** A publish by someone in the dashboard: the same rules as the API's. */
function publishOutsideGit(store, id) {
    const draft = store.draft(id);
    if (!draft)
        throw new Error(`the sandbox has no connector ${id}`);
    const detail = backendDetail(draft.config);
    if (detail.length > 0) {
        const problems = detail.map((d) => `${d.msg} at ${(0,backend_detail/* locToPointer */.DZ)(d.loc) || '/'}`);
        throw new Error(`PlugSync would reject the draft of ${id}: ${problems.join('; ')}`);
    }
    if (store.unchanged(id))
        throw new Error(`the draft of ${id} equals the active version: nothing to publish`);
    return store.publish(id);
}

// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/plugsync/sandbox/main.ts



/** The port the command listens on unless told otherwise. */
const DEFAULT_SANDBOX_PORT = 4870;
const USAGE = `Usage: plugsync-config sandbox [--port N] [--data FILE] [--seed FILE] [--token TOKEN]

Starts a local PlugSync API on 127.0.0.1 for demos and tests.

  --port N       port to listen on (default ${DEFAULT_SANDBOX_PORT}; 0 picks a free one)
  --data FILE    read the state from FILE if it exists, and save every change to it
  --seed FILE    start from the state in FILE (ignored when --data FILE exists)
  --token TOKEN  the token clients must send (default: a random one, printed)

Stop it with Ctrl+C; with --data the state is saved first.`;
/**
 * The `plugsync-config sandbox` command: starts the sandbox, prints its URL
 * and token, and runs until SIGINT or SIGTERM (or `stop`, for tests), then
 * closes it, persisting the state. Returns the exit code: 0 on a clean
 * stop, 1 when the sandbox cannot start or save, 2 for bad arguments.
 */
async function sandboxMain(argv, out, stop) {
    let args;
    try {
        args = readArgs(argv);
    }
    catch (error) {
        out.stderr(`plugsync-config sandbox: ${error.message}`);
        out.stderr(USAGE);
        return 2;
    }
    if (args.help) {
        out.stdout(USAGE);
        return 0;
    }
    let sandbox;
    try {
        sandbox = await start(args, out);
    }
    catch (error) {
        out.stderr(`plugsync-config sandbox: ${error.message}`);
        return 1;
    }
    announce(sandbox, args, out);
    await stopRequested(stop);
    try {
        await sandbox.close();
    }
    catch (error) {
        out.stderr(`plugsync-config sandbox: ${error.message}`);
        return 1;
    }
    out.stdout(args.data
        ? `sandbox stopped; state saved to ${args.data}`
        : 'sandbox stopped');
    return 0;
}
function readArgs(argv) {
    const { values } = (0,options/* parseOptions */.Ac)('sandbox', {
        args: argv,
        options: {
            port: { type: 'string' },
            data: { type: 'string' },
            seed: { type: 'string' },
            token: { type: 'string' },
            help: { type: 'boolean', short: 'h' }
        },
        strict: true,
        allowPositionals: false
    });
    const port = values.port === undefined ? DEFAULT_SANDBOX_PORT : Number(values.port);
    if (!/^\d+$/.test(values.port ?? '0') || port > 65535) {
        throw new Error(`--port "${values.port}" is not a port number: use 0 to 65535`);
    }
    if (values.token !== undefined && !/^[\x21-\x7e]+$/.test(values.token)) {
        throw new Error('--token must be printable ASCII without spaces');
    }
    return {
        port,
        help: values.help === true,
        ...(values.data !== undefined ? { data: values.data } : {}),
        ...(values.seed !== undefined ? { seed: values.seed } : {}),
        ...(values.token !== undefined ? { token: values.token } : {})
    };
}
async function start(args, out) {
    let seed;
    if (args.seed !== undefined) {
        seed = loadState(args.seed, 'seed');
        if (seed === undefined) {
            throw new SandboxDataError(`seed file ${args.seed} does not exist`);
        }
    }
    return startSandbox({
        port: args.port,
        log: (line) => out.stderr(line),
        ...(seed ? { seed } : {}),
        ...(args.token !== undefined ? { token: args.token } : {}),
        ...(args.data !== undefined ? { dataFile: args.data } : {})
    });
}
function announce(sandbox, args, out) {
    out.stdout(`PlugSync sandbox listening on ${sandbox.url}`);
    out.stdout(`token: ${sandbox.token}`);
    out.stdout(args.data
        ? `state: ${args.data} (saved after every change)`
        : 'state: in memory only (pass --data FILE to keep it)');
    out.stdout('stop with Ctrl+C');
}
/** Resolves on SIGINT, SIGTERM or `stop`, whichever comes first. */
function stopRequested(stop) {
    return new Promise((resolve) => {
        const done = () => {
            process.off('SIGINT', done);
            process.off('SIGTERM', done);
            stop?.removeEventListener('abort', done);
            resolve();
        };
        process.once('SIGINT', done);
        process.once('SIGTERM', done);
        if (stop?.aborted)
            return done();
        stop?.addEventListener('abort', done);
    });
}

;// CONCATENATED MODULE: ./src/plugsync/sandbox/index.ts
/** The local PlugSync sandbox: the API for tests, demos and users. */





/***/ })

};
