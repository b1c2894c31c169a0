// Renders docs/job-summary.md (the job summary a demo run wrote) to HTML
// roughly as GitHub shows a job summary, and screenshots it with headless
// Chromium into docs/job-summary.png. Only what the summary uses is handled:
// headings, paragraphs, bold, code spans, links, quotes, tables and fenced code.
// Run: node docs/job-summary.mjs (needs `chromium` on PATH).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const escape = text => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const inline = text =>
  escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>')
const cells = line =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map(cell => cell.trim().replace(/\\\|/g, '|'))

export function toHtml(markdown) {
  const out = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.startsWith('```')) {
      const code = []
      while (++i < lines.length && !lines[i].startsWith('```')) code.push(escape(lines[i]))
      out.push(`<pre><code>${code.join('\n')}</code></pre>`)
    } else if (/^#{1,6} /.test(line)) {
      const level = line.indexOf(' ')
      out.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`)
    } else if (line.startsWith('|')) {
      const rows = []
      while (i < lines.length && lines[i].startsWith('|')) rows.push(cells(lines[i++]))
      i--
      const [head, , ...body] = rows
      out.push(`<table><thead><tr>${head.map(c => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>`)
      for (const row of body) out.push(`<tr>${row.map(c => `<td>${inline(c)}</td>`).join('')}</tr>`)
      out.push('</tbody></table>')
    } else if (line.startsWith('> ')) {
      out.push(`<blockquote><p>${inline(line.slice(2))}</p></blockquote>`)
    } else if (line.trim() !== '') {
      out.push(`<p>${inline(line)}</p>`)
    }
  }
  return out.join('\n')
}

// GitHub's summary pane, roughly: its system font stack, sizes and table borders.
const STYLE = `
  body { margin: 0; background: #fff; }
  .summary { font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
    color: #1f2328; padding: 16px 24px; border: 1px solid #d1d9e0; border-radius: 6px; margin: 12px; }
  h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 16px; }
  h3 { font-size: 1.25em; margin: 24px 0 16px; }
  p { margin: 0 0 16px; }
  code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eff1f3; padding: .2em .4em; border-radius: 6px; }
  pre { background: #f6f8fa; padding: 16px; border-radius: 6px; overflow: auto; }
  pre code { background: none; padding: 0; }
  table { border-collapse: collapse; margin: 0 0 16px; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; text-align: left; }
  th { font-weight: 600; } tr:nth-child(2n) td { background: #f6f8fa; }
`

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const markdown = readFileSync(path.join(here, 'job-summary.md'), 'utf8')
  const dir = mkdtempSync(path.join(tmpdir(), 'nfci-summary-'))
  try {
    const page = path.join(dir, 'summary.html')
    writeFileSync(page, `<!doctype html><meta charset="utf-8"><style>${STYLE}</style><div class="summary">${toHtml(markdown)}</div>`)
    execFileSync(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--hide-scrollbars',
        `--user-data-dir=${path.join(dir, 'profile')}`,
        `--screenshot=${path.join(here, 'job-summary.png')}`,
        '--window-size=1100,900',
        `file://${page}`
      ],
      { stdio: 'inherit' }
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
