/** Plain explanations of what went wrong (src/shared-ui/problem-text.ts). */
export const problemMessages = {
  problemPageChangedTitle: 'The page changed while it was being read',
  problemPageChangedText: 'The page reloaded or moved on while Upstream read it. Try again.',
  problemTabClosedTitle: 'The story’s tab is closed',
  problemTabClosedText:
    'The tab this story came from is no longer open. Open the story’s page again and use Upstream’s button there.',
  problemNoAnswerTitle: 'The page did not answer',
  problemNoAnswerText:
    'The page may still be loading, or it is busy (a dialog box on the page can block it). Wait a moment and try again.',
  problemTimeoutTitle: 'The page took too long',
  problemTimeoutText:
    'Upstream stopped waiting for this page. If it is very large or still loading, try again once it has loaded.',
  problemReadingFailedTitle: 'Upstream could not read this page',
  problemReadingFailedText:
    'Something in this page stopped Upstream from reading it. Reload the page and try again.',
  problemExtensionReloadedTitle: 'Upstream was updated',
  problemExtensionReloadedText:
    'Upstream was updated or restarted while this was open. Close this and open Upstream again.',
  problemBackgroundTitle: 'Upstream is not responding',
  problemBackgroundText: 'Part of Upstream did not answer. Try again in a moment.',
  problemMissingSourceTitle: 'Nothing to show here',
  problemMissingSourceText:
    'This reader page does not say which story to show. Open a story with Upstream’s button, or from your reading list.',
  problemNotInListTitle: 'Not in your reading list',
  problemNotInListText: 'This story is no longer in your reading list. It may have been deleted.',
  problemStorageFullTitle: 'Your browser’s storage is full',
  problemStorageFullText:
    'There is no room left to save this. Free some disk space or delete stories you no longer need, then try again.',
  problemUnknownTitle: 'Something went wrong',
  problemUnknownText:
    'Upstream could not finish this. Try again; if it keeps happening, reload the page.',
  tryAgain: 'Try again',
} as const
