import type { Command } from '../context';

/** `uniondesk report …` (the reports domain). */
export const report: Command = {
  options: {},
  run(cx) {
    throw cx.usageError('missingArgument', { command: 'report', what: '…' });
  },
};
