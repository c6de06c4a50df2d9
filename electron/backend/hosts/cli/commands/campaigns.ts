import type { Command } from '../context';

/** `uniondesk campaigns …` (the campaigns domain). */
export const campaigns: Command = {
  options: {},
  run(cx) {
    throw cx.usageError('missingArgument', { command: 'campaigns', what: '…' });
  },
};
