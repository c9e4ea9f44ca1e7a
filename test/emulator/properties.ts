/** PropertiesService: script, document (per spreadsheet) and user (per user) stores of strings, with size limits. */
import { fail, MESSAGES } from './errors';
import type { Runtime } from './runtime';

/** 9 KB per value and 500 KB per store (quotas page, research §1.2); keys count towards the store. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export class PropertyStore {
  readonly map = new Map<string, string>();

  size(): number {
    let n = 0;
    for (const [k, v] of this.map) n += bytes(k) + bytes(v);
    return n;
  }

  /** Applies `changes` only if the store stays within its limits. */
  apply(changes: Array<[string, string]>, deleteOthers: boolean): void {
    for (const [, v] of changes) if (bytes(v) > PROPERTY_VALUE_LIMIT) fail(MESSAGES.propertyQuota);
    const next = new Map(deleteOthers ? [] : this.map);
    for (const [k, v] of changes) next.set(k, v);
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > PROPERTY_STORE_LIMIT) fail(MESSAGES.propertyQuota);
    this.map.clear();
    for (const [k, v] of next) this.map.set(k, v);
  }
}

type GasProperties = GoogleAppsScript.Properties.Properties;

type PropertiesApi = Pick<
  GasProperties,
  'getProperty' | 'setProperty' | 'setProperties' | 'getProperties' | 'getKeys' | 'deleteProperty' | 'deleteAllProperties'
>;

class PropertiesImpl implements PropertiesApi {
  constructor(
    private readonly rt: Runtime,
    private readonly store: PropertyStore,
  ) {}

  private self(): GasProperties {
    return this as unknown as GasProperties;
  }

  getProperty(key: string): string | null {
    this.rt.call('Properties.getProperty');
    return this.store.map.get(String(key)) ?? null;
  }

  setProperty(key: string, value: string): GasProperties {
    this.rt.call('Properties.setProperty');
    this.store.apply([[String(key), String(value)]], false);
    return this.self();
  }

  setProperties(properties: Record<string, string>, deleteAllOthers = false): GasProperties {
    this.rt.call('Properties.setProperties');
    this.store.apply(
      Object.entries(properties).map(([k, v]) => [k, String(v)]),
      deleteAllOthers,
    );
    return this.self();
  }

  /** A copy: changing it does not change the store. */
  getProperties(): Record<string, string> {
    this.rt.call('Properties.getProperties');
    return Object.fromEntries(this.store.map);
  }

  getKeys(): string[] {
    this.rt.call('Properties.getKeys');
    return [...this.store.map.keys()];
  }

  deleteProperty(key: string): GasProperties {
    this.rt.call('Properties.deleteProperty');
    this.store.map.delete(String(key));
    return this.self();
  }

  deleteAllProperties(): GasProperties {
    this.rt.call('Properties.deleteAllProperties');
    this.store.map.clear();
    return this.self();
  }
}

export class PropertyStores {
  readonly script = new PropertyStore();
  readonly document = new Map<string, PropertyStore>();
  readonly user = new Map<string, PropertyStore>();

  documentStore(spreadsheetId: string): PropertyStore {
    let s = this.document.get(spreadsheetId);
    if (!s) this.document.set(spreadsheetId, (s = new PropertyStore()));
    return s;
  }

  userStore(email: string): PropertyStore {
    let s = this.user.get(email);
    if (!s) this.user.set(email, (s = new PropertyStore()));
    return s;
  }
}

type ServiceApi = Pick<GoogleAppsScript.Properties.PropertiesService, 'getScriptProperties' | 'getDocumentProperties' | 'getUserProperties'>;

export class PropertiesServiceImpl implements ServiceApi {
  constructor(
    private readonly rt: Runtime,
    readonly stores: PropertyStores,
  ) {}

  getScriptProperties(): GasProperties {
    this.rt.call('PropertiesService.getScriptProperties');
    return new PropertiesImpl(this.rt, this.stores.script) as unknown as GasProperties;
  }

  /** The store of the document the script is bound to. */
  getDocumentProperties(): GasProperties {
    this.rt.call('PropertiesService.getDocumentProperties');
    return new PropertiesImpl(this.rt, this.stores.documentStore(this.rt.activeSpreadsheet.id)) as unknown as GasProperties;
  }

  /** The store of the user the code runs as (a trigger's creator, in a trigger). */
  getUserProperties(): GasProperties {
    this.rt.call('PropertiesService.getUserProperties');
    return new PropertiesImpl(this.rt, this.stores.userStore(this.rt.current().effectiveUser)) as unknown as GasProperties;
  }
}
