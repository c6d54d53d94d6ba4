/**
 * Everything the library tells the user comes from the message catalog, so it can be
 * translated: with a catalog that wraps each message in ⟦…⟧, every refusal of an import file
 * and the full-disk message are wrapped whole, with no English put together outside a message.
 */
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { en } from '../../src/i18n/catalog/en/index.ts'
import { setFallbackCatalog } from '../../src/i18n/t.ts'
import { openLibrary } from '../../src/library/db.ts'
import { MAX_ITEMS, parseImport } from '../../src/library/import/index.ts'
import { saveStory } from '../../src/library/save.ts'
import { ferryStory } from './sample-story.ts'

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0)

beforeAll(() => {
  setFallbackCatalog(
    Object.fromEntries(Object.entries(en).map(([key, text]) => [key, `⟦${text}⟧`])),
  )
})

afterAll(() => setFallbackCatalog(en))

function refusal(fileName: string, text: string): string {
  const outcome = parseImport(fileName, text, NOW)
  if (outcome.ok) throw new Error(`${fileName} was accepted`)
  return outcome.message
}

/** The text outside every ⟦…⟧: words there were written in code, not taken from the catalog. */
function outsideMessages(text: string): string {
  let depth = 0
  let outside = ''
  for (const char of text) {
    if (char === '⟦') depth++
    else if (char === '⟧') depth--
    else if (depth === 0) outside += char
  }
  return outside
}

const POCKET_CSV = 'title,url,time_added,tags,status\n'
const INSTAPAPER_CSV = 'URL,Title,Selection,Folder,Timestamp\n'
const UPSTREAM = '{"format":"upstream-reading-list","version":1,"exportedAt":"x"'

const REFUSED: Array<[string, string, string]> = [
  ['an empty file', 'x.csv', ' \n'],
  ['a file in no known format', 'notes.txt', 'just some words'],
  ['broken JSON', 'x.json', '{"format":'],
  ['an empty JSON list', 'x.json', '[]'],
  ['a list that is not Wallabag', 'x.json', '[{"name":"x"}]'],
  ['another app’s JSON', 'x.json', '{"format":"other-app"}'],
  ['HTML that is not Pocket’s', 'x.html', '<p>hello</p>'],
  ['a CSV with unknown columns', 'x.csv', 'name,link\nA,https://a.example/\n'],
  ['a CSV row with an open quote', 'p.csv', `${POCKET_CSV}"A,https://a.example/,1,,unread\n`],
  ['a CSV row with a stray comma', 'p.csv', `${POCKET_CSV}A, B,https://a.example/,1,,unread\n`],
  ['a Pocket CSV status', 'p.csv', `${POCKET_CSV}A,https://a.example/,1,,finished\n`],
  ['a Pocket CSV time', 'p.csv', `${POCKET_CSV}A,https://a.example/,noon,,unread\n`],
  ['an Instapaper time', 'i.csv', `${INSTAPAPER_CSV}https://a.example/,A,,Unread,noon\n`],
  [
    'too many CSV rows',
    'p.csv',
    `${POCKET_CSV}${'A,https://a.example/,1,,\n'.repeat(MAX_ITEMS + 1)}`,
  ],
  [
    'a Pocket HTML time',
    'r.html',
    '<h1>Unread</h1><a href="https://a.example/" time_added="x">A</a>',
  ],
  ['a Wallabag entry', 'w.json', '[{"url":"https://a.example/","is_archived":"yes"}]'],
  ['an Upstream file without items', 'u.json', `${UPSTREAM}}`],
  [
    'an Upstream file from a newer version',
    'u.json',
    `${UPSTREAM.replace('"version":1', '"version":9')},"items":[]}`,
  ],
  ['an Upstream item', 'u.json', `${UPSTREAM},"items":[{"article":{},"content":null}]}`],
]

describe('what the library tells the user is in the catalog', () => {
  for (const [what, fileName, text] of REFUSED) {
    it(`refusing ${what}`, () => {
      const message = refusal(fileName, text)
      expect(message).toMatch(/^⟦/)
      expect(outsideMessages(message), message).not.toMatch(/\p{L}/u)
    })
  }

  it('a save that finds the disk full', async () => {
    const db = openLibrary('test-messages-quota')
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    db.lookup.add = (() => Promise.reject(quota)) as unknown as typeof db.lookup.add
    try {
      await expect(saveStory(ferryStory(), db)).rejects.toThrow(/^⟦There is no room left.*⟧$/)
    } finally {
      await db.delete()
    }
  })
})
