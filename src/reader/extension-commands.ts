/**
 * The extension's keyboard commands as the browser has them bound now (the user may have
 * changed or cleared a key, or another extension may hold it), for the shortcuts list.
 */
import browser from 'webextension-polyfill'
import { type PlainKey, t } from '../i18n/t.ts'

export interface BoundCommand {
  name: string
  description: string
  /** The keys as the browser writes them, or null when none is set. */
  shortcut: string | null
}

/**
 * Chrome lists the toolbar button's own command without a description. (The others' come from
 * the manifest, which the browser has already put in its UI language.)
 */
const BUILT_IN: Readonly<Record<string, PlainKey>> = {
  _execute_action: 'readerCommandPopup',
}

function builtInDescription(name: string): string {
  const key = Object.hasOwn(BUILT_IN, name) ? BUILT_IN[name] : undefined
  return key ? t(key) : ''
}

export async function boundCommands(): Promise<BoundCommand[]> {
  return (await browser.commands.getAll()).map((command) => {
    const name = command.name ?? ''
    return {
      name,
      description: command.description || builtInDescription(name) || name,
      shortcut: command.shortcut ? command.shortcut : null,
    }
  })
}
