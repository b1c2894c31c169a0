// `npm run cache-server [-- --data-dir DIR]`: the local GitHub Actions cache
// service for use by hand or from a benchmark. Prints the runner env it stands
// for as NAME=value lines, then `ready`; serves until SIGTERM/SIGINT.
import { parseArgs } from 'node:util'
import { startCacheService } from '../test-support/cache-server.js'

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    ref: { type: 'string' }
  }
})

const service = await startCacheService({ dataDir: values['data-dir'], ref: values.ref })
for (const [name, value] of Object.entries(service.env)) process.stdout.write(`${name}=${value}\n`)
process.stdout.write('ready\n')

let stopping = false
const shutdown = (): void => {
  if (stopping) return // npm, tsx and a terminal may each deliver the signal
  stopping = true
  service.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`cache-server: stop failed: ${String(error)}\n`)
      process.exit(1)
    }
  )
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
