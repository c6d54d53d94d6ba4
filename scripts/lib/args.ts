/** Small validators for the benchmark scripts' command-line options (parsed with node:util). */
import { CORPUS_SETS, type CorpusSet } from './corpus.ts'

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

/** `--only aeb|readability` → that set; absent → every set. */
export function parseSets(only: string | undefined): CorpusSet[] {
  if (only === undefined) return [...CORPUS_SETS]
  const set = CORPUS_SETS.find((s) => s === only)
  return set ? [set] : fail(`--only must be one of: ${CORPUS_SETS.join(', ')} (got "${only}")`)
}

export function parsePositiveInt(
  name: string,
  value: string | undefined,
  fallback: number,
): number {
  if (value === undefined) return fallback
  const n = Number(value)
  return Number.isInteger(n) && n > 0
    ? n
    : fail(`--${name} must be a positive integer (got "${value}")`)
}
