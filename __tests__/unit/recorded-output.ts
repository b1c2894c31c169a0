// What the real tools printed, copied verbatim from runs on the test machine
// (Debian 12: nix 2.8.0, skopeo 1.9.3, docker-registry 2.8.2), with the
// environment of TESTING.md. Flakes: fixture flakes with `builder = "/bin/sh"`;
// HTTP failures: a flake input served by a loopback server answering with the
// status; registry failures: a local htpasswd-protected registry, and a
// loopback server answering 503/429 to everything.
// The one text not from Nix 2.8 (NIX_NEW_CANNOT_BUILD) follows the format
// strings of Nix's derivation-building-goal.cc, as newer releases print it.

/** `nix flake check` with a failing check (exit 100). */
export const NIX_CHECK_FAILED = String.raw`warning: Git tree '/tmp/cap/f' is dirty
evaluating flake...
running flake checks...
building '/nix/store/pwjr9bssjj6p4gj40n624c061xm9j6a1-check-fmt.drv'...
building '/nix/store/s25r8jh918q7k1xn0knsc7ypih4802df-check-test.drv'...
error: builder for '/nix/store/s25r8jh918q7k1xn0knsc7ypih4802df-check-test.drv' failed with exit code 1;
       last 4 log lines:
       > running 3 tests
       > error[E0308]: mismatched types
       >   --> src/main.rs:10:5
       > test result: FAILED
       For full logs, run 'nix log /nix/store/s25r8jh918q7k1xn0knsc7ypih4802df-check-test.drv'.
`

/** `nix build --json --no-link .#ok`: stderr then stdout, as a runner interleaves them. */
export const NIX_BUILD_JSON_STDOUT = String.raw`[{"drvPath":"/nix/store/2z6v7zpfgxzgrhi3q0xvmy290rcxqk7q-ok.drv","outputs":{"out":"/nix/store/2n19alnjssy0y6mjaf7w33sa32x6h17r-ok"}}]
`

/** `nix build` of a package whose dependency's builder failed; its log mentions HTTP error 500. */
export const NIX_DEPENDENCY_FAILED = String.raw`warning: Git tree '/tmp/cap/d' is dirty
building '/nix/store/lq9d31y7l3wqgkvdxqp8mvdy8b6js4mq-crate-deps.drv'...
error: builder for '/nix/store/lq9d31y7l3wqgkvdxqp8mvdy8b6js4mq-crate-deps.drv' failed with exit code 2;
       last 2 log lines:
       > compiling serde v1.0
       > curl: (22) The requested URL returned error: 500 (HTTP error 500)
       For full logs, run 'nix log /nix/store/lq9d31y7l3wqgkvdxqp8mvdy8b6js4mq-crate-deps.drv'.
error: 1 dependencies of derivation '/nix/store/01xl94mfw7v8bdipyl4sql4dkyhgx3jp-image-dev.drv' failed to build
`

/** The same two failures as newer Nix words them (`Cannot build '…'.` + `Reason:`). */
export const NIX_NEW_CANNOT_BUILD = String.raw`building '/nix/store/lq9d31y7l3wqgkvdxqp8mvdy8b6js4mq-crate-deps.drv'...
error: Cannot build '/nix/store/lq9d31y7l3wqgkvdxqp8mvdy8b6js4mq-crate-deps.drv'.
       Reason: builder failed with exit code 2.
       Output paths:
         /nix/store/1rdwq0b4mx6mkqphh3a0wn2rh1grzx39-crate-deps
       Last 2 log lines:
       > compiling serde v1.0
       > curl: (22) The requested URL returned error: 500 (HTTP error 500)
       For full logs, run:
         nix log /nix/store/lq9d31y7l3wqgkvdxqp8mvdy8b6js4mq-crate-deps.drv
error: Cannot build '/nix/store/01xl94mfw7v8bdipyl4sql4dkyhgx3jp-image-dev.drv'.
       Reason: 1 dependency failed.
       Output paths:
         /nix/store/9m4q9k7s0x4cz0r3m2bj1yqkqdjm5b0c-image-dev
`

/** An evaluation error in `sub/flake.nix` of a git repository (`nix build ./sub`, exit 1). */
export const NIX_EVAL_ERROR_SUB = String.raw`warning: Git tree '/tmp/cap/g' is dirty
error: cannot add a string to an integer

       at /nix/store/gghfdamj5xd5kb1ap3hm71va8070wh0j-source/sub/flake.nix:4:11:

            3|     packages.x86_64-linux.default = let x = 1; in
            4|       x + "a";
             |           ^
            5|     checks.x86_64-linux.c = builtins.throw "boom";
`

