// A nix-daemon of its own for one test, as a multi-user runner has: started
// as root, its own nix.conf (NIX_CONF_DIR) and socket (NIX_DAEMON_SOCKET_PATH),
// so tests that use the store directly as root at the same time are not
// disturbed, and the machine's /etc/nix is never touched. Builds run as the
// `nixbld` users (the chroots of the toolchain matrix have them).
//
// A `systemctl` stand-in is made beside it for the action to find on PATH:
// it says systemd is running and restarts this daemon, as
// `systemctl restart nix-daemon.service` restarts the real one.
import { spawn } from 'node:child_process'
import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export interface TestDaemon {
  dir: string
  confFile: string
  socket: string
  /** Directory holding the systemctl stand-in. */
  bin: string
  /** What a client needs: NIX_REMOTE, the socket, the conf dir. */
  env: Record<string, string>
  /** `systemctl` calls the stand-in got, one per line. */
  systemctlCalls(): string[]
  stop(): Promise<void>
}

export const DAEMON_CONF = ['build-users-group = nixbld', 'sandbox = false', 'substituters =', 'flake-registry ='].join('\n')

function answers(socket: string): Promise<boolean> {
  return new Promise(resolve => {
    const connection = net.connect(socket)
    connection.once('connect', () => {
      connection.destroy()
      resolve(true)
    })
    connection.once('error', () => {
      resolve(false)
    })
  })
}

async function waitFor(what: string, ready: () => boolean | Promise<boolean>, log: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await ready()) return
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  throw new Error(`${what}; daemon log:\n${existsSync(log) ? readFileSync(log, 'utf8') : '(none)'}`)
}

export async function startNixDaemon(options: { trustedUsers: string[] }): Promise<TestDaemon> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nfci-daemon-'))
  chmodSync(dir, 0o755)
  const confDir = path.join(dir, 'etc-nix')
  const bin = path.join(dir, 'bin')
  mkdirSync(confDir)
  mkdirSync(bin)
  const confFile = path.join(confDir, 'nix.conf')
  writeFileSync(confFile, `${DAEMON_CONF}\ntrusted-users = ${options.trustedUsers.join(' ')}\n`)
  const socket = path.join(dir, 'daemon-socket')
  const pidFile = path.join(dir, 'daemon.pid')
  const log = path.join(dir, 'daemon.log')
  const calls = path.join(dir, 'systemctl.calls')
  const start = path.join(dir, 'start.sh')
  // setsid: the daemon outlives the shell that starts it (as under systemd);
  // timeout: it still ends if the test process dies before stopping it.
  writeFileSync(
    start,
    `#!/bin/sh\nrm -f '${socket}'\nNIX_CONF_DIR='${confDir}' NIX_DAEMON_SOCKET_PATH='${socket}' setsid timeout -k 5 3600 /usr/bin/nix-daemon >>'${log}' 2>&1 </dev/null &\necho $! > '${pidFile}'\n`,
    { mode: 0o755 }
  )
  writeFileSync(
    path.join(bin, 'systemctl'),
    [
      '#!/bin/sh',
      "# Test stand-in for systemd: restarts this test's nix-daemon.",
      `echo "$*" >> '${calls}'`,
      'case "$1" in',
      '  is-system-running) echo running ;;',
      `  restart|start) pid=$(cat '${pidFile}'); kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done; '${start}'`,
      `    i=0; while [ ! -S '${socket}' ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done ;;`,
      'esac',
      ''
    ].join('\n'),
    { mode: 0o755 }
  )
  await new Promise<void>((resolve, reject) => {
    const child = spawn('/bin/sh', [start], { stdio: 'ignore' })
    child.once('error', reject)
    child.once('exit', () => {
      resolve()
    })
  })
  await waitFor('the test nix-daemon did not start', () => answers(socket), log)
  return {
    dir,
    confFile,
    socket,
    bin,
    env: { NIX_REMOTE: 'daemon', NIX_DAEMON_SOCKET_PATH: socket, NIX_CONF_DIR: confDir },
    systemctlCalls: () => (existsSync(calls) ? readFileSync(calls, 'utf8').split('\n').filter(Boolean) : []),
    async stop() {
      const pid = Number(readFileSync(pidFile, 'utf8').trim())
      try {
        process.kill(pid, 'SIGTERM')
      } catch {
        // gone already
      }
      // Gone, or a zombie its reaper has not collected yet.
      const gone = () => {
        try {
          return /\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
        } catch {
          return true
        }
      }
      await waitFor('the test nix-daemon did not stop', gone, log)
      appendFileSync(log, 'stopped by the test\n')
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
