/**
 * Content script for the sites the user chose: on a story page, show the in-page reader.
 * Whether the page holds a story is judged from its metadata and address (core's page-kind
 * hints, the same ones extraction starts from): about a millisecond, so the page stays hidden
 * as briefly as possible. Whether it is a copy comes with the extraction that follows.
 */
import { NativeLookup } from '../core/element-lookup.ts'
import { readMetadata } from '../core/metadata.ts'
import { pageKindHint } from '../core/page-kind.ts'
import { startAutoMode } from './auto-mode.ts'

startAutoMode('reader', () => {
  const url = new URL(location.href)
  const metadata = readMetadata(new NativeLookup(document.documentElement), url.href)
  return { hasArticle: !pageKindHint(url, metadata).looksLikeList, isAggregator: null }
})
