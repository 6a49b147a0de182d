export const id = 600;
export const ids = [600];
export const modules = {

/***/ 6703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ changeCategory),
/* harmony export */   x: () => (/* binding */ countChanges)
/* harmony export */ });
/** Puts a change in one of the four headline totals, by its kind alone. */
function changeCategory(kind) {
    if (kind.endsWith('-added'))
        return 'added';
    if (kind.endsWith('-removed'))
        return 'removed';
    if (kind.endsWith('-moved') || kind === 'steps-reordered')
        return 'moved';
    return 'changed';
}
/** Counts changes per headline category. */
function countChanges(changes) {
    const counts = { added: 0, removed: 0, changed: 0, moved: 0 };
    for (const change of changes)
        counts[changeCategory(change.kind)]++;
    return counts;
}


/***/ }),

/***/ 1327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ diffConfigs)
});

// UNUSED EXPORTS: changeCategory

// EXTERNAL MODULE: ./src/config/normalise.ts
var normalise = __webpack_require__(7028);
// EXTERNAL MODULE: ./src/diff/change.ts
var change = __webpack_require__(6703);
// EXTERNAL MODULE: ./src/diff/json-equal.ts
var json_equal = __webpack_require__(880);
// EXTERNAL MODULE: ./src/diff/keyed-list.ts
var keyed_list = __webpack_require__(70);
;// CONCATENATED MODULE: ./src/diff/pointer.ts
/**
 * Appends reference tokens to a JSON Pointer (RFC 6901), escaping `~` as
 * `~0` and `/` as `~1`.
 */
function pointer(base, ...tokens) {
    let result = base;
    for (const token of tokens) {
        result += '/' + String(token).replace(/~/g, '~0').replace(/\//g, '~1');
    }
    return result;
}
/** The place of a child of both values: a key or index on each side. */
function childPlace(place, beforeToken, afterToken = beforeToken) {
    return {
        beforePath: pointer(place.beforePath, beforeToken),
        afterPath: pointer(place.afterPath, afterToken)
    };
}

;// CONCATENATED MODULE: ./src/diff/leaf-diff.ts



/**
 * Lists the differences between two values by object key, recursing into
 * objects and comparing anything else (arrays included) as a whole: arrays
 * of unknown shape have no identity to pair their items by. Keys come in
 * sorted order. `skip` names top-level keys the caller diffs itself.
 */
function diffLeaves(before, after, place, skip = []) {
    return walkLeaves({ before, after }, place, skip);
}
/**
 * Lists the differences inside one member of two objects, as diffLeaves
 * would with every other member skipped.
 */
function diffMember(before, after, key, place) {
    const start = {
        before: (0,normalise/* memberOf */.C5)(before, key),
        after: (0,normalise/* memberOf */.C5)(after, key),
        key
    };
    return walkLeaves(start, place, []);
}
/** Walks two values depth first, in sorted key order. */
function walkLeaves(start, place, skip) {
    const leaves = [];
    const stack = [start];
    while (stack.length > 0) {
        const item = stack.pop();
        const { before, after } = item;
        if (!(0,normalise/* isObject */.Gv)(before) || !(0,normalise/* isObject */.Gv)(after)) {
            if (!(0,json_equal/* jsonEqual */.Z)(before, after))
                leaves.push(leaf(item, place));
            continue;
        }
        const keys = memberNames(before, after, item === start ? skip : []);
        // Pushed in reverse so that they pop, and are listed, in sorted order.
        for (const key of keys.reverse()) {
            stack.push({
                before: (0,normalise/* memberOf */.C5)(before, key),
                after: (0,normalise/* memberOf */.C5)(after, key),
                key,
                parent: item
            });
        }
    }
    return leaves;
}
/** The sorted union of two objects' keys, without the skipped ones. */
function memberNames(before, after, skip) {
    const names = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const name of skip)
        names.delete(name);
    return [...names].sort();
}
/** Builds one leaf, pointing into the before value only for removals. */
function leaf(item, place) {
    const keys = [];
    for (let at = item; at; at = at.parent) {
        if (at.key !== undefined)
            keys.push(at.key);
    }
    keys.reverse();
    const { before, after } = item;
    const base = after === undefined ? place.beforePath : place.afterPath;
    const result = { field: keys.join('.'), path: pointer(base, ...keys) };
    if (before !== undefined)
        result.before = before;
    if (after !== undefined)
        result.after = after;
    return result;
}

// EXTERNAL MODULE: ./src/diff/normalise-lazily.ts
var normalise_lazily = __webpack_require__(1851);
;// CONCATENATED MODULE: ./src/diff/value-changes.ts

/**
 * Reports the differences of two values the contract gives no shape to
 * (unknown top-level keys, an item that is not an object) as plain value
 * changes.
 */
function valueChanges(before, after, place) {
    return diffLeaves(before, after, place).map(valueChange);
}
/** Turns one leaf into an added, removed or changed value. */
function valueChange(leaf) {
    const { path, before, after } = leaf;
    // A leaf always has at least one side.
    if (before === undefined)
        return { kind: 'value-added', path, after: after };
    if (after === undefined)
        return { kind: 'value-removed', path, before };
    return { kind: 'value-changed', path, before, after };
}

// EXTERNAL MODULE: ./src/append.ts
var append = __webpack_require__(1871);
;// CONCATENATED MODULE: ./src/diff/entity-diff.ts








const entityName = (0,keyed_list/* memberIdentity */.nN)('name');
const mappingTarget = (0,keyed_list/* memberIdentity */.nN)('target');
/**
 * The spec's rule: an entity is simple iff it has exactly one schema and
 * that schema's key is `hubspot`; every other entity is federated.
 */
function entityMode(entity) {
    const schemas = (0,normalise/* isObject */.Gv)(entity) ? entity.schemas : undefined;
    if (!(0,normalise/* isObject */.Gv)(schemas))
        return 'federated';
    const keys = Object.keys(schemas);
    return keys.length === 1 && keys[0] === 'hubspot' ? 'simple' : 'federated';
}
/** Diffs the `entities` lists, pairing entities by name. */
function diffEntities(before, after, out) {
    const place = { beforePath: '/entities', afterPath: '/entities' };
    if (!Array.isArray(before) || !Array.isArray(after)) {
        (0,append/* appendAll */.u)(out, valueChanges(before, after, place));
        return;
    }
    (0,keyed_list/* walkList */.qm)((0,keyed_list/* matchList */.Kl)(before, after, entityName), {
        removed: (index) => {
            out.push({
                kind: 'entity-removed',
                path: pointer('/entities', index),
                entity: (0,keyed_list/* itemLabel */.IR)(before[index], entityName, index),
                mode: entityMode(before[index])
            });
        },
        added: (index) => out.push(entityAdded(after[index], index)),
        kept: (from, to, moved) => {
            const entity = (0,keyed_list/* itemLabel */.IR)(after[to], entityName, to);
            const path = pointer('/entities', to);
            if (moved)
                out.push({ kind: 'entity-moved', path, entity, from, to });
            // Most entities are unchanged: compare before normalising.
            if ((0,json_equal/* jsonEqual */.Z)(before[from], after[to]))
                return;
            const [old, now] = [before[from], after[to]].map(normaliseEntity);
            diffEntity(old, now, childPlace(place, from, to), entity, out);
        }
    });
}
/** An entity with its defaults, as normaliseConfig gives them. */
function normaliseEntity(entity) {
    return (0,normalise_lazily/* normaliseItem */.KB)('entities', entity);
}
/** Describes a new entity by its mode and schema keys. */
function entityAdded(raw, index) {
    const entity = normaliseEntity(raw);
    const schemas = (0,normalise/* isObject */.Gv)(entity) ? entity.schemas : undefined;
    return {
        kind: 'entity-added',
        path: pointer('/entities', index),
        entity: (0,keyed_list/* itemLabel */.IR)(entity, entityName, index),
        mode: entityMode(entity),
        schemas: (0,normalise/* isObject */.Gv)(schemas) ? Object.keys(schemas) : []
    };
}
/** Diffs two versions of one entity: its mode, fields and schemas. */
function diffEntity(before, after, place, entity, out) {
    if ((0,json_equal/* jsonEqual */.Z)(before, after))
        return;
    if (!(0,normalise/* isObject */.Gv)(before) || !(0,normalise/* isObject */.Gv)(after)) {
        (0,append/* appendAll */.u)(out, valueChanges(before, after, place));
        return;
    }
    const [beforeMode, afterMode] = [entityMode(before), entityMode(after)];
    if (beforeMode !== afterMode) {
        const path = place.afterPath;
        out.push({
            kind: 'entity-mode-changed',
            path,
            entity,
            before: beforeMode,
            after: afterMode
        });
    }
    for (const leaf of diffLeaves(before, after, place, ['schemas'])) {
        out.push({ kind: 'entity-field-changed', entity, ...leaf });
    }
    diffSchemas(before, after, place, entity, out);
}
/** Diffs an entity's schemas, pairing them by key. */
function diffSchemas(before, after, place, entity, out) {
    const [from, to] = [before.schemas, after.schemas];
    if (!(0,normalise/* isObject */.Gv)(from) || !(0,normalise/* isObject */.Gv)(to)) {
        for (const leaf of diffMember(before, after, 'schemas', place)) {
            out.push({ kind: 'entity-field-changed', entity, ...leaf });
        }
        return;
    }
    // As in lists: removals first, then the schemas as they will be.
    const schemasPlace = childPlace(place, 'schemas');
    for (const schema of Object.keys(from).sort()) {
        if (Object.hasOwn(to, schema))
            continue;
        const path = childPlace(schemasPlace, schema).beforePath;
        out.push({ kind: 'schema-removed', path, entity, schema });
    }
    for (const schema of Object.keys(to).sort()) {
        const schemaPlace = childPlace(schemasPlace, schema);
        if (!Object.hasOwn(from, schema)) {
            out.push(schemaAdded(to[schema], schemaPlace.afterPath, entity, schema));
        }
        else {
            const names = { entity, schema };
            diffSchema(from[schema], to[schema], schemaPlace, names, out);
        }
    }
}
/** Describes a new schema by its object type and mapping count. */
function schemaAdded(spec, path, entity, schema) {
    const mappings = (0,normalise/* isObject */.Gv)(spec) ? spec.field_mappings : undefined;
    const change = {
        kind: 'schema-added',
        path,
        entity,
        schema,
        fieldMappings: Array.isArray(mappings) ? mappings.length : 0
    };
    if ((0,normalise/* isObject */.Gv)(spec) && spec.object_type !== undefined) {
        change.objectType = spec.object_type;
    }
    return change;
}
/** Diffs two versions of one schema: its fields, then its field mappings. */
function diffSchema(before, after, place, names, out) {
    if ((0,json_equal/* jsonEqual */.Z)(before, after))
        return;
    if (!(0,normalise/* isObject */.Gv)(before) || !(0,normalise/* isObject */.Gv)(after)) {
        for (const leaf of diffLeaves(before, after, place)) {
            out.push({ kind: 'schema-field-changed', ...names, ...leaf });
        }
        return;
    }
    for (const leaf of diffLeaves(before, after, place, ['field_mappings'])) {
        out.push({ kind: 'schema-field-changed', ...names, ...leaf });
    }
    const [from, to] = [before.field_mappings, after.field_mappings];
    if (Array.isArray(from) && Array.isArray(to)) {
        diffMappings(from, to, childPlace(place, 'field_mappings'), names, out);
        return;
    }
    for (const leaf of diffMember(before, after, 'field_mappings', place)) {
        out.push({ kind: 'schema-field-changed', ...names, ...leaf });
    }
}
/** Diffs a schema's field mappings, pairing them by target. */
function diffMappings(before, after, place, names, out) {
    (0,keyed_list/* walkList */.qm)((0,keyed_list/* matchList */.Kl)(before, after, mappingTarget), {
        removed: (index) => {
            const target = (0,keyed_list/* itemLabel */.IR)(before[index], mappingTarget, index);
            const path = pointer(place.beforePath, index);
            out.push({ kind: 'field-mapping-removed', path, ...names, target });
        },
        added: (index) => out.push(mappingAdded(after[index], index)),
        kept: (from, to, moved) => {
            const target = (0,keyed_list/* itemLabel */.IR)(after[to], mappingTarget, to);
            const path = pointer(place.afterPath, to);
            if (moved) {
                out.push({
                    kind: 'field-mapping-moved',
                    path,
                    ...names,
                    target,
                    from,
                    to
                });
            }
            const itemPlace = childPlace(place, from, to);
            for (const leaf of diffLeaves(before[from], after[to], itemPlace)) {
                out.push({ kind: 'field-mapping-changed', ...names, target, ...leaf });
            }
        }
    });
    function mappingAdded(mapping, index) {
        const change = {
            kind: 'field-mapping-added',
            path: pointer(place.afterPath, index),
            ...names,
            target: (0,keyed_list/* itemLabel */.IR)(mapping, mappingTarget, index)
        };
        if ((0,normalise/* isObject */.Gv)(mapping) && mapping.source !== undefined) {
            change.source = mapping.source;
        }
        return change;
    }
}

;// CONCATENATED MODULE: ./src/diff/flow-diff.ts








const flowName = (0,keyed_list/* memberIdentity */.nN)('name');
const stepId = (0,keyed_list/* memberIdentity */.nN)('id');
/** Diffs the `flows` lists, pairing flows by name. */
function diffFlows(before, after, out) {
    const place = { beforePath: '/flows', afterPath: '/flows' };
    if (!Array.isArray(before) || !Array.isArray(after)) {
        (0,append/* appendAll */.u)(out, valueChanges(before, after, place));
        return;
    }
    (0,keyed_list/* walkList */.qm)((0,keyed_list/* matchList */.Kl)(before, after, flowName), {
        removed: (index) => {
            const flow = (0,keyed_list/* itemLabel */.IR)(before[index], flowName, index);
            out.push({ kind: 'flow-removed', path: pointer('/flows', index), flow });
        },
        added: (index) => out.push(flowAdded(after[index], index)),
        kept: (from, to, moved) => {
            const flow = (0,keyed_list/* itemLabel */.IR)(after[to], flowName, to);
            const path = pointer('/flows', to);
            if (moved)
                out.push({ kind: 'flow-moved', path, flow, from, to });
            // Most flows are unchanged: compare them before normalising.
            if ((0,normalise_lazily/* itemsEqual */.zj)('flows', before[from], after[to]))
                return;
            const [old, now] = [before[from], after[to]].map(normaliseFlow);
            diffFlow(old, now, childPlace(place, from, to), flow, out);
        }
    });
}
/** A flow with its defaults (`enabled`, ...) as normaliseConfig fills them. */
function normaliseFlow(flow) {
    return (0,normalise_lazily/* normaliseItem */.KB)('flows', flow);
}
/** Describes a new flow by what triggers it and how many steps it runs. */
function flowAdded(raw, index) {
    const flow = normaliseFlow(raw);
    const fields = (0,normalise/* isObject */.Gv)(flow) ? flow : {};
    const change = {
        kind: 'flow-added',
        path: pointer('/flows', index),
        flow: (0,keyed_list/* itemLabel */.IR)(flow, flowName, index),
        steps: Array.isArray(fields.steps) ? fields.steps.length : 0,
        enabled: fields.enabled !== false
    };
    if (fields.source !== undefined)
        change.source = fields.source;
    if (fields.event_type !== undefined)
        change.eventType = fields.event_type;
    return change;
}
/** Diffs two versions of one flow: switched on or off, fields, steps. */
function diffFlow(before, after, place, flow, out) {
    if ((0,json_equal/* jsonEqual */.Z)(before, after))
        return;
    if (!(0,normalise/* isObject */.Gv)(before) || !(0,normalise/* isObject */.Gv)(after)) {
        (0,append/* appendAll */.u)(out, valueChanges(before, after, place));
        return;
    }
    // A non-boolean `enabled` (invalid) shows as a plain field change.
    const switchable = typeof before.enabled === 'boolean' && typeof after.enabled === 'boolean';
    if (switchable && before.enabled !== after.enabled) {
        const kind = after.enabled ? 'flow-enabled' : 'flow-disabled';
        out.push({ kind, path: pointer(place.afterPath, 'enabled'), flow });
    }
    const skip = switchable ? ['enabled', 'steps'] : ['steps'];
    for (const leaf of diffLeaves(before, after, place, skip)) {
        out.push({ kind: 'flow-field-changed', flow, ...leaf });
    }
    const [from, to] = [before.steps, after.steps];
    if (Array.isArray(from) && Array.isArray(to)) {
        diffSteps(from, to, childPlace(place, 'steps'), flow, out);
        return;
    }
    for (const leaf of diffMember(before, after, 'steps', place)) {
        out.push({ kind: 'flow-field-changed', flow, ...leaf });
    }
}
/**
 * Diffs a flow's steps, pairing them by id. Step order is meaningful: one
 * step out of place is reported as that step moving; more than one as the
 * whole reorder, which reads better than a list of moves.
 */
