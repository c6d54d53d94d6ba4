/** Saving a story to the reading list (src/shared-ui/save-button.tsx). */
export const saveMessages = {
  saveAction: 'Save',
  saveSaving: 'Saving…',
  saveDone: 'Saved ✓',
  saveAlready: 'Already saved',
  saveOpenList: 'Reading list',
  saveAnnounceAdded: 'Saved to your reading list. It reads offline.',
  saveAnnounceMerged: 'Already saved: this copy’s link was added to the same story.',
  saveAnnounceUnchanged: 'Already in your reading list.',
  saveFailed: 'Not saved. Try again; if your disk is full, free some space first.',
} as const
