#!/bin/sh
# rec-nix.sh OUTDIR: records what this toolchain's nix prints for each case.
EXTRA_NIX_CONFIG="download-attempts = ${ATTEMPTS:-2}
stalled-download-timeout = 3
connect-timeout = 3"
. "$(dirname "$0")/recording-env.sh"
rec() { # name dir cmd...
  name=$1; dir=$2; shift 2
  (cd "$dir" && "$@" >"$out/$name.stdout" 2>"$out/$name.stderr"; echo $? >"$out/$name.exit")
}
mkrepo() { d=$work/$1; mkdir -p $d; cd $d; git init -q; }
commit() { git add -A; git commit -qm x; }
run_drv='run = name: script: derivation { inherit name; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" script ]; PATH = "/usr/bin:/bin"; };'
fail_script='printf "%s\n" "   Compiling k8s-cloud-tagger v0.3.1 (/build/source)" "error[E0308]: mismatched types" "  --> src/main.rs:10:5" "test result: FAILED"; exit 1'

# failing checks
mkrepo checks
cat > flake.nix <<NIX
{
  outputs = { self }:
    let
      $run_drv
    in {
      checks.x86_64-linux = {
        fmt = run "check-fmt" "echo ok > \$out";
        test = run "check-test" ''$fail_script'';
        clippy = run "check-clippy" "echo 'error: this comparison is always true'; echo '  --> src/lib.rs:3:8'; exit 2";
      };
      packages.x86_64-linux.default = let deps = run "crate-deps" "echo 'compiling serde v1.0'; echo 'curl: (22) The requested URL returned error: 500'; exit 2"; in
        derivation { name = "image-dev"; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" "echo \${deps} > \$out" ]; };
    };
}
NIX
commit
rec check-failed $PWD nix flake check
rec check-failed-keep-going $PWD nix flake check --keep-going
rec build-check-failed $PWD nix build --no-link --json .#checks.x86_64-linux.test
rec build-dependency-failed $PWD nix build --no-link --json .#default
rec build-check-failed-L $PWD nix build -L --no-link --json .#checks.x86_64-linux.test

# evaluation error in sub/flake.nix (git repo)
mkrepo evalsub; mkdir sub
cat > sub/flake.nix <<'NIX'
{
  outputs = { self }: {
    packages.x86_64-linux.default = let x = 1; in
      x + "a";
    checks.x86_64-linux.c = builtins.throw "boom";
  };
}
NIX
commit
rec eval-sub-build $PWD nix build --no-link ./sub
rec eval-sub-check $PWD nix flake check ./sub

# undefined variable in flake.nix
mkrepo evalundef
cat > flake.nix <<NIX
{
  outputs = { self }:
    let
      version = cargoToml.package.version;
      $run_drv
    in {
      packages.x86_64-linux.default = run "app-\${version}" "echo > \$out";
      checks.x86_64-linux.fmt = run "check-fmt" "echo ok > \$out";
    };
}
NIX
commit
rec eval-undefined-check $PWD nix flake check
rec eval-undefined-check-trace $PWD nix flake check --show-trace
rec eval-undefined-build $PWD nix build --no-link --json .#default

# type error in a helper file called from flake.nix
mkrepo evalhelper; mkdir nix
cat > nix/version.nix <<'NIX'
# The version in the image tag: Cargo's version and the build number.
{ build ? 7 }:
builtins.concatStringsSep "." [ "0" "3" build ]
NIX
cat > flake.nix <<NIX
{
  outputs = { self }:
    let
      version = import ./nix/version.nix { };
      $run_drv
    in {
      packages.x86_64-linux.default = run "app-\${version}" "echo > \$out";
      checks.x86_64-linux.fmt = run "check-fmt" "echo ok > \$out";
    };
}
NIX
commit
rec eval-helper-check $PWD nix flake check
rec eval-helper-check-trace $PWD nix flake check --show-trace
rec eval-helper-build $PWD nix build --no-link --json .#default
rec eval-helper-build-trace $PWD nix build --no-link --json .#default --show-trace
# same, as a plain (non-git) directory via path:
rec eval-helper-check-path $PWD nix flake check path:$PWD --show-trace

# HTTP inputs
for case in 429 500 503 404 403 refused resolve reset partial hang; do
  case $case in
    refused) url=http://127.0.0.1:1/x.tar.gz ;;
    resolve) url=http://nfci-no-such-host.invalid/x.tar.gz ;;
    [0-9]*) url=http://127.0.0.1:18765/$case/x.tar.gz ;;
    *) url=http://127.0.0.1:18765/$case/x.tar.gz ;;
  esac
  mkrepo http$case
  cat > flake.nix <<NIX
{
  inputs.extra = { url = "$url"; flake = false; };
  outputs = { self, extra }: {
    checks.x86_64-linux.c = derivation { name = "c"; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" "echo \${extra} > \$out" ]; };
  };
}
NIX
  commit
  rec http-$case $PWD nix flake check
done
rm -rf $work