function diffSteps(before, after, place, flow, out) {
    const match = (0,keyed_list/* matchList */.Kl)(before, after, stepId);
    const moves = match.moved.reduce((total, moved) => total + moved, 0);
    if (moves > 1)
        out.push(stepsReordered(before, after, match, place, flow));
    (0,keyed_list/* walkList */.qm)(match, {
        removed: (index) => {
            const step = (0,keyed_list/* itemLabel */.IR)(before[index], stepId, index);
            const path = pointer(place.beforePath, index);
            out.push({ kind: 'step-removed', path, flow, step });
        },
        added: (index) => out.push(stepAdded(after[index], index)),
        kept: (from, to, moved) => {
            const step = (0,keyed_list/* itemLabel */.IR)(after[to], stepId, to);
            const path = pointer(place.afterPath, to);
            if (moved && moves === 1) {
                out.push({ kind: 'step-moved', path, flow, step, from, to });
            }
            const itemPlace = childPlace(place, from, to);
            for (const leaf of diffLeaves(before[from], after[to], itemPlace)) {
                out.push({ kind: 'step-field-changed', flow, step, ...leaf });
            }
        }
    });
    function stepAdded(step, index) {
        const change = {
            kind: 'step-added',
            path: pointer(place.afterPath, index),
            flow,
            step: (0,keyed_list/* itemLabel */.IR)(step, stepId, index),
            position: index
        };
        if ((0,normalise/* isObject */.Gv)(step) && step.action !== undefined)
            change.action = step.action;
        return change;
    }
}
/** Lists the kept steps in their old and their new order. */
function stepsReordered(before, after, match, place, flow) {
    const removed = new Set(match.removed);
    const oldOrder = before.flatMap((step, index) => removed.has(index) ? [] : [(0,keyed_list/* itemLabel */.IR)(step, stepId, index)]);
    const newOrder = after.flatMap((step, index) => match.partner[index] < 0 ? [] : [(0,keyed_list/* itemLabel */.IR)(step, stepId, index)]);
    return {
        kind: 'steps-reordered',
        path: place.afterPath,
        flow,
        before: oldOrder,
        after: newOrder
    };
}

;// CONCATENATED MODULE: ./src/diff/config-diff.ts










/** The members the contract gives a meaning to; others diff as values. */
const KNOWN_KEYS = ['version', 'entities', 'flows', 'settings'];
/**
 * Computes the semantic diff of two connector configs, both normalised
 * first so that key order and omitted defaults never show as changes.
 * Entities pair by name, schemas by key, field mappings by target, flows by
 * name and steps by id. `before` is null for a connector never published:
 * everything in `after` is then new.
 */
function diffConfigs(before, after) {
    const from = (0,normalise_lazily/* normaliseRoot */.ZW)(before ?? {});
    const to = (0,normalise_lazily/* normaliseRoot */.ZW)(after);
    const changes = [];
    if (from.version === undefined && to.version !== undefined) {
        changes.push({ kind: 'version-added', path: '/version', after: to.version });
    }
    else if (!(0,json_equal/* jsonEqual */.Z)(from.version, to.version)) {
        const change = { kind: 'version-changed', path: '/version' };
        if (from.version !== undefined)
            change.before = from.version;
        if (to.version !== undefined)
            change.after = to.version;
        changes.push(change);
    }
    diffEntities(from.entities, to.entities, changes);
    diffFlows(from.flows, to.flows, changes);
    (0,append/* appendAll */.u)(changes, settingChanges(from.settings, to.settings));
    (0,append/* appendAll */.u)(changes, otherChanges(from, to));
    return {
        unchanged: before !== null && changes.length === 0,
        firstPublish: before === null,
        counts: (0,change/* countChanges */.x)(changes),
        changes
    };
}
/** Diffs the free-form settings key by key, nested objects included. */
function settingChanges(before, after) {
    const place = { beforePath: '/settings', afterPath: '/settings' };
    if (!(0,normalise/* isObject */.Gv)(before) || !(0,normalise/* isObject */.Gv)(after)) {
        return valueChanges(before, after, place);
    }
    return diffLeaves(before, after, place).map((leaf) => {
        if (leaf.before === undefined)
            return { kind: 'setting-added', ...leaf };
        if (leaf.after === undefined)
            return { kind: 'setting-removed', ...leaf };
        return { kind: 'setting-changed', ...leaf };
    });
}
/** Diffs the top-level keys the contract does not know, as plain values. */
function otherChanges(before, after) {
    const place = { beforePath: '', afterPath: '' };
    const strip = (config) => Object.fromEntries(Object.entries(config).filter(([key]) => !KNOWN_KEYS.includes(key)));
    return valueChanges(strip(before), strip(after), place);
}


/***/ }),

/***/ 4516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ longestIncreasingRun)
/* harmony export */ });
/**
 * Finds a longest strictly increasing subsequence of the non-negative
 * values (negative ones are holes to skip) by patience sorting, in
 * O(n log n). Returns the indexes of its members in ascending order. Used
 * to keep the most items in place when pairing two orderings.
 */
function longestIncreasingRun(values) {
    // tails[k]: the index ending the best run of length k + 1 so far.
    const tails = [];
    const previous = new Int32Array(values.length).fill(-1);
    for (let index = 0; index < values.length; index++) {
        const value = values[index];
        if (value < 0)
            continue;
        const length = tailsBelow(tails, values, value);
        if (length > 0)
            previous[index] = tails[length - 1];
        tails[length] = index;
    }
    const run = [];
    for (let at = tails.at(-1) ?? -1; at >= 0; at = previous[at])
        run.push(at);
    return run.reverse();
}
/** Binary search: how many tails hold a value below `value`. */
function tailsBelow(tails, values, value) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (values[tails[middle]] < value)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}


/***/ }),

/***/ 880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ jsonEqual)
/* harmony export */ });
/** Nesting beyond which the comparison stops using the call stack. */
const MAX_RECURSION = 256;
/**
 * Tells whether two JSON values are equal: objects by their members (key
 * order does not count), arrays by position. Stops at the first difference
 * and allocates nothing for ordinary nesting, so comparing the equal halves
 * of a large config costs one walk; nesting deeper than MAX_RECURSION
 * continues on an explicit stack, so it cannot exhaust the call stack.
 */
function jsonEqual(a, b) {
    return equalAt(a, b, 0);
}
/** Compares recursively while the nesting is shallow. */
function equalAt(a, b, depth) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (a === null || b === null)
        return false;
    if (depth >= MAX_RECURSION)
        return equalOnStack(a, b);
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++) {
            if (!equalAt(a[i], b[i], depth + 1))
                return false;
        }
        return true;
    }
    if (Array.isArray(b))
        return false;
    // for...in walks the keys without making an array of them.
    let members = 0;
    for (const key in a) {
        if (!Object.hasOwn(a, key))
            continue;
        members++;
        if (!Object.hasOwn(b, key))
            return false;
        if (!equalAt(a[key], b[key], depth + 1))
            return false;
    }
    return members === ownKeys(b);
}
/** How many own keys an object has, counted without an array of them. */
function ownKeys(object) {
    let count = 0;
    for (const key in object)
        if (Object.hasOwn(object, key))
            count++;
    return count;
}
/** The same comparison on an explicit stack, for deep nesting. */
function equalOnStack(a, b) {
    const stack = [[a, b]];
    while (stack.length > 0) {
        const [left, right] = stack.pop();
        if (left === right)
            continue;
        if (typeof left !== 'object' || typeof right !== 'object')
            return false;
        if (left === null || right === null)
            return false;
        if (Array.isArray(left) !== Array.isArray(right))
            return false;
        const keys = Object.keys(left);
        if (keys.length !== Object.keys(right).length)
            return false;
        for (const key of keys) {
            if (!Object.hasOwn(right, key))
                return false;
            stack.push([left[key], right[key]]);
        }
    }
    return true;
}


/***/ }),

/***/ 70:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IR: () => (/* binding */ itemLabel),
/* harmony export */   Kl: () => (/* binding */ matchList),
/* harmony export */   nN: () => (/* binding */ memberIdentity),
/* harmony export */   qm: () => (/* binding */ walkList)
/* harmony export */ });
/* harmony import */ var _config_normalise_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7028);
/* harmony import */ var _increasing_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4516);


/**
 * Pairs the items of two lists by identity, so that inserting one item
 * shows as one addition rather than every later item changing. Items
 * without an identity pair by position; items whose identity is duplicated
 * on either side (invalid but possible) pair by occurrence, first with
 * first. Moves are the kept items outside a longest run that kept its
 * order, so the fewest items are reported as moved.
 */
function matchList(before, after, identity) {
    const [beforeIds, afterIds] = [before.map(identity), after.map(identity)];
    const duplicated = duplicatedIds(beforeIds, afterIds);
    const beforeIndex = new Map();
    pairingKeys(beforeIds, duplicated).forEach((key, index) => beforeIndex.set(key, index));
    const partner = new Int32Array(after.length).fill(-1);
    const kept = new Uint8Array(before.length);
    pairingKeys(afterIds, duplicated).forEach((key, index) => {
        const match = beforeIndex.get(key);
        if (match === undefined)
            return;
        partner[index] = match;
        kept[match] = 1;
    });
    const removed = [];
    kept.forEach((isKept, index) => {
        if (!isKept)
            removed.push(index);
    });
    return { removed, partner, moved: findMoves(partner) };
}
/** The identities that occur more than once on either side. */
function duplicatedIds(...sides) {
    const duplicated = new Set();
    for (const ids of sides) {
        const seen = new Set();
        for (const id of ids) {
            if (id === undefined)
                continue;
            if (seen.has(id))
                duplicated.add(id);
            seen.add(id);
        }
    }
    return duplicated;
}
/**
 * Gives each item the key it pairs by: its identity; for a duplicated
 * identity, the identity and its occurrence; without one, its position.
 */
function pairingKeys(ids, duplicated) {
    const seen = new Map();
    return ids.map((id, index) => {
        if (id === undefined)
            return `position:${index}`;
        if (!duplicated.has(id))
            return `id:${id}`;
        const occurrence = seen.get(id) ?? 0;
        seen.set(id, occurrence + 1);
        return `occurrence:${occurrence}:${id}`;
    });
}
/**
 * Marks the paired after items that are not on a longest run that kept
 * the before order: those are the moved ones.
 */
function findMoves(partner) {
    const moved = new Uint8Array(partner.length);
    partner.forEach((beforeIndex, afterIndex) => {
        if (beforeIndex >= 0)
            moved[afterIndex] = 1;
    });
    for (const afterIndex of (0,_increasing_run_js__WEBPACK_IMPORTED_MODULE_0__/* .longestIncreasingRun */ .R)(partner))
        moved[afterIndex] = 0;
    return moved;
}
/**
 * Visits the removed items in before order, then every after item in after
 * order: a changelog reads removals first, then the list as it will be.
 */
function walkList(match, visitor) {
    for (const index of match.removed)
        visitor.removed(index);
    match.partner.forEach((beforeIndex, afterIndex) => {
        if (beforeIndex < 0)
            visitor.added(afterIndex);
        else
            visitor.kept(beforeIndex, afterIndex, match.moved[afterIndex] === 1);
    });
}
/** Reads a string member as an item's identity. */
function memberIdentity(key) {
    return (item) => {
        if (!(0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(item))
            return undefined;
        const value = item[key];
        return typeof value === 'string' ? value : undefined;
    };
}
/**
 * Names an item for the changelog: its identity, or its 1-based position
 * (`#3`) when it has none.
 */
function itemLabel(item, identity, index) {
    return identity(item) ?? `#${index + 1}`;
}


/***/ }),

/***/ 5326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L$: () => (/* binding */ escapeName),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   d6: () => (/* binding */ codeFence)
/* harmony export */ });
/* harmony import */ var _value_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2568);

/**
 * A Markdown code span that shows `content` literally, whatever backticks
 * it holds: the delimiter is one backtick longer than the longest run
 * inside, padded with spaces when the content starts or ends with one
 * (CommonMark strips one space from each side).
 */
function codeSpan(content) {
    const fence = '`'.repeat(longestBacktickRun(content) + 1);
    const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
    return fence + pad + content + pad + fence;
}
/** A code fence longer than any backtick run in the content (at least 3). */
function codeFence(content) {
    return '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
}
/**
 * Escapes a short name (a connector's) for Markdown, cut to a readable
 * length (`src/report/markdown.ts` escapes whole messages): every ASCII
 * punctuation character gets a backslash, which CommonMark allows for all
 * of them, so no emphasis, link, HTML tag or entity can form. GitHub links
 * `@name` in plain text even when escaped, and would notify that user, so
 * a word joiner (U+2060) follows each `@`. Unsafe characters become U+FFFD
 * and the text is cut to a readable length.
 */
function escapeName(text) {
    return (0,_value_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(text)
        .replace(/[!-/:-@[-`{-~]/g, '\\$&')
        .replace(/@/g, '@\u2060');
}
/** The length of the longest run of backticks in a text. */
function longestBacktickRun(text) {
    let longest = 0;
    for (const run of text.match(/`+/g) ?? []) {
        longest = Math.max(longest, run.length);
    }
    return longest;
}


/***/ }),

/***/ 1851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ normaliseItem),
/* harmony export */   SB: () => (/* binding */ listNamed),
/* harmony export */   WR: () => (/* binding */ writeCanonical),
/* harmony export */   ZW: () => (/* binding */ normaliseRoot),
/* harmony export */   m5: () => (/* binding */ LISTS),
/* harmony export */   zj: () => (/* binding */ itemsEqual)
/* harmony export */ });
/* harmony import */ var _config_normalise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7028);
/* harmony import */ var _json_equal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(880);


const LISTS = ['entities', 'flows'];
/** The list a top-level key names, if it names one. */
function listNamed(key) {
    return LISTS.find((list) => list === key);
}
/**
 * Normalises a config except the items of its two big lists, which are
 * left as they are. Normalising copies every value, which costs more than
 * the whole diff on a 20 MB config; the diff compares raw items first
 * (key order does not count there either) and normalises with
 * normaliseItem only the few that differ, so defaults still come from
 * normaliseConfig alone.
 */
function normaliseRoot(config) {
    const shell = { ...config };
    for (const key of LISTS) {
        if (Array.isArray(shell[key]))
            shell[key] = [];
    }
    const root = (0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .normaliseConfig */ .rW)(shell);
    for (const key of LISTS) {
        if (Array.isArray(config[key]))
            root[key] = config[key];
    }
    return root;
}
/**
 * The normalised form of one item of `entities` or `flows`, as
 * normaliseConfig gives it: a flow's defaults filled in, keys sorted.
 */
function normaliseItem(list, item) {
    return (0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .sortKeys */ .di)(list === 'flows' ? (0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .withFlowDefaults */ .xF)(item) : item);
}
/**
 * Writes `JSON.stringify(normaliseConfig(config))`, the canonical text of
 * a config, in pieces: the root, then each item of `entities` and `flows`
 * normalised alone. A hash fed piece by piece never holds the text or the
 * normalised copy of a large config whole.
 */
function writeCanonical(config, write) {
    const root = normaliseRoot(config);
    const names = Object.keys(root);
    write('{');
    names.forEach((name, index) => {
        if (index > 0)
            write(',');
        write(`${JSON.stringify(name)}:`);
        const value = root[name];
        const list = listNamed(name);
        if (list === undefined || !Array.isArray(value)) {
            write(JSON.stringify(value));
            return;
        }
        write('[');
        value.forEach((item, at) => {
            if (at > 0)
                write(',');
            write(JSON.stringify(normaliseItem(list, item)));
        });
        write(']');
    });
    write('}');
}
/**
 * Whether two items of a list are equal once normalised, without copying
 * them: key order never counts, and a flow's defaults count as written.
 * The client fills in the defaults of what PlugSync returns, while a file
 * in git may leave them out.
 */
function itemsEqual(list, a, b) {
    if (list !== 'flows')
        return (0,_json_equal_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonEqual */ .Z)(a, b);
    return (0,_json_equal_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonEqual */ .Z)((0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .withFlowDefaults */ .xF)(a), (0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_0__/* .withFlowDefaults */ .xF)(b));
}


/***/ }),

/***/ 6225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ renderDiffMarkdown),
  p: () => (/* binding */ renderDiffText)
});

// EXTERNAL MODULE: ./src/diff/change.ts
var diff_change = __webpack_require__(6703);
// EXTERNAL MODULE: ./src/diff/value-format.ts
var value_format = __webpack_require__(2568);
// EXTERNAL MODULE: ./src/report/describe.ts
var describe = __webpack_require__(313);
;// CONCATENATED MODULE: ./src/diff/changelog.ts


/**
 * Words a change as one changelog line, e.g. "changed step `push` in flow
 * `x`: `data` `$.payload` → `$.canonical`", names and values as code parts.
 */
