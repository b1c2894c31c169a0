# Stand-in for `cargo fmt --check`: no tabs, no trailing blanks, no CRLF in Rust
# sources. Runs under /bin/sh with only host tools (the flake has no nixpkgs).
bad=$(grep -rnE "$(printf '\t')|[[:space:]]+\$|$(printf '\r')" --include='*.rs' "$src" || true)
if [ -n "$bad" ]; then
  echo "Diff in formatting:"
  echo "$bad" | sed "s|$src/|src/|"
  exit 1
fi
echo "fmt: $(find "$src" -name '*.rs' | wc -l) files formatted"
[ -z "${vendor:-}" ] || echo "fmt: vendored input $(ls "$vendor" | tr '\n' ' ')"
touch "$out"
