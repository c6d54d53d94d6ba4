/**
 * Auto reader rules as the options page reports them: what a change did (src/auto/site-access.ts),
 * why a typed site is not one (src/auto/site-pattern.ts) and why an import was refused
 * (src/auto/rules.ts).
 */
export const ruleMessages = {
  // What a change did.
  rulesSiteAdded: '{site}: stories open in reader view from now on.',
  rulesSiteOn: '{site}: auto reader mode on.',
  rulesSiteOff: '{site}: auto reader mode off.',
  rulesAccessGiven: '{site}: access given.',
  rulesSiteRemoved: '{site} removed; Upstream gave back its access to it.',
  rulesEverywhereOn: 'Upstream now marks aggregator copies on every site with a badge.',
  rulesEverywhereOff:
    'Detection on every site is off; Upstream gave back its access to every site.',
  rulesImported_one: 'Imported {count} site.',
  rulesImported_other: 'Imported {count} sites.',
  rulesAlreadyListed_one: '{count} was already listed.',
  rulesAlreadyListed_other: '{count} were already listed.',
  rulesImportNeedsAccess: 'Sites marked “Needs access” start once you allow access.',

  // A typed site that is not one.
  rulesTypeSite: 'Type a site, such as dnyuz.com.',
  rulesNotSiteName: '“{site}” is not a site name. Type one like dnyuz.com.',
  rulesOneSite: 'A rule names one site. To check every site, switch on “{setting}”.',
  rulesNotSiteInPattern: '“{site}” is not a site name in a match pattern.',
  rulesNotPattern: '“{pattern}” is not a match pattern. Write it like *://*.example.com/*',
  rulesNotAddress: '“{address}” is not a web address.',
  rulesWebOnly: 'Auto reader mode works on web pages (http and https) only.',

  // An import refused; the current rules stay as they were.
  rulesImportTooLarge: 'This file is too large to be an Upstream sites file.',
  rulesImportNotJson: 'This file is not JSON. Choose a file exported by Upstream.',
  rulesImportNotRules: 'This is not an Upstream rules file. Your rules were not changed.',
  rulesImportNotRulesBecause:
    'This is not an Upstream rules file ({problem}). Your rules were not changed.',
  rulesImportBadSite: '{problem} Your rules were not changed.',
  rulesIssueWholeFile: 'the file',
  rulesIssueType: '{where} is not the right kind of value',
  rulesIssueValue: '{where} has a value Upstream does not know',
  rulesIssueTooBig: '{where} is too long',
  rulesIssueTooSmall: '{where} is empty or too small',
  rulesIssueOther: '{where} is not valid',
} as const
