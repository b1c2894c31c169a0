# Stand-in for the Rust build: the "binary" is a script that prints what it
# was built from, so the image content follows the sources.
mkdir -p "$out/bin" "$out/share/k8s-cloud-tagger"
cp -R "$src" "$out/share/k8s-cloud-tagger/src"
[ -z "${vendor:-}" ] || cp -R "$vendor" "$out/share/k8s-cloud-tagger/vendor"
chmod -R u+w "$out/share"
cat > "$out/bin/k8s-cloud-tagger" <<SCRIPT
#!/bin/sh
echo "k8s-cloud-tagger $version"
SCRIPT
chmod 0555 "$out/bin/k8s-cloud-tagger"
