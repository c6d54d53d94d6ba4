/**
 * Speed benchmark: Upstream's extract() vs plain Readability, per page, on the shared corpus.
 * This is a script, never a test: timings depend on the machine and its load.
 *
 *   npm run bench:speed -- [--corpus ../shared/corpus] [--only aeb|readability] [--limit n]
 *                          [--rounds 3] [--warmup 1]
 */
import { parseArgs } from 'node:util'
import { parseHtml } from '../src/cli/parse-html.ts'
import { parsePositiveInt, parseSets } from './lib/args.ts'
import { type CorpusPage, corpusDirOrExit, loadCorpus } from './lib/corpus.ts'
import { errorMessage, yieldToEventLoop } from './lib/run-page.ts'
import { speedTable, type TimedPage } from './lib/speed-report.ts'
import { type TimingOptions, timePage } from './lib/timing.ts'

function timeCorpusPage(page: CorpusPage, options: TimingOptions, seed: number): TimedPage {
  const doc = parseHtml(page.html, page.url)
  try {
    return { set: page.set, id: page.id, times: timePage(doc, page.url, options, seed) }
  } finally {
    doc.defaultView?.close()
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      only: { type: 'string' },
      limit: { type: 'string' },
      rounds: { type: 'string' },
      warmup: { type: 'string' },
    },
  })
  const sets = parseSets(values.only)
  const options: TimingOptions = {
    rounds: parsePositiveInt('rounds', values.rounds, 3),
    warmup: values.warmup === '0' ? 0 : parsePositiveInt('warmup', values.warmup, 1),
  }
  const corpusDir = corpusDirOrExit(values.corpus)

  console.log(
    'bench:speed: ms per page, parse excluded. plain = doc.cloneNode(true) + Readability.parse();',
  )
  console.log(
    'ours = extract(doc, url). Per page: fastest of the timed rounds, after warm-up, order',
  )
  console.log(
    `alternating. rounds ${options.rounds}, warm-up ${options.warmup}. corpus: ${corpusDir}`,
  )

  const started = performance.now()
  const corpus = loadCorpus(
    corpusDir,
    sets,
    parsePositiveInt('limit', values.limit, Number.POSITIVE_INFINITY),
  )
  const pages = [...corpus.aeb, ...corpus.readability]
  const timed: TimedPage[] = []
  const failed: string[] = []
  for (const [i, page] of pages.entries()) {
    try {
      timed.push(timeCorpusPage(page, options, i))
    } catch (error) {
      failed.push(`${page.set}/${page.id}: ${errorMessage(error)}`)
    }
    if (process.stderr.isTTY) process.stderr.write(`\rpage ${i + 1}/${pages.length}`)
    await yieldToEventLoop()
  }
  if (process.stderr.isTTY) process.stderr.write('\n')

  console.log(`\n${speedTable(timed, sets)}`)
  console.log('ratio = ours / plain; "page ratio med" = median over pages of the per-page ratio')
  if (failed.length > 0)
    console.log(`${failed.length} pages skipped (error):\n  ${failed.join('\n  ')}`)
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`)
}

await main()
