// Opening the add-on's HTML pages. The sidebar of Google Sheets is 300 px wide whatever we ask;
// a modal dialog takes the size we give it.

export function showSidebarPage(file: string, title: string): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title));
}

export function showDialogPage(file: string, title: string, size: { width: number; height: number }): void {
  const page = HtmlService.createHtmlOutputFromFile(file).setWidth(size.width).setHeight(size.height);
  SpreadsheetApp.getUi().showModalDialog(page, title);
}
