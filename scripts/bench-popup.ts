/**
 * `npm run bench:popup`: how long a reader waits, in headless Chromium, from the toolbar click
 * to the story painted in the popup, next to what plain Readability alone takes on the same page
 * in the same run. A script, not a test: timings depend on the machine and its load.
 *
 *   npm run bench:popup -- [--clicks 20] [--fixture jnews--dnyuz-chile-spaceport-atacama]
 *     [--toolbar both|pinned|unpinned] [--fresh] [--stop-worker] [--dist path/to/other/build]
 *
 * Clocks. The click is CDP Extensions.triggerAction (the real toolbar-click path), stamped in
 * Node just before the command is sent, on Node's epoch clock (performance.timeOrigin + now).
 * "Story painted" is the render time of the popup's largest-contentful-paint entry for the story
 * (its headline or body: the whole story appears in one frame), on the popup's own clock
 * (its performance.timeOrigin + renderTime). The offset between the two epoch clocks is measured
 * for every popup by a round trip (midpoint) and subtracted; its uncertainty is printed.
 * Chromium coarsens paint timestamps to 4 ms in pages that are not cross-origin isolated, so
 * each click → paint figure is exact to within about 4 ms plus that offset uncertainty.
 *
 * Readability: node_modules/@mozilla/readability/Readability.js is evaluated in the same tab,
 * and `new Readability(document.cloneNode(true)).parse()` is timed there with performance.now().
 * For scale, the extension's own in-page extraction (dist/chrome/extractor.js) is timed the same
 * way. Then the gzip bundle sizes (`npm run size`).
 *
 * Floors (--floor, on by default; button pinned): the same clicks, same harness, on copies of the
 * build whose popup is static HTML and no script: one line (what the browser takes to show any
 * popup on this machine), and a copy of our popup as rendered for this page, scripts removed
 * (what showing this much story takes with no work of ours at all).
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Page } from 'puppeteer-core'
import { EXTRACTOR_GLOBAL } from '../src/messaging/extractor-reply.ts'
import { ensureBuilt } from '../tests/e2e/harness/build.ts'
import {
  type Chromium,
  clickToolbar,
  launchChromium,
  openTab,
  settledState,
  shimEsbuildNames,
  stopServiceWorkers,
} from '../tests/e2e/harness/chromium.ts'
import { startFixtureServer } from '../tests/e2e/harness/fixture-server.ts'
import { CHROME_EXTENSION_ID, DIST_CHROME, ROOT } from '../tests/e2e/harness/paths.ts'

/** Node's wall clock in epoch milliseconds, with sub-millisecond resolution. */
const nodeNow = (): number => performance.timeOrigin + performance.now()

interface Click {
  /** Click → the popup document starts loading (its timeOrigin). */
  toPopupStart: number
  /** Click → the popup's first contentful paint (its frame, before the story arrives). */
  toFirstPaint: number
  /** Click → story painted. */
  toPaint: number
  /** Half the round trip of the clock-offset measurement: the error bound of the offset. */
  offsetError: number
}

/** The popup's epoch clock minus Node's, from the midpoint of a round trip. */
async function clockOffset(popup: Page): Promise<{ offset: number; error: number }> {
  let best = { offset: 0, error: Number.POSITIVE_INFINITY }
  for (let i = 0; i < 5; i++) {
    const before = nodeNow()
    const there = await popup.evaluate(() => performance.timeOrigin + performance.now())
    const after = nodeNow()
    const error = (after - before) / 2
    if (error < best.error) best = { offset: there - (before + after) / 2, error }
  }
  return best
}

/** The popup's own record of when the story was painted (ms after its timeOrigin). */
interface PopupTimes {
  origin: number
  firstPaint: number | null
  paint: number | null
}

