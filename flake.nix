{
  description = "Nix Flake CI: a GitHub Action that checks and builds a Nix flake and pushes its OCI image";

  # No flake.lock is committed: this file was written on machines that cannot
  # reach GitHub or nixos.org, so nixpkgs could not be fetched and locked.
  # The first `nix flake lock` (or any nix command on this flake) with network
  # access writes one; commit it then.
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  outputs =
    { self, nixpkgs }:
    let
      systems = [
        "x86_64-linux"
        "aarch64-linux"
        "x86_64-darwin"
        "aarch64-darwin"
      ];
      forAllSystems =
        f:
        builtins.listToAttrs (
          map (system: {
            name = system;
            value = f nixpkgs.legacyPackages.${system};
          }) systems
        );
    in
    {
      devShells = forAllSystems (pkgs: {
        default = pkgs.mkShell {
          packages = [
            pkgs.nodejs_20
            pkgs.skopeo
            pkgs.nil
            pkgs.nixfmt
          ];
        };
      });

      checks = forAllSystems (pkgs: {
        # The unit tests and the type check, with the exact npm dependencies of
        # package-lock.json: importNpmLock fetches each by its lock entry's
        # integrity hash, so no separate npmDepsHash is needed.
        tests = pkgs.buildNpmPackage {
          pname = "nix-flake-ci-tests";
          version = (builtins.fromJSON (builtins.readFile ./package.json)).version;
          src = pkgs.lib.cleanSourceWith {
            src = pkgs.lib.cleanSource ./.;
            filter =
              path: _type:
              !(builtins.elem (baseNameOf path) [
                "node_modules"
                ".tmp"
                "coverage"
              ]);
          };
          nodejs = pkgs.nodejs_20;
          npmDeps = pkgs.importNpmLock { npmRoot = ./.; };
          npmConfigHook = pkgs.importNpmLock.npmConfigHook;
          # Install scripts (native file watchers, esbuild's binary check) are
          # not needed by tsc or jest, and cannot fetch anything in the sandbox.
          npmRebuildFlags = [ "--ignore-scripts" ];
          buildPhase = ''
            runHook preBuild
            npm run build
            node --experimental-vm-modules node_modules/jest/bin/jest.js --ci --runInBand __tests__/unit
            runHook postBuild
          '';
          installPhase = ''
            runHook preInstall
            mkdir -p $out
            touch $out/passed
            runHook postInstall
          '';
        };
      });

      # nixfmt is the RFC 166 formatter (once packaged as nixfmt-rfc-style,
      # now a deprecated alias of it).
      formatter = forAllSystems (pkgs: pkgs.nixfmt);
    };
}
