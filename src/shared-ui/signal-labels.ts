/** Plain names for core's detection signal kinds, shown in the "why" details. */
const LABELS: Record<string, string> = {
  attribution: 'Attribution line',
  canonical: 'Canonical link',
  'og-url': 'Social-card address',
  'json-ld': 'Structured data',
  'site-adapter': 'Known aggregator template',
  'duplicated-nav': 'Repeated menus',
  'original-publisher': 'Publisher’s own page',
  'no-article': 'No single story',
}

export function signalLabel(kind: string): string {
  return LABELS[kind] ?? kind
}
