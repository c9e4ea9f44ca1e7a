// Thin ports over ScriptApp, MailApp, PropertiesService and LockService.

import { ServiceUnavailable, type LockPort, type MailPort, type StatePort, type TriggersPort } from '../app/ports';
import { withRetry } from './retry';

/** Waiting longer than this for the document lock means something is stuck (research §3.1). */
const LOCK_WAIT_MS = 30_000;

/** The daily checks run early in the morning, before the secretariat's working day. */
const DAILY_HOUR = 6;
const TIMED_PERIOD_KEY = 'triggers.timedPeriod';

export class ScriptTriggers implements TriggersPort {
  formSubmitTriggers(handler: string): number {
    return withRetry(() => ScriptApp.getProjectTriggers()).filter(
      (t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT,
    ).length;
  }

  createFormSubmitTrigger(handler: string, formId: string): void {
    withRetry(() => ScriptApp.newTrigger(handler).forForm(formId).onFormSubmit().create());
  }

  ensureDailyTrigger(handler: string): void {
    if (!this.has(handler, ScriptApp.EventType.CLOCK)) withRetry(() => ScriptApp.newTrigger(handler).timeBased().everyDays(1).atHour(DAILY_HOUR).create());
  }

  setTimedTrigger(handler: string, every: 'daily' | 'hourly'): void {
    // A trigger does not tell its period, so the period last set is kept beside it; a trigger made
    // by ensureDailyTrigger, before any was kept, is daily.
    const properties = PropertiesService.getDocumentProperties();
    const clocks = withRetry(() => ScriptApp.getProjectTriggers()).filter((t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType.CLOCK);
    if (clocks.length === 1 && (withRetry(() => properties.getProperty(TIMED_PERIOD_KEY)) ?? 'daily') === every) return;
    clocks.forEach((t) => withRetry(() => ScriptApp.deleteTrigger(t)));
    const clock = ScriptApp.newTrigger(handler).timeBased();
    const timed = every === 'hourly' ? clock.everyHours(1) : clock.everyDays(1).atHour(DAILY_HOUR);
    withRetry(() => timed.create());
    withRetry(() => properties.setProperty(TIMED_PERIOD_KEY, every));
  }

  ensureOpenTrigger(handler: string): void {
    if (!this.has(handler, ScriptApp.EventType.ON_OPEN)) withRetry(() => ScriptApp.newTrigger(handler).forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onOpen().create());
  }

  // An add-on may hold one edit trigger per user per document, and only for the document it runs
  // in (research/apps-script-platform.md §1.4): judges' own spreadsheets cannot have one.
  ensureEditTrigger(handler: string): void {
    if (!this.has(handler, ScriptApp.EventType.ON_EDIT)) withRetry(() => ScriptApp.newTrigger(handler).forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onEdit().create());
  }

  private has(handler: string, type: GoogleAppsScript.Script.EventType): boolean {
    return withRetry(() => ScriptApp.getProjectTriggers()).some((t) => t.getHandlerFunction() === handler && t.getEventType() === type);
  }
}

export class AppsScriptMail implements MailPort {
  remainingQuota(): number {
    return withRetry(() => MailApp.getRemainingDailyQuota());
  }

  send(to: string, subject: string, body: string): void {
    withRetry(() => MailApp.sendEmail(to, subject, body));
  }
}

export class DocumentState implements StatePort {
  private readonly properties = PropertiesService.getDocumentProperties();

  get(key: string): string | null {
    return withRetry(() => this.properties.getProperty(key));
  }

  set(key: string, value: string): void {
    withRetry(() => this.properties.setProperty(key, value));
  }
}

export class DocumentLock implements LockPort {
  withLock<T>(fn: () => T): T {
    const lock = LockService.getDocumentLock();
    try {
      withRetry(() => lock.waitLock(LOCK_WAIT_MS));
    } catch (error) {
      // Another run (a second secretary, the submit trigger) is working on this spreadsheet: normal
      // contention, said as such, not as a failure to report to the administrator.
      if (error instanceof Error && /^Lock timeout/i.test(error.message)) throw new ServiceUnavailable('locked', error.message);
      throw error;
    }
    try {
      const result = fn();
      // releaseLock does not flush: without this, the next holder could read before these writes (§3.1).
      withRetry(() => SpreadsheetApp.flush());
      return result;
    } finally {
      withRetry(() => lock.releaseLock());
    }
  }
}
