/**
 * MailApp: sends nothing, records every message in an outbox (`emu.mail.sent`), and enforces the
 * daily recipient quota and the per-message recipient limit. Research §1.1: quotas are per user
 * and "reset 24 hours after the first request"; §5.3: the quota counts recipients (To, Cc, Bcc).
 */
import { fail } from './errors';
import { type Runtime, SCOPES } from './runtime';

type MailParameters = GoogleAppsScript.Mail.MailAdvancedParameters;

export const MAIL_MESSAGES = {
  /**
   * Over the daily quota. §1.3 gives the pattern `Service invoked too many times: <Service>.`;
   * for e-mail, logs and practitioners' code quote this longer form.
   */
  dailyQuota: 'Service invoked too many times for one day: email.',
  /** §1.3 pattern `Limit exceeded: <Feature>.` with the feature named in §1.2. */
  recipientsPerMessage: 'Limit exceeded: Email Recipients Per Message.',
  /** As practitioners' code quotes them. */
  noRecipient: 'Failed to send email: no recipient',
  invalidEmail: (address: string) => `Invalid email: ${address}`,
} as const;

/** Research §1.1, consumer accounts (Google Workspace: 1,500). */
export const DEFAULT_MAIL_QUOTA = 100;
/** Research §1.2. */
export const RECIPIENTS_PER_MESSAGE = 50;

const DAY = 24 * 3600 * 1000;

export interface SentMail {
  /** The user the code ran as: MailApp sends from the effective user. */
  from: string;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply: boolean;
  attachments: number;
  /** Virtual time of sending. */
  at: Date;
}

/** Recipients counted per user in a 24-hour window that starts with the user's first counted send. */
export class MailQuota {
  private readonly windows = new Map<string, { start: number; used: number }>();

  constructor(readonly daily: number) {}

  private window(user: string, now: number): { start: number; used: number } | undefined {
    const w = this.windows.get(user);
    return w && now - w.start < DAY ? w : undefined;
  }

  remaining(user: string, now: number): number {
    return this.daily - (this.window(user, now)?.used ?? 0);
  }

  consume(user: string, recipients: number, now: number): void {
    const w = this.window(user, now) ?? { start: now, used: 0 };
    w.used += recipients;
    this.windows.set(user, w);
  }
}

export class Outbox {
  readonly sent: SentMail[] = [];

  constructor(readonly quota: MailQuota) {}
}

/** Comma-separated addresses; `Name <addr>` counts as addr. */
function addresses(list: string | undefined): string[] {
  return String(list ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '')
    .map((a) => /<([^>]*)>\s*$/.exec(a)?.[1].trim() ?? a);
}

const ADDRESS = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

type MailAppApi = Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>;

export class MailAppImpl implements MailAppApi {
  constructor(
    private readonly rt: Runtime,
    private readonly outbox: Outbox,
  ) {}

  /** Recipients the current effective user may still send to today. */
  getRemainingDailyQuota(): number {
    this.rt.call('MailApp.getRemainingDailyQuota');
    this.rt.requireFullAuth('MailApp.getRemainingDailyQuota', SCOPES.sendMail);
    return this.outbox.quota.remaining(this.rt.current().effectiveUser, this.rt.clock.now());
  }

  /** `(message)`, `(recipient, subject, body, options?)` or `(to, replyTo, subject, body)`. */
  sendEmail(a: string | MailParameters, b?: string, c?: string, d?: string | MailParameters): void {
    this.rt.call('MailApp.sendEmail');
    this.rt.requireFullAuth('MailApp.sendEmail', SCOPES.sendMail);
    const m: MailParameters =
      typeof a === 'object' && a !== null
        ? { ...a }
        : typeof d === 'string'
          ? { to: a, replyTo: b, subject: c, body: d }
          : { ...d, to: a, subject: b, body: c };
    const recipients = [...addresses(m.to), ...addresses(m.cc), ...addresses(m.bcc)];
    if (!recipients.length) fail(MAIL_MESSAGES.noRecipient);
    const bad = recipients.find((r) => !ADDRESS.test(r));
    if (bad !== undefined) fail(MAIL_MESSAGES.invalidEmail(bad));
    if (recipients.length > RECIPIENTS_PER_MESSAGE) fail(MAIL_MESSAGES.recipientsPerMessage);
    const user = this.rt.current().effectiveUser;
    const now = this.rt.clock.now();
    if (this.outbox.quota.remaining(user, now) < recipients.length) fail(MAIL_MESSAGES.dailyQuota);
    this.outbox.quota.consume(user, recipients.length, now);
    this.outbox.sent.push({
      from: user,
      to: String(m.to ?? ''),
      cc: String(m.cc ?? ''),
      bcc: String(m.bcc ?? ''),
      subject: String(m.subject ?? ''),
      body: String(m.body ?? ''),
      ...(m.htmlBody === undefined ? {} : { htmlBody: String(m.htmlBody) }),
      ...(m.name === undefined ? {} : { name: String(m.name) }),
      ...(m.replyTo === undefined ? {} : { replyTo: String(m.replyTo) }),
      noReply: Boolean(m.noReply),
      attachments: m.attachments?.length ?? 0,
      at: new Date(now),
    });
  }
}
