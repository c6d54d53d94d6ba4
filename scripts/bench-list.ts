/**
 * `npm run bench:list`: the reading list with 10,000 saved stories of realistic size, in real
 * headless Chromium with the built extension and its real IndexedDB.
 *
 * The stories are invented (random words from a fixed vocabulary, ~900 words each, in
 * paragraphs) and go in through the product's own import (an Upstream JSON file chosen in the
 * list page), so every record, index entry and fingerprint is what a real save writes. Then:
 * - first paint of the list page (navigation start → `upstream:list-painted`), over reloads,
 *   beside two floors, loaded the same way in the same browser: an extension page of one static
 *   line (what the browser takes to show any page on this machine), and a copy of the list page
 *   as rendered, scripts removed (what showing this list takes with no work of ours at all);
 * - search latency: from the input event to the matching items painted, for several queries;
 * - the time to save one more story from the popup (click → "Saved" announced);
 * - storage used per story (`navigator.storage.estimate()` before and after, ÷ count).
 * A script, not a test: timings depend on the machine and its load.
 *
 *   npm run bench:list -- [--articles 10000] [--reloads 10] [--profile DIR]
 *
 * --profile keeps the browser profile in DIR: a later run with the same DIR finds the stories
 * already imported and skips the import (for trying changes; the saving figure then counts one
 * more story each run).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { ElementHandle, Page } from 'puppeteer-core'
import { exportJson } from '../src/library/export/upstream-json.ts'
import type { SavedArticle } from '../src/library/types.ts'
import { withGrantedHosts } from '../tests/e2e/harness/auto-mode.ts'
import { ensureBuilt } from '../tests/e2e/harness/build.ts'
import {
  type Chromium,
  clickToolbar,
  EXTENSION_ORIGIN,
  launchChromium,
  openTab,
  settledState,
  shimEsbuildNames,
} from '../tests/e2e/harness/chromium.ts'
import { startFixtureServer } from '../tests/e2e/harness/fixture-server.ts'
import { median, quantile } from './lib/stats.ts'

const LIST_URL = `${EXTENSION_ORIGIN}/src/list/index.html`
const FILE_SIZE = 500

// A fixed vocabulary of invented-story words; each story draws its own mix, so texts differ.
const VOCABULARY = (
  'harbour council ferry schedule winter cannery orchard valley growers hives bloom terraces ' +
  'bridge repairs budget commission vote district school library heaters volunteers river ' +
  'flood barriers tide surge engineers workshop bakery market grain elevator fire station ' +
  'pavement streets heat paint summer residents mayor transit route bus depot garage apartments ' +
  'pilot program lake level snowpack january rise farmers irrigation canal reservoir drought ' +
  'museum archive letters century mill workers union contract hospital parking fees panel ' +
  'bookstore bank vault lease landlord rent tenants spaceport desert launch pad satellite ' +
  'copper smelter exports mine port cargo glacier ice melt researchers coop grocery olive water'
).split(' ')

/** A small deterministic PRNG (mulberry32), so every run builds the same list. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function story(i: number): {
  article: SavedArticle
  content: { id: string; html: string; text: string }
} {
  const next = random(i + 1)
  const word = () => VOCABULARY[Math.floor(next() * VOCABULARY.length)] ?? 'story'
  const paragraphs = Array.from({ length: 12 }, () => {
    const words = Array.from({ length: 75 }, word)
    // A word unique to each story, so a search can find exactly one.
    if (words.length > 3) words[3] = `marker${i}x`
    return `${words.join(' ')}.`
  })
  const text = paragraphs.join('\n\n')
  const id = `bench-${i}`
  const savedAt = Date.UTC(2026, 0, 1) + i * 60_000
  const title = `${word()} ${word()} ${word()} in ${word()} ${i}`
  return {
    article: {
      id,
      title,
      byline: 'By A. Reporter',
      siteName: 'Example Times',
      publishedTime: null,
      lang: 'en',
      dir: 'ltr',
      excerpt: paragraphs[0]?.slice(0, 200) ?? null,
      leadImage: `https://images.example.com/${i}.jpg`,
      wordCount: 900,
      readingTimeMinutes: 4,
      status: i % 3 === 0 ? 'read' : 'unread',
      savedAt,
      updatedAt: savedAt,
      copies: [{ url: `https://aggregator.example/${i}/story/`, savedAt }],
      sources: [
        {
          url: `https://www.publisher.example/${i}.html`,
          label: 'Example Times',
          kind: 'original',
        },
      ],
      tags: [],
      hasContent: true,
    },
    content: { id, html: paragraphs.map((p) => `<p>${p}</p>`).join(''), text },
  }
}

const fmt = (values: number[]): string =>
  `median ${median(values).toFixed(1).padStart(7)} ms   p95 ${quantile(values, 0.95).toFixed(1).padStart(7)} ms`

async function storageUsed(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0)
}

/** Imports the files through the list page's import, as a user would, and reports the cost. */
async function importAll(list: Page, files: string[], count: number): Promise<void> {
  const before = await storageUsed(list)
  const started = Date.now()
  await list.waitForSelector('[data-testid=import-library]')
  for (const [n, file] of files.entries()) {
    const input = await list.$('[data-testid=import-library]')
    await (input as ElementHandle<HTMLInputElement>).uploadFile(file)
    // The list reloads after each import; its "All (n)" count tells when this one is in.
    const total = Math.min(count, (n + 1) * FILE_SIZE)
    // The count is written as the UI language writes numbers ("(1,500)"): compare its digits.
    await list.waitForFunction(
      (t: number) => {
        const text = document.querySelector('[data-testid=filter-all]')?.textContent ?? ''
        return Number(/\(([^)]*)\)/.exec(text)?.[1]?.replace(/\D/g, '') ?? -1) >= t
      },
      { timeout: 10 * 60_000, polling: 500 },
      total,
    )
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(
    `  import of ${count} stories through the list page, ${files.length} files: ${seconds} s`,
  )
  const used = (await storageUsed(list)) - before
  console.log(
    `  storage used: ${(used / count / 1024).toFixed(1)} kB per story (${(used / 1024 / 1024).toFixed(1)} MB in all)`,
  )
}

