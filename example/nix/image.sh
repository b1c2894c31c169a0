# Writes the dev image as a docker-archive (the layout `docker save` and
# dockerTools.buildImage produce) into the single file $out, so that
# `skopeo copy docker-archive:<store path> ...` reads the build result as is.
# Two layers: a base layer that never changes, and the app layer that follows
# the sources, so a source change re-uploads one layer, not two.
# Everything is reproducible: same inputs, byte-identical tarball.
umask 022
tarflags="--sort=name --mtime=@1 --owner=0 --group=0 --numeric-owner --format=gnu"
created=1970-01-01T00:00:01Z

mkdir -p base/etc app/app app/etc/k8s-cloud-tagger archive
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' > base/etc/passwd
printf 'root:x:0:\nnogroup:x:65534:\n' > base/etc/group
printf 'ID=k8s-cloud-tagger-base\nNAME="k8s-cloud-tagger base"\n' > base/etc/os-release
tar $tarflags -C base -cf base.tar etc

# Store files are read-only (0444/0555); give the image normal modes.
cp -R "$app/." app/app/
cp -R "$assets/." app/etc/k8s-cloud-tagger/
chmod -R u+w,go-w,a+rX app
tar $tarflags -C app -cf app.tar app etc

layers=""
diffids=""
for layer in base app; do
  sum=$(sha256sum "$layer.tar" | cut -d' ' -f1)
  mkdir -p "archive/$sum"
  mv "$layer.tar" "archive/$sum/layer.tar"
  layers="$layers${layers:+,}\"$sum/layer.tar\""
  diffids="$diffids${diffids:+,}\"sha256:$sum\""
done

printf '{"architecture":"%s","os":"linux","created":"%s","config":{"Entrypoint":["/app/bin/k8s-cloud-tagger"],"Env":["PATH=/app/bin:/usr/bin:/bin"],"Labels":{"org.opencontainers.image.title":"%s","org.opencontainers.image.version":"%s"}},"rootfs":{"type":"layers","diff_ids":[%s]},"history":[{"created":"%s","created_by":"nix: base layer"},{"created":"%s","created_by":"nix: %s %s"}]}' \
  "$arch" "$created" "$imageName" "$version" "$diffids" "$created" "$created" "$imageName" "$version" > config.json
config=$(sha256sum config.json | cut -d' ' -f1)
mv config.json "archive/$config.json"
printf '[{"Config":"%s.json","RepoTags":["%s:%s"],"Layers":[%s]}]\n' "$config" "$imageName" "$imageTag" "$layers" > archive/manifest.json

tar $tarflags -C archive -cf "$out" manifest.json "$config.json" $(cd archive && ls -d */)
