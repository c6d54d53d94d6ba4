import { readFileSync } from 'node:fs'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { exportHtml } from '../../src/library/export/html.ts'
import type { ExportItem } from '../../src/library/export/item.ts'
import { exportMarkdown } from '../../src/library/export/markdown.ts'
import { exportJson } from '../../src/library/export/upstream-json.ts'
import { htmlToPlainText } from '../../src/library/import/html-text.ts'
import {
  type ImportOutcome,
  MAX_FILE_CHARS,
  MAX_ITEMS,
  parseImport,
} from '../../src/library/import/index.ts'
import { toMillis } from '../../src/library/import/normalize.ts'
import type { ImportedItem, SavedArticle, SavedContent } from '../../src/library/types.ts'

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0)
const win = new JSDOM('').window as unknown as Window

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures-import/${name}`, import.meta.url), 'utf8')
}

type Success = Extract<ImportOutcome, { ok: true }>

function expectOk(outcome: ImportOutcome): Success {
  if (!outcome.ok) throw new Error(`expected success, got: ${outcome.message}`)
  return outcome
}

function expectRejected(outcome: ImportOutcome): string {
  if (outcome.ok) throw new Error(`expected a rejection, got ${outcome.items.length} items`)
  return outcome.message
}

function byUrl(items: ImportedItem[], url: string): ImportedItem {
  const item = items.find((candidate) => candidate.url === url)
  if (!item) throw new Error(`no item for ${url}; have ${items.map((i) => i.url).join(', ')}`)
  return item
}

// ---------------------------------------------------------------------------------------------
// Pocket HTML (ril_export.html)
// ---------------------------------------------------------------------------------------------

describe('Pocket HTML export', () => {
  const outcome = expectOk(parseImport('ril_export.html', fixture('pocket-export.html'), NOW))

  it('is recognised and keeps every web link, skipping javascript: and data: ones', () => {
    expect(outcome.format).toBe('pocket-html')
    expect(outcome.items).toHaveLength(6)
    expect(outcome.skipped).toBe(2)
    expect(outcome.items.some((item) => /^(javascript|data):/i.test(item.url))).toBe(false)
  })

  it('decodes entities in titles and URLs and drops tracking parameters', () => {
    const item = byUrl(outcome.items, 'https://news.example.com/2023/11/tidal-power?id=7')
    expect(item.title).toBe('Tidal power & the "quiet" coast \u2014 a field report')
    expect(item.tags).toEqual(['energy', 'science'])
    expect(item.savedAt).toBe(1_700_000_000_000)
    expect(item.status).toBe('unread')
    expect(item.content).toBeNull()
  })

  it('reads single-quoted attributes in any order and named/hex references', () => {
    const item = byUrl(outcome.items, 'https://blog.example.org/caf%C3%A9')
    expect(item.title).toBe('Caf\u00e9 culture, \u263a edition')
    expect(item.savedAt).toBe(1_700_000_100_000)
    expect(item.tags).toEqual([])
  })

  it('keeps a right-to-left title intact', () => {
    expect(byUrl(outcome.items, 'https://il.example.net/story/42').title).toBe(
      'כותרת בעברית: חדשות מהעמק',
    )
  })

  it('keeps an escaped <script> in a title as text', () => {
    expect(byUrl(outcome.items, 'https://hostile.example.com/x').title).toBe(
      '<script>alert(1)</script> headline',
    )
  })

  it('titles an untitled link with its host and path', () => {
    expect(byUrl(outcome.items, 'https://untitled.example.com/path/to/page').title).toBe(
      'untitled.example.com/path/to/page',
    )
  })

  it('maps the Read Archive section to archived', () => {
    const item = byUrl(outcome.items, 'https://archive.example.com/old-news')
    expect(item.status).toBe('archived')
    expect(item.tags).toEqual(['history'])
    expect(item.savedAt).toBe(1_600_000_000_000)
  })

  it('rejects a link whose time_added is not a number, naming the link and field', () => {
    const html =
      '<h1>Unread</h1><ul><li><a href="https://a.example.com/" time_added="1700000000">A</a></li>' +
      '<li><a href="https://b.example.com/" time_added="soon">B</a></li></ul>'
    const message = expectRejected(parseImport('ril_export.html', html, NOW))
    expect(message).toContain('Link 2 of this Pocket HTML export')
    expect(message).toContain('"time_added"')
  })

  it('rejects an HTML file that is not a Pocket export', () => {
    const message = expectRejected(
      parseImport('page.html', '<html><body><a href="https://x.example/">x</a></body></html>', NOW),
    )
    expect(message).toMatch(/not a Pocket export/)
  })

  it('ignores links inside HTML comments', () => {
    const html =
      '<h1>Unread</h1><!-- <a href="https://hidden.example.com/" time_added="1">h</a> -->' +
      '<ul><li><a href="https://shown.example.com/" time_added="1700000000">s</a></li></ul>'
    const result = expectOk(parseImport('ril_export.html', html, NOW))
    expect(result.items.map((item) => item.url)).toEqual(['https://shown.example.com/'])
  })

  it('reads a hostile file of unclosed tags and quotes through, finding nothing', () => {
    // The parser makes one pass; a quadratic one would not finish within the test timeout.
    const hostile = `<h1>Unread</h1>${'<a href="x <a time_added=\'1 '.repeat(150_000)}`
    expect(expectOk(parseImport('ril_export.html', hostile, NOW)).items).toEqual([])
  })

  it('rejects a file with more links than the item limit', () => {
    const link = '<li><a href="https://x.example.com/" time_added="1700000000">x</a></li>'
    const html = `<h1>Unread</h1><ul>${link.repeat(MAX_ITEMS + 1)}</ul>`
    // Numbers as the UI language (English in Node) writes them.
    expect(expectRejected(parseImport('ril_export.html', html, NOW))).toContain(
      'more than 100,000 links',
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Pocket CSV
// ---------------------------------------------------------------------------------------------

describe('Pocket CSV', () => {
  const outcome = expectOk(parseImport('part_000000.csv', fixture('pocket.csv'), NOW))

  it('is recognised; quoted commas, doubled quotes and unicode survive', () => {
    expect(outcome.format).toBe('pocket-csv')
    expect(outcome.items).toHaveLength(4)
    expect(outcome.skipped).toBe(1)
    const lakes = byUrl(outcome.items, 'https://travel.example.com/lakes')
    expect(lakes.title).toBe('Mountains, rivers & "lakes"')
    expect(lakes.tags).toEqual(['travel', 'nature'])
    expect(lakes.status).toBe('unread')
    expect(lakes.savedAt).toBe(1_700_000_000_000)
    expect(byUrl(outcome.items, 'https://ar.example.com/news').title).toBe('عنوان عربي')
  })

  it('maps status archive to archived', () => {
    const item = byUrl(outcome.items, 'https://jp.example.jp/tokyo')
    expect(item.status).toBe('archived')
    expect(item.title).toBe('Ünïcödé 東京 story')
  })

  it('uses the import time when time_added is empty', () => {
    expect(byUrl(outcome.items, 'https://ar.example.com/news').savedAt).toBe(NOW)
  })

  it('titles an untitled row with host and path, without the trailing slash', () => {
    expect(byUrl(outcome.items, 'https://untitled.example.com/a/b/').title).toBe(
      'untitled.example.com/a/b',
    )
  })

  it('accepts time_added already in milliseconds', () => {
    const csv = 'title,url,time_added,tags,status\nT,https://a.example.com/,1700000000123,,unread\n'
    expect(expectOk(parseImport('p.csv', csv, NOW)).items[0]?.savedAt).toBe(1_700_000_000_123)
  })

  it('rejects a row with an unknown status, naming row and field', () => {
    const csv =
      'title,url,time_added,tags,status\n' +
      'A,https://a.example.com/,1700000000,,unread\n' +
      'B,https://b.example.com/,1700000000,,finished\n'
    const message = expectRejected(parseImport('p.csv', csv, NOW))
    expect(message).toContain('Row 2 of this Pocket CSV')
    expect(message).toContain('"status"')
    expect(message).toContain('"archive"')
  })

  it('rejects a row whose time_added is not a number', () => {
    const csv = 'title,url,time_added,tags,status\nA,https://a.example.com/,yesterday,,unread\n'
    const message = expectRejected(parseImport('p.csv', csv, NOW))
    expect(message).toBe('Row 1 of this Pocket CSV: "time_added" should be a Unix time in seconds.')
  })

  it('rejects a row with a stray unquoted comma instead of shifting columns', () => {
    const csv =
      'title,url,time_added,tags,status\n' +
      'Fine,https://a.example.com/,1700000000,,unread\n' +
      'Hello, world,https://b.example.com/,1700000000,,unread\n'
    expect(expectRejected(parseImport('p.csv', csv, NOW))).toMatch(
      /^Row 2 of this Pocket CSV has 6 fields but the header has 5/,
    )
  })

  it('rejects an unclosed quote', () => {
    const csv =
      'title,url,time_added,tags,status\n"Open,https://a.example.com/,1700000000,,unread\n'
    expect(expectRejected(parseImport('p.csv', csv, NOW))).toMatch(/quoted field/)
  })

  it('rejects a Pocket-like CSV without a url column', () => {
    const csv = 'title,link,time_added,tags,status\nA,https://a.example.com/,1,,unread\n'
    expect(expectRejected(parseImport('p.csv', csv, NOW))).toMatch(/neither Pocket's/)
  })

  it('skips rows whose url is missing or not a web address, counting them', () => {
    const csv =
      'title,url,time_added,tags,status\n' +
      'A,,1700000000,,unread\n' +
      'B,file:///etc/passwd,1700000000,,unread\n' +
      'C,https://c.example.com/,1700000000,,unread\n'
    const result = expectOk(parseImport('p.csv', csv, NOW))
    expect(result.items.map((item) => item.url)).toEqual(['https://c.example.com/'])
    expect(result.skipped).toBe(2)
  })

  it('ignores a header named __proto__ without polluting Object.prototype', () => {
    const csv =
      'title,url,time_added,tags,status,__proto__\nA,https://a.example.com/,1,,unread,{"x":1}\n'
    const result = expectOk(parseImport('p.csv', csv, NOW))
    expect(result.items).toHaveLength(1)
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('rejects more rows than the item limit', () => {
    const row = 'T,https://a.example.com/,1700000000,,unread\n'
    const csv = `title,url,time_added,tags,status\n${row.repeat(MAX_ITEMS + 1)}`
    expect(MAX_ITEMS).toBe(100_000)
    expect(expectRejected(parseImport('p.csv', csv, NOW))).toContain(
      '100,001 rows; at most 100,000',
    )
  })

  it('caps titles at 1,000 characters and tags at 50', () => {
    const tags = Array.from({ length: 80 }, (_, i) => `tag${i}`).join('|')
    const csv = `title,url,time_added,tags,status\n${'x'.repeat(5000)},https://a.example.com/,1,${tags},\n`
    const [item] = expectOk(parseImport('p.csv', csv, NOW)).items
    expect(item?.title).toHaveLength(1000)
    expect(item?.tags).toHaveLength(50)
    expect(item?.status).toBe('unread')
  })
})

