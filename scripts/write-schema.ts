/** `npm run schema`: write policy.schema.json from the zod schema (a test keeps the committed file current). */
import { writeFileSync } from 'node:fs'
import { policyJsonSchema } from '../src/policy/schema.js'

writeFileSync('policy.schema.json', `${JSON.stringify(policyJsonSchema(), null, 2)}\n`)
console.log('wrote policy.schema.json')
