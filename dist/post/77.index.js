export const id = 77;
export const ids = [77];
export const modules = {

/***/ 4077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  saveCache: () => (/* binding */ saveCache)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/registry/reference.ts
// The OCI distribution grammar for the parts of `<registry>/<image>:<tag>`.
// Checked up front so that skopeo never sees a value it could read as an
// option, and a typo fails before a long build rather than after it.
const HOST_LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const REGISTRY = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]{1,5})?$`);
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const IMAGE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** Returns why `value` is not a registry host, or undefined when it is one. */
function reference_registryProblem(value) {
    if (/^[a-z]+:\/\//i.test(value))
        return 'a host name without a scheme, e.g. `quay.io` (drop the `https://`)';
    if (value.includes('/'))
        return 'a host name only, e.g. `quay.io`; put the repository path in `image`';
    if (!REGISTRY.test(value))
        return 'a host name with an optional port, e.g. `quay.io`, `ghcr.io` or `127.0.0.1:5000`';
    const port = /:(\d+)$/.exec(value)?.[1];
    if (port !== undefined && Number(port) > 65535)
        return 'a port no larger than 65535';
    return undefined;
}
function reference_imageProblem(value) {
    if (value.length > 255)
        return 'a repository path of at most 255 characters';
    if (!IMAGE.test(value)) {
        const hint = /[A-Z]/.test(value) ? ' (repository names are lower case)' : '';
        return `a repository path of lower-case letters, digits and separators (. _ - /), e.g. \`upgrades/k8s-cloud-tagger-dev\`${hint}`;
    }
    return undefined;
}
function reference_tagProblem(value) {
    if (!TAG.test(value)) {
        return 'tags of 1 to 128 letters, digits, `_`, `.` or `-`, not starting with `.` or `-`';
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __webpack_require__(6353);
;// CONCATENATED MODULE: ./src/plan/tags.ts
// The tags to push: given ones with their `{{…}}` templates filled from the
// run, or the default `sha-<commit>`. Templates are checked for syntax when
// the inputs are parsed and filled before any stage runs, so a tag that
// cannot be made fails the step before a long build, not after it.
// One function of semver, not its index: the index builds every class and
// range table at start-up, which every run would pay for.


const PLACEHOLDERS = (/* unused pure expression or super */ null && (['sha', 'branch', 'tag', 'version', 'major', 'minor', 'patch']));
// `{{ name }}`, spaces inside the braces allowed as in docker/metadata-action.
const TEMPLATE = /\{\{\s*([A-Za-z_]*)\s*\}\}/g;
function placeholdersOf(template) {
    return [...template.matchAll(TEMPLATE)].map(match => match[1]);
}
/**
 * Why `template` is not a tag or a tag template, or undefined when it is one.
 * The literal text around the placeholders must itself be tag characters;
 * the filled tag is checked again once it is known.
 */
function tags_templateProblem(template) {
    for (const match of template.matchAll(TEMPLATE)) {
        const name = match[1] ?? '';
        if (!PLACEHOLDERS.includes(name)) {
            return `templates among ${PLACEHOLDERS.map(p => `\`{{${p}}}\``).join(', ')}; \`${match[0]}\` is not one`;
        }
    }
    const literal = template.replace(TEMPLATE, 'x');
    if (/[{}]/.test(literal))
        return 'templates written `{{name}}`, with both braces on each side';
    // A template may start with a placeholder whose value starts with a letter or digit.
    return tagProblem(template.replace(TEMPLATE, '0'));
}
function parseSemVer(name) {
    // semver.parse trims spaces; a name with them is not a version tag.
    const parsed = name === name.trim() ? parseVersion(name) : null;
    if (!parsed)
        return undefined;
    // `+` is not a tag character; build metadata becomes `_…`, as docker/metadata-action does.
    const version = name.replace(/^v/, '').replace('+', '_');
    return { version, major: String(parsed.major), minor: String(parsed.minor), patch: String(parsed.patch), prerelease: parsed.prerelease.length > 0 };
}
/**
 * A branch name as an OCI tag: characters outside `[A-Za-z0-9_.-]` (the
 * `/` of `feature/x`) become `-`, no leading `.` or `-`, at most 128.
 */
