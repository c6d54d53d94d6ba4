/** Saves text as a file from an extension page (export buttons): a Blob URL and a download link. */
export function downloadText(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  // The download has started from the click; the object URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
