// Many small independent tasks (a Nix process, a cache look-up each), a few at a time.

/** Runs `work` on every item, at most `limit` at a time. */
export async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T
      await work(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

/**
 * The items `holds` accepts, asked a group at a time: the whole first, then
 * the halves of each group it refuses, at most `limit` questions at a time.
 * Few questions when nearly all or nearly none are held (about 2k·log(n/k)
 * for k refused of n), where asking one at a time costs n.
 */
export async function heldByHalves<T>(items: readonly T[], limit: number, holds: (group: readonly T[]) => Promise<boolean>): Promise<T[]> {
  const found: T[] = []
  let groups: (readonly T[])[] = items.length > 0 ? [items] : []
  while (groups.length > 0) {
    const refused: (readonly T[])[] = []
    await eachLimited(groups, limit, async group => {
      if (await holds(group)) found.push(...group)
      else if (group.length > 1) refused.push(group.slice(0, Math.ceil(group.length / 2)), group.slice(Math.ceil(group.length / 2)))
    })
    groups = refused
  }
  return found
}
