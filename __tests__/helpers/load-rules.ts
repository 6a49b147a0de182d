import { loadRules } from '../../src/rules/on-demand.js'

// The rules load two parts the first time a check needs them, through
// withRules (src/rules/on-demand.ts). Tests call the rules directly, as
// the product never does, so every test file starts with them loaded; the
// bundle's own tests cover the loading.
beforeAll(loadRules)