// ---------------------------------------------------------------------------------------------
// Instapaper CSV
// ---------------------------------------------------------------------------------------------

describe('Instapaper CSV', () => {
  const outcome = expectOk(parseImport('instapaper-export.csv', fixture('instapaper.csv'), NOW))

  it('is recognised and skips the data: link', () => {
    expect(outcome.format).toBe('instapaper-csv')
    expect(outcome.items).toHaveLength(4)
    expect(outcome.skipped).toBe(1)
  })

  it('maps folders: Unread plain, Archive archived, others unread with the folder as a tag', () => {
    const one = byUrl(outcome.items, 'https://a.example.com/one')
    expect([one.status, one.tags]).toEqual(['unread', []])
    const two = byUrl(outcome.items, 'https://b.example.com/two')
    expect([two.status, two.tags, two.title]).toEqual(['archived', [], 'Second, with a comma'])
    const three = byUrl(outcome.items, 'https://c.example.com/three')
    expect([three.status, three.tags]).toEqual(['unread', ['Starred']])
    const four = byUrl(outcome.items, 'https://d.example.com/four')
    expect([four.status, four.tags, four.savedAt]).toEqual([
      'unread',
      ['Recipes'],
      1_700_000_300_000,
    ])
  })

  it('rejects an Instapaper CSV with a non-numeric timestamp, naming the column', () => {
    const csv = 'URL,Title,Selection,Folder,Timestamp\nhttps://a.example.com/,A,,Unread,noon\n'
    const message = expectRejected(parseImport('i.csv', csv, NOW))
    expect(message).toBe(
      'Row 1 of this Instapaper CSV: "Timestamp" should be a Unix time in seconds.',
    )
  })

  it('rejects a row with too few fields', () => {
    const csv = 'URL,Title,Selection,Folder,Timestamp\nhttps://a.example.com/,A,,Unread\n'
    expect(expectRejected(parseImport('i.csv', csv, NOW))).toMatch(
      /^Row 1 of this Instapaper CSV has 4 fields/,
    )
  })

  it('reads a Tags column given as a JSON list', () => {
    const csv =
      'URL,Title,Selection,Folder,Timestamp,Tags\n' +
      'https://a.example.com/,A,,Unread,1700000000,"[""one"",""two""]"\n'
    expect(expectOk(parseImport('i.csv', csv, NOW)).items[0]?.tags).toEqual(['one', 'two'])
  })
})

