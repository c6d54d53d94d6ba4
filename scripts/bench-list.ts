/**
 * `npm run bench:list`: the reading list with 10,000 saved stories of realistic size, in real
 * headless Chromium with the built extension and its real IndexedDB.
 *
 * The stories are invented (scripts/lib/list-stories.ts) and go in through the product's own
 * import (Upstream JSON files chosen in the list page), so every record, index entry and
 * fingerprint is what a real save writes. Then:
 * - first paint of the list page (navigation start → the first screen of stories presented, by
 *   the first story's Element Timing: scripts/lib/list-loads.ts), over fresh tabs, beside
 *   two floors loaded the same way: an extension page of one static line (what the browser
 *   takes to show any page on this machine), and a copy of the list page as rendered, scripts
 *   removed (what showing this list takes with no work of ours at all);
 * - search latency: from the input event to the matching items painted, for several queries;
 * - the time to save one more story from the popup (click → "Saved" announced);
 * - storage used per story (`navigator.storage.estimate()` before and after, ÷ count).
 * A script, not a test: timings depend on the machine and its load.
 *
 *   npm run bench:list -- [--articles 10000] [--reloads 20] [--profile DIR] [--also DIST …]
 *
 * The loads are interleaved: each round opens the list once in every series (ours, each --also
 * build, the two floors), in an order that rotates from round to round, so a machine whose load
 * changes during the run weighs on every series alike and the ratios between them hold even when
 * the absolute figures do not; each ratio comes with a 90% interval over the rounds.
 *
 * --profile keeps the browser profile in DIR: a later run with the same DIR finds the stories
 * already imported and skips the import (for trying changes; the saving figure then counts one
 * more story each run).
 *
 * --also adds another build of the extension (same key; e.g. a copy of an earlier dist/chrome)
 * as one more series, in a browser of its own with a copy of the same profile (same stories):
 * A/B in one run.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { ElementHandle, Page } from 'puppeteer-core'
import { withGrantedHosts } from '../tests/e2e/harness/auto-mode.ts'
import { ensureBuilt } from '../tests/e2e/harness/build.ts'
import {
  type Chromium,
  clickToolbar,
  launchChromium,
  openTab,
  settledState,
  shimEsbuildNames,
} from '../tests/e2e/harness/chromium.ts'
import { startFixtureServer } from '../tests/e2e/harness/fixture-server.ts'
import {
  LIST_URL,
  listPaint,
  ONE_LINE_PAGE,
  renderedListPage,
  staticPage,
  staticPaint,
} from './lib/list-loads.ts'
import { FILE_SIZE, story, writeImportFiles } from './lib/list-stories.ts'
import { median, pairedRatioInterval, quantile } from './lib/stats.ts'

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

type SeriesKind = 'ours' | 'other build' | 'one line' | 'static copy'

interface Series {
  kind: SeriesKind
  label: string
  /** The browser this series loads its pages in. */
  chromium: Chromium
  /** A static page's address (the floors); the list page otherwise. */
  url?: string
  paints: number[]
  /** The list page's own timings, one record per load (not for the floors). */
  timings: Record<string, number>[]
}

/** One load of the series' page: navigation start → painted. */
async function load(series: Series): Promise<number> {
  if (series.url) return staticPaint(series.chromium, series.url)
  const paint = await listPaint(series.chromium)
  series.timings.push(paint.timings)
  return paint.painted
}

function ratioLine(label: string, ours: number[], other: number[]): string {
  const [low, high] = pairedRatioInterval(ours, other)
  const atMedian = median(ours) / median(other)
  const atP95 = quantile(ours, 0.95) / quantile(other, 0.95)
  return `    ${label.padEnd(40)} ${atMedian.toFixed(2)}× at the median (90% interval ${low.toFixed(2)}–${high.toFixed(2)}), ${atP95.toFixed(2)}× at p95`
}

