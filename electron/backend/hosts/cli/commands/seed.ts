import type { Command } from '../context';

export const seed: Command = {
  options: { unions: { type: 'string' }, members: { type: 'string' }, year: { type: 'string' }, seed: { type: 'string' } },
  async run(cx) {
    const year = cx.integer('year', new Date().getFullYear());
    const unions = cx.integer('unions', 120);
    const members = cx.integer('members', 6_000);
    const settings = await cx.call('setup:start', { mode: 'demo', unions, members, year, seed: cx.integer('seed', 1) });
    const summary = await cx.call('organizations:summary', {});
    return {
      json: { office: settings['office.name'], year: settings['office.workingYear'], unions: summary.grassrootsTotal, members },
      text: cx.message('seedDone', { unions: summary.grassrootsTotal, members, year: settings['office.workingYear'] }),
    };
  },
};
