import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Runs the real CLI as a child process: what is tested is what a user (or a script) gets,
// including stdout/stderr separation and exit codes.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const PAGE_URL = 'https://daily-aggregate.example/2024/03/harbor-seals'

interface RunResult {
  status: number | null
  stdout: string
  stderr: string
}

/** Async (not spawnSync) so the independent runs below can overlap. */
function runCli(args: string[], input?: Uint8Array): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', fail)
    child.on('close', (status) =>
      done({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    )
    child.stdin.end(input ? Buffer.from(input) : undefined)
  })
}

const PARAGRAPHS = [
  'After a decade away, a colony of harbor seals has settled again beneath the old pier at Wrenmouth, delighting residents who had long given up hope of seeing them return.',
  'Marine volunteers counted forty-two animals on Tuesday morning, basking on the rocks exposed at low tide, and said the number had doubled since the first sighting in February.',
  'The town council plans to fence off part of the beach during the pupping season, and a viewing platform may follow next spring if the harbor fund allows it.',
]

/** A small aggregator-style page: site chrome around one story, with the syndication footer. */
function storyPage(opts: {
  title: string
  head?: string
  extraBody?: string
  lang?: string
}): string {
  return `<!doctype html>
<html lang="${opts.lang ?? 'en'}"><head>${opts.head ?? '<meta charset="utf-8">'}
<title>${opts.title} | Daily Aggregate</title>
<meta property="og:site_name" content="Daily Aggregate">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/science">Science</a></li></ul></nav></header>
<main><article>
<h1>${opts.title}</h1>
<p class="byline">By Mara Quell</p>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
${opts.extraBody ?? ''}
<p>The post <a href="https://coastal-herald.example/news/harbor-seals">${opts.title}</a> appeared first on <a href="https://coastal-herald.example/">Coastal Herald</a>.</p>
</article></main>
<footer><p>Daily Aggregate collects stories from around the web.</p></footer>
</body></html>`
}

const TABLE = `<table><thead><tr><th>Day</th><th>Seals</th></tr></thead>
<tbody><tr><td>Monday</td><td>30</td></tr><tr><td>Tuesday</td><td>42</td></tr></tbody></table>`

