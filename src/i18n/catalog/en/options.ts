/** The options page (src/options/): auto reader sites, the catalogue, detection, backup. */
export const optionsMessages = {
  optionsTitle: 'Upstream settings',
  optionsFailed: 'That did not work. Reload this page and try again.',

  // Sites that open in reader view (options-app.tsx, add-site-form.tsx, rule-list.tsx).
  optionsAutoHeading: 'Open these sites in reader view',
  optionsAutoHint:
    'Story pages on these sites switch to Upstream’s reader as they load. Each site asks your browser for access to that site only; removing it gives the access back.',
  optionsSiteLabel: 'Site',
  optionsSitePlaceholder: 'dnyuz.com or *://*.example.com/news/*',
  optionsAddSite: 'Add site',
  optionsSiteHelp:
    'A host name includes its subdomains. A match pattern limits the rule to some paths.',
  optionsNoSites:
    'No sites yet. Add one above, pick one from the known aggregator sites below, or use “Always open this site in reader view” in Upstream’s popup.',
  optionsGrant: 'Needs access: allow',
  optionsGrantLabel: 'Needs access: allow access to {site}',
  optionsRemove: 'Remove',
  optionsRemoveLabel: 'Remove {site}',

  // The built-in catalogue (catalogue-list.tsx).
  optionsCatalogueHeading: 'Known aggregator sites',
  optionsCatalogueListed: 'In your sites',
  optionsTurnOn: 'Turn on',
  optionsTurnOnLabel: 'Turn on reader view for {site}',

  // Detection on every site (detect-everywhere.tsx).
  optionsEverywhereHeading: 'Every site',
  optionsEverywhereLabel: 'Detect aggregator copies on every site',
  optionsEverywhereHelp:
    'Off by default. When on, Upstream reads each page you open to mark republished stories with a badge on its button, which needs access to every site. Nothing leaves your browser.',

  // Backup (backup-section.tsx).
  optionsBackupHeading: 'Back up your sites',
  optionsExport: 'Export sites',
  optionsImport: 'Import sites…',
  optionsExported_one: 'Exported {count} site to {file}.',
  optionsExported_other: 'Exported {count} sites to {file}.',
  optionsReadFailed: 'Upstream could not read that file. Choose it again.',
} as const