// ---------------------------------------------------------------------------------------------
// Wallabag JSON
// ---------------------------------------------------------------------------------------------

describe('Wallabag JSON', () => {
  const outcome = expectOk(parseImport('wallabag-export.json', fixture('wallabag.json'), NOW))

  it('is recognised and skips the javascript: entry', () => {
    expect(outcome.format).toBe('wallabag-json')
    expect(outcome.items).toHaveLength(2)
    expect(outcome.skipped).toBe(1)
  })

  it('keeps the HTML body and derives plain text without the script', () => {
    const item = byUrl(outcome.items, 'https://stories.example.com/lighthouse')
    expect(item.content?.html).toContain('<h2>Part one</h2>')
    expect(item.content?.text).toBe(
      'Part one\n\nThe lamp was lit at dusk & put out at dawn.\n\nLine one\nLine two',
    )
  })

  it('maps archive flag, tag labels, dates and metadata', () => {
    const item = byUrl(outcome.items, 'https://stories.example.com/lighthouse')
    expect(item.status).toBe('archived')
    expect(item.tags).toEqual(['sea', 'history'])
    expect(item.savedAt).toBe(Date.UTC(2023, 10, 14, 22, 13, 20))
    expect(item.title).toBe("The lighthouse keeper's ledger")
    expect(item.article).toMatchObject({
      byline: 'A. Keeper, B. Writer',
      siteName: 'stories.example.com',
      lang: 'en-GB',
      leadImage: 'https://stories.example.com/lamp.jpg',
      readingTimeMinutes: 4,
      publishedTime: '2023-11-01T08:00:00+00:00',
    })
  })

  it('handles boolean flags, string tags, missing title, date and body', () => {
    const item = byUrl(outcome.items, 'https://plain.example.com/no-title')
    expect(item.status).toBe('unread')
    expect(item.tags).toEqual(['misc', 'Starred'])
    expect(item.title).toBe('plain.example.com/no-title')
    expect(item.savedAt).toBe(NOW)
    expect(item.content).toBeNull()
    expect(item.article?.leadImage).toBeUndefined()
  })

  it('rejects an entry with a malformed flag, naming the entry and field', () => {
    const json = JSON.stringify([
      { url: 'https://a.example.com/', is_archived: 0 },
      { url: 'https://b.example.com/', is_archived: 'yes' },
    ])
    const message = expectRejected(parseImport('w.json', json, NOW))
    expect(message).toContain('Entry 2 of this Wallabag JSON export')
    expect(message).toContain('"is_archived"')
  })

  it('rejects an entry without a url', () => {
    const json = JSON.stringify([
      { url: 'https://a.example.com/', is_archived: 0 },
      { title: 'x', is_archived: 0 },
    ])
    expect(expectRejected(parseImport('w.json', json, NOW))).toBe(
      'Entry 2 of this Wallabag JSON export: "url" is missing.',
    )
  })

  it('does not let __proto__ keys pollute objects', () => {
    const json =
      '[{"url":"https://a.example.com/","is_archived":0,"__proto__":{"polluted":true},' +
      '"tags":[{"label":"t","__proto__":{"polluted":true}}]}]'
    const result = expectOk(parseImport('w.json', json, NOW))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const item = result.items[0]
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype)
    expect((item as unknown as Record<string, unknown>).polluted).toBeUndefined()
    expect(item?.tags).toEqual(['t'])
  })
})

