/**
 * Latency model. Figures come from research/apps-script-platform.md §2 (measurements L1–L21) and
 * the proposed model of §2.1; `[estimate]` marks figures with no public measurement.
 *
 * The cache rules matter more than the constants (§2.1): writes are buffered per execution; any
 * read first commits (flushes) the buffer; a read of cells already fetched since the last flush is
 * a cache hit; `SpreadsheetApp.flush()` and the end of an execution pay the flush.
 */
export interface Figure {
  /** Fixed part of one call, in ms. */
  ms: number;
  /** Extra ms per cell touched, for reads that reach the backend and for flushes. */
  perCellMs?: number;
  /** Extra ms per item a call returns or handles (form responses), for calls whose cost grows with a count. */
  perItemMs?: number;
  source: string;
}

export const LATENCY = {
  executionStart: { ms: 300, source: '[estimate] §2.1 "Execution start (trigger/menu/custom fn, script load)"' },
  local: { ms: 0, source: '[estimate] answered from the object itself, no server round trip' },
  lookup: { ms: 5, source: '[estimate] §2.1 getActiveSpreadsheet/getSheetByName; L4 and L13 suggest cheap' },
  openById: { ms: 150, source: '[estimate] §2.1 SpreadsheetApp.openById' },
  metadata: { ms: 60, source: 'L6 (~160 ms per getLastRow, 2019), L13 (0.3 s on 10M cells); §2.1 typical 60' },
  readBackend: { ms: 60, perCellMs: 0.03, source: 'L1/L3 (~80 ms per interleaved call), L10 (~30 µs/cell)' },
  readCacheHit: { ms: 3, source: 'L4 (1,000 cached getValue calls in 3,064 ms)' },
  writeEnqueue: { ms: 2, source: 'L7 (4,000-cell setValues buffered in <50 ms)' },
  flush: { ms: 60, perCellMs: 0.1, source: 'L7 (flush of 4k cells ≈ 560 ms), L8 (~30 ms per row write+flush)' },
  appendRow: { ms: 80, source: '[estimate] §2.1 appendRow effective cost' },
  structural: { ms: 200, source: '[estimate] §2.1 insertSheet/deleteSheet/protect()' },
  protectionChange: { ms: 100, source: '[estimate] not in research; between a lookup and protect()' },
  propertiesGet: { ms: 30, source: 'L15 getProperty avg 30 ms' },
  propertiesGetAll: { ms: 35, source: '[estimate] §2.1 ≈ getProperty' },
  propertiesSet: { ms: 60, source: 'L15 setProperty avg 62 ms, L16 64 ms' },
  propertiesDelete: { ms: 60, source: '[estimate] §2.1 ≈ setProperty' },
  lockAcquire: { ms: 30, source: '[estimate] §2.1 tryLock/waitLock uncontended' },
  lockRelease: { ms: 10, source: '[estimate] §2.1 releaseLock' },
  triggerCreate: { ms: 200, source: '[estimate] not in research' },
  triggerRead: { ms: 100, source: '[estimate] not in research' },
  uiCall: { ms: 100, source: '[estimate] not in research; user think time is not modeled' },
  log: { ms: 0.5, source: 'L5 vs L2 (1,000 Logger.log ≈ 570 ms)' },
  formOpen: { ms: 150, source: '[estimate] §2.1 "FormApp.openById + getResponses() 300 + 2 ms/response", split with formResponses' },
  formResponses: { ms: 150, perItemMs: 2, source: '[estimate] §2.1 "FormApp.openById + getResponses() 300 + 2 ms/response"' },
  formCreate: { ms: 300, source: '[estimate] not in research; a new Drive file, as DriveApp.createFile (§2.1, 300)' },
  formEdit: { ms: 60, source: '[estimate] not in research; FormApp applies each change at once, like setProperty (L15 62 ms)' },
  formRead: { ms: 30, source: '[estimate] not in research; one small read, like getProperty (L15 30 ms)' },
  formSubmitDispatch: { ms: 2000, source: '[estimate] §2.1 "onFormSubmit dispatch delay after submit 2,000 (500–30,000)"' },
  mailSend: { ms: 400, source: '[estimate] §2.1 "MailApp.sendEmail (no/small attachment) 400"' },
  mailQuotaRead: { ms: 30, source: '[estimate] not in research; one small read, like getProperty (L15 30 ms)' },
  driveLookup: { ms: 150, source: '[estimate] §2.1 "DriveApp.getFileById / getFolderById 150"; searches and parent lists too' },
  driveCopy: { ms: 1500, source: '[estimate] §2.1 "File.makeCopy(name, folder) of a 1–3 page Doc template 1,500"' },
  driveCreateFile: { ms: 300, source: '[estimate] §2.1 "DriveApp.createFile(blob) 300"' },
  driveCreateFolder: { ms: 300, source: '[estimate] not in research; a new Drive item, as DriveApp.createFile (§2.1, 300)' },
  driveUpdate: { ms: 200, source: '[estimate] not in research; one Drive metadata write (rename, move, trash), like insertSheet (§2.1 200)' },
  docCreate: {
    ms: 1000,
    source: '[estimate] not in research; a new Drive file (createFile 300, §2.1) opened for editing (openById 400) plus setting up the new document',
  },
  docOpen: { ms: 400, source: '[estimate] §2.1 "DocumentApp.openById 400"' },
  docEdit: { ms: 30, source: '[estimate] §2.1 "Body.replaceText(pattern, repl) per call (buffered) 30", for every buffered edit' },
  docTable: { ms: 30, perItemMs: 0.5, source: '[estimate] §2.1 "Body.appendTable(string[][]) (buffered) 30 + 0.5 ms/cell"' },
  docSave: { ms: 600, source: '[estimate] §2.1 "Document.saveAndClose() (commit buffered edits) 600"' },
  pdfExport: { ms: 1500, source: '[estimate] §2.1 "getAs(\'application/pdf\') (Doc 1–3 pages) 1,500"' },
  docsBatchUpdate: { ms: 400, perItemMs: 5, source: '[estimate] §2.1 "Docs API batchUpdate with N replaceAllText requests (one call) 400 + 5 ms·N"' },
  docsApiGet: { ms: 300, source: '[estimate] not in research; one Docs API read, between getFileById (150) and openById (400)' },
  sheetsApiValues: {
    ms: 150,
    perItemMs: 0.025,
    source: '§2.1 "Sheets API values.get / batchGet (Advanced Service) 150 + 0.025 ms/cell" (L10: ~25 µs/cell, L13), per cell returned',
  },
  sheetsApiMetadata: {
    ms: 150,
    source: '[estimate] not in research; one Sheets API request without grid data: the fixed part of batchGet (§2.1 150), L13 (metadata via the API costs what SpreadsheetApp\'s does)',
  },
  htmlFile: {
    ms: 30,
    source: '[estimate] not in research; reads one file of the script project (tens of ms), like one small getProperty read (L15 30 ms)',
  },
} as const satisfies Record<string, Figure>;

