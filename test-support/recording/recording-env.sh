# Sourced by the record-*.sh scripts (OUTDIR as $1): an empty output
# directory, a scratch work directory, and a Nix and git that read no
# configuration of the machine's, so each toolchain records the same cases.
set -u
out=$1; mkdir -p "$out"; rm -rf "$out"/*
work=$(mktemp -d /tmp/rec-XXXXXX)
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_CACHE_HOME=$work/home/.cache
mkdir -p $HOME/.config
export NIX_CONFIG="experimental-features = nix-command flakes
sandbox = false
build-users-group =
substituters =
flake-registry =${EXTRA_NIX_CONFIG:+
$EXTRA_NIX_CONFIG}"
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null GIT_AUTHOR_NAME=a GIT_AUTHOR_EMAIL=a@b GIT_COMMITTER_NAME=a GIT_COMMITTER_EMAIL=a@b