/** A ~10 MB page: the story inside lots of chrome, inline data, styles and scripts. */
function bigPage(): string {
  const target = 10 * 1024 * 1024
  const rail = (i: number) =>
    `<div class="rail"><h3>More stories ${i}</h3><ul>${Array.from(
      { length: 6 },
      (_, j) => `<li><a href="/t/${i}/${j}">Teaser ${i}-${j} about the harbor</a></li>`,
    ).join('')}</ul><div class="ad">Advertisement</div></div>`
  const chrome = Array.from({ length: 250 }, (_, i) => rail(i)).join('\n')
  const css = Array.from({ length: 3000 }, (_, i) => `.c${i}{margin:${i % 7}px}`).join('\n')
  const data = JSON.stringify(
    Array.from({ length: 20000 }, (_, i) => ({ id: i, slug: `story-${i}`, blurb: 'lorem-ipsum' })),
  )
  const image = `<img alt="" src="data:image/png;base64,${Buffer.alloc(150_000, 7).toString('base64')}">`
  const parts = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lighthouse Keeper Retires</title><style>${css}</style></head><body>`,
    `<header>${chrome}</header><main><article><h1>Lighthouse Keeper Retires</h1>`,
    ...PARAGRAPHS.map((p) => `<p>${p}</p>`),
    `</article></main><aside>${chrome}${image.repeat(6)}</aside>`,
    `<script type="application/json" id="__DATA__">${data}</script>`,
  ]
  let size = parts.reduce((n, p) => n + p.length, 0)
  const filler = `<script>window.__pad = ${JSON.stringify('x'.repeat(100_000))}</script>`
  while (size < target) {
    parts.push(filler)
    size += filler.length
  }
  parts.push('</body></html>')
  return parts.join('')
}

let dir = ''
const file = (name: string): string => join(dir, name)

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'upstream-cli-test-'))
  writeFileSync(file('story.html'), storyPage({ title: 'Harbor Seals Return to the Old Pier' }))
  writeFileSync(file('story.html.gz'), gzipSync(storyPage({ title: 'Seals in a Gzip' })))
  // gzip bytes under a plain name: sniffed by magic, as curl/wget often save them.
  writeFileSync(file('sniffed.html'), gzipSync(storyPage({ title: 'Seals Sniffed' })))
  writeFileSync(file('bad.gz'), 'this is not gzip data')
  writeFileSync(file('table.html'), storyPage({ title: 'Counting the Seals', extraBody: TABLE }))
  writeFileSync(
    file('hostile.html'),
    storyPage({ title: '&lt;script&gt;alert(1)&lt;/script&gt; Seals &amp; "Tides"' }),
  )
  writeFileSync(
    file('empty.html'),
    '<!doctype html><html><head><title>Nothing here</title></head><body><p>Hi.</p></body></html>',
  )
  mkdirSync(file('a-directory'))
  // windows-1252: 0xE9 is "é", 0x93/0x94 are curly quotes. Written as raw bytes on purpose.
  writeFileSync(
    file('cp1252.html'),
    Buffer.from(
      storyPage({
        title: 'Caf\xe9 Owners Welcome the Seals',
        head: '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        extraBody: '<p>\x93A caf\xe9 with a view,\x94 said the owner of the pier-side caf\xe9.</p>',
      }),
      'latin1',
    ),
  )
  // Shift_JIS, hand-written bytes: 日本 = 93 FA 96 7B, 東京 = 93 8C 8B 9E.
  const sjisPage = storyPage({
    title: 'Seals Seen in NIHON',
    head: '<meta charset="shift_jis">',
    lang: 'ja',
    extraBody: '<p>Reported from TOKYO, NIHON, where seals are rare.</p>',
  })
  const [before, after] = sjisPage.split('<h1>Seals Seen in NIHON</h1>')
  const sjis = (s: string) =>
    Buffer.concat(
      s
        .split(/(NIHON|TOKYO)/)
        .map((part) =>
          part === 'NIHON'
            ? Buffer.from([0x93, 0xfa, 0x96, 0x7b])
            : part === 'TOKYO'
              ? Buffer.from([0x93, 0x8c, 0x8b, 0x9e])
              : Buffer.from(part, 'latin1'),
        ),
    )
  writeFileSync(
    file('sjis.html'),
    Buffer.concat([sjis(before!), sjis('<h1>Seals Seen in NIHON</h1>'), sjis(after!)]),
  )
  writeFileSync(file('big.html'), bigPage())
})

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** A user error: exit 2, nothing on stdout, exactly one `upstream: …` line, no stack trace. */
function expectUsageError(result: RunResult, pattern: RegExp): void {
  expect(result.status).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(/^upstream: [^\n]+\n$/)
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/)
}

function parseJson(result: RunResult): Record<string, unknown> {
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return JSON.parse(result.stdout) as Record<string, unknown>
}

// One concurrent suite: each test is a separate process, mostly waiting on jsdom, so overlapping
// them keeps the file fast. The 10 MB page starts first, as it is the longest.
describe.concurrent('upstream CLI', { timeout: 60_000 }, () => {
  it('reads a 10 MB page (a story inside lots of chrome)', { timeout: 120_000 }, async () => {
    const result = await runCli([file('big.html'), '--url', PAGE_URL, '--format', 'text'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Lighthouse Keeper Retires\n\n/)
    expect(result.stdout).toContain('forty-two animals')
  })

  describe('usage', () => {
    it('--help prints usage on stdout and exits 0', async () => {
      const result = await runCli(['--help'])
      expect(result.status).toBe(0)
      expect(result.stdout).toMatch(/^Usage: upstream /)
      expect(result.stdout).toContain('--format')
      expect(result.stderr).toBe('')
    })

    const cases: Array<[string, () => string[], RegExp]> = [
      ['no arguments', () => [], /missing input/],
      [
        'an unknown flag',
        () => [file('story.html'), '--url', PAGE_URL, '--frobnicate'],
        /unknown option --frobnicate/,
      ],
      [
        'a bad --format',
        () => [file('story.html'), '--url', PAGE_URL, '--format', 'pdf'],
        /bad --format/,
      ],
      ['a missing --url', () => [file('story.html')], /missing --url/],
      ['a relative --url', () => [file('story.html'), '--url', '/2024/03/seals'], /bad --url/],
      ['a non-http --url', () => [file('story.html'), '--url=file:///etc/passwd'], /bad --url/],
      ['a missing file', () => [file('nope.html'), '--url', PAGE_URL], /no such file/],
      ['a directory', () => [file('a-directory'), '--url', PAGE_URL], /is a directory/],
      ['bad gzip data', () => [file('bad.gz'), '--url', PAGE_URL], /bad gzip/],
    ]
    for (const [name, args, pattern] of cases) {
      it(`exits 2 with one stderr line for ${name}`, async () => {
        expectUsageError(await runCli(args()), pattern)
      })
    }
  })

  describe('reading pages', () => {
    it('prints exactly one JSON object with the documented keys, in order', async () => {
      const json = parseJson(await runCli([file('story.html'), '--url', PAGE_URL]))
      expect(Object.keys(json)).toEqual([
        'isAggregator',
        'detection',
        'article',
        'noArticleReason',
        'sources',
      ])
      const detection = json.detection as { signals: object[] }
      expect(Object.keys(detection)).toEqual(['confidence', 'signals'])
      for (const signal of detection.signals)
        expect(Object.keys(signal)).toEqual(['kind', 'detail'])
      const article = json.article as Record<string, unknown>
      expect(Object.keys(article)).toEqual([
        'title',
        'byline',
        'siteName',
        'publishedTime',
        'lang',
        'dir',
        'excerpt',
        'leadImage',
        'html',
        'text',
        'wordCount',
        'readingTimeMinutes',
      ])
      expect(article.text).toContain('forty-two animals')
      for (const source of json.sources as object[]) {
        expect(Object.keys(source)).toEqual(['url', 'label', 'kind'])
      }
    })

    it('reads stdin for "-", takes --url=… and -f; text is title, blank line, text', async () => {
      const page = Buffer.from(storyPage({ title: 'Seals Through a Pipe' }))
      const result = await runCli(['-', `--url=${PAGE_URL}`, '-f', 'text'], page)
      expect(result.status).toBe(0)
      expect(result.stdout).toMatch(/^Seals Through a Pipe\n\nAfter a decade away/)
      expect(result.stdout).toContain('forty-two animals')
    })

    it('gunzips a .gz file and gzip bytes under another name', async () => {
      const [named, sniffed] = await Promise.all([
        runCli([file('story.html.gz'), '--url', PAGE_URL, '--format=text']),
        runCli([file('sniffed.html'), '--url', PAGE_URL, '--format=text']),
      ])
      expect(named.status).toBe(0)
      expect(named.stdout).toContain('forty-two animals')
      expect(sniffed.status).toBe(0)
      expect(sniffed.stdout).toContain('forty-two animals')
    })

    it('decodes a windows-1252 page from its http-equiv charset', async () => {
      const article = parseJson(await runCli([file('cp1252.html'), '--url', PAGE_URL])).article as {
        title: string
        text: string
      }
      expect(article.title).toContain('Café Owners')
      expect(article.text).toContain('“A café with a view,”')
      expect(article.text).not.toContain('\ufffd')
    })

    it('decodes a Shift_JIS page from its meta charset', async () => {
      const article = parseJson(await runCli([file('sjis.html'), '--url', PAGE_URL])).article as {
        title: string
        text: string
      }
      expect(article.title).toContain('日本')
      expect(article.text).toContain('東京, 日本')
    })

    it('keeps a no-article result in JSON and prints the reason on stderr for other formats', async () => {
      const [json, markdown] = await Promise.all([
        runCli([file('empty.html'), '--url', PAGE_URL]),
        runCli([file('empty.html'), '--url', PAGE_URL, '--format', 'markdown']),
      ])
      const result = parseJson(json)
      expect(result.article).toBeNull()
      expect(typeof result.noArticleReason).toBe('string')
      expect(markdown.status).toBe(0)
      expect(markdown.stdout).toBe('')
      expect(markdown.stderr).toMatch(/^upstream: [^\n]+\n$/)
    })
  })

  describe('formats', () => {
    it('markdown: title heading, metadata, paragraphs and a GFM table', async () => {
      const result = await runCli([file('table.html'), '--url', PAGE_URL, '--format', 'markdown'])
      expect(result.status).toBe(0)
      const md = result.stdout
      expect(md).toMatch(/^# Counting the Seals\n/)
      expect(md).toMatch(/\nBy Mara Quell\b/)
      expect(md).toMatch(
        /\n(Originally published by|Publisher:|Canonical page:|Retrieved from|Aggregator copy:) \[[^\]]+\]\(https:\/\//,
      )
      expect(md).toContain(`\n\n${PARAGRAPHS[0]}\n\n`)
      expect(md).toMatch(/\| Day +\| Seals +\|\n\| -+ \| -+ \|\n\| Monday +\| 30 +\|/)
      expect(md).not.toMatch(/<\/?(p|table|td)\b/)
    })

    it('html: a standalone document with every inserted string escaped', async () => {
      const result = await runCli([file('hostile.html'), '--url', PAGE_URL, '--format', 'html'])
      expect(result.status).toBe(0)
      const html = result.stdout
      expect(html).toMatch(/^<!doctype html>\n<html lang="en"/)
      expect(html).toContain('<meta charset="utf-8">')
      expect(html).toMatch(
        /<title>&lt;script&gt;alert\(1\)&lt;\/script&gt; Seals &amp; &quot;Tides&quot;/,
      )
      expect(html).not.toMatch(/<script/i)
      expect(html).toContain('forty-two animals')
    })
  })
})