function describeChange(change) {
    const describe = DESCRIBERS[change.kind];
    return describe(change);
}
const DESCRIBERS = {
    'version-added': (c) => [changelog_text('version '), value(c.after)],
    'version-changed': (c) => versionChanged(c.before, c.after),
    'setting-added': (c) => [
        changelog_text('added setting '),
        changelog_name(c.field),
        changelog_text(': '),
        value(c.after)
    ],
    'setting-removed': (c) => [
        changelog_text('removed setting '),
        changelog_name(c.field),
        ...was(c.before)
    ],
    'setting-changed': (c) => [
        changelog_text('changed setting '),
        changelog_name(c.field),
        ...transition(c.before, c.after)
    ],
    'value-added': (c) => [
        changelog_text('added '),
        changelog_name(c.path),
        changelog_text(': '),
        value(c.after)
    ],
    'value-removed': (c) => [changelog_text('removed '), changelog_name(c.path), ...was(c.before)],
    'value-changed': (c) => [
        changelog_text('changed '),
        changelog_name(c.path),
        ...transition(c.before, c.after)
    ],
    'entity-added': (c) => [
        changelog_text('added entity '),
        changelog_name(c.entity),
        ...entityShape(c.mode, c.schemas)
    ],
    'entity-removed': (c) => [changelog_text('removed entity '), changelog_name(c.entity)],
    'entity-moved': (c) => [
        changelog_text('moved entity '),
        changelog_name(c.entity),
        ...positions(c)
    ],
    'entity-mode-changed': (c) => [
        changelog_text('entity '),
        changelog_name(c.entity),
        changelog_text(` mode ${c.before} → ${c.after}`)
    ],
    'entity-field-changed': (c) => [
        changelog_text('changed entity '),
        changelog_name(c.entity),
        ...fieldChange(c)
    ],
    'schema-added': (c) => [
        changelog_text('added schema '),
        changelog_name(c.schema),
        changelog_text(' to entity '),
        changelog_name(c.entity),
        ...schemaShape(c.objectType, c.fieldMappings)
    ],
    'schema-removed': (c) => [
        changelog_text('removed schema '),
        changelog_name(c.schema),
        changelog_text(' from entity '),
        changelog_name(c.entity)
    ],
    'schema-field-changed': (c) => [
        changelog_text('changed '),
        ...schemaOf(c),
        ...fieldChange(c)
    ],
    'field-mapping-added': (c) => [
        changelog_text('added field mapping to '),
        changelog_name(c.target),
        changelog_text(' from '),
        value(c.source),
        changelog_text(' in '),
        ...schemaOf(c)
    ],
    'field-mapping-removed': (c) => [
        changelog_text('removed field mapping to '),
        changelog_name(c.target),
        changelog_text(' from '),
        ...schemaOf(c)
    ],
    'field-mapping-moved': (c) => [
        changelog_text('moved field mapping to '),
        changelog_name(c.target),
        changelog_text(' in '),
        ...schemaOf(c),
        ...positions(c)
    ],
    'field-mapping-changed': (c) => [
        changelog_text('changed field mapping to '),
        changelog_name(c.target),
        changelog_text(' in '),
        ...schemaOf(c),
        ...fieldChange(c)
    ],
    'flow-added': (c) => [changelog_text('added flow '), changelog_name(c.flow), ...flowShape(c)],
    'flow-removed': (c) => [changelog_text('removed flow '), changelog_name(c.flow)],
    'flow-moved': (c) => [changelog_text('moved flow '), changelog_name(c.flow), ...positions(c)],
    'flow-enabled': (c) => [changelog_text('flow '), changelog_name(c.flow), changelog_text(' switched on')],
    'flow-disabled': (c) => [changelog_text('flow '), changelog_name(c.flow), changelog_text(' switched off')],
    'flow-field-changed': (c) => [
        changelog_text('changed flow '),
        changelog_name(c.flow),
        ...fieldChange(c)
    ],
    'step-added': (c) => [
        changelog_text('added step '),
        changelog_name(c.step),
        ...actionOf(c.action),
        changelog_text(' to flow '),
        changelog_name(c.flow),
        changelog_text(` at position ${c.position + 1}`)
    ],
    'step-removed': (c) => [
        changelog_text('removed step '),
        changelog_name(c.step),
        changelog_text(' from flow '),
        changelog_name(c.flow)
    ],
    'step-moved': (c) => [
        changelog_text('moved step '),
        changelog_name(c.step),
        changelog_text(' in flow '),
        changelog_name(c.flow),
        ...positions(c)
    ],
    'steps-reordered': (c) => [
        changelog_text('reordered steps of flow '),
        changelog_name(c.flow),
        changelog_text(': '),
        ...nameList(c.before),
        changelog_text(' → '),
        ...nameList(c.after)
    ],
    'step-field-changed': (c) => [
        changelog_text('changed step '),
        changelog_name(c.step),
        changelog_text(' in flow '),
        changelog_name(c.flow),
        ...fieldChange(c)
    ]
};
/** Fixed wording. */
function changelog_text(words) {
    return { text: words };
}
/** A name or key, shown in code. */
function changelog_name(identity) {
    return { code: (0,value_format/* showValue */.vp)(identity) };
}
/** A config value, or `(none)` where it is absent. */
function value(json) {
    return json === undefined ? changelog_text('(none)') : { code: (0,value_format/* showValue */.vp)(json) };
}
/** "version `"3.0"` → `"3.1"`", or just the new one on a first publish. */
function versionChanged(before, after) {
    if (before === undefined)
        return [changelog_text('version '), value(after)];
    return [changelog_text('changed version'), ...transition(before, after)];
}
/** ": `old` → `new`" */
function transition(before, after) {
    return [changelog_text(': '), value(before), changelog_text(' → '), value(after)];
}
/** " (was `old`)" */
function was(before) {
    return [changelog_text(' (was '), value(before), changelog_text(')')];
}
/** ": `field` `old` → `new`", or the transition alone for a whole item. */
function fieldChange(change) {
    const { field, before, after } = change;
    if (field === '')
        return transition(before, after);
    return [
        changelog_text(': '),
        changelog_name(field),
        changelog_text(' '),
        value(before),
        changelog_text(' → '),
        value(after)
    ];
}
/** "schema `hubspot` of entity `company`" */
function schemaOf(change) {
    return [
        changelog_text('schema '),
        changelog_name(change.schema),
        changelog_text(' of entity '),
        changelog_name(change.entity)
    ];
}
/** " from position 3 to 1" (1-based, as people count). */
function positions(change) {
    return [changelog_text(` from position ${change.from + 1} to ${change.to + 1}`)];
}
/** " (federated, schemas `canonical`, `hubspot`)" */
function entityShape(mode, schemas) {
    if (schemas.length === 0)
        return [changelog_text(` (${mode}, no schemas)`)];
    const label = schemas.length === 1 ? 'schema' : 'schemas';
    return [changelog_text(` (${mode}, ${label} `), ...nameList(schemas), changelog_text(')')];
}
/** " (object type `companies`, 3 field mappings)" */
function schemaShape(objectType, mappings) {
    const count = (0,describe/* countOf */.pq)(mappings, 'field mapping');
    if (objectType === undefined)
        return [changelog_text(` (${count})`)];
    return [changelog_text(' (object type '), value(objectType), changelog_text(`, ${count})`)];
}
/** " (source `fooshop`, event `order.created`, 3 steps)" */
function flowShape(change) {
    const off = change.enabled ? '' : ', switched off';
    return [
        changelog_text(' (source '),
        value(change.source),
        changelog_text(', event '),
        value(change.eventType),
        changelog_text(`, ${(0,describe/* countOf */.pq)(change.steps, 'step')}${off})`)
    ];
}
/** " (`upsert`)", or nothing when the step has no action. */
function actionOf(action) {
    return action === undefined ? [] : [changelog_text(' ('), value(action), changelog_text(')')];
}
/** "`a`, `b`, `c`" */
function nameList(names) {
    return names.flatMap((each, index) => index === 0 ? [changelog_name(each)] : [changelog_text(', '), changelog_name(each)]);
}

// EXTERNAL MODULE: ./src/diff/markdown.ts
var markdown = __webpack_require__(5326);
;// CONCATENATED MODULE: ./src/diff/render.ts





/**
 * Renders a connector's diff as Markdown for a pull request comment: a
 * headline that is always kept, the changelog as a list, then the unified
 * diff folded in `<details>`. Never longer than `maxChars`: the changelog,
 * then the unified diff, are cut first, each saying how much was left out.
 */
function renderDiffMarkdown(connector, diff, options) {
    const headline = `${markdownLabel(connector)}: ${summary(diff, options)}`;
    if (headline.length >= options.maxChars) {
        return cutUnits(headline, options.maxChars);
    }
    const unified = diff.unchanged ? '' : (options.unified ?? '');
    const diffLines = unified === '' ? [] : unified.split('\n');
    const totalLines = diffLines.length + (options.unifiedOmitted ?? 0);
    const foldNote = totalLines > 0 ? leftOutNote(totalLines) : '';
    // The changelog comes first, leaving room to say the diff was left out.
    const changelogRoom = options.maxChars - headline.length - foldNote.length;
    const body = headline + changelog(diff, changelogRoom);
    const room = options.maxChars - body.length;
    const folded = fold(diffLines, totalLines, room);
    if (folded !== undefined)
        return body + folded;
    return foldNote.length <= room ? body + foldNote : body;
}
/**
 * Renders a connector's diff for a terminal: the headline, then one line
 * per change marked `+`, `-`, `~` or `>` (moved), coloured only on request.
 */
function renderDiffText(connector, diff, options) {
    const paint = options.color ? ansi : (_, text) => text;
    const label = (0,value_format/* cleanText */.X5)(connector.name) + ` (${connectorPlace(connector)})`;
    const lines = [paint(BOLD, `${label}: ${summary(diff, options)}`)];
    for (const change of diff.changes) {
        const category = (0,diff_change/* changeCategory */.X)(change.kind);
        const line = `${MARKS[category]} ${textParts(describeChange(change))}`;
        lines.push('  ' + paint(COLOURS[category], line));
    }
    return lines.join('\n');
}
/** The headline after the connector's name. */
function summary(diff, options) {
    if (diff.firstPublish) {
        const count = (kind) => diff.changes.filter((change) => change.kind === kind).length;
        const entities = (0,describe/* countOf */.pq)(count('entity-added'), 'entity', 'entities');
        const flows = (0,describe/* countOf */.pq)(count('flow-added'), 'flow');
        const merging = options.publishable === false ? 'all new' : 'merging publishes v1';
        return `never published: ${merging} (${entities}, ${flows})`;
    }
    const against = options.activeVersion === null
        ? 'the published version'
        : `published v${options.activeVersion}`;
    if (diff.unchanged)
        return `no change against ${against}`;
    const totals = CATEGORIES.filter((category) => diff.counts[category] > 0)
        .map((category) => `${diff.counts[category]} ${category}`)
        .join(', ');
    return `${totals}, against ${against}`;
}
const CATEGORIES = [
    'added',
    'removed',
    'changed',
    'moved'
];
/** "**compass** (cn_123, production)" */
function markdownLabel(connector) {
    const place = connectorPlace(connector, markdown/* escapeName */.L$);
    return `**${(0,markdown/* escapeName */.L$)(connector.name)}** (${place})`;
}
/** "cn_123" or "cn_123, production", each part made safe by `clean`. */
function connectorPlace(connector, clean = value_format/* cleanText */.X5) {
    const { id, environment } = connector;
    return environment ? `${clean(id)}, ${clean(environment)}` : clean(id);
}
/**
 * The changelog list, as many lines as fit in `room` characters, then a
 * line saying how many were left out. Empty when not even that fits.
 */
function changelog(diff, room) {
    const lines = diff.changes.map((change) => '- ' + markdownParts(describeChange(change)));
    if (lines.length === 0)
        return '';
    const whole = '\n\n' + lines.join('\n');
    if (whole.length <= room)
        return whole;
    const reserve = `\n- … ${lines.length} more changes left out`.length;
    let text = '\n\n';
    let kept = 0;
    for (const line of lines) {
        const next = (kept === 0 ? '' : '\n') + line;
        if (text.length + next.length + reserve > room)
            break;
        text += next;
        kept++;
    }
    const note = `- … ${lines.length - kept} more changes left out`;
    text += (kept === 0 ? '' : '\n') + note;
    return text.length <= room ? text : '';
}
/**
 * The unified diff folded in `<details>`, with as many lines as fit in
 * `room`; undefined when not even one line fits.
 */
function fold(lines, totalLines, room) {
    if (lines.length === 0)
        return undefined;
    const raw = lines.join('\n');
    const fence = (0,markdown/* codeFence */.d6)(raw);
    const count = (0,describe/* countOf */.pq)(totalLines, 'line');
    const summary = `Unified diff of the normalised config (${count})`;
    const open = `\n\n<details><summary>${summary}</summary>\n\n${fence}diff\n`;
    const close = (omitted) => {
        const note = omitted > 0 ? `\n\n… ${omitted} more lines left out` : '';
        return `\n${fence}${note}\n\n</details>`;
    };
    // Escaping only lengthens a line, so a raw text too long cannot fit.
    if (open.length + raw.length + close(0).length <= room) {
        const whole = lines.map(value_format/* escapeUnsafe */.au).join('\n');
        const complete = open + whole + close(totalLines - lines.length);
        if (complete.length <= room)
            return complete;
    }
    const body = fitLines(lines, room - open.length - close(totalLines).length);
    if (body.kept === 0)
        return undefined;
    return open + body.text + close(totalLines - body.kept);
}
/** As many whole lines as fit in `room` characters, joined. */
function fitLines(lines, room) {
    let text = '';
    let kept = 0;
    for (const line of lines) {
        const next = (kept === 0 ? '' : '\n') + (0,value_format/* escapeUnsafe */.au)(line);
        if (text.length + next.length > room)
            break;
        text += next;
        kept++;
    }
    return { text, kept };
}
/** "_Unified diff left out: 1234 lines._" */
function leftOutNote(totalLines) {
    return `\n\n_Unified diff left out: ${(0,describe/* countOf */.pq)(totalLines, 'line')}._`;
}
/** Joins parts for Markdown: values in code spans, wording as is. */
function markdownParts(parts) {
    return parts
        .map((part) => ('code' in part ? (0,markdown/* codeSpan */.SS)(part.code) : part.text))
        .join('');
}
/** Joins parts for a terminal: values in backticks. */
function textParts(parts) {
    return parts
        .map((part) => ('code' in part ? '`' + part.code + '`' : part.text))
        .join('');
}
/** Cuts text to at most `limit` UTF-16 units without splitting a pair. */
function cutUnits(text, limit) {
    if (text.length <= limit)
        return text;
    if (limit <= 0)
        return '';
    let end = limit - 1;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return text.slice(0, end) + '…';
}
const BOLD = '1';
const MARKS = {
    added: '+',
    removed: '-',
    changed: '~',
    moved: '>'
};
const COLOURS = {
    added: '32',
    removed: '31',
    changed: '33',
    moved: '36'
};
/** Wraps text in an ANSI colour escape and a reset. */
function ansi(code, text) {
    return `\u001b[${code}m${text}\u001b[0m`;
}


/***/ }),

/***/ 254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IV: () => (/* binding */ unifiedConfigDiff)
});

// UNUSED EXPORTS: prettyJson, unifiedDiff

// EXTERNAL MODULE: ./src/config/normalise.ts
var normalise = __webpack_require__(7028);
// EXTERNAL MODULE: ./src/diff/keyed-list.ts
var keyed_list = __webpack_require__(70);
// EXTERNAL MODULE: ./src/diff/normalise-lazily.ts
var normalise_lazily = __webpack_require__(1851);
;// CONCATENATED MODULE: ./src/diff/text-lines.ts
/**
 * The lines of a text, found once and cut out only when asked for: a diff
 * of two large texts reads few of their lines, and a string per line would
 * cost more than the text itself.
 */
class text_lines_TextLines {
    text;
    /** How many lines the text has: '' has none, a final newline adds none. */
    count;
    /** True when the text ends without a final newline. */
    noFinalNewline;
    /**
     * Where each line starts, then one past the end of the last line as if a
     * newline ended it; the rest of the array is spare room.
     */
    starts;
    constructor(text) {
        this.text = text;
        this.noFinalNewline = text !== '' && !text.endsWith('\n');
        // Room for lines of about 32 characters; more is made when needed.
        let starts = new Int32Array(Math.min(1024, 4 + (text.length >> 5)));
        let count = 0;
        for (let at = 0; at < text.length; count++) {
            if (count + 1 === starts.length)
                starts = grown(starts);
            const end = text.indexOf('\n', at);
            at = end === -1 ? text.length + 1 : end + 1;
            starts[count + 1] = at;
        }
        this.count = count;
        this.starts = starts;
    }
    /** The line at `index`, without its newline. */
    line(index) {
        return this.text.slice(this.starts[index], this.starts[index + 1] - 1);
    }
    /**
     * The lines from `first` up to `end` (exclusive) as one string, the
     * newlines between them kept. A last line without a newline gets one
     * added, so that it differs from the same text with one, as in diff(1).
     */
    span(first, end) {
        const text = this.text.slice(this.starts[first], this.starts[end] - 1);
        return this.isLastWithoutNewline(end - 1) ? text + '\n' : text;
    }
    /** How many spaces open the line at `index`, counting up to `most`. */
    indent(index, most) {
        const start = this.starts[index];
        const end = Math.min(start + most, this.starts[index + 1] - 1);
        return leadingSpaces(this.text, start, end);
    }
    /** Whether the line at `index` is the last and ends without a newline. */
    isLastWithoutNewline(index) {
        return this.noFinalNewline && index === this.count - 1;
    }
}
/** A copy of the array with twice the room. */
function grown(array) {
    const larger = new Int32Array(array.length * 2);
    larger.set(array);
    return larger;
}
/** How many spaces open `text` at `start`, looking no further than `end`. */
function leadingSpaces(text, start, end) {
    let at = start;
    while (at < end && text.charCodeAt(at) === 0x20)
        at++;
    return at - start;
}

;// CONCATENATED MODULE: ./src/diff/config-lines.ts




/** Entities and flows both pair by name. */
const itemName = (0,keyed_list/* memberIdentity */.nN)('name');
/**
 * A normalised config as the lines of `prettyJson(normaliseConfig(config))`
 * without that text ever being built: each item of `entities` and `flows`
 * is one unit, printed only when one of its lines is read. An item equal
 * on both sides (same name, equal value) is a unit with the same key on
 * both, so the diff pairs it whole and never prints it unless it is
 * context of a change. A 20 MB config is then compared for the cost of
 * the semantic diff's own comparison, not that of printing both configs.
 */
class ConfigLines {
    count;
    /** The first line of each unit, then `count`. */
    starts;
    units;
    /** The unit of the last line read, as lines are mostly read in order. */
    cursor = 0;
    constructor(units, added = new AddedLines()) {
        this.units = units;
        this.starts = new Int32Array(units.length + 1);
        let line = 0;
        units.forEach((unit, index) => {
            this.starts[index] = line;
            line += typeof unit === 'string' ? 1 : lineCount(unit, added);
        });
        this.starts[units.length] = line;
        this.count = line;
    }
    line(index) {
        const unit = this.unitOf(index);
        const found = this.units[unit];
        if (typeof found === 'string')
            return found;
        return printed(found).line(index - this.starts[unit]);
    }
    indent(index, most) {
        const unit = this.unitOf(index);
        const found = this.units[unit];
        if (typeof found !== 'string') {
            return printed(found).indent(index - this.starts[unit], most);
        }
        return leadingSpaces(found, 0, Math.min(most, found.length));
    }
    span(first, end) {
        const unit = this.unitOf(first);
        const found = this.units[unit];
        const start = this.starts[unit];
        if (typeof found !== 'string' && end <= this.starts[unit + 1]) {
            return printed(found).span(first - start, end - start);
        }
        const lines = [];
        for (let line = first; line < end; line++)
            lines.push(this.line(line));
        return lines.join('\n');
    }
    /** The text ends with a newline, as prettyJson writes it. */
    isLastWithoutNewline() {
        return false;
    }
    /** The pairing key of each unit. */
    unitKeys() {
        return this.units.map((unit) => typeof unit === 'string' ? `line ${unit}` : unit.key);
    }
    /** The unit holding line `index`: a binary search from the last one. */
    unitOf(index) {
        const { starts } = this;
        if (starts[this.cursor] <= index && index < starts[this.cursor + 1]) {
            return this.cursor;
        }
        let [low, high] = [0, this.units.length - 1];
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= index)
                low = middle;
            else
                high = middle - 1;
        }
        return (this.cursor = low);
    }
}
/**
 * The two sides of a config diff as units with shared keys. `before` is
 * null for a connector never published: no lines at all.
 */
