/**
 * Loads the shared, read-only benchmark corpus: AEB pages (`aeb/<id>.html.gz` +
 * `ground-truth.json`) and Mozilla Readability's test pages (`readability/<name>/source.html` +
 * `expected.html`). Nothing is copied into the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'

export type CorpusSet = 'aeb' | 'readability'

export const CORPUS_SETS: readonly CorpusSet[] = ['aeb', 'readability']

/** The URL Readability's own test harness gives every test page. */
export const READABILITY_TEST_URL = 'http://fakehost/test/page.html'

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))

interface PageBase {
  set: CorpusSet
  id: string
  url: string
  /**
   * The page, decoded as UTF-8. Both upstream harnesses read the files as UTF-8 text; given the
   * bytes, jsdom would sniff windows-1252 (no BOM or `<meta charset>`) on 41 of the 121 AEB pages
   * and 32 Readability pages, and GBK on `qq` (its meta tag predates re-serialisation to UTF-8).
   */
  html: string
}

export interface AebPage extends PageBase {
  set: 'aeb'
  /** The human-annotated article text. */
  articleBody: string
}

export interface ReadabilityPage extends PageBase {
  set: 'readability'
  /** Readability's own frozen output for the page (HTML). */
  expectedHtml: string
}

export type CorpusPage = AebPage | ReadabilityPage

export interface Corpus {
  dir: string
  aeb: AebPage[]
  readability: ReadabilityPage[]
}

/**
 * The corpus directory: `arg` resolved against the working directory, or `../shared/corpus`
 * next to the project. When it does not exist, says so and exits 0 (the corpus is optional).
 */
export function corpusDirOrExit(arg: string | undefined): string {
  const dir = arg ? resolve(arg) : resolve(PROJECT_ROOT, '../shared/corpus')
  if (!existsSync(dir)) {
    console.log(`corpus not found at ${dir}, skipping`)
    process.exit(0)
  }
  return dir
}

interface GroundTruthEntry {
  articleBody?: string | null
  url: string
}

function isGroundTruth(value: unknown): value is Record<string, GroundTruthEntry> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function loadAeb(dir: string): AebPage[] {
  const truthPath = join(dir, 'ground-truth.json')
  const truth: unknown = JSON.parse(readFileSync(truthPath, 'utf8'))
  if (!isGroundTruth(truth)) throw new Error(`${truthPath}: expected an object of pages`)
  return Object.keys(truth)
    .sort()
    .map((id): AebPage => {
      const entry = truth[id]!
      return {
        set: 'aeb',
        id,
        url: entry.url,
        html: gunzipSync(readFileSync(join(dir, `${id}.html.gz`))).toString('utf8'),
        articleBody: entry.articleBody ?? '',
      }
    })
}

export function loadReadability(dir: string): ReadabilityPage[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort()
    .map(
      (id): ReadabilityPage => ({
        set: 'readability',
        id,
        url: READABILITY_TEST_URL,
        html: readFileSync(join(dir, id, 'source.html'), 'utf8'),
        expectedHtml: readFileSync(join(dir, id, 'expected.html'), 'utf8'),
      }),
    )
}

/**
 * Loads the requested sets (the first `limit` pages of each, in id order, when given); a set
 * whose folder is missing is reported and left empty.
 */
export function loadCorpus(
  dir: string,
  sets: readonly CorpusSet[] = CORPUS_SETS,
  limit = Number.POSITIVE_INFINITY,
): Corpus {
  const corpus: Corpus = { dir, aeb: [], readability: [] }
  for (const set of sets) {
    const setDir = join(dir, set)
    if (!existsSync(setDir)) {
      console.log(`corpus set ${set} not found at ${setDir}, skipping it`)
      continue
    }
    if (set === 'aeb') corpus.aeb = loadAeb(setDir).slice(0, limit)
    else corpus.readability = loadReadability(setDir).slice(0, limit)
  }
  return corpus
}
