import * as core from '@actions/core'
import { validateConnectorConfig } from './generated/validators.js'

export async function run(): Promise<void> {
  core.info(String(validateConnectorConfig({ version: '3.0' })))
  if (process.env.X) {
    const gh = await import('@actions/github')
    core.info(String(gh.context.eventName))
  }
}