function configSides(before, after) {
    const from = before === null ? null : (0,normalise_lazily/* normaliseRoot */.ZW)(before);
    const to = (0,normalise_lazily/* normaliseRoot */.ZW)(after);
    const keys = new ItemKeys(from, to);
    const added = new AddedLines();
    const sides = [from, to].map((root, side) => {
        const lines = new ConfigLines(root === null ? [] : unitsOf(root, side, keys), added);
        return {
            lines,
            units: lines.starts,
            unitKeys: lines.unitKeys(),
            coarse: true
        };
    });
    return [sides[0], sides[1]];
}
/**
 * Gives each item its pairing key: items of a list paired by name with an
 * equal value share one, and so do equal scalars; every other item has a
 * key of its own.
 */
class ItemKeys {
    /** Per list, since one object may sit in both and print differently. */
    shared = new Map();
    fresh = 0;
    constructor(before, after) {
        for (const list of normalise_lazily/* LISTS */.m5) {
            const keys = new Map();
            this.shared.set(list, keys);
            const [from, to] = [before?.[list], after[list]];
            if (!Array.isArray(from) || !Array.isArray(to))
                continue;
            (0,keyed_list/* matchList */.Kl)(from, to, itemName).partner.forEach((partner, index) => {
                if (partner < 0 || !(0,normalise_lazily/* itemsEqual */.zj)(list, from[partner], to[index])) {
                    return;
                }
                keys.set(from[partner], `${list} ${index}`);
                keys.set(to[index], `${list} ${index}`);
            });
        }
    }
    /**
     * The key of an item of a list on one side. A comma is part of the
     * item's last line, so it is part of the key too.
     */
    keyOf(list, item, side, comma) {
        const base = typeof item !== 'object' || item === null
            ? `${list} value ${JSON.stringify(item)}`
            : (this.shared.get(list).get(item) ?? `item ${side} ${this.fresh++}`);
        return comma ? `${base},` : base;
    }
}
/** The units of one normalised config, in the order prettyJson prints. */
function unitsOf(root, side, keys) {
    const units = ['{'];
    const names = Object.keys(root);
    names.forEach((name, index) => {
        const comma = index < names.length - 1 ? ',' : '';
        const value = root[name];
        const label = `  ${JSON.stringify(name)}: `;
        const list = (0,normalise_lazily/* listNamed */.SB)(name);
        if (list !== undefined && Array.isArray(value) && value.length > 0) {
            units.push(`${label}[`);
            value.forEach((item, at) => {
                const more = at < value.length - 1;
                units.push({
                    list,
                    value: item,
                    comma: more,
                    key: keys.keyOf(list, item, side, more)
                });
            });
            units.push(`  ]${comma}`);
            return;
        }
        const printedValue = JSON.stringify(value, null, 2);
        if (!printedValue.includes('\n')) {
            units.push(label + printedValue + comma);
            return;
        }
        const text = `${label}${printedValue.replaceAll('\n', '\n  ')}${comma}\n`;
        units.push({ key: `member ${text}`, text: new text_lines_TextLines(text) });
    });
    units.push('}');
    return units;
}
/**
 * An item's lines as prettyJson prints them inside the config. Printed
 * nested two levels deep, as in the config, and after a sibling when a
 * comma follows it, so that JSON.stringify writes the indentation and the
 * comma itself; the item's lines are then a slice of that text.
 */
function printed(item) {
    if (!('list' in item))
        return item.text;
    if (item.text !== undefined)
        return item.text;
    const value = (0,normalise_lazily/* normaliseItem */.KB)(item.list, item.value);
    const json = JSON.stringify([item.comma ? [value, 0] : [value]], null, 2);
    const start = '[\n  [\n'.length;
    const end = json.length - (item.comma ? ITEM_AFTER : LIST_CLOSE).length;
    return (item.text = new text_lines_TextLines(json.slice(start, end)));
}
/** What follows an item printed with a sibling, after its own newline. */
const ITEM_AFTER = '    0\n  ]\n]';
/** What closes the lists an item is printed in, after its own newline. */
const LIST_CLOSE = '  ]\n]';
/**
 * How many lines an item takes once normalised, without printing it or
 * copying it: the lines of its value, and those of the members that
 * normalisation adds (`addedLines`).
 */
function lineCount(item, added) {
    if (!('list' in item))
        return item.text.count;
    if (item.text !== undefined)
        return item.text.count;
    const { value } = item;
    if (!(0,normalise/* isObject */.Gv)(value))
        return prettyLines(value);
    const names = Object.keys(value);
    const extra = added.of(item.list, names);
    // `{}` is one line; with members it opens and closes on lines of its own.
    if (names.length === 0)
        return extra === 0 ? 1 : 2 + extra;
    return prettyLines(value) + extra;
}
/**
 * The lines of the members that normalisation adds to an item with given
 * keys (a flow's defaults), found by normalising an item with those keys
 * and no values. Items of a list mostly share their keys, so each set of
 * keys is normalised once.
 */
class AddedLines {
    known = new Map();
    of(list, names) {
        const key = JSON.stringify([list, names]);
        let lines = this.known.get(key);
        if (lines === undefined) {
            const stub = Object.fromEntries(names.map((name) => [name, null]));
            const normalised = (0,normalise_lazily/* normaliseItem */.KB)(list, stub);
            lines = 0;
            for (const name of Object.keys(normalised)) {
                if (!Object.hasOwn(stub, name))
                    lines += prettyLines(normalised[name]);
            }
            this.known.set(key, lines);
        }
        return lines;
    }
}
/**
 * How many lines `JSON.stringify(value, null, 2)` prints: one for a scalar
 * or an empty object or array, else one to open, one to close and those
 * of the members. Iterative, as a config may nest deeply.
 */
function prettyLines(value) {
    let lines = 0;
    const pending = [value];
    while (pending.length > 0) {
        const current = pending.pop();
        if (typeof current !== 'object' || current === null) {
            lines++;
            continue;
        }
        const names = Array.isArray(current) ? null : Object.keys(current);
        const size = names === null ? current.length : names.length;
        lines += size === 0 ? 1 : 2;
        for (let at = 0; at < size; at++) {
            const member = names === null
                ? current[at]
                : current[names[at]];
            if (typeof member === 'object' && member !== null)
                pending.push(member);
            else
                lines++;
        }
    }
    return lines;
}

// EXTERNAL MODULE: ./src/diff/increasing-run.ts
var increasing_run = __webpack_require__(4516);
;// CONCATENATED MODULE: ./src/diff/line-diff.ts

/**
 * Above this many lines a range is first cut at its unique common lines;
 * below, Myers runs on it directly.
 */
const SMALL_RANGE = 400;
/** The largest edit distance Myers looks for in one range. */
const MAX_EDITS = 1000;
/** How many times a range is cut at unique lines before Myers takes over. */
const MAX_DEPTH = 8;
/**
 * Lines indented this many spaces or more are paired in runs first: in
 * two-space JSON, the body of each item of a top-level array (an entity,
 * a flow) is one run.
 */
const RUN_INDENT = 6;
/** Myers may spend this much work per line of a large range. */
const WORK_PER_LINE = 32;
/**
 * Pairs the lines of two texts along a short edit script: for each line of
 * `a`, the index of the equal line of `b` it is kept as, or -1 if deleted.
 *
 * In passes, each on what the one before left unpaired. The first pairs
 * the sides' own units, so that an unchanged entity or flow pairs as a
 * whole and its lines are never compared one by one. After coarse units,
 * a second pairs runs of lines indented RUN_INDENT or more. The last pairs
 * lines. Each pass uses Myers' O(ND) algorithm, which finds minimal
 * scripts; so that huge inputs stay fast, large ranges are first cut at
 * items unique on both sides (as patience diff does), a large range where
 * Myers would take too long is halved and each half diffed alone, and the
 * work of each pass is bounded by a budget linear in the input, past which
 * what is left is reported as replaced. The script is always valid, and
 * minimal in units for ordinary inputs.
 */
function matchLines(a, b) {
    const matches = new Int32Array(a.lines.count).fill(-1);
    const whole = {
        aLow: 0,
        aHigh: a.lines.count,
        bLow: 0,
        bHigh: b.lines.count,
        depth: 0
    };
    const own = (side) => () => ({
        starts: Array.from(side.units.subarray(0, -1)),
        keys: side.unitKeys
    });
    let gaps = pairUnits(a.lines, b.lines, [whole], [own(a), own(b)], matches);
    if (a.coarse || b.coarse) {
        gaps = pairUnits(a.lines, b.lines, gaps, [indentRuns, indentRuns], matches);
    }
    const lines = internGapLines(a.lines, b.lines, gaps);
    pairAll({ ...lines, matches }, gaps);
    return matches;
}
/**
 * One pass: splits each gap into units on both sides, pairs equal units
 * within each gap, marks the lines of paired units in `matches`, and
 * returns the gaps of lines left between paired units.
 */
function pairUnits(a, b, gaps, split, matches) {
    const left = { starts: [], ends: [], keys: [] };
    const right = { starts: [], ends: [], keys: [] };
    const place = (into, units, high) => {
        const low = into.starts.length;
        units.starts.forEach((start, index) => {
            into.starts.push(start);
            into.ends.push(units.starts[index + 1] ?? high);
            into.keys.push(units.keys[index]);
        });
        return [low, into.starts.length];
    };
    const ranges = gaps.map((gap) => {
        const [aLow, aHigh] = place(left, split[0](a, gap.aLow, gap.aHigh), gap.aHigh);
        const [bLow, bHigh] = place(right, split[1](b, gap.bLow, gap.bHigh), gap.bHigh);
        return { aLow: aLow, aHigh: aHigh, bLow: bLow, bHigh: bHigh, depth: 0 };
    });
    const unitMatches = pairAll(internUnits(left.keys, right.keys), ranges.map((range) => ({ ...range })));
    const rest = [];
    const keep = (aLow, aHigh, bLow, bHigh) => {
        if (aLow < aHigh && bLow < bHigh) {
            rest.push({ aLow, aHigh, bLow, bHigh, depth: 0 });
        }
    };
    gaps.forEach((gap, index) => {
        const range = ranges[index];
        let [aLine, bLine] = [gap.aLow, gap.bLow];
        for (let unit = range.aLow; unit < range.aHigh; unit++) {
            const match = unitMatches[unit];
            if (match === -1)
                continue;
            const [from, to] = [left.starts[unit], right.starts[match]];
            keep(aLine, from, bLine, to);
            for (let line = from; line < left.ends[unit]; line++) {
                matches[line] = to + line - from;
            }
            ;
            [aLine, bLine] = [left.ends[unit], right.ends[match]];
        }
        keep(aLine, gap.aHigh, bLine, gap.bHigh);
    });
    return rest;
}
/**
 * Splits lines into units: a line indented less than RUN_INDENT is a unit
 * of its own, a run of lines indented more is one unit.
 */
function indentRuns(lines, low, high) {
    const starts = [];
    let inRun = false;
    for (let line = low; line < high; line++) {
        const deep = lines.indent(line, RUN_INDENT) === RUN_INDENT;
        if (!deep || !inRun)
            starts.push(line);
        inRun = deep;
    }
    const keys = starts.map((start, unit) => lines.span(start, starts[unit + 1] ?? high));
    return { starts, keys };
}
/**
 * A line as the diff compares it: a last line without a newline differs
 * from the same text with one, as in diff(1).
 */
function lineKey(lines, index) {
    const text = lines.line(index);
    return lines.isLastWithoutNewline(index) ? text + '\n' : text;
}
/** A text as units: runs of indented lines, and every other line. */
function line_diff_textSide(text) {
    const { starts, keys } = indentRuns(text, 0, text.count);
    const units = Int32Array.from([...starts, text.count]);
    return { lines: text, units, unitKeys: keys, coarse: false };
}
/** The units of both sides as ids: equal keys, equal ids. */
function internUnits(a, b) {
    const ids = new Map();
    const intern = (keys) => Int32Array.from(keys, (key) => {
        let id = ids.get(key);
        if (id === undefined)
            ids.set(key, (id = ids.size));
        return id;
    });
    return { a: intern(a), b: intern(b), distinct: ids.size };
}
/**
 * The lines inside the gaps as ids, equal lines by equal ids; lines outside
 * the gaps are never read and keep id 0.
 */
function internGapLines(a, b, gaps) {
    const ids = new Map();
    const [left, right] = [new Int32Array(a.count), new Int32Array(b.count)];
    const intern = (text, into, low, high) => {
        for (let line = low; line < high; line++) {
            const key = lineKey(text, line);
            let id = ids.get(key);
            if (id === undefined)
                ids.set(key, (id = ids.size));
            into[line] = id;
        }
    };
    for (const gap of gaps) {
        intern(a, left, gap.aLow, gap.aHigh);
        intern(b, right, gap.bLow, gap.bHigh);
    }
    return { a: left, b: right, distinct: ids.size };
}
/**
 * Pairs the items of the ranges given; `matches` (all -1 when left out)
 * holds the pairs already known and receives the new ones.
 */
function pairAll(sides, ranges) {
    const state = {
        a: sides.a,
        b: sides.b,
        matches: sides.matches ?? new Int32Array(sides.a.length).fill(-1),
        budget: 1_000_000 + 2 * WORK_PER_LINE * (sides.a.length + sides.b.length),
        anchors: new AnchorFinder(sides.distinct)
    };
    while (ranges.length > 0) {
        for (const rest of diffRange(ranges.pop(), state))
            ranges.push(rest);
    }
    return state.matches;
}
/** Pairs what it can in one range; returns the ranges still to diff. */
function diffRange(whole, state) {
    const range = trimEqualEnds(whole, state);
    const n = range.aHigh - range.aLow;
    const m = range.bHigh - range.bLow;
    if (n === 0 || m === 0)
        return [];
    const large = n + m > SMALL_RANGE;
    if (large && !state.anchors.shareAny(state.a, state.b, range))
        return [];
    if (large && range.depth < MAX_DEPTH) {
        const found = state.anchors.find(state.a, state.b, range);
        if (found.length > 0)
            return cutAtAnchors(range, found, state.matches);
    }
    const limit = large ? WORK_PER_LINE * (n + m) : Infinity;
    // A script needs at least |n - m| edits: past MAX_EDITS, Myers would only
    // spend the budget before it gave up.
    const hopeless = Math.abs(n - m) > MAX_EDITS;
    if (!hopeless && myers(range, state, limit))
        return [];
    if (!large || state.budget <= 0)
        return [];
    return halve(range);
}
/**
 * Cuts a range in two at the middle of each side: a guess that keeps
 * nearby lines together when a range is too costly to diff whole.
 */
function halve(range) {
    const aMiddle = (range.aLow + range.aHigh) >> 1;
    const bMiddle = (range.bLow + range.bHigh) >> 1;
    const depth = range.depth + 1;
    return [
        { ...range, aHigh: aMiddle, bHigh: bMiddle, depth },
        { ...range, aLow: aMiddle, bLow: bMiddle, depth }
    ];
}
/** Pairs the equal lines at both ends of a range and returns the rest. */
function trimEqualEnds(range, state) {
    const { a, b, matches } = state;
    let { aLow, aHigh, bLow, bHigh } = range;
    while (aLow < aHigh && bLow < bHigh && a[aLow] === b[bLow]) {
        matches[aLow++] = bLow++;
    }
    while (aLow < aHigh && bLow < bHigh && a[aHigh - 1] === b[bHigh - 1]) {
        matches[--aHigh] = --bHigh;
    }
    return { aLow, aHigh, bLow, bHigh, depth: range.depth };
}
/** Pairs the anchor lines and returns the gaps between them as ranges. */
function cutAtAnchors(range, anchors, matches) {
    const gaps = [];
    let [aLow, bLow] = [range.aLow, range.bLow];
    const depth = range.depth + 1;
    for (const [aAt, bAt] of anchors) {
        matches[aAt] = bAt;
        gaps.push({ aLow, aHigh: aAt, bLow, bHigh: bAt, depth });
        [aLow, bLow] = [aAt + 1, bAt + 1];
    }
    gaps.push({ aLow, aHigh: range.aHigh, bLow, bHigh: range.bHigh, depth });
    return gaps;
}
/**
 * Finds the lines that occur exactly once in each side of a range, and of
 * those the longest chain in the same order on both sides. Counters are
 * indexed by line id and reset after each use, so a range costs its size.
 */
