import type { AreaTranslation } from '../../types.ts'
import type { optionsMessages as en } from '../en/options.ts'

/**
 * The options page (src/options/). A site is a „Website“; a match pattern is an
 * „Übereinstimmungsmuster“, as the browsers' German documentation calls it. Each button's
 * accessible name holds its shown words in order (checked by tests/unit/i18n-catalog.test.ts).
 */
export const optionsMessages: AreaTranslation<typeof en> = {
  optionsTitle: 'Upstream-Einstellungen',
  optionsFailed:
    'Das hat nicht funktioniert. Laden Sie diese Seite neu und versuchen Sie es erneut.',

  // Sites that open in reader view.
  optionsAutoHeading: 'Diese Websites in der Leseansicht öffnen',
  optionsAutoHint:
    'Artikelseiten dieser Websites wechseln schon beim Laden in die Leseansicht von Upstream. Für jede Website bittet Upstream den Browser nur um Zugriff auf diese eine Website; wird sie entfernt, gibt Upstream den Zugriff wieder ab.',
  optionsSiteLabel: 'Website',
  optionsSitePlaceholder: 'dnyuz.com oder *://*.example.com/news/*',
  optionsAddSite: 'Website hinzufügen',
  optionsSiteHelp:
    'Ein Hostname schließt seine Subdomains ein. Ein Übereinstimmungsmuster beschränkt die Regel auf bestimmte Pfade.',
  optionsNoSites:
    'Noch keine Websites. Fügen Sie oben eine hinzu, wählen Sie unten eine der bekannten Aggregator-Websites oder lassen Sie eine Website über das Pop-up von Upstream immer in der Leseansicht öffnen.',
  optionsGrant: 'Zugriff erlauben',
  optionsGrantLabel: '{site}: Zugriff erlauben',
  optionsRemove: 'Entfernen',
  optionsRemoveLabel: '{site} entfernen',

  // The built-in catalogue.
  optionsCatalogueHeading: 'Bekannte Aggregator-Websites',
  optionsCatalogueListed: 'Bereits hinzugefügt',
  optionsTurnOn: 'Aktivieren',
  optionsTurnOnLabel: 'Leseansicht für {site} aktivieren',

  // Detection on every site.
  optionsEverywhereHeading: 'Alle Websites',
  optionsEverywhereLabel: 'Nachdrucke von Aggregatoren auf allen Websites erkennen',
  optionsEverywhereHelp:
    'Standardmäßig aus. Wenn aktiviert, liest Upstream jede Seite, die Sie öffnen, und kennzeichnet Nachdrucke an der Schaltfläche von Upstream; dafür ist Zugriff auf alle Websites nötig. Dabei verlässt nichts den Browser.',

  // Backup.
  optionsBackupHeading: 'Websites sichern',
  optionsExport: 'Exportieren',
  optionsImport: 'Importieren…',
  optionsExported_one: '{count} Website nach {file} exportiert.',
  optionsExported_other: '{count} Websites nach {file} exportiert.',
  optionsReadFailed: 'Upstream konnte diese Datei nicht lesen. Wählen Sie sie erneut aus.',
}