function storyPaintTime(popup: Page): Promise<PopupTimes> {
  return popup.evaluate(
    () =>
      new Promise<PopupTimes>((resolve) => {
        let paint: number | null = null
        let firstPaint: number | null = null
        const done = () => {
          lcp.disconnect()
          fcp.disconnect()
          clearTimeout(timer)
          resolve({ origin: performance.timeOrigin, firstPaint, paint })
        }
        // The story may be rendered before the popup is first painted (when the answer comes
        // before the popup is shown), so both entries may still be to come: wait for them.
        const lcp = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as LargestContentfulPaint[]) {
            const inStory = entry.element?.closest(
              '[data-testid=story], [data-testid=source-links]',
            )
            const at = entry.renderTime || entry.startTime
            if (inStory && (paint === null || at < paint)) paint = at
          }
          // Buffered entries are delivered in one batch; later ones only if the story grows.
          if (paint !== null && firstPaint !== null) setTimeout(done, 100)
        })
        const fcp = new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0]
          if (entry) firstPaint = entry.startTime
          if (paint !== null && firstPaint !== null) setTimeout(done, 100)
        })
        lcp.observe({ type: 'largest-contentful-paint', buffered: true })
        fcp.observe({ type: 'paint', buffered: true })
        const timer = setTimeout(done, 5000)
      }),
  )
}

async function measureClick(chromium: Chromium, tab: Page): Promise<Click> {
  await tab.bringToFront()
  const clickedAt = nodeNow()
  const popup = await clickToolbar(chromium, tab)
  try {
    const state = await settledState(popup, 'popup')
    if (state !== 'article') throw new Error(`The popup shows "${state}"`)
    await shimEsbuildNames(popup)
    const { origin, firstPaint, paint } = await storyPaintTime(popup)
    if (paint === null) throw new Error('The popup reported no paint of the story')
    if (process.env.BENCH_VERBOSE) {
      const steps = await popup.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
        const marks = performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])
        const files = performance
          .getEntriesByType('resource')
          .map((r) => [
            `${r.name.split('/').pop()}`,
            `${Math.round(r.startTime)}-${Math.round((r as PerformanceResourceTiming).responseEnd)}`,
          ])
        const paints = performance.getEntriesByType('paint').map((p) => [p.name, p.startTime])
        return {
          ...Object.fromEntries(files),
          ...Object.fromEntries(paints),
          responseEnd: nav.responseEnd,
          domInteractive: nav.domInteractive,
          dcl: nav.domContentLoadedEventEnd,
          load: nav.loadEventEnd,
          ...Object.fromEntries(marks),
        }
      })
      console.log(JSON.stringify(steps, (_, v) => (typeof v === 'number' ? Math.round(v) : v)))
    }
    const { offset, error } = await clockOffset(popup)
    const popupStart = origin - offset
    return {
      toPopupStart: popupStart - clickedAt,
      toFirstPaint: popupStart + (firstPaint ?? Number.NaN) - clickedAt,
      toPaint: popupStart + paint - clickedAt,
      offsetError: error,
    }
  } finally {
    await popup.close()
  }
}

/** Times `runs` calls of one in-page parse, each on a fresh clone of the document. */
function timeInPage(tab: Page, which: 'readability' | 'upstream', runs: number): Promise<number[]> {
  return tab.evaluate(
    (kind: string, n: number, extractorGlobal: string) => {
      const g = globalThis as unknown as Record<string, unknown>
      const times: number[] = []
      for (let i = 0; i < n; i++) {
        if (kind !== 'readability') document.documentElement.toggleAttribute('data-bench-run')
        const start = performance.now()
        if (kind === 'readability') {
          const Readability = g.__benchReadability as new (
            doc: Document,
          ) => { parse(): { textContent?: string } | null }
          const article = new Readability(document.cloneNode(true) as Document).parse()
          if (!article?.textContent) throw new Error('Readability found no article')
        } else {
          // The extractor keeps its last reply while the page is unchanged (a second click is
          // answered at once); a change to the page, made before the clock starts, makes it
          // extract afresh, which is what is timed here. It clones the document itself before
          // it changes anything.
          const reply = (g[extractorGlobal] as () => { kind: string })()
          if (reply.kind !== 'result') throw new Error(`extractor: ${reply.kind}`)
        }
        times.push(performance.now() - start)
      }
      return times
    },
    which,
    runs,
    EXTRACTOR_GLOBAL,
  )
}

function quantile(sorted: number[], q: number): number {
  // Nearest rank: the smallest value with at least q of the samples at or below it.
  const rank = Math.max(1, Math.ceil(q * sorted.length))
  return sorted[rank - 1] ?? Number.NaN
}

function summary(values: number[]): { median: number; p95: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length / 2
  const median =
    sorted.length % 2 === 0
      ? ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
      : (sorted[Math.floor(mid)] ?? 0)
  return {
    median,
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  }
}

const ms = (value: number): string => `${value.toFixed(1)} ms`.padStart(10)

