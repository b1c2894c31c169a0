#!/bin/sh
# The hand-written pipeline the action replaces, as teams paste it today:
# the baseline `npm run bench` compares the action against.
set -eu
mkdir -p "$XDG_CONFIG_HOME/nix"
printf 'experimental-features = nix-command flakes\naccess-tokens = github.com=%s\n' "$BENCH_TOKEN" >> "$XDG_CONFIG_HOME/nix/nix.conf"
cd "$BENCH_FLAKE_DIR"
nix flake check
nix build .#image-dev
printf '%s\n' "$BENCH_PASSWORD" | skopeo login --tls-verify=false -u "$BENCH_USERNAME" --password-stdin "$BENCH_REGISTRY"
skopeo copy --dest-tls-verify=false docker-archive:result "docker://$BENCH_REGISTRY/$BENCH_IMAGE:$BENCH_TAG"
rm -f result