export type FigureName = keyof typeof LATENCY;

/** Rows past a backend read that the look-ahead cache also holds [estimate], so that sequential
 * single-cell reads cost about what L4 measured. */
export const LOOKAHEAD_ROWS = 100;

/**
 * How a method is charged:
 * - `read`: commits pending writes first, then pays a cache hit or a backend read per cell;
 * - `write`: buffered; its cells are paid at the next flush;
 * - `flushFirst`: commits pending writes, then pays the figure (metadata, structural changes);
 * - `fixed`: pays the figure.
 */
export type Behaviour =
  | { kind: 'read' }
  | { kind: 'write'; figure: FigureName }
  | { kind: 'flushFirst'; figure: FigureName }
  | { kind: 'fixed'; figure: FigureName };

const read: Behaviour = { kind: 'read' };
const write: Behaviour = { kind: 'write', figure: 'writeEnqueue' };
const flushFirst = (figure: FigureName): Behaviour => ({ kind: 'flushFirst', figure });
const fixed = (figure: FigureName): Behaviour => ({ kind: 'fixed', figure });

const READS = [
  'getValues', 'getValue', 'getDisplayValues', 'getDisplayValue', 'getFormulas', 'getFormula',
  'getNumberFormats', 'getNumberFormat', 'getDataValidation', 'getDataValidations', 'getBackground',
  'getFontWeight', 'getNote', 'getHorizontalAlignment',
];
const WRITES = [
  'setValues', 'setValue', 'setFormulas', 'setFormula', 'setNumberFormat', 'setNumberFormats', 'clear',
  'clearContent', 'setDataValidation', 'setDataValidations', 'setFontWeight', 'setBackground', 'setWrap',
  'setHorizontalAlignment', 'setNote',
];

