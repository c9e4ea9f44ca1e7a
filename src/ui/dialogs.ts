// How a step speaks to the person who ran it. From the menu that is Sheets' alert; from the
// dashboard sidebar, the answer the sidebar shows (src/ui/sidebar-flow.ts). A step says what
// happened with tell() and asks with confirm() before doing what it cannot undo.

export interface Dialogs {
  tell(title: string, text: string): void;
  /** True when the person agrees; asked before any change is made. */
  confirm(title: string, text: string): boolean;
}

export function alertDialogs(ui: GoogleAppsScript.Base.Ui): Dialogs {
  return {
    tell: (title, text) => {
      ui.alert(title, text, ui.ButtonSet.OK);
    },
    confirm: (title, text) => ui.alert(title, text, ui.ButtonSet.YES_NO) === ui.Button.YES,
  };
}