// ---------------------------------------------------------------------------------------------
// Upstream JSON: export → import
// ---------------------------------------------------------------------------------------------

function sampleArticle(overrides: Partial<SavedArticle> = {}): SavedArticle {
  return {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    title: 'A made-up story about <tags> & "quotes"',
    byline: 'By Jane Example',
    siteName: 'Example Gazette',
    publishedTime: '2025-12-01T09:30:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'An invented excerpt.',
    leadImage: 'https://gazette.example.com/lead.jpg',
    wordCount: 312,
    readingTimeMinutes: 2,
    status: 'read',
    savedAt: 1_765_000_000_000,
    updatedAt: 1_765_000_500_000,
    copies: [
      { url: 'https://aggregator.example.net/copy/1', savedAt: 1_765_000_000_000 },
      { url: 'https://gazette.example.com/story', savedAt: 1_765_000_100_000 },
    ],
    sources: [
      { url: 'https://gazette.example.com/story', label: 'Example Gazette', kind: 'original' },
      { url: 'https://aggregator.example.net/copy/1', label: 'This page', kind: 'page' },
    ],
    tags: ['politics', 'long read'],
    hasContent: true,
    ...overrides,
  }
}

function sampleItems(): ExportItem[] {
  const first = sampleArticle()
  const second = sampleArticle({
    id: 'a1b2c3d4-0000-4000-8000-000000000002',
    title: 'מאמר לדוגמה',
    lang: 'he',
    dir: 'rtl',
    byline: null,
    siteName: null,
    publishedTime: null,
    excerpt: null,
    leadImage: null,
    status: 'unread',
    copies: [{ url: 'https://he.example.org/maamar', savedAt: 1_765_100_000_000 }],
    sources: [],
    tags: [],
    hasContent: false,
    savedAt: 1_765_100_000_000,
    updatedAt: 1_765_100_000_000,
  })
  const content: SavedContent = {
    id: first.id,
    html: '<p>First <strong>bold</strong> paragraph.</p><p>Second one.</p>',
    text: 'First bold paragraph.\n\nSecond one.',
  }
  return [
    { article: first, content },
    { article: second, content: null },
  ]
}

