import { validateConnectorConfig } from '../generated/validators.js'
console.log(validateConnectorConfig({ version: '3.0' }))
