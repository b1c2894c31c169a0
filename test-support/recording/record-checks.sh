#!/bin/sh
# record-checks.sh OUTDIR: what this toolchain's nix prints for the named
# checks (src/stages/named-checks.ts): the one evaluation, the one build of
# their derivations (bare `.drv` paths, then `<drv>^*`), and which outputs
# are in the store after it. Three checks: fmt passes, test fails, clippy
# needs a derivation that fails.
. "$(dirname "$0")/recording-env.sh"
rec() { # name cmd...
  name=$1; shift
  "$@" >"$out/$name.stdout" 2>"$out/$name.stderr"; echo $? >"$out/$name.exit"
}
mkdir -p $work/checks; cd $work/checks; git init -q
# The salt keeps the store from holding these from an earlier recording.
cat > flake.nix <<NIX
{
  outputs = { self }:
    let
      run = name: script: derivation { inherit name; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" script ]; PATH = "/usr/bin:/bin"; salt = "$(date +%s%N)"; };
      deps = run "crate-deps" "echo 'compiling serde v1.0'; echo 'error: could not compile serde'; exit 2";
    in {
      checks.x86_64-linux = {
        fmt = run "check-fmt" "echo 'fmt: 12 files ok'; echo ok > \$out";
        test = run "check-test" "echo 'error[E0308]: mismatched types'; echo '  --> src/main.rs:10:5'; echo 'test result: FAILED'; exit 1";
        clippy = run "check-clippy" "echo \${deps}; echo ok > \$out";
      };
    };
}
NIX
git add -A; git commit -qm x
# Must stay the expression namedChecksExpression(['fmt', 'test', 'clippy', 'nope']) makes (src/nix/check-output.ts).
apply='checks: { available = builtins.attrNames checks; named = builtins.listToAttrs (map (name: let check = checks.${name}; isSet = builtins.isAttrs check; wanted = if isSet then check.outputs or [ "out" ] else [ ]; in { inherit name; value = { drv = if isSet then check.drvPath or null else null; outputs = if builtins.isList wanted then map (output: if builtins.isString output then (check.${output} or null).outPath or null else null) wanted else null; }; }) (builtins.filter (name: checks ? ${name}) [ "fmt" "test" "clippy" "nope" ])); }'
rec checks-eval nix eval --json .#checks.x86_64-linux --apply "$apply"
drvs=$(sed 's/"/\n/g' "$out/checks-eval.stdout" | grep '\.drv$')
outs=$(sed 's/"/\n/g' "$out/checks-eval.stdout" | grep '^/nix/store/' | grep -v '\.drv$')
rec checks-build-bare nix build --no-link --json --keep-going --log-format internal-json $drvs
rec checks-build-outputs nix build --no-link --json --keep-going --log-format internal-json $(for d in $drvs; do printf '%s^* ' $d; done)
for o in $outs; do rec "checks-path-info-$(echo $o | sed 's/.*-check-//')" nix path-info $o; done
# Everything already built: nothing to do.
rec checks-build-again nix build --no-link --json --keep-going --log-format internal-json $(nix --version | grep -q ' 2\.8\.' && echo "$drvs" || for d in $drvs; do printf '%s^* ' $d; done)
rm -rf $work
