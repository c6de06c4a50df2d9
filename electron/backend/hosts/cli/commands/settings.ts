import { SETTING_KEYS, isSettingKey } from '../../../../../shared/settings/schema';
import type { Command } from '../context';

export const settings: Command = {
  async run(cx) {
    const [, action, key, value] = cx.positionals;
    if (action === 'get') {
      const all = await cx.call('settings:get', {});
      if (key === undefined) {
        return { json: all, text: Object.entries(all).map(([k, v]) => `${k} = ${String(v)}`).join('\n') };
      }
      if (!isSettingKey(key)) throw cx.usageError('unknownSetting', { key, keys: SETTING_KEYS.join(', ') });
      return { json: { [key]: all[key] }, text: String(all[key]) };
    }
    if (action === 'set') {
      if (key === undefined || value === undefined) {
        throw cx.usageError('missingArgument', { command: 'settings set', what: 'KEY VALUE' });
      }
      if (!isSettingKey(key)) throw cx.usageError('unknownSetting', { key, keys: SETTING_KEYS.join(', ') });
      const saved = await cx.call('settings:update', { [key]: value });
      return { json: { [key]: saved[key] }, text: cx.message('settingSaved', { key, value: saved[key] }) };
    }
    throw cx.usageError('missingArgument', { command: 'settings', what: 'get|set' });
  },
};