class AnchorFinder {
    countA;
    countB;
    whereB;
    constructor(distinct) {
        this.countA = new Int32Array(distinct);
        this.countB = new Int32Array(distinct);
        this.whereB = new Int32Array(distinct);
    }
    /** Whether any item occurs on both sides of a range. */
    shareAny(a, b, range) {
        for (let i = range.aLow; i < range.aHigh; i++)
            this.countA[a[i]] = 1;
        let shared = false;
        for (let j = range.bLow; j < range.bHigh && !shared; j++) {
            shared = this.countA[b[j]] === 1;
        }
        for (let i = range.aLow; i < range.aHigh; i++)
            this.countA[a[i]] = 0;
        return shared;
    }
    /** The anchors of a range as [a index, b index] pairs, in order. */
    find(a, b, range) {
        for (let i = range.aLow; i < range.aHigh; i++)
            this.countA[a[i]]++;
        for (let j = range.bLow; j < range.bHigh; j++) {
            this.countB[b[j]]++;
            this.whereB[b[j]] = j;
        }
        const candidates = [];
        for (let i = range.aLow; i < range.aHigh; i++) {
            const id = a[i];
            if (this.countA[id] === 1 && this.countB[id] === 1) {
                candidates.push([i, this.whereB[id]]);
            }
        }
        for (let i = range.aLow; i < range.aHigh; i++)
            this.countA[a[i]] = 0;
        for (let j = range.bLow; j < range.bHigh; j++)
            this.countB[b[j]] = 0;
        const order = (0,increasing_run/* longestIncreasingRun */.R)(candidates.map(([, bAt]) => bAt));
        return order.map((index) => candidates[index]);
    }
}
/**
 * Myers' greedy O(ND) algorithm on one range: extends the furthest-reaching
 * path on every diagonal for edit distance d = 0, 1, 2, ... until one
 * reaches the end, then walks the saved frontiers back to pair the equal
 * lines. Gives up, pairing nothing, past MAX_EDITS or after `limit` work
 * or when the shared budget runs out; returns whether it finished.
 */
function myers(range, state, limit) {
    const { a, b } = state;
    const { aLow, bLow } = range;
    const n = range.aHigh - aLow;
    const m = range.bHigh - bLow;
    const maxD = Math.min(n + m, MAX_EDITS);
    const offset = maxD + 1;
    const frontier = new Int32Array(2 * maxD + 3);
    const trace = [];
    const stop = Math.max(0, state.budget - limit);
    for (let d = 0; d <= maxD && state.budget > stop; d++) {
        trace.push(frontier.slice(offset - d - 1, offset + d + 2));
        for (let k = -d; k <= d; k += 2) {
            const down = k === -d ||
                (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1]);
            let x = down ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1;
            let y = x - k;
            const start = x;
            while (x < n && y < m && a[aLow + x] === b[bLow + y]) {
                x++;
                y++;
            }
            state.budget -= 1 + x - start;
            frontier[offset + k] = x;
            if (x >= n && y >= m) {
                const pair = (x0, y0) => (state.matches[aLow + x0] = bLow + y0);
                walkBack(trace, n, m, pair);
                return true;
            }
        }
    }
    return false;
}
/**
 * Follows the saved frontiers from the end back to the start, reporting
 * every diagonal step (a pair of equal lines).
 */
function walkBack(trace, n, m, pair) {
    let [x, y] = [n, m];
    for (let d = trace.length - 1; d >= 0; d--) {
        const saved = trace[d];
        const at = (k) => saved[k + d + 1];
        const k = x - y;
        const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
        const previousK = down ? k + 1 : k - 1;
        const previousX = at(previousK);
        const previousY = previousX - previousK;
        while (x > previousX && y > previousY)
            pair(--x, --y);
        [x, y] = [previousX, previousY];
    }
}

;// CONCATENATED MODULE: ./src/diff/unified.ts



const EQUAL = 0;
const DELETE = 1;
const INSERT = 2;
const NO_NEWLINE = '\\ No newline at end of file';
/**
 * The line diff of two texts in unified format: `@@ -a,b +c,d @@` hunk
 * headers (a count of 1 is left out, as diff -u does), then the lines
 * prefixed with ' ', '-' or '+'. File headers (`---`, `+++`) are left to the
 * caller.
 */
function unifiedDiff(beforeText, afterText, options = {}) {
    const before = textSide(new TextLines(beforeText));
    const after = textSide(new TextLines(afterText));
    return diffSides(before, after, options);
}
/** The unified diff of two sides, whatever their lines are made of. */
function diffSides(before, after, options) {
    const ops = editScript(matchLines(before, after), after.lines.count);
    const output = new Output(options.maxLines ?? Infinity);
    // A fraction of a line would never end a hunk.
    const wanted = options.context ?? 3;
    const context = Number.isNaN(wanted) ? 3 : Math.max(0, Math.floor(wanted));
    writeHunks({
        ops,
        before: before.lines,
        after: after.lines,
        context,
        output
    });
    return {
        text: output.lines.join('\n'),
        truncated: output.omitted > 0,
        omitted: output.omitted
    };
}
/**
 * JSON text with two-space indentation and a final newline, as a file would
 * hold it and the unified diff shows it. Key order is the caller's: pass a
 * normalised config for sorted keys.
 */
function prettyJson(value) {
    return JSON.stringify(value, null, 2) + '\n';
}
/**
 * The unified diff of two connector configs as prettyJson prints them
 * normalised, so that it agrees with diffConfigs. A `before` of null
 * (never published) diffs against nothing. Neither text is built whole:
 * entities and flows equal on both sides are paired unprinted.
 */
function unifiedConfigDiff(before, after, options = {}) {
    const [from, to] = configSides(before, after);
    return diffSides(from, to, options);
}
/**
 * Turns the pairing of lines into one operation per output line: within a
 * changed stretch deletions come before insertions.
 */
function editScript(matches, afterLength) {
    const ops = new Uint8Array(matches.length + afterLength - countPairs(matches));
    let [i, j, p] = [0, 0, 0];
    while (i < matches.length || j < afterLength) {
        if (i < matches.length && matches[i] === -1) {
            ops[p++] = DELETE;
            i++;
        }
        else if (j < afterLength && (i >= matches.length || j < matches[i])) {
            ops[p++] = INSERT;
            j++;
        }
        else {
            ops[p++] = EQUAL;
            i++;
            j++;
        }
    }
    return ops;
}
/** How many lines are kept. */
function countPairs(matches) {
    let count = 0;
    for (const match of matches)
        if (match >= 0)
            count++;
    return count;
}
/** Collects output lines up to a limit and counts the ones left out. */
class Output {
    limit;
    lines = [];
    omitted = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /**
     * Adds a line made of a prefix and a text; returns its index, or -1 if
     * it was left out.
     */
    push(prefix, text = '') {
        if (this.lines.length >= this.limit) {
            this.omitted++;
            return -1;
        }
        return this.lines.push(prefix + text) - 1;
    }
    /** Adds a line of a text, cut out of it only if the line is kept. */
    pushLine(prefix, lines, index) {
        if (this.lines.length >= this.limit)
            this.omitted++;
        else
            this.lines.push(prefix + lines.line(index));
    }
}
/**
 * Writes the hunks: each change with `context` equal lines around it,
 * changes closer than twice the context sharing one hunk.
 */
function writeHunks(script) {
    let at = { op: 0, a: 0, b: 0 };
    let equalRun = 0;
    while (at.op < script.ops.length) {
        if (script.ops[at.op] !== EQUAL) {
            const lead = Math.min(script.context, equalRun);
            at = writeHunk(script, {
                op: at.op - lead,
                a: at.a - lead,
                b: at.b - lead
            });
            equalRun = 0;
            continue;
        }
        at = { op: at.op + 1, a: at.a + 1, b: at.b + 1 };
        equalRun++;
    }
}
/** Writes one hunk from its first context line; returns where it ended. */
function writeHunk(script, start) {
    const { ops, context, output } = script;
    const header = output.push('');
    const at = { ...start };
    while (ops[at.op] === EQUAL)
        writeLine(script, at);
    for (;;) {
        while (at.op < ops.length && ops[at.op] !== EQUAL)
            writeLine(script, at);
        let run = 0;
        while (at.op + run < ops.length && ops[at.op + run] === EQUAL)
            run++;
        const last = at.op + run === ops.length || run > 2 * context;
        const shown = last ? Math.min(run, context) : run;
        for (let line = 0; line < shown; line++)
            writeLine(script, at);
        if (last)
            break;
    }
    if (header >= 0) {
        const from = hunkRange(start.a, at.a - start.a);
        const to = hunkRange(start.b, at.b - start.b);
        output.lines[header] = `@@ -${from} +${to} @@`;
    }
    return at;
}
/** A hunk's start and length as diff -u writes them. */
function hunkRange(start, length) {
    if (length === 0)
        return `${start},0`;
    return length === 1 ? `${start + 1}` : `${start + 1},${length}`;
}
/** Writes the line under the cursor with its prefix, and moves on. */
function writeLine(script, at) {
    const { before, after, output } = script;
    const op = script.ops[at.op++];
    if (op === INSERT) {
        output.pushLine('+', after, at.b);
        if (after.isLastWithoutNewline(at.b++))
            output.push(NO_NEWLINE);
        return;
    }
    output.pushLine(op === DELETE ? '-' : ' ', before, at.a);
    if (before.isLastWithoutNewline(at.a++))
        output.push(NO_NEWLINE);
    if (op === EQUAL)
        at.b++;
}


/***/ }),

/***/ 2568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ cleanText),
/* harmony export */   au: () => (/* binding */ escapeUnsafe),
/* harmony export */   vp: () => (/* binding */ showValue)
/* harmony export */ });
/* unused harmony exports VALUE_LIMIT, cut */
/** How many code points a value may take in a changelog line. */
const VALUE_LIMIT = 80;
/**
 * Characters that must never reach a terminal or a comment raw: C0 and C1
 * controls (ANSI escapes among them), line and paragraph separators, and
 * the bidirectional overrides that can make text read differently from
 * what it is.
 */
const UNSAFE = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const ALL_UNSAFE = new RegExp(UNSAFE.source, 'gu');
/** A string that would read as another JSON value if shown bare. */
const LOOKS_LIKE_JSON = /^(true|false|null|-?\d[\d.eE+-]*|["{[].*)$/su;
/**
 * Shows a value in one short line: a plain string bare (`$.payload`) unless
 * it could be misread (empty, padded, `"3.0"`, `true`, or holding unsafe
 * characters), then as JSON; anything else as compact JSON. Unsafe
 * characters are escaped; the result is cut to `limit` code points with a
 * trailing `…`.
 */
function showValue(value, limit = VALUE_LIMIT) {
    const text = isBare(value) ? value : escapeUnsafe(JSON.stringify(value));
    return cut(text, limit);
}
/** Whether a string can be shown without quotes and still read right. */
function isBare(value) {
    if (typeof value !== 'string' || value === '' || value.trim() !== value) {
        return false;
    }
    return !UNSAFE.test(value) && !LOOKS_LIKE_JSON.test(value);
}
/**
 * Escapes unsafe characters as `\uXXXX`, which in JSON text (a value, a
 * line of the unified diff) keeps the meaning and shows what is there.
 */
function escapeUnsafe(text) {
    return text.replace(ALL_UNSAFE, (char) => '\\u' + char.charCodeAt(0).toString(16).padStart(4, '0'));
}
/**
 * Replaces unsafe characters in free text (a connector's name) by U+FFFD,
 * for places where an escape would read worse than a visible mark.
 */
function cleanText(text, limit = VALUE_LIMIT) {
    return cut(text.replace(ALL_UNSAFE, '\uFFFD'), limit);
}
/** Cuts a text to `limit` code points, marking the cut with `…`. */
function cut(text, limit) {
    if (text.length <= limit)
        return text;
    const points = Array.from(text);
    if (points.length <= limit)
        return text;
    return points.slice(0, Math.max(0, limit - 1)).join('') + '…';
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ GitHubError)
/* harmony export */ });
/** A GitHub call that failed, with a message that says what to do. */
class GitHubError extends Error {
    name = 'GitHubError';
    kind;
    /** The HTTP status, when GitHub answered. */
    status;
    constructor(kind, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.kind = kind;
        if (options.status !== undefined)
            this.status = options.status;
    }
    /**
     * True when the request may have been carried out although it failed
     * (a server error or a lost connection): a write must not be repeated
     * blindly after it.
     */
    get ambiguous() {
        return this.kind === 'transient' || this.kind === 'network';
    }
}


/***/ }),

/***/ 2161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ openGitHubApi)
});

// UNUSED EXPORTS: nextPage

;// CONCATENATED MODULE: ./src/github/api.ts
/** The login that writes with an Actions `GITHUB_TOKEN`. */
const ACTIONS_BOT = 'github-actions[bot]';

// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/failure.ts

/**
 * Turns whatever a GitHub request threw into a `GitHubError` whose message
 * says what failed (`what`, e.g. "list the comments of #7") and what to
 * do. Octokit reports a request that got no answer as status 500 without a
 * response: that is a network failure, not a server error.
 */
function classifyFailure(thrown, what, now) {
    const failure = (thrown ?? {});
    const status = typeof failure.status === 'number' ? failure.status : 0;
    if (status === 0 || failure.response === undefined) {
        const reason = networkReason(thrown);
        return {
            error: new errors/* GitHubError */.y('network', `GitHub: could not ${what}: no answer (${reason})`, { cause: thrown })
        };
    }
    const headers = failure.response.headers ?? {};
    const said = gitHubMessage(failure);
    if (isRateLimit(status, headers, said)) {
        const result = {
            error: new errors/* GitHubError */.y('rate-limited', `GitHub: could not ${what}: rate limited (${status} ${said})`, { status, cause: thrown })
        };
        const wait = rateLimitWait(headers, now);
        if (wait !== undefined)
            result.retryAfterMs = wait;
        return result;
    }
    return { error: statusError(status, what, said, thrown) };
}
function statusError(status, what, said, cause) {
    const head = `GitHub: could not ${what}: ${status} ${said}`;
    const options = { status, cause };
    if (status === 401) {
        return new errors/* GitHubError */.y('unauthorized', `${head}: the github-token is not valid; pass a current token`, options);
    }
    if (status === 403) {
        return new errors/* GitHubError */.y('forbidden', `${head}: the token may not do this; give the job the permission (e.g. pull-requests: write) or pass another github-token`, options);
    }
    if (status === 404)
        return new errors/* GitHubError */.y('not-found', head, options);
    if ([500, 502, 503, 504].includes(status)) {
        return new errors/* GitHubError */.y('transient', head, options);
    }
    return new errors/* GitHubError */.y('invalid', head, options);
}
/**
 * GitHub signals its primary limit with 403 or 429 and
 * `x-ratelimit-remaining: 0`, its secondary limit with 403 or 429, a
 * `Retry-After` header and a message naming it.
 */
