{
  description = "k8s-cloud-tagger: checks, the service and its dev OCI image";

  # No inputs: the CI machines have no nixpkgs and no network. Every derivation
  # runs a script of ./nix with the host's /bin/sh and coreutils, which works
  # with `sandbox = false` (see TESTING.md). A real flake would use nixpkgs,
  # crane and dockerTools; the outputs have the same names and shapes.
  outputs = { self }:
    let
      version = "0.3.1";
      systems = [ "x86_64-linux" "aarch64-linux" ];
      forAllSystems = f: builtins.listToAttrs
        (map (system: { name = system; value = f system; }) systems);

      # OCI architecture names of the Nix systems above.
      archOf = { x86_64-linux = "amd64"; aarch64-linux = "arm64"; };

      # Attributes given to every derivation (test fixtures add inputs here).
      extraInputs = { };

      run = system: name: script: attrs: derivation ({
        inherit name system version;
        builder = "/bin/sh";
        args = [ "-eu" script ];
        PATH = "/usr/bin:/bin";
        # Only the Rust sources: editing flake.nix or assets/ leaves checks cached.
        src = ./src;
      } // extraInputs // attrs);

      checkScripts = {
        fmt = ./nix/fmt.sh;
        clippy = ./nix/clippy.sh;
        test = ./nix/test.sh;
      };

      app = system: run system "k8s-cloud-tagger-${version}" ./nix/package.sh { };
    in
    {
      checks = forAllSystems (system: builtins.mapAttrs
        (check: script: run system "check-${check}" script { })
        checkScripts);

      packages = forAllSystems (system: {
        default = app system;
        image-dev = run system "docker-image-k8s-cloud-tagger-dev.tar" ./nix/image.sh {
          app = app system;
          assets = ./assets;
          arch = archOf.${system};
          imageName = "k8s-cloud-tagger-dev";
          imageTag = version;
        };
      });
    };
}
