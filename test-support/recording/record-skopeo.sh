#!/bin/sh
set -u
out=$1; img=$2; mkdir -p "$out"
work=$(mktemp -d /tmp/srec-XXXXXX); export HOME=$work XDG_RUNTIME_DIR=$work
rec() { name=$1; shift; "$@" >"$out/$name.stdout" 2>"$out/$name.stderr" </dev/null; echo $? >"$out/$name.exit"; }
a=$work/auth.json
echo wrong | rec skopeo-login-wrong-password skopeo login --authfile $a --tls-verify=false -u user --password-stdin 127.0.0.1:18766
rec skopeo-login-wrong-password skopeo login --authfile $a --tls-verify=false -u user -p wrong 127.0.0.1:18766
rec skopeo-push-unauthenticated skopeo copy --authfile $work/none.json --dest-tls-verify=false docker-archive:$img docker://127.0.0.1:18766/a/b:t
printf '{"auths":{"127.0.0.1:18766":{"auth":"%s"}}}' $(printf user:wrong | base64) > $work/bad.json
rec skopeo-push-wrong-password skopeo copy --authfile $work/bad.json --dest-tls-verify=false docker-archive:$img docker://127.0.0.1:18766/a/b:t
rec skopeo-push-https-to-http skopeo copy --authfile $work/none.json docker-archive:$img docker://127.0.0.1:18766/a/b:t
rec skopeo-login-https-to-http skopeo login --authfile $a -u user -p pass 127.0.0.1:18766
rec skopeo-push-connection-refused skopeo copy --authfile $work/none.json --dest-tls-verify=false docker-archive:$img docker://127.0.0.1:1/a/b:t
rec skopeo-login-connection-refused skopeo login --authfile $a --tls-verify=false -u user -p pass 127.0.0.1:1
rec skopeo-push-503 skopeo copy --authfile $work/none.json --dest-tls-verify=false docker-archive:$img docker://127.0.0.1:18767/a/b:t
rec skopeo-login-503 skopeo login --authfile $a --tls-verify=false -u user -p pass 127.0.0.1:18767
rec skopeo-push-429 timeout 300 skopeo copy --authfile $work/none.json --dest-tls-verify=false docker-archive:$img docker://127.0.0.1:18768/a/b:t
rec skopeo-login-429 timeout 300 skopeo login --authfile $a --tls-verify=false -u user -p pass 127.0.0.1:18768
rec skopeo-push-bad-archive skopeo copy --authfile $work/none.json --dest-tls-verify=false docker-archive:/etc/hostname docker://127.0.0.1:18766/a/b:t
rm -rf $work