describe('Upstream JSON', () => {
  it('round-trips every record without loss', () => {
    const items = sampleItems()
    const json = exportJson(items, new Date(NOW))
    const result = expectOk(parseImport('upstream-reading-list.json', json, NOW + 1))
    expect(result.format).toBe('upstream-json')
    expect(result.skipped).toBe(0)
    expect(result.items).toHaveLength(items.length)
    for (const [i, { article, content }] of items.entries()) {
      const imported = result.items[i]
      const { id: _id, hasContent: _has, ...fields } = article
      expect(imported?.article).toEqual(fields)
      expect(imported?.url).toBe(article.copies[0]?.url)
      expect(imported?.title).toBe(article.title)
      expect(imported?.savedAt).toBe(article.savedAt)
      expect(imported?.status).toBe(article.status)
      expect(imported?.tags).toEqual(article.tags)
      expect(imported?.content).toEqual(content ? { html: content.html, text: content.text } : null)
    }
  })

  it('writes the documented envelope', () => {
    const file = JSON.parse(exportJson(sampleItems(), new Date(NOW)))
    expect(file.format).toBe('upstream-reading-list')
    expect(file.version).toBe(1)
    expect(file.exportedAt).toBe('2026-01-15T12:00:00.000Z')
    expect(file.items[0].article.id).toBe('a1b2c3d4-0000-4000-8000-000000000001')
  })

  it('rejects a record with an invalid status, naming the item and field', () => {
    const file = JSON.parse(exportJson(sampleItems(), new Date(NOW)))
    file.items[1].article.status = 'done'
    const message = expectRejected(parseImport('u.json', JSON.stringify(file), NOW))
    expect(message).toBe(
      'Item 2 of this Upstream JSON file: "article.status" should be one of "unread", "read", "archived".',
    )
  })

  it('rejects a save time past year 9999 (no date can show it), naming the item and field', () => {
    const file = JSON.parse(exportJson(sampleItems(), new Date(NOW)))
    file.items[0].article.savedAt = 9e15
    const message = expectRejected(parseImport('u.json', JSON.stringify(file), NOW))
    expect(message).toContain('Item 1 of this Upstream JSON file')
    expect(message).toContain('article.savedAt')
  })

  it('rejects a file without items and a file from a newer version', () => {
    const bare = '{"format":"upstream-reading-list","version":1,"exportedAt":"x"}'
    expect(expectRejected(parseImport('u.json', bare, NOW))).toBe(
      'This Upstream JSON file: "items" is missing.',
    )
    const newer = '{"format":"upstream-reading-list","version":2,"exportedAt":"x","items":[]}'
    expect(expectRejected(parseImport('u.json', newer, NOW))).toMatch(/newer Upstream/)
  })

  it('drops hostile links inside a record and skips a record with no web address', () => {
    const file = JSON.parse(exportJson(sampleItems(), new Date(NOW)))
    file.items[0].article.copies[0].url = 'javascript:alert(1)'
    file.items[0].article.leadImage = 'javascript:alert(2)'
    file.items[1].article.copies[0].url = 'data:text/html,hi'
    const result = expectOk(parseImport('u.json', JSON.stringify(file), NOW))
    expect(result.skipped).toBe(1)
    expect(result.items).toHaveLength(1)
    expect(result.items[0]?.url).toBe('https://gazette.example.com/story')
    expect(result.items[0]?.article?.leadImage).toBeNull()
    expect(JSON.stringify(result.items)).not.toContain('javascript:')
  })

  it('does not let __proto__ keys pollute objects', () => {
    const file = JSON.parse(exportJson(sampleItems(), new Date(NOW)))
    const text = JSON.stringify(file).replace(
      '"article":{',
      '"article":{"__proto__":{"polluted":true},',
    )
    const hostile = `{"__proto__":{"polluted":true},${text.slice(1)}`
    const result = expectOk(parseImport('u.json', hostile, NOW))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const article = result.items[0]?.article as Record<string, unknown>
    expect(Object.getPrototypeOf(article)).toBe(Object.prototype)
    expect(article.polluted).toBeUndefined()
    expect(Object.hasOwn(article, '__proto__')).toBe(false)
  })
})

