#!/usr/bin/env node
import { cliMain } from './main.js'

const code = await cliMain(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  cwd: process.cwd(),
  env: process.env
})
process.exitCode = code
