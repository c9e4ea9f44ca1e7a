import fc from 'fast-check';
import { createEmulator, LATENCY, MAIL_MESSAGES } from './index';

const OWNER = 'thuky@so.gov.vn';
const HOUR = 3600_000;

function setup(options: { mailQuota?: number; latency?: 'model' | 'off' } = {}) {
  const emu = createEmulator({
    latency: options.latency ?? 'off',
    owner: OWNER,
    mailQuota: options.mailQuota,
    startTime: new Date('2026-07-01T08:00:00+07:00'),
  });
  return { emu, MailApp: emu.globals.MailApp };
}

/** `n` distinct addresses. */
function people(n: number, domain = 'xa-a.gov.vn'): string[] {
  return Array.from({ length: n }, (_, i) => `tacgia${i + 1}@${domain}`);
}

describe('MailApp.sendEmail', () => {
  test('every form of the call lands in the outbox with what was sent, from the user the code runs as', () => {
    const { emu, MailApp } = setup();
    MailApp.sendEmail('an@xa-a.gov.vn', 'Đã nhận bài', 'Cảm ơn anh/chị.');
    MailApp.sendEmail('binh@xa-b.gov.vn', 'Đã nhận bài', 'Cảm ơn.', { htmlBody: '<b>Cảm ơn.</b>', name: 'Hội đồng', cc: 'thuky@so.gov.vn' });
    MailApp.sendEmail({ to: 'chi@xa-c.gov.vn', subject: 'Kết quả', body: 'Đạt giải Ba', replyTo: 'hoidong@so.gov.vn', noReply: true });
    emu.runAs('gk1@so.gov.vn', () => MailApp.sendEmail('dung@xa-d.gov.vn', 'thuky@so.gov.vn', 'Nhắc chấm', 'Còn 3 bài'));
    expect(emu.mail.sent.map(({ at, ...m }) => [at.toISOString(), m])).toEqual([
      ['2026-07-01T01:00:00.000Z', { from: OWNER, to: 'an@xa-a.gov.vn', cc: '', bcc: '', subject: 'Đã nhận bài', body: 'Cảm ơn anh/chị.', noReply: false, attachments: 0 }],
      [
        '2026-07-01T01:00:00.000Z',
        {
          from: OWNER, to: 'binh@xa-b.gov.vn', cc: 'thuky@so.gov.vn', bcc: '', subject: 'Đã nhận bài', body: 'Cảm ơn.',
          htmlBody: '<b>Cảm ơn.</b>', name: 'Hội đồng', noReply: false, attachments: 0,
        },
      ],
      [
        '2026-07-01T01:00:00.000Z',
        { from: OWNER, to: 'chi@xa-c.gov.vn', cc: '', bcc: '', subject: 'Kết quả', body: 'Đạt giải Ba', replyTo: 'hoidong@so.gov.vn', noReply: true, attachments: 0 },
      ],
      [
        '2026-07-01T01:00:00.000Z',
        { from: 'gk1@so.gov.vn', to: 'dung@xa-d.gov.vn', cc: '', bcc: '', subject: 'Nhắc chấm', body: 'Còn 3 bài', replyTo: 'thuky@so.gov.vn', noReply: false, attachments: 0 },
      ],
    ]);
  });

  test('the daily quota counts recipients (To, Cc and Bcc) and getRemainingDailyQuota reports what is left', () => {
    const { emu, MailApp } = setup();
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    MailApp.sendEmail({ to: 'a@x.vn, b@x.vn', cc: 'c@x.vn', bcc: 'Thư ký <d@x.vn>', subject: 's', body: 'b' });
    expect(MailApp.getRemainingDailyQuota()).toBe(96);
    expect(emu.mail.remaining()).toBe(96);
  });

  test('over quota: the real error, nothing is sent, and a message that does not fit is refused whole', () => {
    const { emu, MailApp } = setup({ mailQuota: 5 });
    MailApp.sendEmail({ to: people(3).join(','), subject: 's', body: 'b' });
    expect(() => MailApp.sendEmail({ to: people(3, 'xa-b.gov.vn').join(','), subject: 's', body: 'b' })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    MailApp.sendEmail(people(2, 'xa-c.gov.vn').join(', '), 's', 'b');
    expect(() => MailApp.sendEmail('z@x.vn', 's', 'b')).toThrow(MAIL_MESSAGES.dailyQuota);
    expect(emu.mail.sent).toHaveLength(2);
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
  });

  test('each user has their own quota; it resets 24 hours after that user\'s first send (§1.1)', () => {
    const { emu, MailApp } = setup({ mailQuota: 2 });
    MailApp.sendEmail('a@x.vn', 's', 'b');
    emu.clock.advance(20 * HOUR);
    MailApp.sendEmail('b@x.vn', 's', 'b');
    expect(emu.runAs('gk1@so.gov.vn', () => MailApp.getRemainingDailyQuota())).toBe(2);
    emu.clock.advance(3 * HOUR);
    expect(() => MailApp.sendEmail('c@x.vn', 's', 'b')).toThrow(MAIL_MESSAGES.dailyQuota);
    emu.clock.advance(HOUR);
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
    MailApp.sendEmail('c@x.vn', 's', 'b');
    expect(emu.mail.remaining(OWNER)).toBe(1);
  });

  test('property: a send goes through exactly when the remaining quota covers its recipients; a quiet day restores it', () => {
    const step = fc.record({ recipients: fc.integer({ min: 1, max: 6 }), hoursLater: fc.integer({ min: 0, max: 30 }) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const { emu, MailApp } = setup({ mailQuota: 10 });
        let quietSince = emu.clock.now();
        for (const { recipients, hoursLater } of steps) {
          emu.clock.advance(hoursLater * HOUR);
          const remaining = MailApp.getRemainingDailyQuota();
          expect(remaining).toBeGreaterThanOrEqual(0);
          if (emu.clock.now() - quietSince >= 24 * HOUR) expect(remaining).toBe(10);
          const sent = emu.mail.sent.length;
          const ok = (() => {
            try {
              MailApp.sendEmail(people(recipients).join(','), 's', 'b');
              return true;
            } catch {
              return false;
            }
          })();
          expect(ok).toBe(remaining >= recipients);
          expect(emu.mail.sent.length).toBe(sent + (ok ? 1 : 0));
          expect(MailApp.getRemainingDailyQuota()).toBe(ok ? remaining - recipients : remaining);
          if (ok) quietSince = emu.clock.now();
        }
      }),
      { numRuns: 60 },
    );
  });

  test('bad recipients fail before anything counts', () => {
    const { emu, MailApp } = setup();
    expect(() => MailApp.sendEmail('', 's', 'b')).toThrow(MAIL_MESSAGES.noRecipient);
    expect(() => MailApp.sendEmail('an@xa-a.gov.vn, not-an-address', 's', 'b')).toThrow(MAIL_MESSAGES.invalidEmail('not-an-address'));
    expect(() => MailApp.sendEmail({ to: people(30).join(','), bcc: people(21, 'xa-b.gov.vn').join(','), subject: 's', body: 'b' })).toThrow(
      'Limit exceeded: Email Recipients Per Message.',
    );
    expect([emu.mail.sent.length, emu.mail.remaining()]).toEqual([0, 100]);
  });

  test('a simple trigger (LIMITED) may not send mail', () => {
    const { emu, MailApp } = setup();
    expect(() => emu.runAs({ kind: 'simpleTrigger', authMode: 'LIMITED' }, () => MailApp.sendEmail('a@x.vn', 's', 'b'))).toThrow(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(emu.mail.sent).toHaveLength(0);
  });

  test('each call is metered with its modeled latency and first commits pending spreadsheet writes', () => {
    const { emu, MailApp } = setup({ latency: 'model' });
    emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('đã gửi');
    emu.meter.reset();
    MailApp.sendEmail('a@x.vn', 's', 'b');
    MailApp.getRemainingDailyQuota();
    expect(emu.meter.snapshot().byMethod).toEqual({
      'MailApp.sendEmail': { calls: 1, modeledMs: LATENCY.flush.ms + LATENCY.flush.perCellMs + LATENCY.mailSend.ms },
      'MailApp.getRemainingDailyQuota': { calls: 1, modeledMs: LATENCY.mailQuotaRead.ms },
    });
    expect(emu.inspect.values('Sheet1', 'A1')).toEqual([['đã gửi']]);
  });
});
