import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readTaughtMappings, removeTaughtMapping, saveTaughtMapping } from '../../../lib/fields/taught-store';
import type { TaughtMapping } from '../../../lib/fields/taught.schema';

const phone: TaughtMapping = { host: 'portal.example', step: 'basic-info', selector: '#a', id: 'txtLXDH', name: 'ctl00$txtLXDH', key: 'basic.idNumber' };
const anonymous: TaughtMapping = { host: 'portal.example', step: 'basic-info', selector: 'table tr:nth-child(3) input', id: '', name: '', key: 'basic.mobile' };

describe('taught mappings in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('re-teaching a control replaces its mapping; 删除 forgets only that control', async () => {
    await saveTaughtMapping(phone);
    await saveTaughtMapping({ ...phone, key: 'basic.phone' });
    await saveTaughtMapping(anonymous);
    await saveTaughtMapping({ ...anonymous, selector: 'table tr:nth-child(4) input', key: 'basic.email' });
    expect((await readTaughtMappings()).map((m) => m.key)).toEqual(['basic.phone', 'basic.mobile', 'basic.email']);

    expect((await removeTaughtMapping(phone)).map((m) => m.key)).toEqual(['basic.mobile', 'basic.email']);
    // A control without id and name is told apart by its selector.
    expect((await removeTaughtMapping(anonymous)).map((m) => m.key)).toEqual(['basic.email']);
    // Another host's or step's mapping for the same id stays.
    await saveTaughtMapping({ ...phone, host: 'other.example' });
    await removeTaughtMapping({ ...phone, step: 'education' });
    expect((await readTaughtMappings()).map((m) => m.host)).toEqual(['portal.example', 'other.example']);
  });
});
