import type { Command } from '../context';

export const seed: Command = {
  options: { unions: { type: 'string' }, year: { type: 'string' }, seed: { type: 'string' } },
  async run(cx) {
    const year = cx.integer('year', new Date().getFullYear());
    const unions = cx.integer('unions', 120);
    const settings = await cx.call('setup:start', { mode: 'demo', unions, year, seed: cx.integer('seed', 1) });
    const summary = await cx.call('organizations:summary', {});
    return {
      json: { office: settings['office.name'], year: settings['office.workingYear'], unions: summary.grassrootsTotal },
      text: cx.message('seedDone', { unions: summary.grassrootsTotal, year: settings['office.workingYear'] }),
    };
  },
};
