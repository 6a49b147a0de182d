#!/usr/bin/env node
import { showsColor } from './io.js'
import { cliMain } from './main.js'

const code = await cliMain(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: showsColor(process.stdout, process.env),
  cwd: process.cwd(),
  env: process.env
})
process.exitCode = code
