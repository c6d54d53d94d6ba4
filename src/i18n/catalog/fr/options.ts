import type { AreaTranslation } from '../../types.ts'
import type { optionsMessages as en } from '../en/options.ts'

/** The options page (src/options/): auto reader sites, the catalogue, detection, backup. */
export const optionsMessages: AreaTranslation<typeof en> = {
  optionsTitle: 'Paramètres d’Upstream',
  optionsFailed: 'Cela n’a pas fonctionné. Rechargez cette page et réessayez.',

  // Sites that open in reader view (options-app.tsx, add-site-form.tsx, rule-list.tsx).
  // Each "…Label" is a button's accessible name: it starts with the words the button shows.
  optionsAutoHeading: 'Ouvrir ces sites en mode lecture',
  optionsAutoHint:
    'Sur ces sites, les pages d’articles passent en mode lecture dès leur chargement. Pour chaque site, Upstream demande à votre navigateur l’accès à ce site seulement ; retirer le site met fin à cet accès.',
  optionsSiteLabel: 'Site',
  optionsSitePlaceholder: 'dnyuz.com ou *://*.example.com/news/*',
  optionsAddSite: 'Ajouter le site',
  optionsSiteHelp:
    'Un nom d’hôte inclut ses sous-domaines. Un motif de correspondance limite la règle à certains chemins.',
  optionsNoSites:
    'Aucun site pour l’instant. Ajoutez-en un ci-dessus, choisissez-en un parmi les sites d’agrégateurs connus ci-dessous, ou utilisez « Toujours ouvrir ce site en mode lecture » dans le panneau d’Upstream.',
  optionsGrant: 'Accès requis : autoriser',
  optionsGrantLabel: 'Accès requis : autoriser l’accès à {site}',
  optionsRemove: 'Retirer',
  optionsRemoveLabel: 'Retirer {site}',

  // The built-in catalogue (catalogue-list.tsx).
  optionsCatalogueHeading: 'Sites d’agrégateurs connus',
  optionsCatalogueListed: 'Dans vos sites',
  optionsTurnOn: 'Activer',
  optionsTurnOnLabel: 'Activer le mode lecture pour {site}',

  // Detection on every site (detect-everywhere.tsx).
  optionsEverywhereHeading: 'Tous les sites',
  optionsEverywhereLabel: 'Détecter les articles republiés par des agrégateurs sur tous les sites',
  optionsEverywhereHelp:
    'Désactivé par défaut. Une fois activé, Upstream lit chaque page que vous ouvrez pour signaler les articles republiés par un badge sur son bouton, ce qui nécessite l’accès à tous les sites. Rien ne quitte votre navigateur.',

  // Backup (backup-section.tsx).
  optionsBackupHeading: 'Sauvegarder vos sites',
  optionsExport: 'Exporter les sites',
  optionsImport: 'Importer des sites…',
  optionsExported_one: '{count} site exporté dans {file}.',
  optionsExported_other: '{count} sites exportés dans {file}.',
  optionsReadFailed: 'Upstream n’a pas pu lire ce fichier. Choisissez-le à nouveau.',
}
