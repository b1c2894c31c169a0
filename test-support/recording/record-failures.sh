#!/bin/sh
# record-failures.sh OUTDIR: what this toolchain's nix prints for the failures
# the report explains (src/nix/failure-kind.ts): a fixed-output derivation
# with a stale hash, a builder killed by signal 9, a builder whose child was
# killed (exit 137), a builder that ran out of disk (the message is the
# builder's own, as `cp` or `ld` prints it), and a run of several
# derivations whose internal-json log gives the timeline.
. "$(dirname "$0")/recording-env.sh"
rec() { # name cmd...
  name=$1; shift
  "$@" >"$out/$name.stdout" 2>"$out/$name.stderr"; echo $? >"$out/$name.exit"
}
mkdir -p $work/f; cd $work/f; git init -q
salt=$(date +%s%N)
# The fixed-output derivation's content is "hi\n"; the hash it states is that of "stale\n".
cat > flake.nix <<NIX
{
  outputs = { self }:
    let
      run = name: script: derivation { inherit name; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" script ]; PATH = "/usr/bin:/bin"; salt = "$salt"; };
      slow = run "slow-dep" "sleep 2; echo slow > \$out";
      quick = run "quick-dep" "echo quick > \$out";
    in {
      packages.x86_64-linux = {
        fod = derivation {
          name = "vendor-src"; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" "echo hi > \$out" ];
          outputHashMode = "flat"; outputHashAlgo = "sha256";
          outputHash = "sha256-ROqO3pAlwmZjEkzu78oqNeQOUCHNEW5DbTaOLerjNV4=";
        };
        killed = run "killed-build" "echo 'linking target/release/app'; kill -9 \$\$";
        child-killed = run "child-killed" "echo 'running tests'; sh -c 'kill -9 \$\$'; exit \$?";
        no-space = run "no-space" "echo 'cp: error writing /build/out/big.bin: No space left on device' >&2; exit 1";
        timeline = run "timeline-top" "cat \${slow} \${quick} > \$out";
      };
    };
}
NIX
git add -A
rec fod-text nix build --no-link --json .#fod
rec fod-json nix build --no-link --json --log-format internal-json .#fod
rec killed-text nix build --no-link --json .#killed
rec killed-json nix build --no-link --json --log-format internal-json .#killed
rec child-killed-text nix build --no-link --json .#child-killed
rec no-space-text nix build --no-link --json .#no-space
rec timeline-json nix build --no-link --json --log-format internal-json .#timeline
# Substituted, not built: the same derivations from a local binary cache.
nix copy --to file://$work/cache .#timeline >/dev/null 2>&1
paths=$(nix path-info -r .#timeline 2>/dev/null)
nix store delete $paths >/dev/null 2>&1
rec substitute-json nix build --no-link --json --log-format internal-json --option substituters file://$work/cache --option require-sigs false .#timeline
rm -rf "$work"