function isRateLimit(status, headers, said) {
    if (status === 429)
        return true;
    if (status !== 403)
        return false;
    return (header(headers, 'retry-after') !== undefined ||
        header(headers, 'x-ratelimit-remaining') === '0' ||
        /rate limit/i.test(said));
}
/** The wait GitHub asked for, in milliseconds. */
function rateLimitWait(headers, now) {
    const after = header(headers, 'retry-after');
    if (after !== undefined && /^\d+$/.test(after.trim())) {
        return Number(after.trim()) * 1000;
    }
    const reset = header(headers, 'x-ratelimit-reset');
    if (header(headers, 'x-ratelimit-remaining') === '0' &&
        reset !== undefined &&
        /^\d+$/.test(reset.trim())) {
        return Math.max(0, Number(reset.trim()) * 1000 - now);
    }
    return undefined;
}
function header(headers, name) {
    const value = headers[name];
    return value === undefined ? undefined : String(value);
}
/** GitHub's own words: the `message` of its error body. */
function gitHubMessage(failure) {
    const data = failure.response?.data;
    if (typeof data === 'object' && data !== null && 'message' in data) {
        const message = data.message;
        if (typeof message === 'string')
            return oneLine(message);
    }
    return typeof failure.message === 'string' ? oneLine(failure.message) : '';
}
/** The innermost reason a request got no answer, e.g. ECONNREFUSED. */
function networkReason(thrown) {
    let current = thrown;
    for (let depth = 0; depth < 5 && current; depth++) {
        if (typeof current.code === 'string')
            return current.code;
        if (current.cause === undefined)
            break;
        current = current.cause;
    }
    const message = thrown?.message;
    return typeof message === 'string' ? oneLine(message) : 'unknown error';
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

;// CONCATENATED MODULE: ./src/github/retry.ts
/** Defaults: three retries, backoff from one second, waits up to a minute. */
const DEFAULT_RETRY = {
    retries: 3,
    maxWaitMs: 60_000,
    backoffMs: 1_000
};
/**
 * Runs a call until it succeeds, fails for good, or runs out of retries.
 * Rate limits are always retried after the wait GitHub asks for; server
 * errors and lost connections only when `idempotent`, since a write may
 * have gone through before its answer was lost.
 */
async function withRetry(attempt, classify, policy, idempotent) {
    for (let retry = 1;; retry++) {
        try {
            return await attempt();
        }
        catch (thrown) {
            const failure = classify(thrown);
            const wait = waitBeforeRetry(failure, policy, retry, idempotent);
            if (wait === undefined)
                throw failure.error;
            policy.logger.debug(`${failure.error.message}; retry ${retry} of ${policy.retries} in ${wait} ms`);
            await policy.sleep(wait);
        }
    }
}
/** The wait before retry number `retry`, or undefined to give up. */
function waitBeforeRetry(failure, policy, retry, idempotent) {
    const { error } = failure;
    if (retry > policy.retries || !retryable(error, idempotent))
        return undefined;
    const backoff = Math.min(8 * policy.backoffMs, policy.backoffMs * 2 ** (retry - 1));
    const wait = failure.retryAfterMs ?? backoff;
    if (wait > policy.maxWaitMs) {
        error.message += `; GitHub asks to wait ${Math.ceil(wait / 1000)} s, longer than the ${Math.round(policy.maxWaitMs / 1000)} s the action waits: re-run the job later`;
        return undefined;
    }
    return wait;
}
function retryable(error, idempotent) {
    if (error.kind === 'rate-limited')
        return true;
    return idempotent && error.ambiguous;
}

;// CONCATENATED MODULE: ./src/github/octokit-api.ts




/** The most pages of comments read: 30,000 comments at 100 a page. */
const MAX_PAGES = 300;
/**
 * Opens the GitHub API of a repository through `@actions/github`, which is
 * loaded here, on first use, so that a plain validation never pays for it.
 */
async function openGitHubApi(options) {
    const [owner, repo] = options.repository.split('/');
    if (!owner || !repo) {
        throw new errors/* GitHubError */.y('invalid', `GitHub: the repository "${options.repository}" is not owner/name: check GITHUB_REPOSITORY`);
    }
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(options.token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        log: octokitLog(options.logger)
    });
    const policy = {
        ...DEFAULT_RETRY,
        sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
        now: () => Date.now(),
        logger: options.logger,
        ...options.retry
    };
    return new OctokitApi(octokit, { owner, repo }, policy, options);
}
/** `GitHubApi` over Octokit, each call bounded in time and retried. */
class OctokitApi {
    octokit;
    repo;
    policy;
    login;
    timeoutMs;
    origin;
    constructor(octokit, repo, policy, options) {
        this.octokit = octokit;
        this.repo = repo;
        this.policy = policy;
        this.timeoutMs = options.timeoutMs ?? 30_000;
        this.origin = new URL(options.apiUrl).origin;
    }
    async whoAmI() {
        if (this.login !== undefined)
            return this.login;
        try {
            const response = await this.call('read the token user', true, (request) => this.octokit.rest.users.getAuthenticated({ request }));
            this.login = response.data.login;
        }
        catch (error) {
            if (!(error instanceof errors/* GitHubError */.y) || error.kind !== 'forbidden') {
                throw error;
            }
            this.policy.logger.debug(`GET /user is forbidden for this token, as for an Actions GITHUB_TOKEN: taking ${ACTIONS_BOT} as the token's user`);
            this.login = ACTIONS_BOT;
        }
        return this.login;
    }
    async listIssueComments(issue) {
        const what = `list the comments of #${issue}`;
        const comments = [];
        let response = await this.page(what, (request) => this.octokit.rest.issues.listComments({
            ...this.repo,
            issue_number: issue,
            per_page: 100,
            request
        }));
        for (let page = 1;; page++) {
            comments.push(...response.data.map(toComment));
            const next = nextPage(response.link);
            if (next === undefined)
                return comments;
            this.checkNext(next, page, what);
            response = await this.page(what, (request) => this.octokit.request({ method: 'GET', url: next, request }));
        }
    }
    async createIssueComment(issue, body) {
        const response = await this.call(`comment on #${issue}`, false, (request) => this.octokit.rest.issues.createComment({
            ...this.repo,
            issue_number: issue,
            body,
            request
        }));
        return toComment(response.data);
    }
    async updateIssueComment(id, body) {
        const response = await this.call(`update comment ${id}`, true, (request) => this.octokit.rest.issues.updateComment({
            ...this.repo,
            comment_id: id,
            body,
            request
        }));
        return toComment(response.data);
    }
    async pullRequestsForCommit(sha) {
        const response = await this.call(`find the pull requests of commit ${sha}`, true, (request) => this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
            ...this.repo,
            commit_sha: sha,
            request
        }));
        return response.data.map(toPullRequest);
    }
    /** One page of a list, as its items and its `Link` header. */
    async page(what, send) {
        const response = await this.call(what, true, send);
        if (!Array.isArray(response.data)) {
            throw new errors/* GitHubError */.y('bad-response', `GitHub: could not ${what}: the answer is not a list`);
        }
        return { data: response.data, link: response.headers.link };
    }
    /** One call with its own timeout per attempt, retried by the policy. */
    call(what, idempotent, send) {
        return withRetry(() => send({ signal: AbortSignal.timeout(this.timeoutMs) }), (thrown) => classifyFailure(thrown, what, this.policy.now()), this.policy, idempotent);
    }
    /**
     * Follows a `next` link only to the API it came from, since the token
     * goes with it, and only so far, since a server that always links on
     * would hold the job forever.
     */
    checkNext(next, page, what) {
        if (new URL(next).origin !== this.origin) {
            throw new errors/* GitHubError */.y('bad-response', `GitHub: could not ${what}: the next page is on another host (${new URL(next).origin}); the token is not sent there`);
        }
        if (page >= MAX_PAGES) {
            throw new errors/* GitHubError */.y('bad-response', `GitHub: could not ${what}: more than ${MAX_PAGES} pages of comments`);
        }
    }
}
/** The `rel="next"` target of a `Link` header. */
function nextPage(link) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const match = /<([^>]*)>\s*;\s*rel="?next"?/.exec(part);
        if (match)
            return match[1];
    }
    return undefined;
}
function toComment(data) {
    const wire = (data ?? {});
    return {
        id: typeof wire.id === 'number' ? wire.id : 0,
        body: typeof wire.body === 'string' ? wire.body : '',
        author: typeof wire.user?.login === 'string' ? wire.user.login : '',
        url: typeof wire.html_url === 'string' ? wire.html_url : ''
    };
}
function toPullRequest(data) {
    const wire = (data ?? {});
    return {
        number: typeof wire.number === 'number' ? wire.number : 0,
        state: typeof wire.state === 'string' ? wire.state : '',
        mergedAt: typeof wire.merged_at === 'string' ? wire.merged_at : null,
        headSha: typeof wire.head?.sha === 'string' ? wire.head.sha : '',
        baseRef: typeof wire.base?.ref === 'string' ? wire.base.ref : ''
    };
}
/** Octokit's own log lines (deprecations) go to the action's debug log. */
function octokitLog(logger) {
    return {
        debug: (message) => logger.debug(message),
        info: (message) => logger.debug(message),
        warn: (message) => logger.debug(message),
        error: (message) => logger.debug(message)
    };
}


/***/ }),

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ upsertComment),
/* harmony export */   r: () => (/* binding */ findOwnComment)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);

/**
 * Finds the comment of this action among every page of an issue's
 * comments: the oldest that begins with `marker` and was written by the
 * token's own user. Comments by anyone else are never trusted, whatever
 * they hold, since anyone may paste a marker into a comment; and a marker
 * inside a comment is not ours either, since a comment may quote a config.
 */
async function findOwnComment(api, issue, marker) {
    const author = await api.whoAmI();
    const comments = await api.listIssueComments(issue);
    return comments.find((comment) => comment.author === author && comment.body.startsWith(marker));
}
/**
 * Keeps one comment per marker on an issue: updates it in place when it
 * exists, creates it otherwise. A 403 is an outcome, not an error, since a
 * token that may not comment (a fork's) must not fail the run.
 */
async function upsertComment(api, issue, marker, body, logger) {
    try {
        const existing = await findOwnComment(api, issue, marker);
        if (existing !== undefined) {
            logger.debug(`updating comment ${existing.id} on #${issue}`);
            const comment = await api.updateIssueComment(existing.id, body);
            return { status: 'updated', comment };
        }
        const comment = await createOnce(api, issue, marker, body, logger);
        return { status: 'created', comment };
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y && error.kind === 'forbidden') {
            return { status: 'forbidden', message: error.message };
        }
        throw error;
    }
}
/**
 * Creates the comment. After an answer that leaves open whether it was
 * made, looks again before one more try, so that a lost answer never
 * leaves two comments behind.
 */
async function createOnce(api, issue, marker, body, logger) {
    try {
        return await api.createIssueComment(issue, body);
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y) || !error.ambiguous)
            throw error;
        logger.debug(`${error.message}; looking whether the comment was made`);
        const made = await findOwnComment(api, issue, marker);
        if (made !== undefined)
            return api.updateIssueComment(made.id, body);
        return api.createIssueComment(issue, body);
    }
}


/***/ }),

/***/ 1025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DZ: () => (/* binding */ locToPointer),
/* harmony export */   XD: () => (/* binding */ detailToProblems)
/* harmony export */ });
/* unused harmony exports BACKEND_REJECTED, pointerToLoc */
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
    for (const segment of parsePointer(pointer)) {
        if (Array.isArray(value) && /^(0|[1-9][0-9]*)$/.test(segment)) {
            loc.push(Number(segment));
            value = value[Number(segment)];
        }
        else {
            loc.push(segment);
            value =
                isObject(value) && Object.hasOwn(value, segment)
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

/***/ 4366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ PlugSyncClient)
});

// EXTERNAL MODULE: ./src/config/normalise.ts
var normalise = __webpack_require__(7028);
// EXTERNAL MODULE: ./src/plugsync/api-contract.ts
var api_contract = __webpack_require__(6886);
;// CONCATENATED MODULE: ./src/plugsync/api-url.ts
/**
 * Checks an `api-url` before any request carries the token to it: it must
 * be an absolute `https://` URL, or `http://` on a loopback address (the
 * local sandbox), with no credentials, query or fragment. Returns a message
 * saying what is wrong and what to do, or undefined when the URL is fine.
 */
function checkApiUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return `api-url "${quoteUrl(url)}" is not an absolute URL: use e.g. https://app.plugsync.com/api`;
    }
    const shown = quoteUrl(url);
    if (parsed.username !== '' || parsed.password !== '') {
        return `api-url "${shown}" contains credentials: remove them, the token goes in its own input`;
    }
    if (parsed.search !== '' || parsed.hash !== '') {
        return `api-url "${shown}" has a query or fragment: give only the base URL, e.g. https://app.plugsync.com/api`;
    }
    if (parsed.protocol === 'https:')
        return undefined;
    if (parsed.protocol === 'http:' && isLoopback(parsed.hostname)) {
        return undefined;
    }
    if (parsed.protocol === 'http:') {
        return `api-url "${shown}" uses plain http to a host that is not loopback: use https:// (http is allowed only for 127.0.0.1, ::1 and localhost, e.g. the local sandbox)`;
    }
    return `api-url "${shown}" is not an http(s) URL: use https://, e.g. https://app.plugsync.com/api`;
}
/** Tells whether a URL host names this machine: 127.0.0.0/8, ::1, localhost. */
function isLoopback(hostname) {
    const host = hostname.toLowerCase();
    if (host === 'localhost' || host === '[::1]')
        return true;
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
/**
 * The URL as it may be quoted in a message: without a password, which
 * would otherwise leak through the very error that refuses it.
 */
function quoteUrl(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@?#]*@/i, '$1***@');
}

// EXTERNAL MODULE: ./src/plugsync/errors.ts
var errors = __webpack_require__(6844);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/plugsync/error-body.ts
/**
 * How many bytes of a failed answer's body the client reads. A 422's list
 * of problems and the start a message quotes both fit with room to spare,
 * while a huge or endless error page costs neither the memory nor the time
 * to download it.
 */
const ERROR_BODY_LIMIT = 64 * 1024;
/**
 * Reads a body up to `limit` bytes and cancels the rest of the stream, so
 * the connection is closed instead of draining a body nobody will read. A
 * character cut in half by the limit is left out rather than garbled.
 */
async function readBodyStart(response, limit = ERROR_BODY_LIMIT) {
    if (response.body === null)
        return { text: '', truncated: false };
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let text = '';
    let bytes = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            return { text: text + decoder.decode(), truncated: false };
        const room = limit - bytes;
        if (value.byteLength > room) {
            text += decoder.decode(value.subarray(0, room), { stream: true });
            await reader.cancel();
            return { text, truncated: true };
        }
        bytes += value.byteLength;
        text += decoder.decode(value, { stream: true });
    }
}

;// CONCATENATED MODULE: ./src/plugsync/retry.ts
/** Statuses that say "try again later" rather than "this is wrong". */
const RETRY_STATUSES = new Set([
    429, 500, 502, 503, 504
]);
/** The ceiling of the first backoff; each retry doubles it. */
const BACKOFF_BASE_MS = 500;
/** No backoff waits longer than this, however many retries came before. */
const BACKOFF_MAX_MS = 8_000;
/**
 * The longest `Retry-After` the client waits for. A server that asks for
 * more is answered with an error that says when to re-run, rather than a
 * run that hangs or retries too early only to be refused again.
 */
const RETRY_AFTER_CAP_MS = 60_000;
/**
 * The wait before a retry (1 for the first), with "equal jitter": half the
 * exponential ceiling, plus a random share of the other half, so clients
 * that failed together do not retry together.
 */
function backoffDelay(retry, random) {
    const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (retry - 1));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
/**
 * A `Retry-After` header in milliseconds: delta-seconds or an HTTP date.
 * Undefined when absent or unreadable, so that backoff applies instead.
 */
function parseRetryAfter(header, now = Date.now()) {
    if (header === null)
        return undefined;
    const value = header.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    // An HTTP date names its weekday; Date.parse alone would take "-5".
    if (!/^[A-Z][a-z]{2},? /.test(value))
        return undefined;
    const date = Date.parse(value);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/** Waits for a number of milliseconds; the default `sleep` of the client. */
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

// EXTERNAL MODULE: ./src/plugsync/backend-detail.ts
var backend_detail = __webpack_require__(1025);
// EXTERNAL MODULE: ./src/report/describe.ts
var describe = __webpack_require__(313);
;// CONCATENATED MODULE: ./src/plugsync/failures.ts







/** How many characters of an unexpected body a message quotes. */
const QUOTE_LENGTH = 120;
/** The kind and the words of each status the contract names. */
const BY_STATUS = {
    401: [
        'unauthorized',
        (call, facts) => `PlugSync refused the token (401) trying to ${call.what}: the token is missing, wrong or expired; check ${facts.hints.token}`
    ],
    403: [
        'forbidden',
        (_, facts) => `the token has no access to ${facts.subject} (403): check that the token belongs to the right PlugSync org`
    ],
    404: [
        'not-found',
        (call) => `${call.notFound ?? `PlugSync found nothing at ${call.path}`} (404): check the connector id and that api-url points at the right PlugSync`
    ],
    409: [
        'conflict',
        (call, facts) => `${call.conflict ?? `PlugSync refused to ${call.what} (409 Conflict)`}${reason(facts.body)}`
    ],
    412: [
        'precondition-failed',
        (_, facts) => `the draft of ${facts.subject} changed since it was read (412): someone else wrote to it in between; re-run to read it again and review what changed`
    ],
    413: [
        'too-large',
        (call) => `the config is larger than PlugSync accepts (413), trying to ${call.what}: make it smaller or split it`
    ],
    429: [
        'rate-limited',
        (call, facts) => `PlugSync kept rate-limiting the requests to ${call.what} (429)${times(facts.attempts)}: wait a minute and re-run, or lower ${facts.hints.concurrency}`
    ]
};
const TRANSIENT = [
    'transient',
    (call, facts) => `PlugSync failed to ${call.what} with ${facts.code}${times(facts.attempts)}: PlugSync, or a proxy in front of it, is having trouble; re-run later. The response began ${quoteStart(facts.text)}`
];
const UNEXPECTED = [
    'bad-response',
    (call, facts) => `PlugSync answered ${call.method} ${call.path} with an unexpected ${facts.code}, trying to ${call.what}: check api-url. The response began ${quoteStart(facts.text)}`
];
/**
 * The error for a response whose status says the request failed, in words
 * that say what happened and what to do. `attempts` counts the requests
 * made, retries included.
 */
function statusError(call, answer, attempts, hints) {
    const { status, text, body } = answer;
    const id = call.connectorId;
    const details = { status, connectorId: id };
    if (status === 422 && answer.truncated === true) {
        return cutInvalidError(call, text, details);
    }
    if (status === 422)
        return invalidError(call, body, text, details);
    const [kind, describe] = BY_STATUS[status] ?? (status >= 500 ? TRANSIENT : UNEXPECTED);
    const facts = {
        subject: id === undefined ? 'this PlugSync org' : `connector ${id}`,
        code: `${status} ${external_node_http_.STATUS_CODES[status] ?? ''}`.trim(),
        text,
        body,
        attempts,
        hints
    };
    return new errors/* PlugSyncError */.i8(kind, describe(call, facts), details);
}
/**
 * The error for a failed answer: the status's own words, unless the server
 * asked, with `Retry-After`, for a longer wait than the client gives; then
 * the message says when to re-run.
 */
function answerError(call, answer, attempts, hints) {
    const { status, headers } = answer;
    const waitMs = parseRetryAfter(headers.get(api_contract/* HEADERS */.d0.retryAfter));
    if (RETRY_STATUSES.has(status) &&
        waitMs !== undefined &&
        waitMs > RETRY_AFTER_CAP_MS) {
        return new errors/* PlugSyncError */.i8(status === 429 ? 'rate-limited' : 'transient', `PlugSync asked to wait ${Math.ceil(waitMs / 1000)} s before trying to ${call.what} again (${status} with Retry-After), longer than the ${RETRY_AFTER_CAP_MS / 1000} s this run waits: re-run after that time`, { status, connectorId: call.connectorId });
    }
    return statusError(call, answer, attempts, hints);
}
/** The error for a request that got no answer in time. */
function timeoutError(call, timeoutMs, attempts, hints) {
    return new errors/* PlugSyncError */.i8('timeout', `PlugSync did not answer ${call.method} ${call.path} within ${timeoutMs} ms${times(attempts)}, trying to ${call.what}: re-run later, or raise ${hints.timeout}`, { connectorId: call.connectorId });
}
/** The error for a connection that failed or broke off mid-answer. */
function networkError(call, cause, attempts) {
    const tls = tlsProblem(cause);
    if (tls !== undefined) {
        return new errors/* PlugSyncError */.i8('network', `could not ${call.what}: ${tls}`, {
            connectorId: call.connectorId,
            cause
        });
    }
    return new errors/* PlugSyncError */.i8('network', `could not ${call.what}: the connection to PlugSync failed (${describeCause(cause)})${times(attempts)}; check api-url and the network, then re-run`, { connectorId: call.connectorId, cause });
}
/** The error for a success status whose body is not what the API returns. */
function badBodyError(call, status, text, problem) {
    return new errors/* PlugSyncError */.i8('bad-response', `PlugSync answered ${call.method} ${call.path} with ${status} but ${problem}, trying to ${call.what}: a proxy may be in the way; check api-url. The response began ${quoteStart(text)}`, { status, connectorId: call.connectorId });
}
/** The error for a redirect the client will not follow. */
function redirectError(call, status, why) {
    return new errors/* PlugSyncError */.i8('bad-response', `PlugSync answered ${call.method} ${call.path} with a redirect (${status}) ${why}, trying to ${call.what}: if PlugSync moved, set api-url to its new address`, { status, connectorId: call.connectorId });
}
/**
 * The first characters of a body, quoted on one line, so that an HTML
 * page from a proxy or a cut-off body shows up as what it is.
 */
function quoteStart(text) {
    if (text.trim() === '')
        return 'with an empty body';
    // Mask secrets before cutting: a cut can leave a token no longer whole.
    // Then only a start goes on (a body may be 128 MiB): room for the quote
    // even if most of it is whitespace that collapses.
    const masked = (0,errors/* redact */.E$)(text);
    const start = masked.slice(0, 64 * QUOTE_LENGTH);
    const chars = [...start.replace(/\s+/g, ' ').trim()];
    const more = chars.length > QUOTE_LENGTH || start.length < masked.length;
    return (JSON.stringify(chars.slice(0, QUOTE_LENGTH).join('')) + (more ? '…' : ''));
}
function invalidError(call, body, text, facts) {
    const detail = (0,api_contract/* validationDetail */.$s)(body);
    if (detail === undefined || detail.length === 0) {
        return new errors/* PlugSyncError */.i8('invalid', `PlugSync rejected the request to ${call.what} (422) without saying where: the response began ${quoteStart(text)}`, facts);
    }
    return new errors/* PlugSyncError */.i8('invalid', `PlugSync rejected the config of ${call.connectorId ?? 'the connector'} (422) with ${(0,describe/* countOf */.pq)(detail.length, 'problem')}: ${summarise(detail)}; fix the config and re-run`, { ...facts, detail });
}
/**
 * A 422 longer than the client reads of a failure: its list of problems
 * is cut off, so the message says that rather than "without saying where".
 */
function cutInvalidError(call, text, facts) {
    return new errors/* PlugSyncError */.i8('invalid', `PlugSync rejected the request to ${call.what} (422) with an answer longer than the ${ERROR_BODY_LIMIT / 1024} KiB this client reads of a refusal, so it cannot show where the problems are: check the config with plugsync-config validate, fix what it reports, and re-run. The response began ${quoteStart(text)}`, facts);
}
function summarise(detail) {
    const shown = detail
        .slice(0, 3)
        .map((item) => `${item.msg} at ${(0,backend_detail/* locToPointer */.DZ)(item.loc) || '/'}`);
    if (detail.length > 3)
        shown.push(`and ${detail.length - 3} more`);
    return shown.join('; ');
}
function reason(body) {
    const text = (0,api_contract/* detailText */.HS)(body);
    return text === undefined ? '' : `: PlugSync says "${text}"`;
}
function times(attempts) {
    return attempts > 1 ? ` after ${(0,describe/* countOf */.pq)(attempts, 'attempt')}` : '';
}
/**
 * What went wrong in TLS, said plainly, or undefined for any other failure.
 * These fail the same way every time, so they are not retried.
 */
function tlsProblem(cause) {
    const inner = innerCause(cause);
    const code = typeof inner?.code === 'string' ? inner.code : '';
    if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'EPROTO') {
        return `the server did not answer in TLS (${code}), so api-url is https:// but the server speaks plain http: use http:// for a sandbox on this machine, or check the address`;
    }
    if (CERTIFICATE_CODES.has(code) || code.startsWith('ERR_TLS_CERT')) {
        return `the server's TLS certificate was refused (${code}: ${inner?.message}): check api-url; behind a proxy that re-signs TLS, give Node its CA certificate with NODE_EXTRA_CA_CERTS`;
    }
    return undefined;
}
/** The codes Node gives a certificate it does not trust. */
const CERTIFICATE_CODES = new Set([
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE'
]);
/** The socket's error that fetch wraps ("fetch failed", cause ECONNRESET). */
function innerCause(cause) {
    if (!(0,errors/* isErrorLike */.u7)(cause))
        return undefined;
    return (0,errors/* isErrorLike */.u7)(cause.cause) ? cause.cause : cause;
}
function describeCause(cause) {
    const inner = innerCause(cause);
    if (inner === undefined)
        return String(cause);
    const code = typeof inner.code === 'string' ? inner.code : undefined;
    return code && !inner.message.includes(code)
        ? `${code}: ${inner.message}`
        : inner.message;
}