function sanitiseBranch(branch) {
    return branch
        .replace(/[^A-Za-z0-9_.-]/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
}
function tagName(source) {
    if (source.eventName === 'release' && source.releaseTag)
        return source.releaseTag;
    if (source.ref.startsWith('refs/tags/'))
        return source.ref.slice('refs/tags/'.length);
    return undefined;
}
function branchName(source) {
    if (source.headRef)
        return source.headRef;
    if (source.ref.startsWith('refs/heads/'))
        return source.ref.slice('refs/heads/'.length);
    return undefined;
}
function describeRun(source) {
    const event = source.eventName === '' ? 'an unknown event' : `a \`${source.eventName}\` event`;
    return source.ref === '' ? event : `${event} on \`${source.ref}\``;
}
/** The first 7 characters of the commit, or undefined when GITHUB_SHA is not a commit hash. */
function shortSha(source) {
    return source.sha && /^[0-9a-f]{7,}$/i.test(source.sha) ? source.sha.slice(0, 7).toLowerCase() : undefined;
}
function semVerOf(source) {
    const name = tagName(source);
    return name === undefined ? undefined : parseSemVer(name);
}
/** The value of one placeholder for this run; throws saying which event would fill it. */
function fillerFor(source) {
    const semver = semVerOf(source);
    return name => {
        switch (name) {
            case 'sha': {
                const sha = shortSha(source);
                if (sha === undefined)
                    throw new Error('`{{sha}}` needs the commit (GITHUB_SHA), which this runner did not give as a commit hash');
                return sha;
            }
            case 'branch': {
                const branch = branchName(source);
                const value = branch === undefined ? '' : sanitiseBranch(branch);
                if (value === '') {
                    throw new Error(`\`{{branch}}\` is filled on a push to a branch (\`refs/heads/…\`) or a pull request; this is ${describeRun(source)}`);
                }
                return value;
            }
            case 'tag': {
                // The tag's own name, semantic version or not (`nightly`, `v1.2`, `v1.2.3`).
                const tag = tagName(source);
                if (tag === undefined)
                    throw new Error(`\`{{tag}}\` is filled on a push of a tag (\`refs/tags/…\`) or a \`release\` event; this is ${describeRun(source)}`);
                return tag;
            }
            default: {
                if (!semver) {
                    const tag = tagName(source);
                    const why = tag === undefined ? `this is ${describeRun(source)}` : `\`${tag}\` is not a semantic version`;
                    throw new Error(`\`{{${name}}}\` is filled on a push of a semantic-version tag (\`refs/tags/v1.2.3\`) or a \`release\` event whose tag is one (\`v1.2.3\`, \`1.2.3-rc.1\`); ${why}`);
                }
                return semver[name];
            }
        }
    };
}
/**
 * A short tag (`{{major}}`, `{{major}}.{{minor}}`, `v{{major}}`) follows the
 * newest stable release, so a pre-release must not move it.
 */
function isShortTag(template) {
    const used = placeholdersOf(template);
    return (used.includes('major') || used.includes('minor')) && !used.includes('patch') && !used.includes('version');
}
/** Fills one template; the filled tag must be a valid OCI tag. */
function fillTemplate(template, source) {
    const fill = fillerFor(source);
    const tag = template.replace(TEMPLATE, (_match, name) => fill(name));
    const problem = tagProblem(tag);
    if (problem)
        throw new Error(`${JSON.stringify(template)} gives ${JSON.stringify(tag)}, but tags must be ${problem}`);
    return tag;
}
/**
 * The tags to push: the given ones filled (short tags left out for a
 * pre-release), or `sha-<first 7 of the commit>`. Throws when a template
 * cannot be filled for this run.
 */
function resolveTags(given, source) {
    if (given.length === 0) {
        const sha = shortSha(source);
        if (sha === undefined)
            throw new Error('no `tags` given and GITHUB_SHA is not a commit hash, so no default `sha-<commit>` tag can be made');
        return [`sha-${sha}`];
    }
    // A pre-release version leaves the short tags where they are.
    const prerelease = semVerOf(source)?.prerelease === true;
    const kept = given.filter(template => !(prerelease && isShortTag(template)));
    if (kept.length === 0) {
        throw new Error(`every tag (${given.join(', ')}) is a short version tag, and those are not moved by the pre-release \`${tagName(source) ?? ''}\`; add \`{{version}}\``);
    }
    return [...new Set(kept.map(template => fillTemplate(template, source)))];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/nix/hash-forms.ts
// A hash as Nix prints it (`sha256-<base64>`, `sha256:<nix32>`, `sha256:<hex>`)
// and the other ways a flake may spell the same hash: Nix's own base-32,
// base-16 and SRI. Pure conversions, so a stale hash can be found in a file
// whatever form its author wrote it in.
const NIX32 = '0123456789abcdfghijklmnpqrsvwxyz';
/** Digest sizes in bytes of the algorithms fixed-output derivations use. */
const SIZES = { md5: 16, sha1: 20, sha256: 32, sha512: 64 };
/** Nix's base-32: the digest read from its last byte, 5 bits at a time. */
function hash_forms_toNix32(bytes) {
    const length = Math.ceil((bytes.length * 8) / 5);
    let out = '';
    for (let n = length - 1; n >= 0; n--) {
        const bit = n * 5;
        const i = Math.floor(bit / 8);
        const j = bit % 8;
        const value = ((bytes[i] ?? 0) >> j) | (i + 1 < bytes.length ? (bytes[i + 1] ?? 0) << (8 - j) : 0);
        out += NIX32.charAt(value & 0x1f);
    }
    return out;
}
/** The bytes of a Nix base-32 string, or undefined when it is not one of `size` bytes. */
function fromNix32(text, size) {
    if (text.length !== Math.ceil((size * 8) / 5))
        return undefined;
    const bytes = new Uint8Array(size);
    for (let n = 0; n < text.length; n++) {
        const digit = NIX32.indexOf(text[text.length - n - 1] ?? '');
        if (digit < 0)
            return undefined;
        const bit = n * 5;
        const i = Math.floor(bit / 8);
        const j = bit % 8;
        bytes[i] = (bytes[i] ?? 0) | ((digit << j) & 0xff);
        const carry = digit >> (8 - j);
        if (i + 1 < size)
            bytes[i + 1] = (bytes[i + 1] ?? 0) | carry;
        else if (carry !== 0)
            return undefined;
    }
    return bytes;
}
function digestOf(algo, text) {
    const size = SIZES[algo];
    if (size === undefined)
        return undefined;
    if (text.length === size * 2 && /^[0-9a-f]+$/i.test(text))
        return Uint8Array.from(Buffer.from(text, 'hex'));
    const nix32 = fromNix32(text, size);
    if (nix32)
        return nix32;
    if (/^[A-Za-z0-9+/]+=*$/.test(text)) {
        const bytes = Buffer.from(text, 'base64');
        if (bytes.length === size)
            return Uint8Array.from(bytes);
    }
    return undefined;
}
/** Every form of a hash Nix printed (`sha256-…` or `sha256:…`), or undefined when it is none. */
function hashForms(printed) {
    const match = /^(md5|sha1|sha256|sha512)[-:](.+)$/.exec(printed.trim());
    if (!match)
        return undefined;
    const algo = match[1] ?? '';
    const bytes = digestOf(algo, match[2] ?? '');
    if (!bytes)
        return undefined;
    return { algo, sri: `${algo}-${Buffer.from(bytes).toString('base64')}`, nix32: hash_forms_toNix32(bytes), base16: Buffer.from(bytes).toString('hex') };
}
/** The strings to look for in a file: the SRI form, and the bare base-64, base-32 and base-16 digests. */
function searchForms(forms) {
    return [forms.sri, forms.sri.slice(forms.algo.length + 1), forms.nix32, forms.base16];
}

;// CONCATENATED MODULE: ./src/cache/signing.ts
// Nix's binary-cache signatures, in JS: the key format `nix key
// generate-secret` writes (`name:base64(64-byte ed25519 secret)`, the seed
// then the public key, as libsodium keeps it), the public key Nix is told to
// trust, and the check of a .narinfo's `Sig:` over Nix's fingerprint of the
// path. Checked here as well as by Nix, so a refused entry is named in the
// log and never served at all, rather than refused by Nix path by path.


/** PKCS#8 DER of an ed25519 private key, less its 32-byte seed. */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
/**
 * The key, or a reason it is not one (the reason never holds the value). The
 * public half must be the seed's own: a key pasted from two different keys
 * would sign what no one can verify.
 */
function parseSigningKey(value) {
    const colon = value.indexOf(':');
    const name = value.slice(0, colon);
    const encoded = value.slice(colon + 1);
    if (colon <= 0 || !/^[A-Za-z0-9._-]+$/.test(name) || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) {
        return 'expected `name:base64` as `nix key generate-secret` writes it';
    }
    const bytes = Buffer.from(encoded, 'base64');
    if (bytes.length !== 64)
        return `expected a 64-byte ed25519 secret after \`${name}:\`, got ${bytes.length} bytes`;
    const seed = bytes.subarray(0, 32);
    const given = bytes.subarray(32);
    const derived = (0,external_node_crypto_.createPublicKey)((0,external_node_crypto_.createPrivateKey)({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' }));
    const x = Buffer.from(derived.export({ format: 'jwk' }).x ?? '', 'base64url');
    if (!x.equals(given))
        return `the last 32 bytes after \`${name}:\` are not the public key of the first 32`;
    return { name, secret: value, publicKey: `${name}:${given.toString('base64')}` };
}
function publicKeyObject(publicKey) {
    const raw = Buffer.from(publicKey.slice(publicKey.indexOf(':') + 1), 'base64');
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}
/** What Nix signs for a path: `1;<path>;<narHash>;<narSize>;<references, full paths, comma-joined>`. */
function fingerprint(storePath, narHash, narSize, references) {
    return `1;${storePath};${narHash};${narSize};${[...references].sort().join(',')}`;
}
/** Whether one of `sigs` (`name:base64`) is `publicKey`'s over `text`. */
function signedBy(publicKey, text, sigs) {
    const name = publicKey.slice(0, publicKey.indexOf(':'));
    const key = publicKeyObject(publicKey);
    return sigs.some(sig => sig.startsWith(`${name}:`) && verify(null, Buffer.from(text), key, Buffer.from(sig.slice(name.length + 1), 'base64')));
}
/** Whether `narHash` (`sha256:` in Nix's base-32 or hex, or SRI `sha256-…`) names the SHA-256 `digest`. */
function hashMatches(narHash, digest) {
    return [`sha256:${toNix32(digest)}`, `sha256:${digest.toString('hex')}`, `sha256-${digest.toString('base64')}`].includes(narHash);
}

;// CONCATENATED MODULE: ./src/plan/inputs.ts
// The action's inputs, read once, checked all at once before any stage runs.




/** Splits a list input (`tags`, `checks`, …) on commas and new lines, dropping empty entries and repeats. */
function splitList(value) {
    const items = value
        .split(/[,\n]/)
        .map(item => item.trim())
        .filter(item => item.length > 0);
    return [...new Set(items)];
}
const TRUE = (/* unused pure expression or super */ null && (['true', 'True', 'TRUE']));
const FALSE = (/* unused pure expression or super */ null && (['false', 'False', 'FALSE']));
const MAX_ATTEMPTS = 10;
function shown(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}
function bool(read, name) {
    const value = read(name);
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new InputError(name, `expected \`true\` or \`false\`, got ${shown(value)}`);
}
/** One of `values`, in any case. */
function oneOf(read, name, values) {
    const raw = read(name);
    const value = values.find(candidate => candidate === raw.toLowerCase());
    if (value !== undefined)
        return value;
    const listed = values.map(candidate => `\`${candidate}\``);
    throw new InputError(name, `expected ${listed.slice(0, -1).join(', ')} or ${listed[listed.length - 1] ?? ''}, got ${shown(raw)}`);
}
const SWITCH = (/* unused pure expression or super */ null && (['auto', 'true', 'false']));
const CACHE_SAVE = (/* unused pure expression or super */ null && (['auto', 'always', 'never']));
// Nothing here goes through a shell, but values are also echoed in the
// "reproduce locally" commands users paste into one, so shell syntax is refused.
const SHELL_CHARACTERS = /[\s`$;|<>()'"\\*{}!]/;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL_CHARACTERS = /[\x00-\x1f]/;
function flakeRef(read) {
    const value = read('flake');
    if (value === '')
        throw new InputError('flake', 'expected a flake reference such as `.`, `./sub` or `github:owner/repo`, got an empty value');
    if (value.startsWith('-'))
        throw new InputError('flake', `expected a flake reference, not something that reads as an option: ${shown(value)}`);
    if (SHELL_CHARACTERS.test(value) || CONTROL_CHARACTERS.test(value)) {
        throw new InputError('flake', `expected a flake reference without spaces, quotes or shell characters, got ${shown(value)}`);
    }
    if (value.includes('#')) {
        throw new InputError('flake', `expected a flake reference without \`#\`; name the output in \`package\` instead, got ${shown(value)}`);
    }
    return value;
}
function skopeoFlake(read) {
    const value = read('skopeo-flake');
    const [flake = '', attribute, ...rest] = value.split('#');
    if (value.startsWith('-') ||
        SHELL_CHARACTERS.test(value) ||
        CONTROL_CHARACTERS.test(value) ||
        flake === '' ||
        rest.length > 0 ||
        (attribute !== undefined && !ATTRIBUTE_PATH.test(attribute))) {
        throw new InputError('skopeo-flake', `expected an installable such as \`github:NixOS/nixpkgs/<commit>#skopeo\` (pinned to a commit, as the default is), got ${shown(value)}`);
    }
    return value;
}
const ATTRIBUTE_PATH = /^[A-Za-z_][A-Za-z0-9_'+-]*(?:\.[A-Za-z_][A-Za-z0-9_'+-]*)*$/;
const ATTRIBUTE = /^[A-Za-z_][A-Za-z0-9_'+-]*$/;
/** Whether `checks` accepts `name` as a check's name. */
const isCheckName = (name) => ATTRIBUTE.test(name);
function packageName(read) {
    const value = read('package');
    if (!ATTRIBUTE_PATH.test(value)) {
        throw new InputError('package', `expected a flake output name such as \`image-dev\` or \`packages.x86_64-linux.default\`, got ${shown(value)}`);
    }
    return value;
}
// A Nix system as flakes name them: `x86_64-linux`, `aarch64-darwin`.
const SYSTEM = /^[a-z0-9_]+-[a-z0-9_]+$/;
const CHECKS_EXPECTED = "expected check names separated by commas or new lines, such as `fmt, clippy, test`, or names of one system, such as `x86_64-linux.fmt` (what a plan's `matrix` gives)";
/**
 * `checks`: bare names (the runner's own system), or all `<system>.<name>` of
 * one system, so a matrix job builds the system the plan gave it whatever
 * runner it lands on.
 */
function checkNames(read) {
    const names = splitList(read('checks'));
    const systems = new Set();
    const checks = [];
    for (const entry of names) {
        const dot = entry.indexOf('.');
        const system = dot < 0 ? undefined : entry.slice(0, dot);
        const name = dot < 0 ? entry : entry.slice(dot + 1);
        if (!ATTRIBUTE.test(name) || (system !== undefined && !SYSTEM.test(system))) {
            throw new InputError('checks', `${CHECKS_EXPECTED}; ${shown(entry)} is not a check name`);
        }
        systems.add(system);
        checks.push(name);
    }
    if (systems.size > 1) {
        throw new InputError('checks', `${CHECKS_EXPECTED}; ${shown(names.join(', '))} mixes systems (one step builds the checks of one system)`);
    }
    return { checks: [...new Set(checks)], checksSystem: [...systems][0] };
}
// GitHub's runner labels: letters, digits, `.`, `-`, `_`.
const LABEL = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Parses `runners`: one `system=label` a line (or separated by commas). */
function parseRunners(value) {
    const runners = [];
    for (const line of splitList(value)) {
        const at = line.indexOf('=');
        const system = line.slice(0, at).trim();
        const label = line.slice(at + 1).trim();
        if (at < 0 || !SYSTEM.test(system) || !LABEL.test(label)) {
            throw new InputError('runners', `expected one \`system=label\` a line, such as \`x86_64-linux=ubuntu-latest\`; ${shown(line)} is not one`);
        }
        if (runners.some(runner => runner.system === system))
            throw new InputError('runners', `names ${shown(system)} twice; give each system one label`);
        runners.push({ system, label });
    }
    return runners;
}
function checkArgs(read) {
    const value = read('check-args');
    if (/["'`\\$]/.test(value)) {
        throw new InputError('check-args', `arguments are split on white space and no shell reads them, so quotes, \`$\` and \`\\\` are not supported; got ${shown(value)}`);
    }
    return value.split(/\s+/).filter(arg => arg.length > 0);
}
function attempts(read) {
    const value = read('attempts');
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1 || n > MAX_ATTEMPTS) {
        throw new InputError('attempts', `expected a whole number from 1 to ${MAX_ATTEMPTS}, got ${shown(value)}`);
    }
    return n;
}
function nixVersion(read) {
    const value = read('nix-version');
    if (!/^\d+\.\d+(?:\.\d+)?(?:[-+.][0-9A-Za-z.-]+)?$/.test(value)) {
        throw new InputError('nix-version', `expected a Nix release such as \`2.34.6\`, got ${shown(value)}`);
    }
    return value;
}
// Plain http only to this machine: a local mirror or a test server. Anything
// farther could be swapped on the way, and the script runs with sudo.
function loopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
function installUrl(read, version) {
    const value = read('install-url');
    if (value === '')
        return `https://releases.nixos.org/nix/nix-${version}/install`;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new InputError('install-url', `expected an https URL of an installer script, got ${shown(value)}`);
    }
    if (url.protocol === 'http:' && !loopbackHost(url.hostname)) {
        throw new InputError('install-url', `expected an https URL: the installer runs as root, so it must not come over plain http (allowed only for a mirror on this machine, 127.0.0.1 or localhost); got ${shown(value)}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError('install-url', `expected an https URL of an installer script, got ${shown(value)}`);
    }
    return value;
}
function extraConf(read) {
    const value = read('extra-conf');
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    if (/[\x00]/.test(value))
        throw new InputError('extra-conf', 'expected nix.conf lines, got a NUL byte');
    if (value.includes('nix-flake-ci')) {
        throw new InputError('extra-conf', 'must not contain the marker `nix-flake-ci` that delimits the block this action adds to nix.conf');
    }
    return value;
}
function githubToken(read) {
    const value = read('github-token');
    // One `host=token` entry of nix.conf's space-separated `access-tokens`; the
    // value is a secret, so the message never shows it.
    if (/\s/.test(value)) {
        throw new InputError('github-token', 'expected a single token without spaces or line breaks, such as `${{ github.token }}`; the value (not shown) has white space in it');
    }
    return value;
}
const SIZE = /^(\d+(?:\.\d+)?)\s*([KMG]i?B?|B)?$/i;
function size(read, name) {
    const value = read(name);
    const match = SIZE.exec(value);
    if (!match)
        throw new InputError(name, `expected a size such as \`2G\`, \`500M\` or \`1048576\`, got ${shown(value)}`);
    const unit = (match[2] ?? 'B').charAt(0).toUpperCase();
    const factor = { B: 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[unit] ?? 1;
    return Math.floor(Number(match[1]) * factor);
}
/** `cache-signing-key`, also read by post; a secret, so a message never shows it. */
function cacheSigningKey(read) {
    const value = read('cache-signing-key').trim();
    if (value === '')
        return undefined;
    const key = parseSigningKey(value);
    if (typeof key === 'string')
        throw new errors/* InputError */.dz('cache-signing-key', `${key}; the value (not shown) is not a Nix signing key (make one with \`nix key generate-secret --key-name NAME\`)`);
    return key;
}
/**
 * Parses and checks every input. Throws an InputError naming the first bad
 * input; a message shows the value unless the input is a secret.
 */
function parseInputs(read) {
    const version = nixVersion(read);
    const inputs = {
        install: oneOf(read, 'install', SWITCH),
        nixVersion: version,
        installUrl: installUrl(read, version),
        extraConf: extraConf(read),
        trustRunnerUser: bool(read, 'trust-runner-user'),
        kvm: bool(read, 'kvm'),
        githubToken: githubToken(read),
        flake: flakeRef(read),
        check: bool(read, 'check'),
        ...checkNames(read),
        plan: bool(read, 'plan'),
        runners: parseRunners(read('runners')),
        checkArgs: checkArgs(read),
        attempts: attempts(read),
        build: bool(read, 'build'),
        package: packageName(read),
        push: oneOf(read, 'push', SWITCH),
        registry: read('registry'),
        image: read('image'),
        tags: splitList(read('tags')),
        manifestFrom: splitList(read('manifest-from')),
        username: read('username'),
        password: read('password'),
        tlsVerify: bool(read, 'tls-verify'),
        skopeoFlake: skopeoFlake(read),
        attest: bool(read, 'attest'),
        cache: bool(read, 'cache'),
        cacheSave: oneOf(read, 'cache-save', CACHE_SAVE),
        cacheMaxBytes: size(read, 'cache-max-size'),
        cacheSigningKey: cacheSigningKey(read),
        summary: bool(read, 'summary')
    };
    checkRegistryInputs(inputs);
    if (inputs.plan && inputs.runners.length === 0)
        throw new InputError('runners', '`plan: true` needs at least one `system=label` line: the systems to plan');
    return inputs;
}
function checkRegistryInputs(inputs) {
    if (inputs.registry !== '') {
        const problem = registryProblem(inputs.registry);
        if (problem)
            throw new InputError('registry', `expected ${problem}, got ${shown(inputs.registry)}`);
    }
    if (inputs.image !== '') {
        const problem = imageProblem(inputs.image);
        if (problem)
            throw new InputError('image', `expected ${problem}, got ${shown(inputs.image)}`);
    }
    // Templates are filled before any stage runs (pipeline.ts); here only their syntax.
    for (const [name, values] of [
        ['tags', inputs.tags],
        ['manifest-from', inputs.manifestFrom]
    ]) {
        for (const tag of values) {
            const problem = templateProblem(tag);
            if (problem)
                throw new InputError(name, `expected ${problem}; ${shown(tag)} is not one`);
        }
    }
    if (inputs.username !== '' && inputs.password === '') {
        throw new InputError('password', '`username` is set but `password` is empty; give both, or neither for a registry that needs no login');
    }
    if (inputs.password !== '' && inputs.username === '') {
        throw new InputError('username', '`password` is set but `username` is empty; give both, or neither for a registry that needs no login');
    }
    if (inputs.username !== '' && /[\s:]/.test(inputs.username)) {
        throw new InputError('username', `expected a user name without spaces or \`:\`, got ${shown(inputs.username)}`);
    }
    if (inputs.password.includes('\n')) {
        throw new InputError('password', 'expected a single line; the value has a line break');
    }
    if (inputs.push === 'true') {
        if (inputs.registry === '')
            throw new InputError('registry', '`push: true` needs a registry host such as `quay.io`');
        if (inputs.image === '')
            throw new InputError('image', '`push: true` needs a repository such as `upgrades/k8s-cloud-tagger-dev`');
        if (!inputs.build && inputs.manifestFrom.length === 0)
            throw new InputError('build', '`push: true` needs the build stage (`build: true`): there is nothing to push otherwise');
    }
    if (inputs.manifestFrom.length > 0) {
        if (inputs.build) {
            throw new InputError('build', '`manifest-from` combines images that earlier jobs pushed and pushes no build of its own; set `build: false` in this step');
        }
        if (inputs.registry === '' || inputs.image === '') {
            throw new InputError(inputs.registry === '' ? 'registry' : 'image', '`manifest-from` needs the `registry` and `image` that the per-platform tags were pushed to');
        }
    }
    if ((inputs.registry === '') !== (inputs.image === '') && inputs.push !== 'false') {
        const missing = inputs.registry === '' ? 'registry' : 'image';
        throw new InputError(missing, `\`registry\` and \`image\` go together; \`${missing}\` is empty`);
    }
}

;// CONCATENATED MODULE: ./src/cache/save-cache.ts
// The post step's save of the cache that stage 3 restored (stages/cache-restore.ts),
// where the save policy allows it.


async function saveCache(nixBin, state, pushed) {
    if (!state.policy.save) {
        core/* info */.pq(`Not saving the cache: ${state.policy.reason}.`);
        return;
    }
    // Post is a process of its own: the key is read (and masked) again.
    const raw = core/* getInput */.V4('cache-signing-key');
    if (raw !== '')
        core/* setSecret */.Pq(raw);
    const key = cacheSigningKey(name => core/* getInput */.V4(name));
    const { saveEntries } = await Promise.all(/* import() */[__webpack_require__.e(863), __webpack_require__.e(105)]).then(__webpack_require__.bind(__webpack_require__, 7105));
    await saveEntries(nixBin, state, pushed, key);
}


/***/ })

};
