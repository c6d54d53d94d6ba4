/** The source tab id from the reader's address, `index.html?tab=<id>`. */
export function tabIdFromLocation(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab')
  if (raw === null || !/^\d+$/.test(raw)) return null
  const id = Number(raw)
  return Number.isSafeInteger(id) ? id : null
}