;// CONCATENATED MODULE: ./src/plugsync/hints.ts
/** The action's words, the client's default. */
const ACTION_HINTS = {
    token: 'the plugsync-token input',
    timeout: 'the timeout input',
    concurrency: 'the concurrency input'
};

;// CONCATENATED MODULE: ./src/plugsync/publish.ts




/**
 * Publishes a connector's draft without ever repeating the POST blindly. A
 * failure that may have reached PlugSync (a 5xx, a 429, a timeout, a broken
 * connection) is followed by a read of the active version: if it moved
 * since before the POST, the publish happened and its version is returned
 * as recovered; if not, the POST is repeated, within the retry budget.
 */
async function publishWithRecovery(context) {
    const { id, transport, logger } = context;
    const call = {
        method: 'POST',
        path: api_contract/* paths */.f0.publish(id),
        what: `publish connector ${id}`,
        connectorId: id,
        notFound: `PlugSync has no connector ${id}`,
        conflict: `nothing to publish for connector ${id} (409): its draft equals the active version`,
        retry: false,
        passStatuses: [...RETRY_STATUSES]
    };
    const before = (await context.getConnector(id)).activeVersion;
    for (let attempt = 1;; attempt++) {
        const outcome = await sendOnce(transport, call);
        if ('response' in outcome && outcome.response.status < 300) {
            const wire = context.parse(call, outcome.response);
            return { version: wire.version, publishedAt: wire.published_at };
        }
        const failure = failureOf(call, outcome, attempt, context.hints);
        const active = await activeAfter(context, failure);
        if (active !== null && active.version !== before) {
            logger.info(`PlugSync: publishing connector ${id} failed ambiguously (${failure.kind}) but v${active.version} is now active: the publish went through`);
            return {
                version: active.version,
                publishedAt: active.publishedAt,
                recovered: true
            };
        }
        const headers = 'response' in outcome ? outcome.response.headers : undefined;
        const waitMs = attempt <= context.retries
            ? transport.waitBefore(attempt, headers)
            : undefined;
        if (waitMs === undefined)
            throw notPublished(failure, before);
        logger.info(`PlugSync: publishing connector ${id} failed (${failure.kind}) and the active version did not move; retry ${attempt} of ${context.retries} in ${waitMs} ms`);
        await context.sleep(waitMs);
    }
}
/**
 * One POST. Errors that cannot have published anything (401, 404, 409,
 * 422, ...) are thrown; only the ambiguous ones come back as outcomes.
 */
async function sendOnce(transport, call) {
    try {
        return { response: await transport.send(call) };
    }
    catch (error) {
        const ambiguous = error instanceof errors/* PlugSyncError */.i8 &&
            (error.kind === 'network' || error.kind === 'timeout');
        if (!ambiguous)
            throw error;
        return { error };
    }
}
function failureOf(call, outcome, attempt, hints) {
    return 'error' in outcome
        ? outcome.error
        : answerError(call, outcome.response, attempt, hints);
}
/** Reads the active version after a failed POST, or says nobody can tell. */
async function activeAfter(context, failure) {
    try {
        return await context.getActiveVersion(context.id);
    }
    catch (error) {
        const reason = (0,errors/* isErrorLike */.u7)(error) ? error.message : String(error);
        throw new errors/* PlugSyncError */.i8(failure.kind, `could not tell whether connector ${context.id} was published: ${failure.message}; reading the active version afterwards failed too: ${reason}. Look at the connector's versions in the PlugSync dashboard before publishing again`, { status: failure.status, connectorId: context.id, cause: error });
    }
}
function notPublished(failure, before) {
    const active = before === null ? 'none' : `v${before}`;
    return new errors/* PlugSyncError */.i8(failure.kind, `${failure.message} (the active version is still ${active}, so nothing was published)`, { status: failure.status, connectorId: failure.connectorId, cause: failure });
}

// EXTERNAL MODULE: ./src/discover/file-content.ts + 1 modules
var file_content = __webpack_require__(3635);
// EXTERNAL MODULE: ./src/json/json-stream.ts
var json_stream = __webpack_require__(2343);
;// CONCATENATED MODULE: ./src/plugsync/json-body.ts


/**
 * Reads a success body up to `limit` bytes, parsing it as it arrives, so
 * that a config of megabytes is never held as text next to its value.
 * Keeps the start of the text, which is all a message quotes; stops at the
 * first byte that shows the body is not JSON, or beyond the limit.
 */
async function readJsonBody(response, limit) {
    if (response.body === null)
        return { text: '', truncated: false };
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const parser = new json_stream/* JsonStream */.B5();
    let start = '';
    let bytes = 0;
    const take = (piece) => {
        if (start.length < ERROR_BODY_LIMIT) {
            start += piece.slice(0, ERROR_BODY_LIMIT - start.length);
        }
        parser.push(piece);
    };
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            bytes += value.byteLength;
            if (bytes > limit) {
                await reader.cancel();
                return { text: start, truncated: true };
            }
            take(decoder.decode(value, { stream: true }));
        }
        take(decoder.decode());
        return { text: start, truncated: false, parsed: { value: parser.end() } };
    }
    catch (error) {
        if (!(error instanceof json_stream/* JsonStreamError */.l1))
            throw error;
        await reader.cancel();
        return { text: start, truncated: false };
    }
}

;// CONCATENATED MODULE: ./src/plugsync/transport.ts







const MAX_REDIRECTS = 5;
/**
 * Sends requests to the PlugSync API: one timeout per attempt, retries with
 * backoff for the calls that allow them, redirects followed only within the
 * API's origin, and every failure turned into a PlugSyncError.
 */
class Transport {
    options;
    constructor(options) {
        this.options = options;
    }
    /** Sends a call until it succeeds or may not be retried any more. */
    async send(call) {
        const { retries, logger } = this.options;
        let ambiguous = false;
        for (let attempt = 1;; attempt++) {
            const outcome = await this.attempt(call, attempt);
            const waitMs = this.retryDelay(call, outcome, attempt, retries);
            if (waitMs === undefined) {
                return this.finish(call, outcome, attempt, ambiguous);
            }
            logger.info(`PlugSync: ${call.method} ${call.path} ${summary(outcome)}; retry ${attempt} of ${retries} in ${waitMs} ms`);
            ambiguous ||= !('status' in outcome) || outcome.status !== 429;
            await this.options.sleep(waitMs);
        }
    }
    /**
     * How long to wait before the next attempt, or undefined to stop. A
     * `Retry-After` longer than the cap stops at once: the caller learns
     * when to re-run instead of a run that waits for an hour.
     */
    retryDelay(call, outcome, attempt, retries) {
        if (!call.retry || attempt > retries)
            return undefined;
        if ('error' in outcome) {
            return outcome.retriable
                ? backoffDelay(attempt, this.options.random)
                : undefined;
        }
        if (!RETRY_STATUSES.has(outcome.status))
            return undefined;
        return this.waitBefore(attempt, outcome.headers);
    }
    /**
     * The wait before retry number `retry`: the server's `Retry-After` when it
     * gave one, else jittered backoff; undefined when the server asks for
     * more than the cap.
     */
    waitBefore(retry, headers) {
        const retryAfter = parseRetryAfter(headers?.get(api_contract/* HEADERS */.d0.retryAfter) ?? null);
        if (retryAfter !== undefined && retryAfter > RETRY_AFTER_CAP_MS) {
            return undefined;
        }
        return retryAfter ?? backoffDelay(retry, this.options.random);
    }
    /** Turns the last outcome into a response or the error to throw. */
    finish(call, outcome, attempts, ambiguous) {
        if ('error' in outcome)
            throw outcome.error;
        const { status, headers, text, truncated } = outcome;
        // The start of a JSON body is not JSON, even when it happens to parse.
        const body = truncated
            ? { ok: false, value: undefined }
            : isSuccess(status)
                ? { ok: outcome.parsed !== undefined, value: outcome.parsed?.value }
                : parseBody(text);
        const success = isSuccess(status);
        if (!success && !call.passStatuses?.includes(status)) {
            const answer = { ...outcome, body: body.value };
            throw answerError(call, answer, attempts, this.options.hints);
        }
        if (success && !body.ok) {
            throw badBodyError(call, status, text, 'the body is not JSON');
        }
        return {
            status,
            headers,
            text,
            truncated,
            body: body.value,
            attempts,
            afterAmbiguousAttempt: ambiguous
        };
    }
    /**
     * One attempt: the request, any same-origin redirects and the body (the
     * start of it for a failure), all under one timeout, so a server that
     * stalls mid-body cannot hang the run.
     */
    async attempt(call, attempt) {
        const { timeoutMs, logger, hints } = this.options;
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        const started = Date.now();
        try {
            const outcome = await this.fetchFollowing(call, controller.signal);
            logger.debug(`PlugSync: ${call.method} ${call.path} -> ${outcome.status} in ${Date.now() - started} ms`);
            return outcome;
        }
        catch (error) {
            if (error instanceof errors/* PlugSyncError */.i8)
                return { error, retriable: false };
            if (controller.signal.aborted) {
                const failure = timeoutError(call, timeoutMs, attempt, hints);
                return { error: failure, retriable: true };
            }
            const failure = networkError(call, error, attempt);
            return { error: failure, retriable: tlsProblem(error) === undefined };
        }
        finally {
            clearTimeout(timer);
        }
    }
    async fetchFollowing(call, signal) {
        let url = new URL(this.options.baseUrl + call.path);
        let method = call.method;
        for (let hop = 0;; hop++) {
            const response = await fetch(url, {
                method,
                headers: this.headers(call, method),
                body: method === call.method ? requestBody(call) : undefined,
                redirect: 'manual',
                signal
            });
            const location = response.headers.get(api_contract/* HEADERS */.d0.location);
            if (!isRedirect(response.status) || location === null) {
                const answer = await read(response);
                if (isSuccess(answer.status) && answer.truncated) {
                    throw badBodyError(call, answer.status, answer.text, `the body is longer than ${SUCCESS_BODY_LIMIT / MIB} MiB, more than any config`);
                }
                return answer;
            }
            await response.body?.cancel();
            url = this.redirectTarget(call, response.status, url, location, hop);
            if (response.status === 303)
                method = 'GET';
        }
    }
    /**
     * Where a redirect leads, if the client may follow it: the token goes
     * only to the configured origin, and a write is not silently turned
     * into a read by a 301 or 302.
     */
    redirectTarget(call, status, from, location, hop) {
        const target = new URL(location, from);
        const origin = new URL(this.options.baseUrl).origin;
        if (target.origin !== origin) {
            throw redirectError(call, status, `to another origin, ${target.origin}, which was not followed so the token stays with ${origin}`);
        }
        if (hop + 1 >= MAX_REDIRECTS) {
            throw redirectError(call, status, `more than ${MAX_REDIRECTS} times`);
        }
        if (call.method !== 'GET' && (status === 301 || status === 302)) {
            throw redirectError(call, status, `that would turn the ${call.method} into a GET`);
        }
        return target;
    }
    headers(call, method) {
        const headers = {
            [api_contract/* HEADERS */.d0.authorization]: (0,api_contract/* bearer */.CM)(this.options.token),
            accept: api_contract/* JSON_TYPE */.sR
        };
        if (method !== 'GET' && call.body !== undefined) {
            headers[api_contract/* HEADERS */.d0.contentType] = api_contract/* JSON_TYPE */.sR;
        }
        if (call.ifMatch !== undefined)
            headers[api_contract/* HEADERS */.d0.ifMatch] = call.ifMatch;
        return headers;
    }
}
const MIB = 1024 * 1024;
/**
 * The most of a successful answer the client reads: the engine refuses a
 * config file over 128 MiB, so a config from PlugSync is held to the same,
 * and an endless or decompression-bomb body cannot take the runner down.
 */
const SUCCESS_BODY_LIMIT = file_content/* MAX_FILE_BYTES */.gZ;
/**
 * The status, headers and body of an answer. A success body is read
 * whole and parsed as it arrives, since a config can be megabytes; of a
 * failure only the start, which is all a message quotes and all a 422
 * needs.
 */
async function read(response) {
    const { status, headers } = response;
    const body = isSuccess(status)
        ? await readJsonBody(response, SUCCESS_BODY_LIMIT)
        : await readBodyStart(response, ERROR_BODY_LIMIT);
    return { status, headers, ...body };
}
function requestBody(call) {
    return call.body === undefined ? undefined : JSON.stringify(call.body);
}
function isSuccess(status) {
    return status >= 200 && status <= 299;
}
function isRedirect(status) {
    return [301, 302, 303, 307, 308].includes(status);
}
function parseBody(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        return { ok: false, value: undefined };
    }
}
function summary(outcome) {
    return 'status' in outcome
        ? `answered ${outcome.status}`
        : `failed (${outcome.error.kind})`;
}

;// CONCATENATED MODULE: ./src/plugsync/client.ts









/**
 * The one module that talks to the PlugSync API: typed reads of
 * connectors, drafts and versions, the draft write and the publish, with
 * timeouts, retries and messages that say what to do.
 */