function line(label: string, values: number[]): string {
  const s = summary(values)
  return `  ${label.padEnd(34)} median ${ms(s.median)}   p95 ${ms(s.p95)}   (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)})`
}

/**
 * A profile in which the extension's button is pinned to the toolbar. A fresh profile leaves a
 * new extension in the extensions menu: its "toolbar click" (triggerAction, like its keyboard
 * shortcut) first pops its icon out into the toolbar and Chrome opens the popup only when that
 * layout animation has finished (ExtensionsToolbarContainer::PopOutAction), about 200 ms later.
 */
function pinnedProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'upstream-bench-pinned-'))
  mkdirSync(join(dir, 'Default'))
  writeFileSync(
    join(dir, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { pinned_extensions: [CHROME_EXTENSION_ID] } }),
  )
  return dir
}

const ONE_LINE_POPUP =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Upstream</title></head>' +
  '<body><div data-testid="popup" data-state="article"><article data-testid="story">' +
  '<p>A story of one line.</p></article></div></body></html>'

/** A copy of the build whose popup is the given static HTML (see the top of the file). */
function staticPopupBuild(dist: string, html: string): { path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'upstream-bench-floor-'))
  cpSync(dist, dir, { recursive: true })
  writeFileSync(join(dir, 'src/popup/index.html'), html)
  return { path: dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Our popup as rendered for the page in `tab`, as static HTML without its scripts. */
async function renderedPopup(chromium: Chromium, tab: Page): Promise<string> {
  await tab.bringToFront()
  const popup = await clickToolbar(chromium, tab)
  try {
    await settledState(popup, 'popup')
    const html = await popup.evaluate(() => document.documentElement.outerHTML)
    return `<!doctype html>${html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '')}`
  } finally {
    await popup.close()
  }
}

interface Series {
  label: string
  cold: Click
  runs: Click[]
}

function printSeries({ label, cold, runs }: Series): void {
  const paint = runs.map((r) => r.toPaint)
  const maxError = Math.max(...runs.map((r) => r.offsetError))
  console.log(`\n${label} (${runs.length} clicks, after 1 cold click):`)
  console.log(line('click → story painted', paint))
  console.log(
    line(
      '  click → popup document starts',
      runs.map((r) => r.toPopupStart),
    ),
  )
  console.log(
    line(
      '  popup opens → its first paint',
      runs.map((r) => r.toFirstPaint - r.toPopupStart),
    ),
  )
  console.log(
    line(
      '  first paint → story painted',
      runs.map((r) => r.toPaint - r.toFirstPaint),
    ),
  )
  if (process.env.BENCH_VERBOSE) console.table(runs)
  console.log(
    `  cold first click: ${cold.toPaint.toFixed(1)} ms; clock offset uncertainty ≤ ${maxError.toFixed(2)} ms`,
  )
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      clicks: { type: 'string', default: '20' },
      fixture: { type: 'string', default: 'jnews--dnyuz-chile-spaceport-atacama' },
      // pinned: the button sits in the toolbar; unpinned: in the extensions menu (a new
      // install's place); both: one run of each, in separate browsers.
      toolbar: { type: 'string', default: 'both' },
      // Reload the page before every click, so no click finds the previous extraction.
      fresh: { type: 'boolean', default: false },
      // Stop the service worker before every click, as MV3 does after 30 s idle.
      'stop-worker': { type: 'boolean', default: false },
      // Another build of the extension (same key), e.g. a copy of an earlier dist/chrome.
      dist: { type: 'string' },
      // Also time static popups (the browser's own floors, see the top); --no-floor skips them.
      floor: { type: 'boolean', default: true },
    },
  })
  const clicks = Number(values.clicks)
  if (!Number.isInteger(clicks) || clicks < 1)
    throw new Error('--clicks must be a positive integer')
  const placements = { both: [true, false], pinned: [true], unpinned: [false] }[
    values.toolbar ?? ''
  ]
  if (!placements) throw new Error('--toolbar must be pinned, unpinned or both')
  const dist = values.dist ? resolve(values.dist) : DIST_CHROME
  if (!values.dist && ensureBuilt(['chrome'])) console.log('Built dist/chrome.')

  const server = await startFixtureServer()
  const series: Series[] = []
  let inPage: { readability: number[]; upstream: number[] } | null = null
  let version = ''
  const { expected } = server.fixture(values.fixture)
  try {
    type Floor = 'one line' | 'our popup, static' | null
    const runs: { pinned: boolean; floor: Floor }[] = placements.map((pinned) => ({
      pinned,
      floor: null,
    }))
    if (values.floor) {
      runs.push({ pinned: true, floor: 'one line' }, { pinned: true, floor: 'our popup, static' })
    }
    let rendered = ''
    for (const { pinned, floor } of runs) {
      const profile = pinned ? pinnedProfile() : undefined
      const floorCopy = floor
        ? staticPopupBuild(dist, floor === 'one line' ? ONE_LINE_POPUP : rendered)
        : null
      const chromium = await launchChromium({
        server,
        extensionPath: floorCopy?.path ?? dist,
        ...(profile ? { userDataDir: profile } : {}),
      })
      try {
        const tab = await openTab(chromium, expected.url)
        version = await chromium.browser.version()
        const click = async () => {
          if (values.fresh) await tab.reload({ waitUntil: 'load' })
          if (values['stop-worker']) await stopServiceWorkers(chromium, tab)
          return measureClick(chromium, tab)
        }
        // One click first: it also loads the popup bundle and the extractor for the first time.
        const cold = await click()
        const clickRuns: Click[] = []
        for (let i = 0; i < clicks; i++) clickRuns.push(await click())
        const where = pinned ? 'button pinned to the toolbar' : 'button in the extensions menu'
        const page = values.fresh ? 'page reloaded before each click' : 'the same page each time'
        const worker = values['stop-worker'] ? ', worker stopped before each click' : ''
        const label = floor
          ? `Floor, ${floor === 'one line' ? 'a popup of one static line' : 'our popup as rendered for this page, as static HTML'}, no script, ${where}`
          : `Click → story painted, ${where}, ${page}${worker}`
        series.push({ label, cold, runs: clickRuns })
        if (!floor && !rendered) rendered = await renderedPopup(chromium, tab)

        if (!inPage && !floor) {
          // The same page, the same browser: Readability alone, and Upstream's extraction alone.
          await tab.evaluate(
            `${readFileSync(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8')}
            ;globalThis.__benchReadability = Readability`,
          )
          await tab.evaluate(readFileSync(join(dist, 'extractor.js'), 'utf8'))
          inPage = {
            readability: await timeInPage(tab, 'readability', clicks + 1),
            upstream: await timeInPage(tab, 'upstream', clicks + 1),
          }
        }
      } finally {
        await chromium.close()
        if (profile) rmSync(profile, { recursive: true, force: true })
        floorCopy?.remove()
      }
    }
  } finally {
    await server.close()
  }

  console.log(`Popup benchmark: ${version}, headless, ${values.fixture}, ${dist}`)
  console.log(`  page: ${expected.url}`)
  const load = loadavg().map((l) => l.toFixed(2))
  console.log(
    `  machine: ${cpus().length} cores, load average ${load.join(' ')} (timings are noisy under load)`,
  )
  for (const s of series) printSeries(s)

  if (inPage) {
    // The first of each is the cold run (parsing and compiling the script); report it apart.
    const [readabilityCold = Number.NaN, ...readabilityWarm] = inPage.readability
    const [upstreamCold = Number.NaN, ...upstreamWarm] = inPage.upstream
    console.log(`\nIn the page, same tab, same run (${clicks} runs each, after 1 cold run):`)
    console.log(line('Readability parse() alone', readabilityWarm))
    console.log(line('Upstream extractor alone', upstreamWarm))
    console.log(
      `  cold first run: Readability ${readabilityCold.toFixed(1)} ms, Upstream ${upstreamCold.toFixed(1)} ms`,
    )
    for (const s of series.filter((x) => !x.label.startsWith('Floor'))) {
      const paint = s.runs.map((r) => r.toPaint)
      const ratio = summary(paint).median / summary(readabilityWarm).median
      const ratio95 = summary(paint).p95 / summary(readabilityWarm).p95
      console.log(
        `Ratio click → painted / Readability alone, ${s.label.replace('Click → story painted, ', '')}: ${ratio.toFixed(1)}× at the median, ${ratio95.toFixed(1)}× at p95`,
      )
    }
  }

  console.log('\nBundle sizes (npm run size):')
  console.log(execFileSync('npm', ['run', '--silent', 'size'], { cwd: ROOT, encoding: 'utf8' }))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