/** Methods listed in neither table are `local` (0 ms). */
export const METHOD_COSTS: Record<string, Behaviour> = {
  ...Object.fromEntries(READS.map((m) => [`Range.${m}`, read])),
  ...Object.fromEntries(WRITES.map((m) => [`Range.${m}`, write])),
  'Range.protect': flushFirst('structural'),

  'SpreadsheetApp.getActiveSpreadsheet': fixed('lookup'),
  'SpreadsheetApp.getActive': fixed('lookup'),
  'SpreadsheetApp.getActiveSheet': fixed('lookup'),
  'SpreadsheetApp.openByUrl': fixed('openById'),
  'SpreadsheetApp.openById': fixed('openById'),
  'SpreadsheetApp.create': flushFirst('structural'),
  'SpreadsheetApp.flush': flushFirst('local'),

  'Spreadsheet.getSheets': fixed('lookup'),
  'Spreadsheet.getSheetByName': fixed('lookup'),
  'Spreadsheet.getActiveSheet': fixed('lookup'),
  'Spreadsheet.getRange': fixed('lookup'),
  'Spreadsheet.insertSheet': flushFirst('structural'),
  'Spreadsheet.deleteSheet': flushFirst('structural'),
  'Spreadsheet.setActiveSheet': fixed('lookup'),
  'Spreadsheet.toast': fixed('uiCall'),
  'Spreadsheet.getEditors': fixed('lookup'),
  'Spreadsheet.getOwner': fixed('lookup'),
  'Spreadsheet.addEditor': flushFirst('structural'),
  'Spreadsheet.addEditors': flushFirst('structural'),
  'Spreadsheet.removeEditor': flushFirst('structural'),
  'Spreadsheet.rename': flushFirst('structural'),
  'Spreadsheet.setSpreadsheetTimeZone': flushFirst('structural'),
  'Spreadsheet.setSpreadsheetLocale': flushFirst('structural'),

  'Sheet.getLastRow': flushFirst('metadata'),
  'Sheet.getLastColumn': flushFirst('metadata'),
  'Sheet.getDataRange': flushFirst('metadata'),
  'Sheet.getMaxRows': flushFirst('metadata'),
  'Sheet.getMaxColumns': flushFirst('metadata'),
  'Sheet.appendRow': { kind: 'write', figure: 'appendRow' },
  'Sheet.clear': write,
  'Sheet.clearContents': write,
  'Sheet.insertRowsAfter': flushFirst('structural'),
  'Sheet.insertRowsBefore': flushFirst('structural'),
  'Sheet.setName': flushFirst('structural'),
  'Sheet.protect': flushFirst('structural'),
  'Sheet.getProtections': flushFirst('metadata'),
  'Sheet.setFrozenRows': write,
  'Sheet.setFrozenColumns': write,
  'Sheet.getFrozenRows': flushFirst('metadata'),
  'Sheet.getFrozenColumns': flushFirst('metadata'),
  'Sheet.hideSheet': flushFirst('structural'),
  'Sheet.showSheet': flushFirst('structural'),
  'Sheet.setColumnWidth': write,
  'Sheet.setColumnWidths': write,
  'Sheet.setTabColor': write,
  'Sheet.hideColumns': write,
  'Sheet.showColumns': write,
  'Sheet.isColumnHiddenByUser': flushFirst('metadata'),

  ...Object.fromEntries(
    ['setDescription', 'addEditor', 'addEditors', 'removeEditor', 'removeEditors', 'setWarningOnly', 'remove',
      'setUnprotectedRanges'].map((m) => [`Protection.${m}`, fixed('protectionChange')]),
  ),
  'Protection.getEditors': fixed('lookup'),
  'Protection.canEdit': fixed('lookup'),
  'Protection.canDomainEdit': fixed('lookup'),
  'Protection.setDomainEdit': fixed('protectionChange'),

  'Properties.getProperty': fixed('propertiesGet'),
  'Properties.getProperties': fixed('propertiesGetAll'),
  'Properties.getKeys': fixed('propertiesGetAll'),
  'Properties.setProperty': fixed('propertiesSet'),
  'Properties.setProperties': fixed('propertiesSet'),
  'Properties.deleteProperty': fixed('propertiesDelete'),
  'Properties.deleteAllProperties': fixed('propertiesDelete'),

  'Lock.tryLock': fixed('lockAcquire'),
  'Lock.waitLock': fixed('lockAcquire'),
  'Lock.releaseLock': fixed('lockRelease'),

  'SpreadsheetTriggerBuilder.create': fixed('triggerCreate'),
  'FormTriggerBuilder.create': fixed('triggerCreate'),
  'ClockTriggerBuilder.create': fixed('triggerCreate'),
  'ScriptApp.getProjectTriggers': fixed('triggerRead'),
  'ScriptApp.getUserTriggers': fixed('triggerRead'),
  'ScriptApp.deleteTrigger': fixed('triggerCreate'),

  'Ui.alert': fixed('uiCall'),
  'Ui.prompt': fixed('uiCall'),
  'Ui.showSidebar': fixed('uiCall'),
  'Ui.showModalDialog': fixed('uiCall'),
  'Ui.showModelessDialog': fixed('uiCall'),
  'Menu.addToUi': fixed('uiCall'),

  'Logger.log': fixed('log'),
  'console.log': fixed('log'),
  'console.info': fixed('log'),
  'console.warn': fixed('log'),
  'console.error': fixed('log'),
};

