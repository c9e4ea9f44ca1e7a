import { createEmulator } from './index';

const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

function setup() {
  const emu = createEmulator({ latency: 'off', owner: 'owner@example.com', editors: ['a@example.com', 'b@example.com'] });
  return { emu, LockService: emu.globals.LockService };
}

describe('LockService', () => {
  test('while one execution holds the script lock, another’s tryLock waits its timeout and returns false', () => {
    const { emu, LockService } = setup();
    const a = emu.beginExecution({ user: 'a@example.com' });
    const b = emu.beginExecution({ user: 'b@example.com' });
    expect(emu.runAs(a, () => LockService.getScriptLock().tryLock(1000))).toBe(true);
    const before = emu.clock.now();
    expect(emu.runAs(b, () => LockService.getScriptLock().tryLock(5000))).toBe(false);
    expect(emu.clock.now() - before).toBe(5000);
    expect(emu.runAs(b, () => LockService.getScriptLock().hasLock())).toBe(false);
    expect(emu.runAs(a, () => LockService.getScriptLock().hasLock())).toBe(true);
  });

  test('waitLock throws the real message after waiting', () => {
    const { emu, LockService } = setup();
    const a = emu.beginExecution({ user: 'a@example.com' });
    emu.runAs(a, () => LockService.getScriptLock().waitLock(30000));
    const before = emu.clock.now();
    expect(() => emu.runAs('b@example.com', () => LockService.getScriptLock().waitLock(10000))).toThrow(LOCK_TIMEOUT);
    expect(emu.clock.now() - before).toBeGreaterThanOrEqual(10000);
    expect(emu.meter.byMethod['Lock.waitLock'].modeledMs).toBe(10000);
  });

  test('a lock is released when its execution ends, or by releaseLock', () => {
    const { emu, LockService } = setup();
    const a = emu.beginExecution({ user: 'a@example.com' });
    emu.runAs(a, () => LockService.getScriptLock().waitLock(1000));
    expect(emu.runAs('b@example.com', () => LockService.getScriptLock().tryLock(0))).toBe(false);
    emu.endExecution(a);
    expect(emu.runAs('b@example.com', () => LockService.getScriptLock().tryLock(0))).toBe(true);

    const c = emu.beginExecution({ user: 'a@example.com' });
    emu.runAs(c, () => {
      const lock = LockService.getScriptLock();
      lock.waitLock(1000);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
    });
    expect(emu.runAs('b@example.com', () => LockService.getScriptLock().tryLock(0))).toBe(true);
  });

  test('an execution that holds a lock can take it again; user locks do not exclude other users', () => {
    const { emu, LockService } = setup();
    const a = emu.beginExecution({ user: 'a@example.com' });
    emu.runAs(a, () => {
      expect(LockService.getScriptLock().tryLock(0)).toBe(true);
      expect(LockService.getScriptLock().tryLock(0)).toBe(true);
      expect(LockService.getUserLock().tryLock(0)).toBe(true);
    });
    expect(emu.runAs('b@example.com', () => LockService.getUserLock().tryLock(0))).toBe(true);
    expect(emu.runAs(emu.beginExecution({ user: 'a@example.com' }), () => LockService.getUserLock().tryLock(0))).toBe(false);
    expect(emu.runAs('b@example.com', () => LockService.getDocumentLock().tryLock(0))).toBe(true);
  });

  test('with a lock but no flush before release, the next execution reads stale data (research §3.1)', () => {
    const { emu, LockService } = setup();
    const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    const counter = sheet.getRange('A1');
    const bump = (flush: boolean) => {
      const lock = LockService.getScriptLock();
      lock.waitLock(10000);
      counter.setValue(Number(counter.getValue()) + 1);
      if (flush) emu.globals.SpreadsheetApp.flush();
      lock.releaseLock();
    };
    const a = emu.beginExecution({ user: 'a@example.com' });
    emu.runAs(a, () => bump(false));
    emu.runAs('b@example.com', () => bump(true));
    emu.endExecution(a);
    expect(emu.inspect.values('Sheet1', 'A1')).toEqual([[1]]);

    const c = emu.beginExecution({ user: 'a@example.com' });
    emu.runAs(c, () => bump(true));
    emu.runAs('b@example.com', () => bump(true));
    emu.endExecution(c);
    expect(emu.inspect.values('Sheet1', 'A1')).toEqual([[3]]);
  });
});
