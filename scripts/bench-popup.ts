/**
 * `npm run bench:popup`: how long a reader waits, in headless Chromium, from the toolbar click
 * to the story painted in the popup, beside the browser's own floors and plain Readability, all
 * in the same run. A script, not a test: timings depend on the machine and its load.
 *
 *   npm run bench:popup -- [--clicks 20] [--fixture jnews--dnyuz-chile-spaceport-atacama]
 *     [--toolbar both|pinned|unpinned] [--fresh] [--stop-worker] [--dist path/to/build]
 *     [--also path/to/other/build …] [--no-floor] [--node]
 *
 * How a click is timed: scripts/lib/popup-click.ts. The floors (--floor, on by default; button
 * pinned): copies of the build whose popup is static HTML and no script, one line, and our popup
 * as rendered for this page with its scripts removed (scripts/lib/popup-floors.ts).
 *
 * Every series has its own browser, all open at once, and the clicks are interleaved: each round
 * clicks once in every series, in an order that rotates from round to round. A machine whose load
 * changes during the run (other jobs start or stop) then weighs on every series alike, and the
 * ratios between them hold even when the absolute figures do not. --also adds other builds of the
 * extension (same key, e.g. a copy of an earlier dist/chrome) as more series: A/B in one run.
 *
 * --fresh reloads the page before every click of our popup, so no click finds the previous
 * extraction (the extractor keeps its last reply while the page is unchanged). --node (implies
 * --fresh) also times the page's extraction in Node, as `npm run bench:speed` does (same core,
 * jsdom, parsing not counted), once per round between the clicks, and prints the ratio.
 *
 * Readability: node_modules/@mozilla/readability/Readability.js is evaluated in the tab, and
 * `new Readability(document.cloneNode(true)).parse()` is timed there with performance.now(); the
 * extension's own in-page extraction (dist/chrome/extractor.js) is timed the same way. Then the
 * gzip bundle sizes (`npm run size`). BENCH_VERBOSE=1 adds the popup's own milestones per series.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Page } from 'puppeteer-core'
import { EXTRACTOR_GLOBAL } from '../src/messaging/extractor-reply.ts'
import { ensureBuilt } from '../tests/e2e/harness/build.ts'
import {
  type Chromium,
  launchChromium,
  openTab,
  stopServiceWorkers,
} from '../tests/e2e/harness/chromium.ts'
import { startFixtureServer } from '../tests/e2e/harness/fixture-server.ts'
import { DIST_CHROME, ROOT } from '../tests/e2e/harness/paths.ts'
import { type NodeExtraction, nodeExtraction } from './lib/node-extraction.ts'
import { type Click, measureClick } from './lib/popup-click.ts'
import {
  ONE_LINE_POPUP,
  pinnedProfile,
  renderedPopup,
  staticPopupBuild,
} from './lib/popup-floors.ts'
import { pairedRatioInterval } from './lib/stats.ts'

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

interface Summary {
  median: number
  p95: number
  min: number
  max: number
}

function summary(values: number[]): Summary {
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

type SeriesKind = 'ours' | 'other build' | 'one line' | 'static copy'

interface Series {
  kind: SeriesKind
  label: string
  extensionPath: string
  pinned: boolean
  /** Reload the page before each click (our popup only: a floor never reads the page). */
  fresh: boolean
  chromium?: Chromium
  tab?: Page
  profile?: string
  cold?: Click
  runs: Click[]
}

function printSeries({ label, cold, runs }: Series): void {
  const maxError = Math.max(...runs.map((r) => r.offsetError))
  console.log(`\n${label} (${runs.length} clicks, after 1 cold click):`)
  console.log(
    line(
      'click → story painted',
      runs.map((r) => r.toPaint),
    ),
  )
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
  if (process.env.BENCH_VERBOSE) {
    // The popup's own milestones, ms after its document started (medians over the clicks).
    const steps: Record<string, number[]> = {}
    for (const { steps: s } of runs) {
      const flat = {
        responseEnd: s.responseEnd,
        domInteractive: s.domInteractive,
        load: s.load,
        firstPaint: s.firstPaint,
        ...s.marks,
      }
      for (const [name, at] of Object.entries(flat)) {
        steps[name] ??= []
        steps[name].push(at)
      }
    }
    const medians = Object.entries(steps)
      .map(([name, at]) => [name, summary(at).median] as const)
      .sort((a, b) => a[1] - b[1])
    console.log(
      `  popup milestones (median ms after its start): ${medians.map(([n, at]) => `${n} ${at.toFixed(0)}`).join(', ')}`,
    )
  }
  console.log(
    `  cold first click: ${cold?.toPaint.toFixed(1)} ms; clock offset uncertainty ≤ ${maxError.toFixed(2)} ms`,
  )
}

