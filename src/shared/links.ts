/**
 * Which links from an extraction result may be shown or copied. Sources come from a hostile
 * page, so only http(s) URLs ever become links: a `javascript:` or `data:` source is dropped.
 */
import type { ExtractionResult, Source, SourceKind } from '../core/types.ts'

/** The URL normalised by the WHATWG parser if it is http(s), else null. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
  } catch {
    return null
  }
}

/** Sources with safe URLs, one per URL (the original and the canonical URL often coincide). */
export function safeSources(result: ExtractionResult): Source[] {
  const seen = new Set<string>()
  const out: Source[] = []
  for (const source of result.sources) {
    const url = safeHttpUrl(source.url)
    if (!url || seen.has(url)) continue
    seen.add(url)
    out.push({ ...source, url })
  }
  return out
}

export function sourceOfKind(result: ExtractionResult, kind: SourceKind): Source | null {
  return safeSources(result).find((s) => s.kind === kind) ?? null
}

/**
 * The link "Copy original link" copies: the original article when the page names one, else
 * the canonical URL, else the page itself, so the action always has something true to copy.
 */
export function bestOriginalLink(result: ExtractionResult): string | null {
  for (const kind of ['original', 'canonical', 'page'] as const) {
    const source = sourceOfKind(result, kind)
    if (source) return source.url
  }
  return null
}