class PlugSyncClient {
    options;
    transport;
    logger;
    hints;
    constructor(options) {
        this.options = options;
        (0,errors/* maskSecret */.$l)(options.token);
        const problem = PlugSyncClient.checkApiUrl(options.apiUrl);
        if (problem !== undefined)
            throw new errors/* PlugSyncError */.i8('url', problem);
        this.hints = options.hints ?? ACTION_HINTS;
        checkToken(options.token, this.hints);
        this.logger = redactingLogger(options.logger);
        this.transport = new Transport({
            baseUrl: options.apiUrl.replace(/\/+$/, ''),
            token: options.token,
            timeoutMs: options.timeoutMs,
            retries: options.retries,
            logger: this.logger,
            sleep: options.sleep ?? sleep,
            random: options.random ?? Math.random,
            hints: this.hints
        });
    }
    /** Checks an `api-url`: an error message, or undefined when it is fine. */
    static checkApiUrl(url) {
        return checkApiUrl(url);
    }
    /** Reads a connector; a 404 means PlugSync has no such connector. */
    async getConnector(id) {
        const call = client_read(id, api_contract/* paths */.f0.connector(id), `read connector ${id}`);
        const wire = this.expect(call, await this.transport.send(call), api_contract/* bodyChecks */.GE.connector);
        return { id: wire.id, name: wire.name, activeVersion: wire.active_version };
    }
    /** Reads the draft and its ETag. */
    async getDraft(id) {
        const call = client_read(id, api_contract/* paths */.f0.draft(id), `read the draft of connector ${id}`);
        return this.draft(call, await this.transport.send(call));
    }
    /**
     * Reads the active version, or null when nothing was ever published. The
     * API answers 404 in both that case and for an unknown connector, so a
     * 404 is told apart by reading the connector itself.
     */
    async getActiveVersion(id) {
        const call = client_read(id, api_contract/* paths */.f0.activeVersion(id), `read the active version of connector ${id}`);
        call.passStatuses = [404];
        const response = await this.transport.send(call);
        if (response.status !== 404)
            return this.version(call, response);
        const connector = await this.getConnector(id);
        if (connector.activeVersion === null)
            return null;
        throw badBodyError(call, 404, response.text, `connector ${id} names v${connector.activeVersion} as active`);
    }
    /** Reads version `n` of a connector; a 404 means there is no such version. */
    async getVersion(id, n) {
        const call = client_read(id, api_contract/* paths */.f0.version(id, n), `read version ${n} of connector ${id}`);
        call.notFound = `PlugSync has no version ${n} of connector ${id}`;
        return this.version(call, await this.transport.send(call));
    }
    /**
     * Writes keys of the draft (all of them for a full config) and returns
     * the draft as PlugSync stored it. `$schema` is never sent. With
     * `ifMatch`, a draft changed by someone else since it was read is a 412.
     */
    async patchDraft(id, config, options = {}) {
        const body = { ...config };
        delete body.$schema;
        const call = {
            method: 'PATCH',
            path: api_contract/* paths */.f0.draft(id),
            what: `write the draft of connector ${id}`,
            connectorId: id,
            body,
            retry: true,
            passStatuses: [412]
        };
        if (options.ifMatch !== undefined)
            call.ifMatch = options.ifMatch;
        const response = await this.transport.send(call);
        if (response.status !== 412)
            return this.draft(call, response);
        return this.recoverPatch(call, response, body);
    }
    /**
     * Publishes the draft as a new version. The request is never repeated
     * blindly: after an ambiguous failure the active version is read again,
     * and the publish counts as done when it moved.
     */
    async publish(id) {
        return publishWithRecovery({
            id,
            transport: this.transport,
            logger: this.logger,
            retries: this.options.retries,
            sleep: this.options.sleep ?? sleep,
            hints: this.hints,
            getConnector: (connector) => this.getConnector(connector),
            getActiveVersion: (connector) => this.getActiveVersion(connector),
            parse: (call, response) => this.expect(call, response, api_contract/* bodyChecks */.GE.published)
        });
    }
    /**
     * A 412 after a retried PATCH may be the echo of our own first attempt,
     * which reached PlugSync though its answer was lost. If the draft holds
     * exactly what was sent, the write is done; otherwise someone else wrote.
     */
    async recoverPatch(call, response, sent) {
        const fail = statusError(call, response, response.attempts, this.hints);
        if (!response.afterAmbiguousAttempt)
            throw fail;
        const draft = await this.getDraft(call.connectorId ?? '');
        if (!(0,normalise/* configsEqual */.QZ)(draft.config, { ...draft.config, ...sent }))
            throw fail;
        this.logger.info(`PlugSync: the draft of connector ${call.connectorId} already holds what was sent: an earlier attempt of the write went through`);
        return draft;
    }
    draft(call, response) {
        const wire = this.expect(call, response, api_contract/* bodyChecks */.GE.draft);
        const draft = {
            config: (0,normalise/* normaliseConfig */.rW)(wire.config),
            updatedAt: wire.updated_at
        };
        const etag = response.headers.get(api_contract/* HEADERS */.d0.etag);
        if (etag !== null)
            draft.etag = etag;
        return draft;
    }
    version(call, response) {
        const wire = this.expect(call, response, api_contract/* bodyChecks */.GE.version);
        return {
            version: wire.version,
            config: (0,normalise/* normaliseConfig */.rW)(wire.config),
            publishedAt: wire.published_at
        };
    }
    /** Checks a success body's shape before anyone reads a field of it. */
    expect(call, response, check) {
        const problem = check(response.body);
        if (problem !== '') {
            throw badBodyError(call, response.status, response.text, problem);
        }
        return response.body;
    }
}
/** A GET that may be retried, with what a 404 means for a connector. */
function client_read(id, path, what) {
    return {
        method: 'GET',
        path,
        what,
        connectorId: id,
        notFound: `PlugSync has no connector ${id}`,
        retry: true
    };
}
/**
 * Refuses a token that cannot be a header value before fetch does, since
 * fetch's own error would quote it.
 */
function checkToken(token, hints) {
    if (token === '') {
        throw new errors/* PlugSyncError */.i8('unauthorized', `no PlugSync token was given: set ${hints.token}`);
    }
    if (!/^[\x21-\x7e]+$/.test(token)) {
        throw new errors/* PlugSyncError */.i8('unauthorized', `the PlugSync token from ${hints.token} contains spaces, line breaks or other characters a token cannot have: copy the token again, and only the token`);
    }
}
/** A logger whose every line passes through the secret redaction. */
function redactingLogger(logger) {
    return {
        info: (message) => logger.info((0,errors/* redact */.E$)(message)),
        debug: (message) => logger.debug((0,errors/* redact */.E$)(message)),
        warning: (message) => logger.warning((0,errors/* redact */.E$)(message))
    };
}


/***/ }),

/***/ 9948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/**
 * Maps items through an async function with at most `limit` calls in
 * flight, and returns the results in the order of the items, whatever order
 * the calls finish in. After a call fails no new call starts; the first
 * failure is thrown once the calls already running have settled. Callers
 * that want every item's outcome catch inside `fn`.
 */
async function mapLimit(items, limit, fn) {
    if (!Number.isInteger(limit) || limit < 1) {
        throw new RangeError(`concurrency limit ${limit} is not a whole number of at least 1`);
    }
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    const workers = Array.from({ length: Math.min(limit, items.length) }, worker);
    await Promise.all(workers);
    if (failure !== undefined)
        throw failure.error;
    return results;
}


/***/ }),

/***/ 6844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   i8: () => (/* binding */ PlugSyncError),
/* harmony export */   u7: () => (/* binding */ isErrorLike)
/* harmony export */ });
const MASK = '***';
const secrets = new Set();
/**
 * Registers a secret so that no PlugSync error message or client log line
 * can carry it. Process-wide on purpose, like the runner's own masking: a
 * token known to one client must not leak through another's error.
 */
function maskSecret(secret) {
    if (secret !== '')
        secrets.add(secret);
}
/**
 * Replaces every registered secret in a text by `***`, longest first, so a
 * secret that contains another is masked whole.
 */
function redact(text) {
    let result = text;
    // A response body may echo a secret JSON-escaped: mask that form too.
    const forms = [...secrets].flatMap((secret) => [
        secret,
        JSON.stringify(secret).slice(1, -1)
    ]);
    const longestFirst = forms.sort((a, b) => b.length - a.length);
    for (const secret of longestFirst)
        result = result.split(secret).join(MASK);
    return result;
}
/**
 * A PlugSync call that failed, with a message that says what happened and
 * what to do. The message is redacted here, the one place every PlugSync
 * message is made, so a token can never reach a log through an error.
 */
class PlugSyncError extends Error {
    name = 'PlugSyncError';
    kind;
    status;
    connectorId;
    detail;
    constructor(kind, message, details = {}) {
        super(redact(message), details.cause === undefined
            ? undefined
            : { cause: redactCause(details.cause) });
        this.kind = kind;
        if (details.status !== undefined)
            this.status = details.status;
        if (details.connectorId !== undefined) {
            this.connectorId = details.connectorId;
        }
        if (details.detail !== undefined)
            this.detail = details.detail;
    }
}
/**
 * Keeps a cause as it is unless its message carries a secret; then swaps it
 * for a redacted copy, since reports print causes too.
 */
function redactCause(cause) {
    if (!isErrorLike(cause) || redact(cause.message) === cause.message) {
        return cause;
    }
    const copy = new Error(redact(cause.message));
    if (typeof cause.name === 'string')
        copy.name = cause.name;
    return copy;
}
/**
 * Tells whether a value looks like an error. Not `instanceof Error`: fetch
 * raises errors from Node's own realm, which fail that test in a VM context
 * such as Jest's.
 */
function isErrorLike(value) {
    return (typeof value === 'object' &&
        value !== null &&
        typeof value.message === 'string');
}


/***/ }),

/***/ 5447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HT: () => (/* binding */ otherEnvironmentsOnly),
/* harmony export */   Iu: () => (/* binding */ unknownEnvironment),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   yy: () => (/* binding */ promotionTargets)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _discover_suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3413);


/**
 * The connectors a run promotes: the manifest entries of the environment
 * asked for, each with its config. An empty environment picks the entries
 * that name none, so that one manifest can serve staging on every merge and
 * production on a release.
 */
function promotionTargets(check, environment) {
    const files = new Map(check.files.map((report) => [report.file, report]));
    return check.connectors
        .filter((entry) => (entry.environment ?? '') === environment)
        .map((entry) => {
        const report = files.get(entry.path);
        const target = {
            name: displayName(entry.path),
            id: entry.id,
            file: entry.path
        };
        if (entry.environment !== undefined)
            target.environment = entry.environment;
        if (report?.config !== undefined)
            target.config = report.config;
        if (report?.source !== undefined)
            target.source = report.source;
        return target;
    });
}
/** "connectors/compass.json" → "compass" */
function displayName(path) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(path).replace(/\.json$/i, '');
}
/**
 * Why an environment that was asked for by name cannot be promoted: no
 * manifest entry has it (most likely a typo, which would otherwise skip a
 * release without a word). Undefined when the name is empty or known.
 */
function unknownEnvironment(check, environment) {
    if (environment === '')
        return undefined;
    const names = [
        ...new Set(check.connectors.flatMap((entry) => entry.environment ?? []))
    ];
    if (names.includes(environment))
        return undefined;
    const suggestion = (0,_discover_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .kp)(environment, names);
    const known = names.length > 0 ? names.join(', ') : 'none';
    return (`no manifest entry has the environment "${environment}"` +
        (suggestion ? `: did you mean "${suggestion}"?` : '.') +
        ` The manifest's environments: ${known}.`);
}
/**
 * Why nothing is promoted when the manifest maps connectors, but none to
 * the environment asked for (none, when it is empty): the environment is
 * more likely forgotten than meant. `how` says how to name one. Undefined
 * when there is something to promote, or no connector at all.
 */
function otherEnvironmentsOnly(check, environment, how) {
    const names = [
        ...new Set(check.connectors.map((entry) => entry.environment ?? '(none)'))
    ];
    const asked = environment || '(none)';
    if (names.length === 0 || names.includes(asked))
        return undefined;
    return `no connector to promote: the manifest maps none to the environment ${asked}, only to ${names.join(', ')}; ${how}`;
}


/***/ }),

/***/ 468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GT: () => (/* binding */ neutraliseMarkers),
/* harmony export */   OD: () => (/* binding */ scopeKey),
/* harmony export */   Ql: () => (/* binding */ commentMarker)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The hidden HTML comment that marks this action's pull request comment.
 * It carries a short hash of the working directory and the manifest, so
 * that two runs of the action in one repository keep two comments, and
 * every spelling of the same place (`./a/`, `a`) gives the same marker.
 */
function commentMarker(scope) {
    return `<!-- plugsync-config:comment ${scopeKey(scope)} -->`;
}
/**
 * Breaks every `<!--` in text a comment shows (a config's values quoted in
 * a diff, say) with a zero-width space, so that nothing a config holds can
 * pass for one of this action's hidden markers or its review record, nor
 * open an HTML comment that hides the rest. In a code block the space does
 * not show.
 */
function neutraliseMarkers(text) {
    return text.replaceAll('<!--', '<!-\u200b-');
}
/**
 * Twelve hex digits that tell runs of the action in one repository apart,
 * for the marker and for the names of the files a run writes.
 */
function scopeKey(scope) {
    const place = `${tidy(scope.workingDirectory)}\n${tidy(scope.manifest)}`;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(place, 'utf8').digest('hex').slice(0, 12);
}
/** `./a//b/` and `a/b` are one place; `.` and '' are the root. */
function tidy(path) {
    const normal = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(path.trim().replace(/\\/g, '/'));
    const bare = normal.replace(/\/+$/, '').replace(/^\.\//, '');
    return bare === '.' ? '' : bare;
}


/***/ }),

/***/ 4271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ encodeRecord),
/* harmony export */   eT: () => (/* binding */ decodeRecord),
/* harmony export */   r_: () => (/* binding */ configHash)
/* harmony export */ });
/* unused harmony exports RECORD_VERSION, formatRecordFile, findReviewed */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_normalise_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7028);
/* harmony import */ var _diff_normalise_lazily_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1851);



/** The record format this build writes and reads. */
const RECORD_VERSION = 1;
const OPEN = '<!-- plugsync-config:record ';
const CLOSE = ' -->';
/** The longest text `decodeRecord` reads: far more than 65,536 characters. */
const MAX_TEXT = 1_000_000;
/**
 * The hash a record keeps of a config: SHA-256, in hex, of the canonical
 * JSON of the normalised config, so that key order, `$schema` and
 * omitted defaults never make two equal configs differ.
 */
function configHash(config) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    // Pieces are small: the hash is fed in batches of about 64 kB.
    let batch = '';
    (0,_diff_normalise_lazily_js__WEBPACK_IMPORTED_MODULE_1__/* .writeCanonical */ .WR)(config, (piece) => {
        batch += piece;
        if (batch.length < 65_536)
            return;
        hash.update(batch, 'utf8');
        batch = '';
    });
    return hash.update(batch, 'utf8').digest('hex');
}
/**
 * The record as a hidden HTML comment for a pull request comment. Base64,
 * so that no path can close the HTML comment early.
 */
function encodeRecord(record) {
    const json = JSON.stringify(record);
    return OPEN + Buffer.from(json, 'utf8').toString('base64') + CLOSE;
}
/** The record as the text of a `--record` file: indented JSON. */
function formatRecordFile(record) {
    return JSON.stringify(record, null, 2) + '\n';
}
/**
 * Reads a record from a comment body (the hidden HTML comment) or from the
 * text of a `--record` file (JSON). Never throws: a hand-edited comment or
 * a stray file is a problem to report, in words that say which part is
 * wrong.
 */
function decodeRecord(text) {
    if (text.length > MAX_TEXT) {
        return fail(`the text is over ${MAX_TEXT} characters`);
    }
    const start = text.indexOf(OPEN);
    if (start >= 0 && text.indexOf(OPEN, start + OPEN.length) >= 0) {
        // This action writes one record and breaks the marker wherever a
        // config's text is shown; a second one is not ours to pick from.
        return fail('it holds more than one hidden record');
    }
    let json;
    if (start >= 0) {
        const end = text.indexOf(CLOSE, start + OPEN.length);
        if (end < 0)
            return fail('the hidden record is not closed with -->');
        const base64 = text.slice(start + OPEN.length, end).trim();
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
            return fail('the hidden record is not base64');
        }
        json = Buffer.from(base64, 'base64').toString('utf8');
    }
    else {
        json = text;
    }
    let value;
    try {
        value = JSON.parse(json);
    }
    catch {
        return fail(start >= 0
            ? 'the hidden record does not hold JSON'
            : 'it holds no plugsync-config record');
    }
    return checkRecord(value);
}
/** The reviewed state of one connector, by id and environment. */
function findReviewed(record, id, environment) {
    return record.connectors.find((connector) => connector.id === id &&
        (connector.environment ?? '') === (environment ?? ''));
}
/** Checks every field of a parsed record, naming the first that is wrong. */
function checkRecord(value) {
    if (!(0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(value))
        return fail('the record is not a JSON object');
    if (value.version !== RECORD_VERSION) {
        return fail(`the record has version ${JSON.stringify(value.version ?? null)}; this build reads version ${RECORD_VERSION}`);
    }
    if (typeof value.headSha !== 'string') {
        return fail('the record has no headSha');
    }
    if (!Array.isArray(value.connectors)) {
        return fail('the record has no connectors list');
    }
    const connectors = [];
    for (const [index, item] of value.connectors.entries()) {
        const connector = checkConnector(item);
        if (typeof connector === 'string') {
            return fail(`connectors[${index}] ${connector}`);
        }
        connectors.push(connector);
    }
    return {
        ok: true,
        record: { version: RECORD_VERSION, headSha: value.headSha, connectors }
    };
}
function checkConnector(item) {
    if (!(0,_config_normalise_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(item))
        return 'is not an object';
    const { id, path, environment, activeVersion, configHash: hash } = item;
    if (typeof id !== 'string' || id === '')
        return 'has no id';
    if (typeof path !== 'string' || path === '')
        return 'has no path';
    if (environment !== undefined && typeof environment !== 'string') {
        return 'has an environment that is not text';
    }
    if (activeVersion !== null &&
        !(Number.isInteger(activeVersion) && activeVersion >= 1)) {
        return 'has an activeVersion that is neither null nor a version number';
    }
    if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
        return 'has a configHash that is not a SHA-256 in hex';
    }
    const connector = {
        id,
        path,
        activeVersion: activeVersion,
        configHash: hash
    };
    if (environment)
        connector.environment = environment;
    return connector;
}
function fail(problem) {
    return { ok: false, problem };
}


/***/ })

};
