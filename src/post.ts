// Post step's logic, without side effects at import (see main.ts).
export { runPost as run } from './cleanup.js'
