// Preloaded (node --require) into the Azurite child: its stdin is a pipe from
// the process that started it, so end-of-file means that process is gone
// (even killed with SIGKILL, or a crashed test run) and Azurite must not be
// left listening behind it.
'use strict'
process.stdin.on('end', () => process.exit(0))
process.stdin.on('error', () => process.exit(0))
process.stdin.resume()
// Watching must not by itself keep Azurite alive once it has closed its server.
process.stdin.unref()
