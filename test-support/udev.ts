// A `udevadm` stand-in for a private root (test-support/private-root.ts):
// udev does not run in the toolchain chroots. `trigger --name-match=kvm`
// applies what a rule in /etc/udev/rules.d says for KERNEL=="kvm" (its
// MODE), as udevd applies rules to the device node on a real runner;
// `control --reload-rules` and `settle` do nothing here, as there is no
// daemon to reload or wait for. The caller puts the device's mode back.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export function makeTestUdev(): { bin: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nfci-udev-'))
  chmodSync(dir, 0o755)
  writeFileSync(
    path.join(dir, 'udevadm'),
    `#!/bin/sh
# Test stand-in for udevadm (see test-support/udev.ts).
[ "$1" = trigger ] || exit 0
for arg in "$@"; do case "$arg" in --name-match=*) name=\${arg#--name-match=} ;; esac; done
[ -n "$name" ] || exit 0
mode=$(grep -h "KERNEL==\\"$name\\"" /etc/udev/rules.d/*.rules 2>/dev/null | sed -n 's/.*MODE="\\([0-7]*\\)".*/\\1/p' | tail -n 1)
[ -z "$mode" ] || chmod "$mode" "/dev/$name"
`,
    { mode: 0o755 }
  )
  return {
    bin: dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
