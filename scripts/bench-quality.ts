/**
 * Quality benchmark: Upstream's extract() vs plain Readability on the shared corpus.
 *
 *   npm run bench:quality -- [--corpus ../shared/corpus] [--only aeb|readability] [--limit n]
 *                            [--out artifacts/bench-quality.json]
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { type AebReport, evaluateAeb } from './lib/aeb-quality.ts'
import { parsePositiveInt, parseSets } from './lib/args.ts'
import { corpusDirOrExit, loadCorpus, PROJECT_ROOT } from './lib/corpus.ts'
import { printAeb, printReadability } from './lib/quality-print.ts'
import { evaluateReadability, type ReadabilityReport } from './lib/readability-quality.ts'

function progress(label: string, total: number): (done: number) => void {
  if (!process.stderr.isTTY) return () => {}
  return (done) => process.stderr.write(`\r${label} ${done}/${total}${done === total ? '\n' : ''}`)
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      only: { type: 'string' },
      limit: { type: 'string' },
      out: { type: 'string' },
    },
  })
  const sets = parseSets(values.only)
  const corpusDir = corpusDirOrExit(values.corpus)
  const out = values.out
    ? resolve(values.out)
    : resolve(PROJECT_ROOT, 'artifacts/bench-quality.json')

  console.log('bench:quality: article text of ours = extract(doc, url).article.text, plain =')
  console.log('Readability 0.6.0 textContent (a clone of the same jsdom document), scored by')
  console.log(
    '4-token-shingle precision / recall / F1 against AEB ground truth and Readability snapshots.',
  )
  console.log(`corpus: ${corpusDir}`)

  const started = performance.now()
  const corpus = loadCorpus(
    corpusDir,
    sets,
    parsePositiveInt('limit', values.limit, Number.POSITIVE_INFINITY),
  )
  let aeb: AebReport | null = null
  let readability: ReadabilityReport | null = null
  if (corpus.aeb.length > 0) {
    aeb = await evaluateAeb(corpus.aeb, progress('aeb', corpus.aeb.length))
    printAeb(aeb)
  }
  if (corpus.readability.length > 0) {
    readability = await evaluateReadability(
      corpus.readability,
      progress('readability', corpus.readability.length),
    )
    printReadability(readability)
  }

  mkdirSync(dirname(out), { recursive: true })
  const report = { generatedAt: new Date().toISOString(), corpus: corpusDir, aeb, readability }
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`\nper-page details: ${out} (${seconds} s)`)
}

await main()
