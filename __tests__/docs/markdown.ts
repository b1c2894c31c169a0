// Reading Markdown files the docs tests hold to the code.

/** The text of `markdown` under `## title`, up to the next `## ` heading. */
export function sectionOf(markdown: string, title: string, file = 'README'): string {
  const lines = markdown.split('\n')
  const start = lines.findIndex(line => line.trim() === `## ${title}`)
  if (start < 0) throw new Error(`${file} has no "## ${title}" section`)
  const end = lines.findIndex((line, index) => index > start && /^## /.test(line))
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n')
}
