import { createHash } from 'node:crypto';
import { createEmulator } from './index';

function setup() {
  const emu = createEmulator({ latency: 'off', owner: 'owner@example.com', editors: ['judge@example.com'] });
  return { emu, Utilities: emu.globals.Utilities, Session: emu.globals.Session };
}

describe('Utilities.formatDate', () => {
  const instant = new Date('2026-08-15T18:05:09.042Z'); // 01:05:09 on 16 August in Hồ Chí Minh City

  test('formats in Asia/Ho_Chi_Minh with Java SimpleDateFormat letters', () => {
    const { Utilities } = setup();
    const tz = 'Asia/Ho_Chi_Minh';
    expect(Utilities.formatDate(instant, tz, 'dd/MM/yyyy')).toBe('16/08/2026');
    expect(Utilities.formatDate(instant, tz, 'd/M/yy H:mm:ss.SSS')).toBe('16/8/26 1:05:09.042');
    expect(Utilities.formatDate(instant, tz, "'ngày' dd 'tháng' MM 'năm' yyyy")).toBe('ngày 16 tháng 08 năm 2026');
    expect(Utilities.formatDate(instant, tz, 'EEE, MMM d, yyyy hh:mm a Z')).toBe('Sun, Aug 16, 2026 01:05 AM +0700');
    expect(Utilities.formatDate(instant, tz, "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-08-16T01:05:09+07:00');
  });

  test('the same instant in another zone, and an unknown zone falling back to GMT', () => {
    const { Utilities } = setup();
    expect(Utilities.formatDate(instant, 'UTC', 'yyyy-MM-dd HH:mm')).toBe('2026-08-15 18:05');
    expect(Utilities.formatDate(instant, 'America/New_York', 'yyyy-MM-dd HH:mm')).toBe('2026-08-15 14:05');
    expect(Utilities.formatDate(instant, 'Not/AZone', 'HH:mm')).toBe('18:05');
  });

  test('an unknown pattern letter throws', () => {
    const { Utilities } = setup();
    expect(() => Utilities.formatDate(instant, 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });
});

describe('Utilities digests and encodings', () => {
  test('computeDigest returns signed bytes, like Java', () => {
    const { Utilities } = setup();
    const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'Sáng kiến CCHC');
    const expected = [...createHash('sha256').update('Sáng kiến CCHC', 'utf8').digest()].map((b) => (b > 127 ? b - 256 : b));
    expect(bytes).toEqual(expected);
    expect(bytes.some((b) => b < 0)).toBe(true);
    expect(bytes.every((b) => b >= -128 && b <= 127)).toBe(true);
    const md5 = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc', Utilities.Charset.US_ASCII);
    expect(md5.map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('')).toBe('900150983cd24fb0d6963f7d28e17f72');
  });

  test('base64 round trip of UTF-8 text; decode gives signed bytes', () => {
    const { Utilities } = setup();
    const encoded = Utilities.base64Encode('Đồng ý');
    expect(encoded).toBe(Buffer.from('Đồng ý', 'utf8').toString('base64'));
    const decoded = Utilities.base64Decode(encoded);
    expect(Buffer.from(decoded.map((b) => b & 0xff)).toString('utf8')).toBe('Đồng ý');
    expect(decoded[0]).toBeLessThan(0);
    expect(Utilities.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
  });

  test('getUuid, formatString, and sleep on the virtual clock', () => {
    const { emu, Utilities } = setup();
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Utilities.formatString('%s có %d bài, điểm %.2f (100%%)', 'Xã A', 3.9, 8.456)).toBe('Xã A có 3 bài, điểm 8.46 (100%)');
    const t0 = emu.clock.now();
    const wall = Date.now();
    Utilities.sleep(60000);
    expect(emu.clock.now() - t0).toBe(60000);
    expect(Date.now() - wall).toBeLessThan(1000);
  });
});

describe('Session', () => {
  test('reports the active and effective user of the execution, the script time zone and the user locale', () => {
    const { emu, Session } = setup();
    expect(Session.getActiveUser().getEmail()).toBe('owner@example.com');
    expect(Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(Session.getActiveUserLocale()).toBe('vi');
    emu.runAs({ user: 'judge@example.com', locale: 'en' }, () => {
      expect(Session.getActiveUser().getEmail()).toBe('judge@example.com');
      expect(Session.getEffectiveUser().getEmail()).toBe('judge@example.com');
      expect(Session.getActiveUserLocale()).toBe('en');
    });
    const ownerKey = Session.getTemporaryActiveUserKey();
    expect(ownerKey).toBe(Session.getTemporaryActiveUserKey());
    expect(emu.runAs('judge@example.com', () => Session.getTemporaryActiveUserKey())).not.toBe(ownerKey);
  });
});

describe('Logger and console', () => {
  test('are recorded with the virtual time', () => {
    const { emu } = setup();
    emu.globals.Logger.log('Đã xử lý %s bài', 12);
    emu.globals.console.warn('chú ý', { n: 1 });
    expect(emu.globals.Logger.getLog()).toBe('Đã xử lý 12 bài');
    expect(emu.logs.map((l) => [l.level, l.message])).toEqual([
      ['log', 'Đã xử lý 12 bài'],
      ['warn', 'chú ý {"n":1}'],
    ]);
  });
});
