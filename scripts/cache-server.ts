// `npm run cache-server [-- --data-dir DIR] [--max-bytes N] [--entries-per-minute N]`:
// the local GitHub Actions cache service for use by hand or from a benchmark,
// optionally with GitHub's limits (a total size cap with least-recently-used
// eviction; an upload rate limit answered with 429 and Retry-After). Prints the runner env it stands
// for as NAME=value lines, then `ready`; serves until SIGTERM/SIGINT.
import { parseArgs } from 'node:util'
import { startCacheService } from '../test-support/cache-server.js'

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    ref: { type: 'string' },
    'max-bytes': { type: 'string' },
    'entries-per-minute': { type: 'string' }
  }
})

function count(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} wants a positive whole number, not ${value}`)
  return n
}

const service = await startCacheService({
  dataDir: values['data-dir'],
  ref: values.ref,
  maxBytes: count('max-bytes', values['max-bytes']),
  entriesPerMinute: count('entries-per-minute', values['entries-per-minute'])
})
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
