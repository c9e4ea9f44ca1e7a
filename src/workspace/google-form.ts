// FormsPort over FormApp: the form is built item by item (FormApp has no batch builder; the calls
// grow with the number of questions, never with entries), read back with one getResponses, and its
// choices replaced with one setChoiceValues per question, never per choice.

import type { FormSpec } from '../core/intake/form-spec';
import { ServiceUnavailable, type FormResponseData, type FormsPort } from '../app/ports';
import { withRetry } from './retry';

export class GoogleForms implements FormsPort {
  constructor(private readonly spreadsheetId: string) {}

  createLinkedForm(spec: FormSpec<string>, editors: readonly string[]): { id: string; url: string } {
    const form = FormApp.create(spec.title);
    if (editors.length > 0) form.addEditors([...editors]);
    form.setDescription(spec.description);
    form.setConfirmationMessage(spec.confirmation);
    form.setCollectEmail(true);
    // Entrants may correct their entry; intake updates the same row (research §3.2).
    form.setAllowResponseEdits(true);
    for (const q of spec.questions) {
      switch (q.kind) {
        case 'section':
          form.addSectionHeaderItem().setTitle(q.title).setHelpText(q.help);
          break;
        case 'text':
          form.addTextItem().setTitle(q.title).setHelpText(q.help).setRequired(q.required);
          break;
        case 'paragraph':
          form.addParagraphTextItem().setTitle(q.title).setHelpText(q.help).setRequired(q.required);
          break;
        case 'choice':
          form.addMultipleChoiceItem().setTitle(q.title).setHelpText(q.help).setChoiceValues(q.choices ?? []).setRequired(q.required);
          break;
        case 'list':
          form.addListItem().setTitle(q.title).setHelpText(q.help).setChoiceValues(q.choices ?? []).setRequired(q.required);
          break;
        case 'checkbox':
          form.addCheckboxItem().setTitle(q.title).setHelpText(q.help).setChoiceValues(q.choices ?? []).setRequired(q.required);
          break;
      }
    }
    form.setDestination(FormApp.DestinationType.SPREADSHEET, this.spreadsheetId);
    return { id: form.getId(), url: form.getPublishedUrl() };
  }

  exists(formId: string): boolean {
    try {
      withRetry(() => FormApp.openById(formId));
      return true;
    } catch (error) {
      // A busy or exhausted service says nothing about the form: the caller must not take it as gone.
      if (error instanceof ServiceUnavailable) throw error;
      return false;
    }
  }

  responses(formId: string): FormResponseData[] {
    const form = withRetry(() => FormApp.openById(formId));
    return withRetry(() => form.getResponses()).map(responseData);
  }

  setChoices(formId: string, choices: Readonly<Record<string, readonly string[]>>): string[] {
    const form = withRetry(() => FormApp.openById(formId));
    const items = withRetry(() => form.getItems());
    const wanted = new Map(Object.entries(choices));
    const found = new Set<string>();
    for (const item of items) {
      const title = item.getTitle();
      const values = wanted.get(title);
      if (values === undefined) continue;
      // A generic Item has no setChoiceValues: it must be cast to its own class first.
      const type = item.getType();
      const question =
        type === FormApp.ItemType.LIST ? item.asListItem() : type === FormApp.ItemType.MULTIPLE_CHOICE ? item.asMultipleChoiceItem() : null;
      if (question === null) continue;
      withRetry(() => question.setChoiceValues([...values]));
      found.add(title);
    }
    return [...wanted.keys()].filter((title) => !found.has(title));
  }
}

/** A FormResponse (from getResponses or a form-submit event's e.response) as intake reads it. */
export function responseData(response: GoogleAppsScript.Forms.FormResponse): FormResponseData {
  const answers: Record<string, string | string[]> = {};
  for (const item of response.getItemResponses()) {
    const value = item.getResponse();
    answers[item.getItem().getTitle()] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return { responseId: response.getId(), timestamp: response.getTimestamp() as unknown as Date, respondentEmail: response.getRespondentEmail(), answers };
}
