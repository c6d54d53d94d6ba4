import type { AreaTranslation } from '../../types.ts'
import type { ruleMessages as en } from '../en/rules.ts'

/**
 * Auto reader rules as the options page reports them: what a change did (src/auto/site-access.ts),
 * why a typed site is not one (src/auto/site-pattern.ts) and why an import was refused
 * (src/auto/rules.ts).
 */
export const ruleMessages: AreaTranslation<typeof en> = {
  // What a change did.
  rulesSiteAdded: '{site} : les articles s’ouvrent désormais en mode lecture.',
  rulesSiteOn: '{site} : mode lecture automatique activé.',
  rulesSiteOff: '{site} : mode lecture automatique désactivé.',
  rulesAccessGiven: '{site} : accès autorisé.',
  rulesSiteRemoved: '{site} retiré ; Upstream a renoncé à son accès à ce site.',
  rulesEverywhereOn:
    'Upstream signale désormais par un badge les articles republiés par des agrégateurs, sur tous les sites.',
  rulesEverywhereOff:
    'La détection sur tous les sites est désactivée ; Upstream a renoncé à son accès à tous les sites.',
  rulesImported_one: '{count} site importé.',
  rulesImported_other: '{count} sites importés.',
  rulesAlreadyListed_one: '{count} figurait déjà dans la liste.',
  rulesAlreadyListed_other: '{count} figuraient déjà dans la liste.',
  rulesImportNeedsAccess:
    'Les sites marqués « Accès requis » fonctionneront dès que vous aurez autorisé l’accès.',

  // A typed site that is not one.
  rulesTypeSite: 'Saisissez un site, par exemple dnyuz.com.',
  rulesNotSiteName: '« {site} » n’est pas un nom de site. Saisissez-en un comme dnyuz.com.',
  rulesOneSite:
    'Une règle désigne un seul site. Pour vérifier tous les sites, activez « {setting} ».',
  rulesNotSiteInPattern: 'Dans un motif de correspondance, « {site} » n’est pas un nom de site.',
  rulesNotPattern:
    '« {pattern} » n’est pas un motif de correspondance. Écrivez-le sous la forme *://*.example.com/*',
  rulesNotAddress: '« {address} » n’est pas une adresse web.',
  rulesWebOnly: 'Le mode lecture automatique ne fonctionne que sur les pages web (http et https).',

  // An import refused; the current rules stay as they were. {where} is a place in the file
  // ("rules.0.site") or rulesIssueWholeFile, inside rulesImportNotRulesBecause's parentheses.
  rulesImportTooLarge: 'Ce fichier est trop volumineux pour être un fichier de sites Upstream.',
  rulesImportNotJson: 'Ce fichier n’est pas du JSON. Choisissez un fichier exporté par Upstream.',
  rulesImportNotRules:
    'Ce n’est pas un fichier de règles Upstream. Vos règles n’ont pas été modifiées.',
  rulesImportNotRulesBecause:
    'Ce n’est pas un fichier de règles Upstream ({problem}). Vos règles n’ont pas été modifiées.',
  rulesImportBadSite: '{problem} Vos règles n’ont pas été modifiées.',
  rulesIssueWholeFile: 'le fichier',
  rulesIssueType: '{where} n’a pas le bon type de valeur',
  rulesIssueValue: '{where} a une valeur qu’Upstream ne connaît pas',
  rulesIssueTooBig: '{where} est trop long',
  rulesIssueTooSmall: '{where} est vide ou trop petit',
  rulesIssueOther: '{where} n’est pas valide',
}
