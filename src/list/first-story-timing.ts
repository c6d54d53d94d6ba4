/**
 * How the list's first screen is timed: the first story reports when it is first painted
 * (Element Timing: when the frame was presented, the clock of the browser's own first-paint
 * figures). `npm run bench:list` times the list's first screen by it, in our page and in its
 * static copy alike; a mark set by script after the frame is not the same clock: under load the
 * frame was presented up to tens of milliseconds after it. The page itself waits for it before
 * it does more (first-screen.ts).
 */

/** The name the first story is timed by, in the page and in the benchmark. */
export const FIRST_STORY_TIMING_NAME = 'upstream-list-first'

/**
 * On the story's <li>, not its title: Chromium reports text painted in a block by the block (an
 * inline link's own attribute reports nothing). Preact does not type the attribute, so it is
 * spread in.
 */
export const FIRST_STORY_TIMING: Readonly<Record<string, string>> = {
  elementtiming: FIRST_STORY_TIMING_NAME,
}