// ---------------------------------------------------------------------------------------------
// Whole-file checks and helpers
// ---------------------------------------------------------------------------------------------

describe('parseImport file checks', () => {
  it('rejects a file over 50 MB before parsing it', () => {
    const huge = `[${' '.repeat(MAX_FILE_CHARS)}]`
    expect(expectRejected(parseImport('big.json', huge, NOW))).toMatch(/over 50 MB/)
  })

  it('rejects empty, unknown and broken files with a reason', () => {
    expect(expectRejected(parseImport('x.csv', '  \n', NOW))).toBe('This file is empty.')
    expect(expectRejected(parseImport('notes.txt', 'just some words', NOW))).toMatch(
      /not in a format Upstream recognises/,
    )
    expect(expectRejected(parseImport('x.json', '{"format":', NOW))).toMatch(/not valid JSON/)
    expect(expectRejected(parseImport('x.json', '[]', NOW))).toMatch(/empty list/)
    expect(expectRejected(parseImport('x.json', '{"format":"other-app"}', NOW))).toContain(
      '"other-app"',
    )
    expect(expectRejected(parseImport('x.json', '[{"name":"x"}]', NOW))).toMatch(/not a Wallabag/)
  })

  it('names the columns of an unrecognised CSV', () => {
    const message = expectRejected(parseImport('x.csv', 'name,link\nA,https://a.example/\n', NOW))
    expect(message).toContain('name,link')
  })

  it('reads a file that starts with a byte-order mark', () => {
    const csv = '\uFEFFtitle,url,time_added,tags,status\nA,https://a.example.com/,1,,unread\n'
    expect(expectOk(parseImport('p.csv', csv, NOW)).format).toBe('pocket-csv')
  })

  it('tells seconds from milliseconds and falls back to now', () => {
    expect(toMillis(1_700_000_000, NOW)).toBe(1_700_000_000_000)
    expect(toMillis('1700000000000', NOW)).toBe(1_700_000_000_000)
    expect(toMillis('2023-11-14T22:13:20Z', NOW)).toBe(1_700_000_000_000)
    expect(toMillis('', NOW)).toBe(NOW)
    expect(toMillis(0, NOW)).toBe(NOW)
    expect(toMillis(-5, NOW)).toBe(NOW)
    expect(toMillis('not a date', NOW)).toBe(NOW)
    expect(toMillis(null, NOW)).toBe(NOW)
  })

  it('turns HTML into paragraphs of plain text', () => {
    expect(
      htmlToPlainText(
        '<div><p>A&nbsp;&amp; B</p><style>p{}</style><ul><li>one</li><li>two</li></ul></div>',
      ),
    ).toBe('A & B\n\none\n\ntwo')
  })
})

