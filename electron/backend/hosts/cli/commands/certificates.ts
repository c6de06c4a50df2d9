import type { Command } from '../context';

/** `uniondesk certificates …` (the certificates domain). */
export const certificates: Command = {
  options: {},
  run(cx) {
    throw cx.usageError('missingArgument', { command: 'certificates', what: '…' });
  },
};
