/**
 * The extension's keyboard commands as the browser has them bound now (the user may have
 * changed or cleared a key, or another extension may hold it), for the shortcuts list.
 */
import browser from 'webextension-polyfill'

export interface BoundCommand {
  name: string
  description: string
  /** The keys as the browser writes them, or null when none is set. */
  shortcut: string | null
}

/** Chrome lists the toolbar button's own command without a description. */
const BUILT_IN: Record<string, string> = {
  _execute_action: 'Open Upstream’s popup (the toolbar button)',
}

export async function boundCommands(): Promise<BoundCommand[]> {
  return (await browser.commands.getAll()).map((command) => {
    const name = command.name ?? ''
    return {
      name,
      description: command.description || BUILT_IN[name] || name,
      shortcut: command.shortcut ? command.shortcut : null,
    }
  })
}
