#!/usr/bin/env bash
# The newer toolchains of the test matrix: Debian trixie (Nix 2.26, skopeo
# 1.18) and sid (Nix 2.34, skopeo 1.22), each in a debootstrap chroot kept on
# this machine between runs and rebuilt when missing or stale.
#
#   scripts/toolchain-chroot.sh ensure SUITE        make (or refresh) the chroot; prints its directory
#   scripts/toolchain-chroot.sh run SUITE CMD...    run CMD inside, with the checkout bound at its own path
#   scripts/toolchain-chroot.sh versions SUITE      print the toolchain's versions
#
# NFCI_CHROOT_DIR puts the chroots elsewhere (default /var/cache/nix-flake-ci/chroots).
# Needs root (debootstrap, mount, chroot).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "$here/.." && pwd)
base=${NFCI_CHROOT_DIR:-/var/cache/nix-flake-ci/chroots}
mirror=${NFCI_DEBIAN_MIRROR:-http://deb.debian.org/debian}
# What goes inside. A package added here is installed into existing chroots;
# changing RECIPE makes them anew.
base_packages="nix-bin skopeo docker-registry apache2-utils nodejs git openssl ca-certificates sudo procps"
packages="$base_packages npm"
RECIPE=3
# A chroot older than this is refreshed (apt-get upgrade), so sid follows sid.
max_age_days=${NFCI_CHROOT_MAX_AGE_DAYS:-14}

die() { echo "toolchain-chroot: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "needs root (debootstrap, mount and chroot)"

suite=${2:-}
case "$suite" in trixie | sid) ;; *) die "SUITE is trixie or sid, not '${suite}'" ;; esac
dir=${NFCI_CHROOT_AT:-$base/$suite}
stamp="$dir/.nfci-recipe"
# The stamp names the recipe the chroot was first made with; packages added
# to the list since are installed into it (see ensure).
want="recipe=$RECIPE packages=$base_packages"

apt_in() {
  # sid's Release file in a mirror may be past its date.
  chroot "$dir" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    apt-get -q -o Acquire::Check-Valid-Until=false "$@"
}

# Mounts live in a private mount namespace (unshare), so they vanish with the
# command however it ends, and two runs of the same chroot at once do not
# unmount each other's /proc.
mount_inside() {
  mount -t proc proc "$dir/proc"
  mount --rbind /sys "$dir/sys"
  mount --bind /dev "$dir/dev"
  mount --bind /dev/pts "$dir/dev/pts"
  local path
  # The checkout at its own path, and node_modules where a worktree links it from.
  for path in "$checkout" "$(readlink -f "$checkout/node_modules" 2>/dev/null || true)"; do
    [ -n "$path" ] && [ -d "$path" ] || continue
    mkdir -p "$dir$path"
    mountpoint -q "$dir$path" || mount --bind "$path" "$dir$path"
  done
}

build() {
  command -v debootstrap >/dev/null || {
    echo "Installing debootstrap" >&2
    apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >&2
  }
  echo "Making the $suite chroot in $dir (debootstrap, a few minutes)" >&2
  local new="$dir.build-$$"
  rm -rf "$new"
  mkdir -p "$base"
  debootstrap --variant=minbase "$suite" "$new" "$mirror" >&2
  # No service may start inside (docker-registry's post-install would).
  printf '#!/bin/sh\nexit 101\n' >"$new/usr/sbin/policy-rc.d"
  chmod 755 "$new/usr/sbin/policy-rc.d"
  NFCI_CHROOT_AT="$new" unshare --mount --propagation private "$0" __apt "$suite" install -y --no-install-recommends $packages >&2
  # The tests run nix-daemon as root and the action as `runner` (uid 1001, as
  # on GitHub's runners), with nixbld build users for the daemon.
  chroot "$new" sh -c '
    getent group nixbld >/dev/null || groupadd -r nixbld
    for i in 1 2 3 4; do id nixbld$i >/dev/null 2>&1 || useradd -r -M -N -g nixbld -G nixbld -d /var/empty -s /usr/sbin/nologin nixbld$i; done
    id runner >/dev/null 2>&1 || useradd -m -u 1001 -s /bin/bash runner
  ' >&2
  echo "$want" >"$new/.nfci-recipe"
  # Swapped in whole, so a reader never sees a half-made chroot.
  rm -rf "$dir.old"
  [ -d "$dir" ] && mv "$dir" "$dir.old"
  mv "$new" "$dir"
  rm -rf "$dir.old"
}

refresh() {
  echo "Refreshing the $suite chroot (older than $max_age_days days)" >&2
  unshare --mount --propagation private "$0" __apt "$suite" upgrade -y >&2
  touch "$stamp"
}

missing_packages() {
  local wanted
  # dpkg-query prints nothing for a package it does not know, and "install ok
  # installed" only for one that is installed.
  for wanted in $packages; do
    chroot "$dir" dpkg-query -W -f='${Status}\n' "$wanted" 2>/dev/null | grep -q '^install ok installed$' || printf '%s ' "$wanted"
  done
}

ensure() {
  # The stamp says debootstrap and the first install finished; a chroot
  # without it is half-made and is made again. A package added to the list
  # later is installed into the chroot, not a reason to make it anew.
  if [ ! -f "$stamp" ] || [ "$(cut -d' ' -f1 "$stamp")" != "recipe=$RECIPE" ]; then
    build
    return
  fi
  local missing
  missing=$(missing_packages)
  if [ -n "$missing" ]; then
    echo "Installing into the $suite chroot: $missing" >&2
    unshare --mount --propagation private "$0" __apt "$suite" install -y --no-install-recommends $missing >&2
  elif [ -n "$(find "$stamp" -mtime +"$max_age_days" 2>/dev/null)" ]; then
    refresh || echo "toolchain-chroot: could not refresh $suite; using it as it is" >&2
  fi
}

# One ensure at a time per chroot: two runs starting together must not both make it.
locked_ensure() {
  mkdir -p "$base"
  exec 9>"$base/.$suite.lock"
  flock 9
  ensure
  exec 9>&-
}

case "${1:-}" in
  ensure)
    locked_ensure
    echo "$dir"
    ;;
  versions)
    locked_ensure
    exec unshare --mount --propagation private "$0" __run "$suite" sh -c 'nix --version; skopeo --version; node --version'
    ;;
  run)
    shift 2
    [ $# -gt 0 ] || die "run SUITE needs a command"
    locked_ensure
    exec unshare --mount --propagation private "$0" __run "$suite" "$@"
    ;;
  __apt)
    # Inside the private namespace: apt-get needs /proc (docker-registry's post-install).
    shift 2
    mount -t proc proc "$dir/proc"
    apt_in update
    apt_in "$@"
    ;;
  __run)
    shift 2
    mount_inside
    # A clean environment, as a fresh runner has; the caller passes what it needs with env.
    exec chroot "$dir" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root TERM="${TERM:-dumb}" \
      CI="${CI:-}" sh -c 'cd "$0" && exec "$@"' "$checkout" "$@"
    ;;
  *)
    die "usage: toolchain-chroot.sh ensure|run|versions SUITE [CMD...]"
    ;;
esac
