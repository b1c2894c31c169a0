// Azurite (Microsoft's Azure Storage emulator), blob service only, as a child
// process on 127.0.0.1 and a port the kernel picks.
import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)

// Azurite's built-in development account (documented, public, emulator-only).
export const AZURITE_ACCOUNT = 'devstoreaccount1'
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

const STARTUP_TIMEOUT_MS = 30_000
const STOP_TIMEOUT_MS = 5_000

export interface Azurite {
  /** e.g. http://127.0.0.1:43443/devstoreaccount1 (path-style, as Azurite wants). */
  accountUrl: string
  stop(): Promise<void>
}

/**
 * Starts Azurite's blob service. With `location` blobs persist there; without
 * it they live in memory (Azurite refuses --location with --inMemoryPersistence).
 */
export async function startAzurite(location?: string): Promise<Azurite> {
  const main = require.resolve('azurite/dist/src/blob/main.js')
  const watchdog = fileURLToPath(new URL('./exit-with-parent.cjs', import.meta.url))
  const args = [
    '--require',
    watchdog,
    main,
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    '0',
    '--silent', // no access log
    '--loose', // ignore headers it does not implement
    '--skipApiVersionCheck', // @azure/storage-blob speaks a newer x-ms-version than Azurite lists
    '--disableTelemetry', // it would otherwise try to phone home
    ...(location ? ['--location', location] : ['--inMemoryPersistence'])
  ]
  // A caller's AZURITE_ACCOUNTS would replace the well-known account we sign with.
  const env = { ...process.env }
  delete env.AZURITE_ACCOUNTS
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env })
  const port = await waitForPort(child)
  return {
    accountUrl: `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`,
    stop: () => stopChild(child)
  }
}

// Azurite prints "… successfully listens on http://127.0.0.1:PORT" once bound.
function waitForPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = ''
    const fail = (why: string): void => {
      cleanup()
      child.kill('SIGKILL')
      reject(new Error(`Azurite did not start: ${why}\n${output.slice(-2000)}`))
    }
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8')
      const match = /successfully listens on https?:\/\/[^\s:]+:(\d+)/.exec(output)
      if (match) {
        cleanup()
        resolve(Number(match[1]))
      }
    }
    const onExit = (code: number | null, signal: string | null): void => {
      fail(`exited (${String(code ?? signal)}) before listening`)
    }
    const onError = (error: Error): void => {
      fail(error.message)
    }
    const timer = setTimeout(() => {
      fail(`no address within ${STARTUP_TIMEOUT_MS} ms`)
    }, STARTUP_TIMEOUT_MS)
    const cleanup = (): void => {
      clearTimeout(timer)
      child.off('exit', onExit)
      child.off('error', onError)
      child.stderr?.off('data', onData)
      // Keep draining so a chatty child never blocks on a full pipe.
      child.stdout?.off('data', onData).resume()
      child.stderr?.resume()
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', onExit)
    child.once('error', onError)
  })
}

// SIGTERM lets Azurite flush its metadata DB; SIGKILL if it hangs.
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise(resolve => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
