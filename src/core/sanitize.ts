import DOMPurify from 'dompurify'

// PLACEHOLDER: replaced by the strict-allowlist sanitizer (see tests/unit/sanitize.test.ts).
export function sanitizeHtml(html: string, win: Window): string {
  const purifier = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0])
  return purifier.sanitize(html)
}
