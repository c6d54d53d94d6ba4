/**
 * `npm run bench:auto`: auto reader mode in real headless Chromium, on the dnyuz-style fixture
 * and on the 5.6 MB page, each served under its real host name:
 *
 * - the content script's size (gzip);
 * - its main-thread time before it decides: its own setup at document_start and its decision at
 *   DOMContentLoaded (User Timing measures `upstream:setup` and `upstream:decide` that the script
 *   records), plus compiling and evaluating the file (from a DevTools trace of a few loads);
 * - beside the page's own load time (navigation start → load event), with auto mode off and on;
 * - navigation start → the in-page reader painted (`upstream:reader-painted` mark).
 *
 * A script, not a test: timings depend on the machine and its load. The site access a user
 * grants in the browser's prompt is pre-granted in a copy of the build (the e2e tests do the
 * same); the rule itself is added through the options page, the product's own path.
 *
 *   npm run bench:auto -- [--loads 20] [--big-loads 5]
 */
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import type { Page } from 'puppeteer-core'
import { AUTO_READER_FILE } from '../src/auto/files.ts'
import {
  addSiteInOptions,
  openOptions,
  waitForInPageReader,
  withGrantedHosts,
} from '../tests/e2e/harness/auto-mode.ts'
import { ensureBuilt } from '../tests/e2e/harness/build.ts'
import { type Chromium, launchChromium } from '../tests/e2e/harness/chromium.ts'
import { type FixtureServer, startFixtureServer } from '../tests/e2e/harness/fixture-server.ts'
import { DIST_CHROME } from '../tests/e2e/harness/paths.ts'
import { median, quantile } from './lib/stats.ts'

const PAGES = [
  { label: 'dnyuz-style story', fixture: 'jnews--dnyuz-chile-spaceport-atacama' },
  { label: '5.6 MB page', fixture: 'big--la-cool-pavement-expansion' },
] as const

interface Load {
  /** Navigation start → load event end. */
  load: number
  /** The content script's measures (ms of main thread). */
  setup: number
  decide: number
  /** Navigation start → reader painted; NaN when auto mode is off. */
  painted: number
}

async function timingsOf(page: Page, withReader: boolean): Promise<Load> {
  if (withReader) {
    await waitForInPageReader(page)
    await page.waitForFunction(
      () => performance.getEntriesByName('upstream:reader-painted').length > 0,
    )
  }
  return page.evaluate(() => {
    const one = (name: string) => performance.getEntriesByName(name)[0]
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    return {
      load: nav.loadEventEnd,
      setup: one('upstream:setup')?.duration ?? Number.NaN,
      decide: one('upstream:decide')?.duration ?? Number.NaN,
      painted: one('upstream:reader-painted')?.startTime ?? Number.NaN,
    }
  })
}

async function loadTimes(page: Page, url: string, loads: number, withReader: boolean) {
  const out: Load[] = []
  // One cold load first: it fills caches and compiles the scripts.
  for (let i = 0; i <= loads; i++) {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
    const timing = await timingsOf(page, withReader)
    if (i > 0) out.push(timing)
  }
  return out
}

/** Compile + evaluate time of the content script file, from a DevTools trace of one load. */
async function scriptEvaluation(page: Page, url: string): Promise<number> {
  await page.tracing.start({ categories: ['devtools.timeline', 'v8.execute'] })
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
  const trace = JSON.parse(Buffer.from((await page.tracing.stop()) ?? []).toString()) as {
    traceEvents: Array<{
      name: string
      ph: string
      dur?: number
      args?: { data?: { url?: string } }
    }>
  }
  return (
    trace.traceEvents
      .filter(
        (e) =>
          e.name === 'EvaluateScript' &&
          e.ph === 'X' &&
          e.args?.data?.url?.endsWith(AUTO_READER_FILE),
      )
      .reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000
  )
}

const fmt = (values: number[]): string =>
  `median ${median(values).toFixed(1).padStart(7)} ms   p95 ${quantile(values, 0.95).toFixed(1).padStart(7)} ms`

async function benchPage(
  chromium: Chromium,
  server: FixtureServer,
  fixture: string,
  loads: number,
): Promise<void> {
  const { expected } = server.fixture(fixture)
  const page = await chromium.browser.newPage()
  await page.setViewport({ width: 1200, height: 900 })
  // tsx names inner functions with __name(); give every document of this tab a no-op one.
  await page.evaluateOnNewDocument('globalThis.__name ??= (fn) => fn')
  try {
    const off = await loadTimes(page, expected.url, loads, false)
    const options = await openOptions(chromium)
    await addSiteInOptions(options, new URL(expected.url).hostname)
    await options.close()
    const on = await loadTimes(page, expected.url, loads, true)
    const evaluation: number[] = []
    for (let i = 0; i < Math.min(5, loads); i++) {
      evaluation.push(await scriptEvaluation(page, expected.url))
      await waitForInPageReader(page)
    }
    const before = on.map((l) => l.setup + l.decide)
    console.log(`  ${expected.url}  (${loads} loads each, after a cold one)`)
    console.log(`    page load, auto mode off            ${fmt(off.map((l) => l.load))}`)
    console.log(`    page load, auto mode on             ${fmt(on.map((l) => l.load))}`)
    console.log(`    content script before it decides    ${fmt(before)}`)
    console.log(`      setup at document_start           ${fmt(on.map((l) => l.setup))}`)
    console.log(`      decision at DOMContentLoaded      ${fmt(on.map((l) => l.decide))}`)
    console.log(
      `      compile + evaluate the file       ${fmt(evaluation)}  (trace, ${evaluation.length} loads)`,
    )
    console.log(`    navigation start → reader painted   ${fmt(on.map((l) => l.painted))}`)
  } finally {
    await page.close()
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      loads: { type: 'string', default: '20' },
      'big-loads': { type: 'string', default: '5' },
    },
  })
  const loads = Number(values.loads)
  const bigLoads = Number(values['big-loads'])
  if (!Number.isInteger(loads) || loads < 1 || !Number.isInteger(bigLoads) || bigLoads < 1)
    throw new Error('--loads and --big-loads must be positive integers')
  if (ensureBuilt(['chrome'])) console.log('Built dist/chrome.')

  const script = readFileSync(join(DIST_CHROME, AUTO_READER_FILE))
  const server = await startFixtureServer()
  const hosts = PAGES.map((p) => new URL(server.fixture(p.fixture).expected.url).hostname)
  const build = withGrantedHosts(hosts)
  const chromium = await launchChromium({ server, extensionPath: build.path })
  try {
    console.log(`Auto reader mode benchmark: ${await chromium.browser.version()}, headless`)
    const load = loadavg().map((l) => l.toFixed(2))
    console.log(`  machine: ${cpus().length} cores, load average ${load.join(' ')}`)
    console.log(
      `  content script ${AUTO_READER_FILE}: ${(gzipSync(script).length / 1024).toFixed(1)} kB gzip (${(script.length / 1024).toFixed(1)} kB minified)\n`,
    )
    for (const { label, fixture } of PAGES) {
      console.log(label)
      await benchPage(chromium, server, fixture, fixture.startsWith('big') ? bigLoads : loads)
    }
  } finally {
    await chromium.close()
    await server.close()
    build.remove()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
