import * as core from '@actions/core'
import { safeLogText } from './action/log-line.js'
import { run } from './main.js'

await run(
  {
    getInput: (name) => core.getInput(name),
    setSecret: (secret) => core.setSecret(secret),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(message),
    info: (message) => core.info(safeLogText(message)),
    debug: (message) => core.debug(message),
    error: (message, properties) => core.error(message, properties),
    warning: (message, properties) => core.warning(message, properties),
    notice: (message, properties) => core.notice(message, properties),
    appendSummary: async (markdown) => {
      await core.summary.addRaw(markdown).write()
    }
  },
  process.env
)
