import type { AreaTranslation } from '../../types.ts'
import type { ruleMessages as en } from '../en/rules.ts'

/**
 * Auto reader rules as the options page reports them: what a change did (src/auto/site-access.ts),
 * why a typed site is not one (src/auto/site-pattern.ts) and why an import was refused
 * (src/auto/rules.ts). "Auto reader mode" is "vista de lectura automática". `{where}` is a path
 * in the file ("rules.0.site") or "el archivo", so the issues are worded in the masculine.
 */
export const ruleMessages: AreaTranslation<typeof en> = {
  // What a change did.
  rulesSiteAdded: '{site}: a partir de ahora, los artículos se abren en vista de lectura.',
  rulesSiteOn: '{site}: vista de lectura automática activada.',
  rulesSiteOff: '{site}: vista de lectura automática desactivada.',
  rulesAccessGiven: '{site}: acceso concedido.',
  rulesSiteRemoved: 'Se quitó {site}; Upstream renunció a su acceso a ese sitio.',
  rulesEverywhereOn:
    'A partir de ahora, Upstream marca con una insignia las copias de agregadores en todos los sitios.',
  rulesEverywhereOff:
    'La detección en todos los sitios está desactivada; Upstream renunció a su acceso a todos los sitios.',
  rulesImported_one: 'Se importó {count} sitio.',
  rulesImported_other: 'Se importaron {count} sitios.',
  rulesAlreadyListed_one: '{count} ya estaba en la lista.',
  rulesAlreadyListed_other: '{count} ya estaban en la lista.',
  rulesImportNeedsAccess:
    'Los sitios marcados con «Requiere acceso» empiezan a funcionar cuando permites el acceso.',

  // A typed site that is not one.
  rulesTypeSite: 'Escribe un sitio, como dnyuz.com.',
  rulesNotSiteName: '«{site}» no es un nombre de sitio. Escribe uno como dnyuz.com.',
  rulesOneSite:
    'Cada regla corresponde a un solo sitio. Para comprobar todos los sitios, activa «{setting}».',
  rulesNotSiteInPattern: '«{site}» no es un nombre de sitio válido en un patrón de coincidencia.',
  rulesNotPattern:
    '«{pattern}» no es un patrón de coincidencia. Escríbelo de esta forma: *://*.example.com/*',
  rulesNotAddress: '«{address}» no es una dirección web.',
  rulesWebOnly: 'La vista de lectura automática solo funciona en páginas web (http y https).',

  // An import refused; the current rules stay as they were.
  rulesImportTooLarge:
    'Este archivo es demasiado grande para ser un archivo de sitios de Upstream.',
  rulesImportNotJson: 'Este archivo no es JSON. Elige un archivo exportado por Upstream.',
  rulesImportNotRules: 'Este no es un archivo de reglas de Upstream. Tus reglas no han cambiado.',
  rulesImportNotRulesBecause:
    'Este no es un archivo de reglas de Upstream ({problem}). Tus reglas no han cambiado.',
  rulesImportBadSite: '{problem} Tus reglas no han cambiado.',
  rulesIssueWholeFile: 'el archivo',
  rulesIssueType: '{where} no tiene el tipo de valor correcto',
  rulesIssueValue: '{where} tiene un valor que Upstream no conoce',
  rulesIssueTooBig: '{where} es demasiado largo',
  rulesIssueTooSmall: '{where} está vacío o es demasiado pequeño',
  rulesIssueOther: '{where} no es válido',
}
