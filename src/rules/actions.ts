/** The actions allowed from version "3.0". */
export const BASELINE_ACTIONS = [
  'transform',
  'upsert',
  'create',
  'update',
  'delete',
  'find',
  'notify',
  'plugin',
  'post',
  'skip'
] as const

/** The bulk actions, allowed only with version "3.1". */
export const BULK_ACTIONS = [
  'upsert_many',
  'create_many',
  'update_many',
  'delete_many',
  'associate_many'
] as const

/** Every action the backend accepts, sorted as its message lists them. */
export const ACTIONS: readonly string[] = [
  ...BASELINE_ACTIONS,
  ...BULK_ACTIONS
].sort()

/** The step fields only bulk actions read. */
export const BULK_FIELDS: readonly string[] = [
  'items',
  'chunk_size',
  'output',
  'reconcile'
]

/** The fields every step has, whatever its action. */
export const COMMON_STEP_FIELDS: readonly string[] = ['id', 'action', 'when']

const BASELINE_FIELDS: Record<string, readonly string[] | 'any'> = {
  transform: ['entity', 'to_schema', 'from_schema'],
  upsert: ['target', 'entity', 'data'],
  create: ['target', 'entity', 'data'],
  update: ['target', 'entity', 'data'],
  delete: ['target', 'entity'],
  find: ['target', 'entity'],
  post: ['target', 'entity', 'data'],
  notify: 'any',
  plugin: 'any',
  skip: 'any',
  // Nothing is known of the singular form, which is reserved, so nothing is
  // known of associate_many's own fields either.
  associate: 'any'
}

/** Tells whether an action name is one the backend accepts. */
export function isAction(action: string): boolean {
  return ACTIONS.includes(action)
}

/** Tells whether an action is a bulk action. */
export function isBulkAction(action: string): boolean {
  return (BULK_ACTIONS as readonly string[]).includes(action)
}

/** The single action a bulk action repeats: `upsert` for `upsert_many`. */
export function singleActionOf(action: string): string {
  return action.endsWith('_many') ? action.slice(0, -'_many'.length) : action
}

/** The bulk form of a single action, when there is one. */
export function bulkActionOf(action: string): string | undefined {
  const bulk = `${action}_many`
  return isBulkAction(bulk) ? bulk : undefined
}

// Every rule asks for the fields of every step: look them up, never rebuild.
const FIELDS_OF = new Map(ACTIONS.map((action) => [action, fieldsOf(action)]))

/**
 * The fields (besides id, action and when) a step of this action reads, or
 * 'any' when nothing is known and every key is accepted. Undefined for a
 * name that is not an action.
 */
export function actionFields(
  action: string
): readonly string[] | 'any' | undefined {
  return FIELDS_OF.get(action)
}

function fieldsOf(action: string): readonly string[] | 'any' | undefined {
  if (!isAction(action)) return undefined
  const single = BASELINE_FIELDS[singleActionOf(action)]
  if (single === undefined || single === 'any' || !isBulkAction(action)) {
    return single
  }
  return [...single, ...BULK_FIELDS]
}
