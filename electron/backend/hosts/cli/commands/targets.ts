import type { Command } from '../context';

/** `uniondesk targets …` (the statistics domain). */
export const targets: Command = {
  options: {},
  run(cx) {
    throw cx.usageError('missingArgument', { command: 'targets', what: '…' });
  },
};
