import type { Command } from '../context';

/** `uniondesk awards …` (the awards domain). */
export const awards: Command = {
  options: {},
  run(cx) {
    throw cx.usageError('missingArgument', { command: 'awards', what: '…' });
  },
};
