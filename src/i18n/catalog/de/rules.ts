import type { AreaTranslation } from '../../types.ts'
import type { ruleMessages as en } from '../en/rules.ts'

/**
 * Auto reader rules as the options page reports them: what a change did, why a typed site is
 * not one, and why an import was refused. „Automatische Leseansicht“ is auto reader mode.
 */
export const ruleMessages: AreaTranslation<typeof en> = {
  // What a change did.
  rulesSiteAdded: '{site}: Artikel werden ab jetzt in der Leseansicht geöffnet.',
  rulesSiteOn: '{site}: automatische Leseansicht aktiviert.',
  rulesSiteOff: '{site}: automatische Leseansicht deaktiviert.',
  rulesAccessGiven: '{site}: Zugriff erteilt.',
  rulesSiteRemoved: '{site} entfernt; Upstream hat den Zugriff auf diese Website zurückgegeben.',
  rulesEverywhereOn:
    'Upstream kennzeichnet Nachdrucke von Aggregatoren jetzt auf allen Websites an seiner Schaltfläche.',
  rulesEverywhereOff:
    'Die Erkennung auf allen Websites ist aus; Upstream hat den Zugriff auf alle Websites zurückgegeben.',
  rulesImported_one: '{count} Website importiert.',
  rulesImported_other: '{count} Websites importiert.',
  rulesAlreadyListed_one: '{count} war bereits in der Liste.',
  rulesAlreadyListed_other: '{count} waren bereits in der Liste.',
  rulesImportNeedsAccess:
    'Websites, bei denen „Zugriff erlauben“ steht, werden aktiv, sobald Sie den Zugriff erlauben.',

  // A typed site that is not one.
  rulesTypeSite: 'Geben Sie eine Website ein, z.\u00a0B. dnyuz.com.',
  rulesNotSiteName:
    '„{site}“ ist kein Name einer Website. Geben Sie einen Namen wie dnyuz.com ein.',
  rulesOneSite:
    'Eine Regel gilt für eine einzelne Website. Um alle Websites zu prüfen, aktivieren Sie „{setting}“.',
  rulesNotSiteInPattern: '„{site}“ ist in einem Übereinstimmungsmuster kein Name einer Website.',
  rulesNotPattern:
    '„{pattern}“ ist kein Übereinstimmungsmuster. Schreiben Sie es z.\u00a0B. so: *://*.example.com/*',
  rulesNotAddress: '„{address}“ ist keine Webadresse.',
  rulesWebOnly: 'Die automatische Leseansicht funktioniert nur auf Webseiten (http und https).',

  // An import refused; the current rules stay as they were.
  rulesImportTooLarge: 'Diese Datei ist zu groß für eine Website-Datei von Upstream.',
  rulesImportNotJson: 'Diese Datei ist kein JSON. Wählen Sie eine von Upstream exportierte Datei.',
  rulesImportNotRules:
    'Dies ist keine Website-Datei von Upstream. Die Liste der Websites bleibt unverändert.',
  rulesImportNotRulesBecause:
    'Dies ist keine Website-Datei von Upstream ({problem}). Die Liste der Websites bleibt unverändert.',
  rulesImportBadSite: '{problem} Die Liste der Websites bleibt unverändert.',
  rulesIssueWholeFile: 'die Datei',
  rulesIssueType: '{where} hat einen Wert vom falschen Typ',
  rulesIssueValue: '{where} hat einen Wert, den Upstream nicht kennt',
  rulesIssueTooBig: '{where} ist zu lang',
  rulesIssueTooSmall: '{where} ist leer oder zu klein',
  rulesIssueOther: '{where} ist ungültig',
}