/** `nix flake check` whose input URL answers `status` (Nix 2.8 retries 4 times itself first for 429/5xx). */
export function nixDownloadFailure(status: 429 | 500 | 503 | 404 | 403): string {
  return NIX_DOWNLOAD[status]
}

const NIX_DOWNLOAD: Record<429 | 500 | 503 | 404 | 403, string> = {
  429: String.raw`warning: Git tree '/tmp/cap/h429' is dirty
warning: error: unable to download 'http://127.0.0.1:18765/429/x.tar.gz': HTTP error 429 ('Too Many Requests')

       response body:

       nope; retrying in 346 ms
warning: error: unable to download 'http://127.0.0.1:18765/429/x.tar.gz': HTTP error 429 ('Too Many Requests')

       response body:

       nope; retrying in 593 ms
warning: error: unable to download 'http://127.0.0.1:18765/429/x.tar.gz': HTTP error 429 ('Too Many Requests')

       response body:

       nope; retrying in 1277 ms
warning: error: unable to download 'http://127.0.0.1:18765/429/x.tar.gz': HTTP error 429 ('Too Many Requests')

       response body:

       nope; retrying in 2112 ms
error: unable to download 'http://127.0.0.1:18765/429/x.tar.gz': HTTP error 429 ('Too Many Requests')

       response body:

       nope
(use '--show-trace' to show detailed location information)
`,
  500: String.raw`warning: Git tree '/tmp/cap/h500' is dirty
warning: error: unable to download 'http://127.0.0.1:18765/500/x.tar.gz': HTTP error 500 ('Internal Server Error')

       response body:

       nope; retrying in 259 ms
warning: error: unable to download 'http://127.0.0.1:18765/500/x.tar.gz': HTTP error 500 ('Internal Server Error')

       response body:

       nope; retrying in 582 ms
warning: error: unable to download 'http://127.0.0.1:18765/500/x.tar.gz': HTTP error 500 ('Internal Server Error')

       response body:

       nope; retrying in 1269 ms
warning: error: unable to download 'http://127.0.0.1:18765/500/x.tar.gz': HTTP error 500 ('Internal Server Error')

       response body:

       nope; retrying in 2056 ms
error: unable to download 'http://127.0.0.1:18765/500/x.tar.gz': HTTP error 500 ('Internal Server Error')

       response body:

       nope
(use '--show-trace' to show detailed location information)
`,
  503: String.raw`warning: Git tree '/tmp/cap/h503' is dirty
warning: error: unable to download 'http://127.0.0.1:18765/503/x.tar.gz': HTTP error 503 ('Service Unavailable')

       response body:

       nope; retrying in 346 ms
warning: error: unable to download 'http://127.0.0.1:18765/503/x.tar.gz': HTTP error 503 ('Service Unavailable')

       response body:

       nope; retrying in 512 ms
warning: error: unable to download 'http://127.0.0.1:18765/503/x.tar.gz': HTTP error 503 ('Service Unavailable')

       response body:

       nope; retrying in 1086 ms
warning: error: unable to download 'http://127.0.0.1:18765/503/x.tar.gz': HTTP error 503 ('Service Unavailable')

       response body:

       nope; retrying in 2323 ms
error: unable to download 'http://127.0.0.1:18765/503/x.tar.gz': HTTP error 503 ('Service Unavailable')

       response body:

       nope
(use '--show-trace' to show detailed location information)
`,
  404: String.raw`warning: Git tree '/tmp/cap/h404' is dirty
error: unable to download 'http://127.0.0.1:18765/404/x.tar.gz': HTTP error 404 ('Not Found')

       response body:

       nope
(use '--show-trace' to show detailed location information)
`,
  403: String.raw`warning: Git tree '/tmp/cap/h403' is dirty
error: unable to download 'http://127.0.0.1:18765/403/x.tar.gz': HTTP error 403 ('Forbidden')

       response body:

       {"message":"API rate limit exceeded for 1.2.3.4."}
(use '--show-trace' to show detailed location information)
`
}

/** A flake input on a port nobody listens on. */
export const NIX_CONNECTION_REFUSED = String.raw`warning: Git tree '/tmp/cap/href' is dirty
warning: error: unable to download 'http://127.0.0.1:1/x.tar.gz': Couldn't connect to server (7); retrying in 299 ms
warning: error: unable to download 'http://127.0.0.1:1/x.tar.gz': Couldn't connect to server (7); retrying in 639 ms
warning: error: unable to download 'http://127.0.0.1:1/x.tar.gz': Couldn't connect to server (7); retrying in 1297 ms
warning: error: unable to download 'http://127.0.0.1:1/x.tar.gz': Couldn't connect to server (7); retrying in 2081 ms
error: unable to download 'http://127.0.0.1:1/x.tar.gz': Couldn't connect to server (7)
(use '--show-trace' to show detailed location information)
`