/** First paints of a static extension page, opened as the list is (see the top). */
async function staticPaints(
  chromium: Chromium,
  extensionDir: string,
  reloads: number,
  html: string,
): Promise<number[]> {
  const file = `static-${Date.now()}.html`
  writeFileSync(join(extensionDir, file), html)
  const paints: number[] = []
  for (let i = 0; i <= reloads; i++) {
    const page = await chromium.browser.newPage()
    try {
      await page.goto(`${EXTENSION_ORIGIN}/${file}`, { waitUntil: 'load' })
      await page.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint').length > 0,
      )
      const fcp = await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      )
      if (i > 0) paints.push(fcp) // as for the list: the first load is a cold one
    } finally {
      await page.close()
    }
  }
  return paints
}

interface ListPaint {
  painted: number
  script: number
  query: number
}

/** Opens the list in a new tab, as its button does, and reads the page's own timings. */
async function listPaint(chromium: Chromium): Promise<ListPaint> {
  const page = await chromium.browser.newPage()
  try {
    await page.goto(LIST_URL, { waitUntil: 'load' })
    await page.waitForFunction(
      () => performance.getEntriesByName('upstream:list-painted').length > 0,
    )
    // No named inner functions here: the bundler's name helper does not exist in the page.
    return await page.evaluate(() => ({
      painted: performance.getEntriesByName('upstream:list-painted')[0]?.startTime ?? Number.NaN,
      script: performance.getEntriesByName('upstream:list-script')[0]?.startTime ?? Number.NaN,
      query: performance.getEntriesByName('upstream:list-query')[0]?.duration ?? Number.NaN,
    }))
  } finally {
    await page.close()
  }
}

