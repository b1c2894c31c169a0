export const IMAGE_SH = `umask 022
tarflags="--sort=name --mtime=@1 --owner=0 --group=0 --numeric-owner --format=gnu"
mkdir -p layer/etc archive
printf '%s\\n' "$marker" > layer/etc/marker
tar $tarflags -C layer -cf layer.tar etc
sum=$(sha256sum layer.tar | cut -d' ' -f1)
mkdir -p archive/$sum && mv layer.tar archive/$sum/layer.tar
printf '{"architecture":"amd64","os":"linux","config":{},"rootfs":{"type":"layers","diff_ids":["sha256:%s"]}}' "$sum" > config.json
config=$(sha256sum config.json | cut -d' ' -f1)
mv config.json archive/$config.json
printf '[{"Config":"%s.json","RepoTags":["x:y"],"Layers":["%s/layer.tar"]}]\\n' "$config" "$sum" > archive/manifest.json
tar $tarflags -C archive -cf image.tar manifest.json $config.json $sum
case "$mode" in
  plain) cp image.tar "$out" ;;
  gz) gzip -n -c image.tar > "$out" ;;
  stream) mkdir -p "$out.d"; cp image.tar "$out.d/"; printf '#!/bin/sh\\nexec /bin/cat %s\\n' "$out.d/image.tar" > "$out"; chmod +x "$out" ;;
esac
`
// stream: the tar lives beside the script in a second output-ish path? keep it simple: a data derivation.
export function flakeNix(opts: { checks?: Record<string, string>; marker?: string; extraLet?: string } = {}): string {
  const checks = opts.checks ?? { ok: 'echo fine; touch $out' }
  const checkAttrs = Object.entries(checks).map(([n, s]) => `        ${n} = run "check-${n}" ''${s}'' { };`).join('\n')
  return `{
  outputs = { self }:
    let
      system = "x86_64-linux";
      run = name: script: attrs: derivation ({
        inherit name system;
        builder = "/bin/sh";
        args = [ "-euc" script ];
        PATH = "/usr/bin:/bin";
      } // attrs);
      image = mode: run "image-\${mode}" (builtins.readFile ./image.sh) { inherit mode; marker = "${opts.marker ?? 'm1'}"; };
      streamData = run "image-stream-data" (builtins.readFile ./image.sh) { mode = "plain"; marker = "${opts.marker ?? 'm1'}"; };
    in {
      checks.\${system} = {
${checkAttrs}
      };
      packages.\${system} = {
        default = run "hello" "mkdir -p $out/bin; echo hi > $out/bin/hello" { };
        notes = run "notes.txt" "echo just text > $out" { };
        image-dev = image "plain";
        image-gz = image "gz";
        image-stream = run "stream-image" "printf '#!/bin/sh\\\\nexec /bin/cat %s\\\\n' \${streamData} > $out; chmod +x $out" { };
        stream-fails = run "stream-fails" "printf '#!/bin/sh\\\\necho boom >&2; exit 3\\\\n' > $out; chmod +x $out" { };
      };
    };
}
`
}
