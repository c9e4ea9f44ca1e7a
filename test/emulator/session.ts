/** Session: who runs the current execution. */
import { createHash } from 'node:crypto';
import type { Runtime } from './runtime';

type UserApi = Pick<GoogleAppsScript.Base.User, 'getEmail'>;

export class UserImpl implements UserApi {
  constructor(
    private readonly rt: Runtime,
    private readonly email: string,
  ) {}

  getEmail(): string {
    this.rt.call('User.getEmail');
    return this.email;
  }
}

type SessionApi = Pick<
  GoogleAppsScript.Base.Session,
  'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'
>;

export class SessionImpl implements SessionApi {
  constructor(private readonly rt: Runtime) {}

  getActiveUser(): GoogleAppsScript.Base.User {
    this.rt.call('Session.getActiveUser');
    return new UserImpl(this.rt, this.rt.current().activeUser) as unknown as GoogleAppsScript.Base.User;
  }

  getEffectiveUser(): GoogleAppsScript.Base.User {
    this.rt.call('Session.getEffectiveUser');
    return new UserImpl(this.rt, this.rt.current().effectiveUser) as unknown as GoogleAppsScript.Base.User;
  }

  getScriptTimeZone(): string {
    this.rt.call('Session.getScriptTimeZone');
    return this.rt.options.timeZone;
  }

  getActiveUserLocale(): string {
    this.rt.call('Session.getActiveUserLocale');
    return this.rt.current().locale;
  }

  /** Stable per user and script, opaque, like the real key. */
  getTemporaryActiveUserKey(): string {
    this.rt.call('Session.getTemporaryActiveUserKey');
    return createHash('sha256').update(`emu-script:${this.rt.current().activeUser}`).digest('base64').slice(0, 43);
  }
}