const FORM_EDITS = [
  'setTitle', 'setDescription', 'setConfirmationMessage', 'setCollectEmail', 'setAllowResponseEdits',
  'setLimitOneResponsePerUser', 'setAcceptingResponses', 'removeDestination', 'deleteItem', 'moveItem', 'addEditor',
  'addEditors', 'addTextItem', 'addParagraphTextItem', 'addMultipleChoiceItem', 'addListItem', 'addCheckboxItem',
  'addSectionHeaderItem', 'addPageBreakItem', 'addDateItem', 'addScaleItem',
];
const FORM_READS = [
  'getTitle', 'getDescription', 'getConfirmationMessage', 'collectsEmail', 'canEditResponse', 'hasLimitOneResponsePerUser',
  'isAcceptingResponses', 'getPublishedUrl', 'getEditUrl', 'getDestinationId', 'getDestinationType', 'getItems',
  'getItemById', 'getEditors', 'getResponse',
];
const ITEM_COMMON_EDITS = ['setTitle', 'setHelpText'];
const QUESTION_EDITS = [...ITEM_COMMON_EDITS, 'setRequired'];
const CHOICE_EDITS = [...QUESTION_EDITS, 'setChoiceValues', 'setChoices'];
/** The setters each item class has (a generic Item has only the common ones). */
const ITEM_EDITS: Record<string, string[]> = {
  Item: ITEM_COMMON_EDITS,
  SectionHeaderItem: ITEM_COMMON_EDITS,
  PageBreakItem: ITEM_COMMON_EDITS,
  TextItem: QUESTION_EDITS,
  ParagraphTextItem: QUESTION_EDITS,
  ListItem: CHOICE_EDITS,
  MultipleChoiceItem: [...CHOICE_EDITS, 'showOtherOption'],
  CheckboxItem: [...CHOICE_EDITS, 'showOtherOption'],
  DateItem: [...QUESTION_EDITS, 'setIncludesYear'],
  ScaleItem: [...QUESTION_EDITS, 'setBounds', 'setLabels'],
};

/**
 * FormApp and MailApp, apart from METHOD_COSTS so that each table is checked against its own
 * objects (meter.test.ts, forms.test.ts). Item and response getters are not listed (local): they
 * answer from the object fetched with them [estimate]. Every call listed commits the execution's
 * pending spreadsheet writes first (§2.1: cross-service calls flush).
 */
