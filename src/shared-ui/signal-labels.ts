/**
 * Detection signals in the reader's language: a plain name for each kind, and what it found
 * (core's note: the page's own line verbatim, or data worded here).
 */
import type { SignalNote } from '../core/types.ts'
import { type PlainKey, t } from '../i18n/t.ts'
import { NO_ARTICLE_TEXT } from './no-article-text.ts'

const LABELS: Record<string, PlainKey> = {
  attribution: 'signalAttribution',
  canonical: 'signalCanonical',
  'og-url': 'signalOgUrl',
  'json-ld': 'signalJsonLd',
  'site-adapter': 'signalTemplate',
  'duplicated-nav': 'signalRepeatedMenus',
  'original-publisher': 'signalOriginalPublisher',
  'no-article': 'signalNoArticle',
}

export function signalLabel(kind: string): string {
  const key = LABELS[kind]
  return key ? t(key) : kind
}

/** What the signal found; `detail` (core's English) only for a result saved before notes. */
export function signalText(signal: { detail: string; note?: SignalNote }): string {
  const { note } = signal
  if (!note) return signal.detail
  switch (note.code) {
    case 'line':
      return note.text
    case 'points-to':
      return t('signalPointsTo', { field: note.field, host: note.host })
    case 'names':
      return t('signalNames', { field: note.field, name: note.name })
    case 'template':
      return note.republishes
        ? t('signalTemplateRepublishes', { name: note.name })
        : t('signalTemplateName', { name: note.name })
    case 'repeated-blocks':
      return t('signalRepeatedBlocks', { blocks: note.blocks, copies: note.copies })
    case 'no-article':
      return t(NO_ARTICLE_TEXT[note.reason])
  }
}
