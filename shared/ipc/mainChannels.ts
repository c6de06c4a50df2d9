import type { Channel, Output, ParsedInput } from './contract';

/**
 * The contract channels the desktop main process answers itself, because they need a window: the
 * save and open dialogs, the file manager, printing and the report's PDF. Every other channel goes on to the
 * backend worker (and these too in the hosts without a window: the preview, the CLI).
 */
export const MAIN_CHANNELS = ['files:chooseSavePath', 'files:chooseOpenFile', 'files:reveal', 'print:document', 'reports:export'] as const satisfies readonly Channel[];

export type MainChannel = (typeof MAIN_CHANNELS)[number];

export const isMainChannel = (channel: Channel): channel is MainChannel => (MAIN_CHANNELS as readonly Channel[]).includes(channel);

/** What a main handler answers when it leaves the call to the backend worker after all (a report exported as .docx). */
export const TO_BACKEND = Symbol('to the backend worker');

/** One handler per main channel, with the channel's own (validated) input and output types. */
export type MainHandlers = { [C in MainChannel]: (input: ParsedInput<C>) => Promise<Output<C> | typeof TO_BACKEND> };