export const FORMS_AND_MAIL_COSTS: Record<string, Behaviour> = {
  'FormApp.create': flushFirst('formCreate'),
  'FormApp.openById': flushFirst('formOpen'),
  'FormApp.openByUrl': flushFirst('formOpen'),
  'FormApp.getActiveForm': fixed('lookup'),
  ...Object.fromEntries(FORM_EDITS.map((m) => [`Form.${m}`, flushFirst('formEdit')])),
  ...Object.fromEntries(FORM_READS.map((m) => [`Form.${m}`, flushFirst('formRead')])),
  // Linking creates the response sheet, like insertSheet.
  'Form.setDestination': flushFirst('structural'),
  'Form.getResponses': flushFirst('formResponses'),
  ...Object.fromEntries(Object.entries(ITEM_EDITS).flatMap(([c, ms]) => ms.map((m) => [`${c}.${m}`, flushFirst('formEdit')]))),

  'MailApp.sendEmail': flushFirst('mailSend'),
  'MailApp.getRemainingDailyQuota': flushFirst('mailQuotaRead'),
};

const DOC_READS: Record<string, string[]> = {
  Document: ['getId', 'getName', 'getUrl', 'getBody'],
  Body: [
    'getNumChildren', 'getChild', 'getChildIndex', 'getParagraphs', 'getTables', 'getText', 'editAsText', 'findText', 'getMarginTop',
    'getMarginBottom', 'getMarginLeft', 'getMarginRight', 'getPageWidth', 'getPageHeight', 'getAttributes', 'getType', 'asBody',
  ],
  Paragraph: [
    'getText', 'editAsText', 'getAlignment', 'getIndentFirstLine', 'getIndentStart', 'getIndentEnd', 'getSpacingBefore',
    'getSpacingAfter', 'getLineSpacing', 'getAttributes', 'getType', 'getParent', 'getNextSibling', 'getPreviousSibling', 'findText',
    'getNumChildren', 'getChild', 'asParagraph',
  ],
  Text: [
    'getText', 'isBold', 'isItalic', 'isUnderline', 'getFontSize', 'getFontFamily', 'getTextAttributeIndices', 'getAttributes', 'findText',
    'getType', 'getParent', 'editAsText', 'asText',
  ],
  Table: [
    'getNumRows', 'getRow', 'getCell', 'getNumChildren', 'getChild', 'getBorderWidth', 'getBorderColor', 'getColumnWidth', 'editAsText',
    'getAttributes', 'getText', 'getType', 'getParent', 'getNextSibling', 'getPreviousSibling', 'findText', 'asTable',
  ],
  TableRow: ['getNumCells', 'getNumChildren', 'getCell', 'editAsText', 'getText', 'getType', 'getParent', 'getParentTable', 'asTableRow'],
  TableCell: [
    'getText', 'editAsText', 'getNumChildren', 'getChild', 'getChildIndex', 'getWidth', 'getBackgroundColor', 'getVerticalAlignment',
    'getAttributes', 'getType', 'getParent', 'getParentRow', 'getParentTable', 'findText', 'asTableCell',
  ],
  PageBreak: ['getType', 'getParent', 'asPageBreak'],
};
const DOC_EDITS: Record<string, string[]> = {
  Body: [
    'appendParagraph', 'insertParagraph', 'appendPageBreak', 'clear', 'replaceText', 'setMarginTop', 'setMarginBottom', 'setMarginLeft',
    'setMarginRight', 'setPageWidth', 'setPageHeight', 'setAttributes',
  ],
  Paragraph: [
    'setText', 'appendText', 'setAlignment', 'setIndentFirstLine', 'setIndentStart', 'setIndentEnd', 'setSpacingBefore', 'setSpacingAfter',
    'setLineSpacing', 'setAttributes', 'removeFromParent', 'replaceText',
  ],
  Text: [
    'setText', 'appendText', 'insertText', 'deleteText', 'setBold', 'setItalic', 'setUnderline', 'setFontSize', 'setFontFamily',
    'setAttributes', 'replaceText',
  ],
  Table: ['appendTableRow', 'setBorderWidth', 'setBorderColor', 'setColumnWidth', 'setAttributes', 'removeFromParent', 'replaceText'],
  TableRow: ['appendTableCell', 'setAttributes'],
  TableCell: [
    'setText', 'appendParagraph', 'insertParagraph', 'setWidth', 'setAttributes', 'setBackgroundColor', 'setVerticalAlignment',
    'replaceText',
  ],
  PageBreak: ['removeFromParent'],
};
const DRIVE_SEARCHES = [
  'DriveApp.getRootFolder', 'DriveApp.getFilesByName', 'DriveApp.getFoldersByName', 'Folder.getFiles', 'Folder.getFilesByName',
  'Folder.getFolders', 'Folder.getFoldersByName', 'Folder.getParents', 'File.getParents',
];