/** A copy of a profile for another browser (not its lock, which names the running browser). */
function copyProfile(from: string): string {
  const to = mkdtempSync(join(tmpdir(), 'upstream-bench-list-profile-'))
  cpSync(from, to, { recursive: true, filter: (path) => !basename(path).startsWith('Singleton') })
  return to
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      reloads: { type: 'string', default: '20' },
      profile: { type: 'string' },
      also: { type: 'string', multiple: true, default: [] },
    },
  })
  const count = Number(values.articles)
  const reloads = Number(values.reloads)
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(reloads) || reloads < 1)
    throw new Error('--articles and --reloads must be positive integers')
  if (ensureBuilt(['chrome'])) console.log('Built dist/chrome.')

  const dir = mkdtempSync(join(tmpdir(), 'upstream-bench-list-'))
  const profile = values.profile ?? join(dir, 'profile')
  const copies: string[] = []
  const server = await startFixtureServer()
  const build = withGrantedHosts(['dnyuz.com'])
  const launch = (extensionPath: string, userDataDir: string) =>
    launchChromium({ server, extensionPath, userDataDir })
  let chromium = await launch(build.path, profile)
  const others: Chromium[] = []
  try {
    console.log(`Reading-list benchmark: ${await chromium.browser.version()}, headless`)
    const list = await openTab(chromium, LIST_URL)
    await list.waitForSelector('[data-testid=list-empty], [data-testid=list-item]')
    const kept = await list.evaluate(
      () => document.querySelector('[data-testid=list-item]') !== null,
    )
    if (kept) console.log(`  stories kept in ${values.profile}: no import`)
    else {
      const files = writeImportFiles(dir, count)
      console.log(
        `  story text: ~${(story(0).content.text.length / 1000).toFixed(1)} k characters each`,
      )
      await importAll(list, files, count)
    }
    await list.close()

    // The other builds get the same stories: copies of this profile, taken while it is closed.
    if (values.also.length > 0) {
      await chromium.close()
      for (const path of values.also) {
        const copy = copyProfile(profile)
        copies.push(copy)
        others.push(await launch(resolve(path), copy))
      }
      chromium = await launch(build.path, profile)
    }

    const series: Series[] = [
      { kind: 'ours', label: 'ours (dist/chrome)', chromium, paints: [], timings: [] },
      ...others.map((other, i) => ({
        kind: 'other build' as const,
        label: `other build: ${values.also[i]}`,
        chromium: other,
        paints: [],
        timings: [],
      })),
    ]
    // One load each first: the first load of a page compiles its scripts.
    for (const s of series) await load(s)
    // Every series has a browser of its own, the floors too: a browser that also loaded the
    // others' pages would be warmer than one that loaded only its own (measured: the same build
    // took 0.85× as long in the browser that also held the floors).
    const rendered = await renderedListPage(chromium)
    for (const [kind, label, html] of [
      ['one line', 'floor: a static page, one line', ONE_LINE_PAGE],
      ['static copy', 'floor: the list page, static', rendered],
    ] as const) {
      const url = staticPage(build.path, kind.replace(' ', '-'), html)
      const floor = await launchChromium({ server, extensionPath: build.path })
      others.push(floor)
      series.push({ kind, label, chromium: floor, url, paints: [], timings: [] })
    }
    for (const s of series.slice(-2)) await load(s)
    for (const s of series) s.timings = []

    const loads: number[] = []
    for (let round = 0; round < reloads; round++) {
      loads.push(loadavg()[0] ?? Number.NaN)
      // Rotate who goes first, so no series always follows the same one.
      const order = series.map((_, i) => series[(i + round) % series.length] as Series)
      for (const s of order) s.paints.push(await load(s))
    }

    console.log(
      `  machine: ${cpus().length} cores; load average (1 min) during the loads: median ${median(loads).toFixed(2)}, max ${Math.max(...loads).toFixed(2)}`,
    )
    console.log(
      `\n  list page first paint (opened in a new tab: navigation start → the first story presented), ${reloads} rounds, interleaved:`,
    )
    for (const s of series) console.log(`    ${s.label.padEnd(34)}${fmt(s.paints)}`)
    const [ours] = series
    if (!ours) throw new Error('No series of ours')
    console.log('\n  ours, its own marks (navigation start → mark; a measure: its duration):')
    const names = [...new Set(ours.timings.flatMap((t) => Object.keys(t)))]
    for (const name of names) {
      const times = ours.timings.map((t) => t[name] ?? Number.NaN).filter(Number.isFinite)
      console.log(`    ${name.replace('upstream:list-', '').padEnd(34)}${fmt(times)}`)
    }
    console.log('\n  ratios, same rounds:')
    const paintsOf = (kind: SeriesKind) => series.find((s) => s.kind === kind)?.paints ?? []
    for (const s of series.filter((s) => s.kind === 'ours' || s.kind === 'other build')) {
      const name = s.kind === 'ours' ? 'ours' : s.label.replace('other build: ', '')
      console.log(ratioLine(`${name} / the static copy`, s.paints, paintsOf('static copy')))
      console.log(ratioLine(`${name} / the one-line page`, s.paints, paintsOf('one line')))
      if (s !== ours) console.log(ratioLine(`ours / ${name}`, ours.paints, s.paints))
    }

    const searchTab = await openTab(chromium, LIST_URL)
    await searchTab.waitForSelector('[data-testid=list-item]')
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
        await searchLatency(searchTab, '')
        const run = await searchLatency(searchTab, query)
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
    for (const other of others) await other.close()
    await server.close()
    build.remove()
    for (const copy of copies) rmSync(copy, { recursive: true, force: true })
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
