// The job's user name goes into the nix-daemon's `trusted-users` as one word
// of a root-owned file: a space would trust another user, `@x` a whole
// group, a line break add any setting. Only POSIX portable user names pass.
const PORTABLE_USER_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/

/** `user`, when it is a portable user name (no leading `-`); throws otherwise, saying why. */
export function trustableUserName(user: string): string {
  if (PORTABLE_USER_NAME.test(user)) return user
  throw new Error(
    `The job's user name ${JSON.stringify(user)} (from $USER) is not a portable user name (letters, digits, \`_\`, \`.\`, \`-\`, not starting with \`-\`), ` +
      "so the action will not write it into the nix-daemon's trusted-users. Run the job as a user with such a name, or set `trust-runner-user: false`."
  )
}
