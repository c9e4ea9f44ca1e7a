/**
 * LockService with mutual exclusion between emulated executions. A lock belongs to the execution
 * that acquired it (every Lock object of that execution sees it as held) until releaseLock() or
 * the end of the execution. Waiting for a lock held by another execution moves the virtual clock
 * by the whole timeout, since that execution cannot finish while the caller waits.
 */
import { fail, MESSAGES } from './errors';
import type { Runtime } from './runtime';

type GasLock = GoogleAppsScript.Lock.Lock;

class LockImpl implements Pick<GasLock, 'tryLock' | 'waitLock' | 'hasLock' | 'releaseLock'> {
  constructor(
    private readonly rt: Runtime,
    private readonly key: string,
  ) {}

  private acquire(method: string, timeoutInMillis: number): boolean {
    const exec = this.rt.current();
    const holder = this.rt.locks.get(this.key);
    if (!holder || holder === exec || holder.ended) {
      this.rt.locks.set(this.key, exec);
      exec.heldLocks.add(this.key);
      return true;
    }
    this.rt.wait(method, Math.max(0, Number(timeoutInMillis) || 0));
    return false;
  }

  tryLock(timeoutInMillis: number): boolean {
    this.rt.call('Lock.tryLock');
    return this.acquire('Lock.tryLock', timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    this.rt.call('Lock.waitLock');
    if (!this.acquire('Lock.waitLock', timeoutInMillis)) fail(MESSAGES.lockTimeout);
  }

  hasLock(): boolean {
    this.rt.call('Lock.hasLock');
    return this.rt.locks.get(this.key) === this.rt.current();
  }

  releaseLock(): void {
    this.rt.call('Lock.releaseLock');
    const exec = this.rt.current();
    if (this.rt.locks.get(this.key) !== exec) return;
    this.rt.locks.delete(this.key);
    exec.heldLocks.delete(this.key);
  }
}

type ServiceApi = Pick<GoogleAppsScript.Lock.LockService, 'getScriptLock' | 'getDocumentLock' | 'getUserLock'>;

export class LockServiceImpl implements ServiceApi {
  constructor(private readonly rt: Runtime) {}

  /** One lock for every user of the script. */
  getScriptLock(): GasLock {
    this.rt.call('LockService.getScriptLock');
    return new LockImpl(this.rt, 'script') as unknown as GasLock;
  }

  /** One lock per document the script is bound to. */
  getDocumentLock(): GasLock {
    this.rt.call('LockService.getDocumentLock');
    return new LockImpl(this.rt, `document:${this.rt.activeSpreadsheet.id}`) as unknown as GasLock;
  }

  /** One lock per user the code runs as. */
  getUserLock(): GasLock {
    this.rt.call('LockService.getUserLock');
    return new LockImpl(this.rt, `user:${this.rt.current().effectiveUser}`) as unknown as GasLock;
  }
}
