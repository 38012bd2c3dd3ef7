/** `npm run sim -- scenario.yml [--port 4566]`: serve a scenario on wall-clock time until stopped. */
import { loadScenarioFile } from './scenario.js'
import { startSimulator } from './server.js'

const args = process.argv.slice(2)
const portFlag = args.indexOf('--port')
const port = portFlag >= 0 ? Number(args[portFlag + 1]) : 4566
const file = args.find((a, i) => !a.startsWith('--') && i !== portFlag + 1)
if (!file || !Number.isInteger(port)) {
  console.error('usage: npm run sim -- <scenario.yml> [--port 4566]')
  process.exit(2)
}
const simulator = await startSimulator(loadScenarioFile(file), { port })
console.log(`image-gate simulator: ${simulator.scenario.name} on ${simulator.url}`)
console.log(`  export AWS_ENDPOINT_URL_IMAGEBUILDER=${simulator.url} AWS_ENDPOINT_URL_CLOUDFORMATION=${simulator.url}`)
console.log(`  export AWS_REGION=${simulator.scenario.region} AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test`)
const stop = () => void simulator.stop().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