// ---------------------------------------------------------------------------------------------
// Markdown export
// ---------------------------------------------------------------------------------------------

describe('Markdown export', () => {
  it('has every title as a heading, the facts, the links and the converted body', () => {
    const md = exportMarkdown(sampleItems(), new Date(NOW), win)
    expect(md).toContain('exported 2026-01-15 · 2 stories')
    expect(md).toMatch(/^# A made-up story about \\<tags> & "quotes"$/m)
    expect(md).toContain('Read · Saved 2025-12-06 · Tags: politics, long read')
    expect(md).toContain('[Example Gazette](https://gazette.example.com/story)')
    // The saved page is among the sources, so toMarkdown's credit line already links it.
    expect(md).toContain('Retrieved from [https://aggregator.example.net/copy/1]')
    expect(md).not.toContain('Saved from')
    expect(md).toContain('First **bold** paragraph.')
    expect(md).toMatch(/^# מאמר לדוגמה$/m)
    expect(md).toContain('[https://he.example.org/maamar](<https://he.example.org/maamar>)')
  })

  it('links the saved page when no source credit shows it', () => {
    const [first] = sampleItems()
    if (!first) throw new Error('no sample')
    const sources = first.article.sources.filter((source) => source.kind !== 'page')
    const md = exportMarkdown(
      [{ ...first, article: { ...first.article, sources } }],
      new Date(NOW),
      win,
    )
    expect(md).toContain(
      'Saved from [https://aggregator.example.net/copy/1](<https://aggregator.example.net/copy/1>)',
    )
  })

  it('keeps a hostile title as text', () => {
    const [first] = sampleItems()
    if (!first) throw new Error('no sample')
    const item = { article: { ...first.article, title: '[x](javascript:alert(1))' }, content: null }
    const md = exportMarkdown([item], new Date(NOW), win)
    expect(md).toContain('# \\[x\\]\\(javascript:alert\\(1\\)\\)')
    expect(md).not.toContain('](javascript:')
  })

  it('sanitizes a hostile body before converting it', () => {
    const [first] = sampleItems()
    if (!first) throw new Error('no sample')
    const html =
      '<p>Kept text</p><script>alert(1)</script><a href="javascript:alert(2)">bad link</a>' +
      '<img src="x" onerror="alert(3)">'
    const md = exportMarkdown(
      [{ ...first, content: { id: first.article.id, html, text: '' } }],
      new Date(NOW),
      win,
    )
    expect(md).toContain('Kept text')
    expect(md).toContain('bad link')
    expect(md).not.toMatch(/javascript:|alert\(|onerror|<script/i)
  })
})

// ---------------------------------------------------------------------------------------------
// HTML export
// ---------------------------------------------------------------------------------------------

describe('HTML export', () => {
  const hostileBody =
    '<p onclick="steal()">Text</p><script>alert(1)</script><img src="x" onerror="alert(2)">' +
    '<a href="javascript:alert(3)">link</a><iframe src="https://evil.example/"></iframe>' +
    '<svg><script>alert(4)</script></svg>'

  function hostileItems(): ExportItem[] {
    const [first, second] = sampleItems()
    if (!first || !second) throw new Error('no samples')
    return [
      {
        article: { ...first.article, title: '<img src=x onerror=alert(1)> "quoted" \'single\'' },
        content: { id: first.article.id, html: hostileBody, text: 'Text' },
      },
      second,
    ]
  }

  const html = exportHtml(hostileItems(), new Date(NOW), win)
  const doc = new JSDOM(html).window.document

  it('carries no script, event handler, javascript: link or frame', () => {
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<iframe/i)
    expect(html).not.toMatch(/javascript:/i)
    expect(doc.querySelectorAll('script, iframe, svg')).toHaveLength(0)
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr).not.toMatch(/^on/i)
    }
    expect(doc.body.textContent).toContain('Text')
  })

  it('escapes titles as text and sets a script-free CSP', () => {
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &#39;single&#39;')
    const heading = doc.querySelector('article h2')
    expect(heading?.textContent).toBe('<img src=x onerror=alert(1)> "quoted" \'single\'')
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')
    expect(csp?.getAttribute('content')).toContain("default-src 'none'")
  })

  it('marks right-to-left stories and links stories without text', () => {
    const rtl = doc.querySelector('article[dir="rtl"]')
    expect(rtl?.getAttribute('lang')).toBe('he')
    expect(rtl?.querySelector('a[href="https://he.example.org/maamar"]')).not.toBeNull()
  })

  it('includes a Pocket-style list that the Pocket importer reads back', () => {
    const links = doc.querySelectorAll('ul > li > a[time_added]')
    expect(links).toHaveLength(2)
    const result = expectOk(parseImport('upstream.html', html, NOW))
    expect(result.format).toBe('pocket-html')
    expect(result.skipped).toBe(0)
    expect(result.items).toHaveLength(2)
    const read = byUrl(result.items, 'https://aggregator.example.net/copy/1')
    expect(read.status).toBe('archived')
    expect(read.tags).toEqual(['politics', 'long read'])
    expect(read.savedAt).toBe(1_765_000_000_000)
    expect(read.title).toBe('<img src=x onerror=alert(1)> "quoted" \'single\'')
    expect(byUrl(result.items, 'https://he.example.org/maamar').status).toBe('unread')
  })
})
