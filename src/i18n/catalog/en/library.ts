/**
 * What the reading-list library (src/library/) tells the user: a write that found the disk full,
 * a story that is gone, and why an import file was refused (import/*.ts), naming the row or item
 * and the field.
 */
export const libraryMessages = {
  // A write that found the browser's storage full (errors.ts). Everything saved before is kept.
  libraryFullSave:
    'There is no room left to save this story: the browser’s storage for Upstream is full. Everything saved before is kept; delete or export stories to make room.',
  libraryFullChange:
    'There is no room left to change this story: the browser’s storage for Upstream is full. Everything saved before is kept; delete or export stories to make room.',
  libraryFullDelete:
    'There is no room left to delete this story: the browser’s storage for Upstream is full. Everything saved before is kept; delete or export stories to make room.',
  libraryFullRestore:
    'There is no room left to restore this story: the browser’s storage for Upstream is full. Everything saved before is kept; delete or export stories to make room.',
  libraryFullImport:
    'There is no room left to import these stories: the browser’s storage for Upstream is full. Everything saved before is kept; delete or export stories to make room.',
  libraryNotInList: 'This story is no longer in the reading list.',

  // The files an import reads, as the messages below name them ("this {format}").
  importFormatUpstreamJson: 'Upstream JSON file',
  importFormatPocketHtml: 'Pocket HTML export',
  importFormatPocketCsv: 'Pocket CSV',
  importFormatInstapaperCsv: 'Instapaper CSV',
  importFormatWallabagJson: 'Wallabag JSON export',

  // The whole file (import/index.ts, sniff.ts).
  importFileTooLarge: 'This file is about {size} MB; files over {max} MB cannot be imported.',
  importFileEmpty: 'This file is empty.',
  importSupported:
    'Upstream can import its own JSON export, Pocket (HTML or CSV), Instapaper CSV and Wallabag JSON.',
  importJsonInvalid: 'This file looks like JSON but is not valid JSON.',
  importJsonEmptyList: 'This JSON file is an empty list: there is nothing to import.',
  importJsonNotWallabag:
    'This JSON file is a list, but its first entry is not a Wallabag entry (no "url" with "is_archived" or "created_at").',
  importJsonUnknownFormat: 'This JSON file is in a format Upstream does not know ("{name}").',
  importJsonUnknown: 'This JSON file is not a reading list Upstream recognises.',
  importHtmlNotPocket:
    'This HTML file is not a Pocket export: it has no links with "time_added" and no "Unread" list.',
  importCsvUnknown:
    "This CSV file's columns ({columns}) are neither Pocket's (title,url,time_added,tags,status) nor Instapaper's (URL,Title,Selection,Folder,Timestamp).",
  importUnknownFile: 'This file is not in a format Upstream recognises.',

  // One format's file (csv.ts and the parsers).
  importUnreadable: 'This {format} could not be read.',
  importNotObject: 'This {format} is not an object.',
  importNewerVersion:
    'This {format} has format version {version}, written by a newer Upstream; update Upstream to import it.',
  importEmpty: 'This {format} is empty.',
  importNoColumn: 'This {format} has no "{column}" column.',
  importTooManyRows_one: 'This {format} has {count} row; at most {max} can be imported.',
  importTooManyRows_other: 'This {format} has {count} rows; at most {max} can be imported.',
  importTooManyItems_one: 'This {format} has {count} item; at most {max} can be imported.',
  importTooManyItems_other: 'This {format} has {count} items; at most {max} can be imported.',
  importTooManyEntries_one: 'This {format} has {count} entry; at most {max} can be imported.',
  importTooManyEntries_other: 'This {format} has {count} entries; at most {max} can be imported.',
  importTooManyLinks_one: 'This {format} has more than {count} link.',
  importTooManyLinks_other: 'This {format} has more than {count} links.',
  importQuoteInRow: 'Row {row} of this {format} has a quoted field that is not closed properly.',
  importQuoteInLine: 'A line of this {format} has a quoted field that is not closed properly.',
  importFieldCount_one:
    'Row {row} of this {format} has {count} field but the header has {header}; the file may have an unquoted comma.',
  importFieldCount_other:
    'Row {row} of this {format} has {count} fields but the header has {header}; the file may have an unquoted comma.',
  importLinkUnreadable: 'Link {number} of this {format} could not be read.',

  // A field that failed its check (issues.ts): "{subject}: "{field}" {problem}."
  importRowOf: 'Row {number} of this {format}',
  importLinkOf: 'Link {number} of this {format}',
  importEntryOf: 'Entry {number} of this {format}',
  importItemOf: 'Item {number} of this {format}',
  importThisFile: 'This {format}',
  importIssueInField: '{subject}: "{field}" {problem}.',
  importIssue: '{subject} {problem}.',
  importProblemMissing: 'is missing',
  importProblemType: 'should be {expected}',
  importProblemOneOf: 'should be one of {values}',
  importProblemWrongKind: 'has a value of the wrong kind',
  importProblemTooBig: 'is too large (at most {max})',
  importProblemTooSmall: 'is too small (at least {min})',
  importProblemFormat: 'is not a valid {format}',
  importProblemInvalid: 'is not valid',
  importProblemUnixTime: 'should be a Unix time in seconds',
  importTypeText: 'text',
  importTypeNumber: 'a number',
  importTypeWholeNumber: 'a whole number',
  importTypeBoolean: 'true or false',
  importTypeList: 'a list',
  importTypeObject: 'an object',
  importTypeNull: 'null',
} as const
