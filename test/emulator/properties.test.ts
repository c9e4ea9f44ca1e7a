import { createEmulator, MESSAGES } from './index';

function setup() {
  const emu = createEmulator({ latency: 'off', owner: 'owner@example.com', editors: ['judge@example.com'] });
  return { emu, PropertiesService: emu.globals.PropertiesService };
}

describe('PropertiesService', () => {
  test('an absent key reads as null; values are stored as strings', () => {
    const { PropertiesService } = setup();
    const props = PropertiesService.getScriptProperties();
    expect(props.getProperty('contest')).toBeNull();
    props.setProperty('round', 2 as unknown as string).setProperty('open', true as unknown as string);
    expect(props.getProperty('round')).toBe('2');
    expect(props.getProperty('open')).toBe('true');
    expect(props.getKeys().sort()).toEqual(['open', 'round']);
  });

  test('script, document and user stores are separate; the user store belongs to the user running', () => {
    const { emu, PropertiesService } = setup();
    PropertiesService.getScriptProperties().setProperty('k', 'script');
    PropertiesService.getDocumentProperties().setProperty('k', 'document');
    PropertiesService.getUserProperties().setProperty('k', 'owner');
    emu.runAs('judge@example.com', () => PropertiesService.getUserProperties().setProperty('k', 'judge'));
    expect(PropertiesService.getScriptProperties().getProperty('k')).toBe('script');
    expect(PropertiesService.getDocumentProperties().getProperty('k')).toBe('document');
    expect(PropertiesService.getUserProperties().getProperty('k')).toBe('owner');
    expect(emu.runAs('judge@example.com', () => PropertiesService.getUserProperties().getProperty('k'))).toBe('judge');
  });

  test('setProperties merges, or replaces everything with deleteAllOthers; getProperties is a copy', () => {
    const { PropertiesService } = setup();
    const props = PropertiesService.getDocumentProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' });
    expect(props.getProperties()).toEqual({ a: '1', b: '2', c: '3' });
    props.setProperties({ d: '4' }, true);
    const copy = props.getProperties();
    copy.d = 'changed';
    expect(props.getProperties()).toEqual({ d: '4' });
    props.deleteProperty('d');
    expect(props.getProperty('d')).toBeNull();
    props.setProperty('x', 'y').deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  test('a value over 9 KB is refused and nothing is stored', () => {
    const { PropertiesService } = setup();
    const props = PropertiesService.getScriptProperties();
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(MESSAGES.propertyQuota);
    expect(props.getProperty('big')).toBeNull();
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    // Vietnamese text counts in UTF-8 bytes: 'ệ' is 3 bytes.
    expect(() => props.setProperty('vi', 'ệ'.repeat(3100))).toThrow(MESSAGES.propertyQuota);
  });

  test('a store over 500 KB is refused with the real message; overwriting counts the new size only', () => {
    const { PropertiesService } = setup();
    const props = PropertiesService.getScriptProperties();
    let n = 0;
    expect(() => {
      for (;;) props.setProperty(`k${n++}`, 'y'.repeat(9000));
    }).toThrow('You have exceeded the property storage quota. Please remove some properties and try again.');
    expect(n).toBeGreaterThan(50);
    expect(n).toBeLessThan(60);
    expect(props.getProperty(`k${n - 1}`)).toBeNull();
    props.setProperty('k0', 'small');
    expect(props.getProperty('k0')).toBe('small');
    expect(() => props.setProperties({ a: 'y'.repeat(9000), b: 'y'.repeat(9000) })).toThrow(MESSAGES.propertyQuota);
    expect(props.getProperty('a')).toBeNull();
  });
});