/**
 * DocumentApp, DriveApp and the Docs advanced service. Calls that reach a server commit the
 * execution's pending spreadsheet writes first (§2.1: cross-service calls flush); edits of an open
 * Document are buffered in its working copy (§2.1 "DocumentApp: mutations are buffered") and read
 * calls answer from it. Drive getters (`getId`, `getName`…), iterators, Blob and RangeElement
 * methods are not listed: local, answered from the object fetched with them [estimate].
 */
export const DOCS_AND_DRIVE_COSTS: Record<string, Behaviour> = {
  'DocumentApp.create': flushFirst('docCreate'),
  'DocumentApp.openById': flushFirst('docOpen'),
  'Document.saveAndClose': flushFirst('docSave'),
  'Document.getAs': flushFirst('pdfExport'),
  'Document.getBlob': flushFirst('pdfExport'),
  'Document.setName': flushFirst('driveUpdate'),
  // Element reads answer from the open working copy: a lookup.
  ...Object.fromEntries(Object.entries(DOC_READS).flatMap(([c, ms]) => ms.map((m) => [`${c}.${m}`, fixed('lookup')]))),
  ...Object.fromEntries(Object.entries(DOC_EDITS).flatMap(([c, ms]) => ms.map((m) => [`${c}.${m}`, fixed('docEdit')]))),
  'Body.appendTable': fixed('docTable'),
  'Body.insertTable': fixed('docTable'),

  'DriveApp.getFileById': flushFirst('driveLookup'),
  'DriveApp.getFolderById': flushFirst('driveLookup'),
  ...Object.fromEntries(DRIVE_SEARCHES.map((m) => [m, flushFirst('driveLookup')])),
  'DriveApp.createFile': flushFirst('driveCreateFile'),
  'Folder.createFile': flushFirst('driveCreateFile'),
  'DriveApp.createFolder': flushFirst('driveCreateFolder'),
  'Folder.createFolder': flushFirst('driveCreateFolder'),
  'File.makeCopy': flushFirst('driveCopy'),
  'File.getAs': flushFirst('pdfExport'),
  'File.getBlob': flushFirst('pdfExport'),
  ...Object.fromEntries(
    ['File.setName', 'File.moveTo', 'File.setTrashed', 'Folder.setName', 'Folder.setTrashed'].map((m) => [m, flushFirst('driveUpdate')]),
  ),

  'Docs.Documents.batchUpdate': flushFirst('docsBatchUpdate'),
  'Docs.Documents.get': flushFirst('docsApiGet'),
};

/**
 * HtmlService. Only reading a project file costs time; an HtmlOutput is built and changed in
 * memory (every HtmlOutput method is local), and no spreadsheet backend is involved, so nothing
 * is flushed [estimate]. Showing the page is Ui.showSidebar/showModalDialog (METHOD_COSTS).
 */
export const HTML_COSTS: Record<string, Behaviour> = {
  'HtmlService.createHtmlOutputFromFile': fixed('htmlFile'),
};

/**
 * The Sheets advanced service. A request reads committed state and flushes nothing: writes the
 * execution buffered through SpreadsheetApp are not sent with it (sheets-api.ts).
 */
export const SHEETS_API_COSTS: Record<string, Behaviour> = {
  'Sheets.Spreadsheets.Values.batchGet': fixed('sheetsApiValues'),
  'Sheets.Spreadsheets.get': fixed('sheetsApiMetadata'),
};

export function behaviourOf(method: string): Behaviour {
  return (
    METHOD_COSTS[method] ?? FORMS_AND_MAIL_COSTS[method] ?? DOCS_AND_DRIVE_COSTS[method] ?? HTML_COSTS[method] ?? SHEETS_API_COSTS[method] ?? fixed('local')
  );
}

export function figureMs(name: FigureName, cells = 0, items = 0): number {
  const f: Figure = LATENCY[name];
  return f.ms + (f.perCellMs ?? 0) * cells + (f.perItemMs ?? 0) * items;
}