async function searchLatency(
  page: Page,
  query: string,
): Promise<{ ms: number; queryMs: number; found: number }> {
  return page.evaluate(async (q: string) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid=list-search]')
    const root = document.querySelector('[data-testid=reading-list]')
    if (!input || !root) throw new Error('The list page has no search box')
    const start = performance.now()
    if (root.getAttribute('data-query') === q) return { ms: 0, queryMs: 0, found: -1 }
    const done = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (root.getAttribute('data-query') !== q) return
        observer.disconnect()
        requestAnimationFrame(() => setTimeout(resolve, 0))
      })
      observer.observe(root, { attributes: true, attributeFilter: ['data-query'] })
    })
    input.value = q
    input.dispatchEvent(new Event('input', { bubbles: true }))
    await done
    return {
      ms: performance.now() - start,
      queryMs: performance.getEntriesByName('upstream:list-query').at(-1)?.duration ?? Number.NaN,
      found: document.querySelectorAll('[data-testid=list-item]').length,
    }
  }, query)
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      reloads: { type: 'string', default: '10' },
      profile: { type: 'string' },
    },
  })
  const count = Number(values.articles)
  const reloads = Number(values.reloads)
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(reloads) || reloads < 1)
    throw new Error('--articles and --reloads must be positive integers')
  if (ensureBuilt(['chrome'])) console.log('Built dist/chrome.')

  // Imported in files of a few hundred stories, as a user with a large Pocket export would
  // (one file of 10,000 full stories would be ~140 MB, over the import's 50 MB limit).
  const dir = mkdtempSync(join(tmpdir(), 'upstream-bench-list-'))
  const items = Array.from({ length: count }, (_, i) => story(i))
  const files: string[] = []
  for (let start = 0; start < count; start += FILE_SIZE) {
    const file = join(dir, `upstream-reading-list-${files.length}.json`)
    writeFileSync(file, exportJson(items.slice(start, start + FILE_SIZE), new Date()))
    files.push(file)
  }

  console.log(
    `  story text: ~${((items[0]?.content.text.length ?? 0) / 1000).toFixed(1)} k characters each`,
  )
  const server = await startFixtureServer()
  const build = withGrantedHosts(['dnyuz.com'])
  const chromium = await launchChromium({
    server,
    extensionPath: build.path,
    ...(values.profile ? { userDataDir: values.profile } : {}),
  })
  try {
    console.log(`Reading-list benchmark: ${await chromium.browser.version()}, headless`)
    console.log(
      `  machine: ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    )
    const list = await openTab(chromium, LIST_URL)
    await list.waitForSelector('[data-testid=list-empty], [data-testid=list-item]')
    const kept = await list.evaluate(
      () => document.querySelector('[data-testid=list-item]') !== null,
    )
    if (kept) console.log(`  stories kept in ${values.profile}: no import`)
    else await importAll(list, files, count)

    const paints: ListPaint[] = []
    for (let i = 0; i <= reloads; i++) {
      const paint = await listPaint(chromium)
      if (i > 0) paints.push(paint) // the first load compiles the page's scripts
    }
    console.log(
      `\n  list page first paint (opened in a new tab: navigation start → first ${50} items painted), ${reloads} loads:`,
    )
    console.log(`    ${fmt(paints.map((p) => p.painted))}   (target ≤ 100 ms)`)
    const oneLine =
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head>' +
      '<body><h1>Reading list</h1><p>One line.</p></body></html>'
    const rendered = await list.evaluate(() => document.documentElement.outerHTML)
    const copy = `<!doctype html>${rendered.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '')}`
    const floors = await staticPaints(chromium, build.path, reloads, oneLine)
    const copies = await staticPaints(chromium, build.path, reloads, copy)
    console.log(`      floor: a static page, one line ${fmt(floors)}`)
    console.log(`      floor: the list page, static  ${fmt(copies)}`)
    console.log(`      navigation → page script runs   ${fmt(paints.map((p) => p.script))}`)
    console.log(`      reading the first page (IDB)    ${fmt(paints.map((p) => p.query))}`)

    console.log('\n  search (input event → results painted), each query 5 times:')
    const queries = [
      `marker${Math.floor(count / 2)}x`,
      'harbour',
      'ferry schedule',
      'cann',
      'zzyzx',
    ]
    for (const query of queries) {
      const times: number[] = []
      const queryTimes: number[] = []
      let found = 0
      for (let i = 0; i < 6; i++) {
        await searchLatency(list, '')
        const run = await searchLatency(list, query)
        if (i > 0) {
          times.push(run.ms)
          queryTimes.push(run.queryMs)
        }
        found = run.found
      }
      const label = `    “${query}”`.padEnd(22)
      console.log(`${label}${fmt(times)}   (${found} shown)`)
      console.log(`${'      IndexedDB part'.padEnd(22)}${fmt(queryTimes)}`)
    }

    const page = await openTab(
      chromium,
      server.fixture('jnews--dnyuz-chile-spaceport-atacama').expected.url,
    )
    const popup = await clickToolbar(chromium, page)
    if ((await settledState(popup, 'popup')) !== 'article')
      throw new Error('The popup shows no story')
    await popup.waitForSelector('[data-testid=action-save][data-saved]')
    const alreadySaved = await popup.$('[data-testid=action-save][data-saved=true]')
    if (alreadySaved) {
      console.log(`\n  saving one story: not measured, it is already saved in ${values.profile}`)
      return
    }
    await shimEsbuildNames(popup)
    const saveMs = await popup.evaluate(async () => {
      const button = document.querySelector<HTMLButtonElement>('[data-testid=action-save]')
      const status = document.querySelector('[data-testid=save-status]')
      if (!button || !status) throw new Error('no save button')
      const start = performance.now()
      // Done when the control says so ("Saved ✓" replaces the button) and the outcome is
      // announced (both set after the write).
      const saved = () =>
        document.querySelector<HTMLElement>('[data-testid=action-save]')?.dataset.saved === 'true'
      const done = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!saved() || !status.textContent) return
          observer.disconnect()
          resolve()
        })
        observer.observe(button.parentElement ?? button, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        })
      })
      button.click()
      await done
      return performance.now() - start
    })
    console.log(
      `\n  saving one story from the popup with ${count} saved (click → "Saved" announced): ${saveMs.toFixed(1)} ms`,
    )
  } finally {
    await chromium.close()
    await server.close()
    build.remove()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
