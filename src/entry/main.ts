// What the runner starts (action.yml runs.main, bundled to dist/main/index.js).
// The first commands start before the rest of the action loads (nix/head-start.ts).
import { headStart } from '../nix/head-start.js'

// Awaited before the import: reading the stages would otherwise run first.
const started = await headStart()
const { run } = await import('../main.js')
await run(started)
