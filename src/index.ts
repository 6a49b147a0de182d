import { runnerRuntime } from './action/runner.js'
import { run } from './main.js'

await run(runnerRuntime(), process.env)