/**
 * Ours / another series at the median and at p95, with a 90% bootstrap interval of the median
 * ratio (clicks paired by round), which says how far this run's load leaves the figure in doubt.
 */
function ratioLine(label: string, ours: number[], other: number[]): string {
  const a = summary(ours)
  const b = summary(other)
  const [low, high] = pairedRatioInterval(ours, other)
  return `  ${label.padEnd(44)} ${(a.median / b.median).toFixed(2)}× at the median (90% interval ${low.toFixed(2)}–${high.toFixed(2)}), ${(a.p95 / b.p95).toFixed(2)}× at p95`
}

function describe(kind: SeriesKind, pinned: boolean, fresh: boolean, worker: boolean): string {
  const where = pinned ? 'button pinned to the toolbar' : 'button in the extensions menu'
  const stop = worker ? ', worker stopped before each click' : ''
  if (kind === 'one line') return `Floor, a popup of one static line, no script, ${where}${stop}`
  if (kind === 'static copy')
    return `Floor, our popup as rendered for this page, as static HTML, no script, ${where}${stop}`
  const page = fresh ? 'page reloaded before each click' : 'the same page each time'
  const build = kind === 'ours' ? '' : ' (another build)'
  return `Click → story painted${build}, ${where}, ${page}${stop}`
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    allowNegative: true,
    options: {
      clicks: { type: 'string', default: '20' },
      fixture: { type: 'string', default: 'jnews--dnyuz-chile-spaceport-atacama' },
      // pinned: the button sits in the toolbar; unpinned: in the extensions menu (a new
      // install's place); both: one series of each.
      toolbar: { type: 'string', default: 'both' },
      fresh: { type: 'boolean', default: false },
      // Stop the service worker before every click, as MV3 does after 30 s idle.
      'stop-worker': { type: 'boolean', default: false },
      // Another build of the extension (same key) to measure instead of dist/chrome.
      dist: { type: 'string' },
      // Other builds measured beside it, interleaved (A/B in one run).
      also: { type: 'string', multiple: true, default: [] },
      // The browser's own floors (see the top); --no-floor skips them.
      floor: { type: 'boolean', default: true },
      node: { type: 'boolean', default: false },
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
  const fresh = values.fresh || values.node
  const stopWorker = values['stop-worker']

  const oursSeries: Series[] = [
    ...placements.map((pinned) => ({ kind: 'ours' as const, extensionPath: dist, pinned })),
    ...values.also.map((path) => ({
      kind: 'other build' as const,
      extensionPath: resolve(path),
      pinned: true,
    })),
  ].map((s) => ({
    ...s,
    label: `${describe(s.kind, s.pinned, fresh, stopWorker)}${s.kind === 'other build' ? `: ${s.extensionPath}` : ''}`,
    fresh,
    runs: [],
  }))
  const series: Series[] = [...oursSeries]

  const server = await startFixtureServer()
  const fixture = server.fixture(values.fixture)
  const { expected } = fixture
  const floorCopies: { remove(): void }[] = []
  let inPage: { readability: number[]; upstream: number[] } | null = null
  let node: NodeExtraction | null = null
  const nodeTimes: number[] = []
  const loads: number[] = []
  let version = ''

  const open = async (s: Series) => {
    s.profile = s.pinned ? pinnedProfile() : undefined
    s.chromium = await launchChromium({
      server,
      extensionPath: s.extensionPath,
      ...(s.profile ? { userDataDir: s.profile } : {}),
    })
    s.tab = await openTab(s.chromium, expected.url)
    version = await s.chromium.browser.version()
  }
  const click = async (s: Series): Promise<Click> => {
    if (!s.chromium || !s.tab) throw new Error('The series has no browser')
    if (s.fresh) await s.tab.reload({ waitUntil: 'load' })
    if (stopWorker) await stopServiceWorkers(s.chromium, s.tab)
    return measureClick(s.chromium, s.tab)
  }

  try {
    for (const s of oursSeries) {
      await open(s)
      // One click first: it also loads the popup bundle and the extractor for the first time.
      s.cold = await click(s)
    }
    if (values.floor) {
      const first = oursSeries[0]
      if (!first?.chromium || !first.tab) throw new Error('No series of our popup')
      const rendered = await renderedPopup(first.chromium, first.tab)
      for (const [kind, html] of [
        ['one line', ONE_LINE_POPUP],
        ['static copy', rendered],
      ] as const) {
        const copy = staticPopupBuild(dist, html)
        floorCopies.push(copy)
        const floor: Series = {
          kind,
          label: describe(kind, true, false, stopWorker),
          extensionPath: copy.path,
          pinned: true,
          fresh: false,
          runs: [],
        }
        await open(floor)
        floor.cold = await click(floor)
        series.push(floor)
      }
    }
    if (values.node) node = await nodeExtraction(fixture)

    for (let round = 0; round < clicks; round++) {
      loads.push(loadavg()[0] ?? Number.NaN)
      // Rotate who goes first, so no series always follows the same one.
      const order = series.map((_, i) => series[(i + round) % series.length]!)
      for (const s of order) s.runs.push(await click(s))
      if (node) nodeTimes.push(node.time())
    }

    const first = oursSeries[0]
    if (first?.tab) {
      // The same page, the same browser: Readability alone, and Upstream's extraction alone.
      await first.tab.evaluate(
        `${readFileSync(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8')}
        ;globalThis.__benchReadability = Readability`,
      )
      await first.tab.evaluate(readFileSync(join(dist, 'extractor.js'), 'utf8'))
      inPage = {
        readability: await timeInPage(first.tab, 'readability', clicks + 1),
        upstream: await timeInPage(first.tab, 'upstream', clicks + 1),
      }
    }
  } finally {
    for (const s of series) {
      await s.chromium?.close()
      if (s.profile) rmSync(s.profile, { recursive: true, force: true })
    }
    for (const copy of floorCopies) copy.remove()
    node?.close()
    await server.close()
  }

  console.log(`Popup benchmark: ${version}, headless, ${values.fixture}, ${dist}`)
  console.log(`  page: ${expected.url}`)
  const load = summary(loads)
  console.log(
    `  machine: ${cpus().length} cores; load average (1 min) during the run: median ${load.median.toFixed(2)}, max ${load.max.toFixed(2)} (timings are noisy under load)`,
  )
  console.log(
    `  ${clicks} clicks per series, interleaved: one click of each series per round, in rotating order`,
  )
  for (const s of series) printSeries(s)

  const paints = (kind: SeriesKind, pinned = true) =>
    series.find((s) => s.kind === kind && s.pinned === pinned)?.runs.map((r) => r.toPaint)
  const ours = paints('ours') ?? paints('ours', false)
  if (ours) {
    const staticCopy = paints('static copy')
    const oneLine = paints('one line')
    if (staticCopy || oneLine || node) console.log('\nRatios, same run, click → story painted:')
    if (staticCopy) console.log(ratioLine('ours / the static copy of our popup', ours, staticCopy))
    if (oneLine) console.log(ratioLine('ours / a one-line static popup', ours, oneLine))
    for (const other of series.filter((s) => s.kind === 'other build')) {
      console.log(
        ratioLine(
          `ours / ${other.extensionPath}`,
          ours,
          other.runs.map((r) => r.toPaint),
        ),
      )
    }
    if (node) {
      console.log(`\nThe same page's extraction in Node (jsdom, same core, parsing not counted):`)
      console.log(line('extract() in Node', nodeTimes))
      console.log(
        ratioLine('click → story painted / extraction in Node', ours, nodeTimes).replace(
          /^ {2}/,
          '  ratio ',
        ),
      )
    }
  }

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
    for (const s of oursSeries) {
      const paint = s.runs.map((r) => r.toPaint)
      const ratio = summary(paint).median / summary(readabilityWarm).median
      const ratio95 = summary(paint).p95 / summary(readabilityWarm).p95
      console.log(
        `Ratio click → painted / Readability alone, ${s.label.replace(/^Click → story painted(?: \(another build\))?, /, '')}: ${ratio.toFixed(1)}× at the median, ${ratio95.toFixed(1)}× at p95`,
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