// skopeo 1.9.3, exit 1 each time.

export const SKOPEO_LOGIN_WRONG_PASSWORD = String.raw`time="2026-11-24T10:38:43Z" level=fatal msg="logging into \"127.0.0.1:18766\": invalid username/password"
`

export const SKOPEO_PUSH_UNAUTHENTICATED = String.raw`Getting image source signatures
Copying blob sha256:1412d569703b4e3dc4fa13b85a03410d9564a6219728af4d4ebd622a37476378
time="2026-11-24T10:38:44Z" level=fatal msg="trying to reuse blob sha256:1412d569703b4e3dc4fa13b85a03410d9564a6219728af4d4ebd622a37476378 at destination: checking whether a blob sha256:1412d569703b4e3dc4fa13b85a03410d9564a6219728af4d4ebd622a37476378 exists in 127.0.0.1:18766/a/b: unauthorized: authentication required"
`

export const SKOPEO_PUSH_HTTPS_TO_HTTP = String.raw`Getting image source signatures
Copying blob sha256:1412d569703b4e3dc4fa13b85a03410d9564a6219728af4d4ebd622a37476378
time="2026-11-24T10:38:44Z" level=fatal msg="trying to reuse blob sha256:1412d569703b4e3dc4fa13b85a03410d9564a6219728af4d4ebd622a37476378 at destination: pinging container registry 127.0.0.1:18766: Get \"https://127.0.0.1:18766/v2/\": http: server gave HTTP response to HTTPS client"
`

export const SKOPEO_LOGIN_HTTPS_TO_HTTP = String.raw`time="2026-11-24T10:38:44Z" level=fatal msg="authenticating creds for \"127.0.0.1:18766\": pinging container registry 127.0.0.1:18766: Get \"https://127.0.0.1:18766/v2/\": http: server gave HTTP response to HTTPS client"
`

export const SKOPEO_PUSH_CONNECTION_REFUSED = String.raw`Getting image source signatures
Copying blob sha256:1412d569703b4e3dc4fa13b85a03410d9564a6219728af4d4ebd622a37476378
time="2026-11-24T10:38:44Z" level=fatal msg="trying to reuse blob sha256:1412d569703b4e3dc4fa13b85a03410d9564a6219728af4d4ebd622a37476378 at destination: pinging container registry 127.0.0.1:1: Get \"http://127.0.0.1:1/v2/\": dial tcp 127.0.0.1:1: connect: connection refused"
`

export const SKOPEO_LOGIN_CONNECTION_REFUSED = String.raw`time="2026-11-24T10:38:44Z" level=fatal msg="authenticating creds for \"127.0.0.1:1\": pinging container registry 127.0.0.1:1: Get \"http://127.0.0.1:1/v2/\": dial tcp 127.0.0.1:1: connect: connection refused"
`

export const SKOPEO_PUSH_503 = String.raw`Getting image source signatures
Copying blob sha256:1412d569703b4e3dc4fa13b85a03410d9564a6219728af4d4ebd622a37476378
time="2026-11-24T10:38:49Z" level=fatal msg="trying to reuse blob sha256:1412d569703b4e3dc4fa13b85a03410d9564a6219728af4d4ebd622a37476378 at destination: pinging container registry 127.0.0.1:18767: invalid status code from registry 503 (Service Unavailable)"
`

export const SKOPEO_LOGIN_503 = String.raw`time="2026-11-24T10:38:49Z" level=fatal msg="authenticating creds for \"127.0.0.1:18767\": pinging container registry 127.0.0.1:18767: invalid status code from registry 503 (Service Unavailable)"
`

export const SKOPEO_PUSH_429 = String.raw`Getting image source signatures
Copying blob sha256:1412d569703b4e3dc4fa13b85a03410d9564a6219728af4d4ebd622a37476378
time="2026-11-24T10:39:51Z" level=fatal msg="trying to reuse blob sha256:1412d569703b4e3dc4fa13b85a03410d9564a6219728af4d4ebd622a37476378 at destination: pinging container registry 127.0.0.1:18767: too many requests to registry"
`

export const SKOPEO_LOGIN_429 = String.raw`time="2026-11-24T10:40:51Z" level=fatal msg="authenticating creds for \"127.0.0.1:18767\": pinging container registry 127.0.0.1:18767: too many requests to registry"
`
