import { isChannel, type Channel } from '../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { validateInput } from '../../../shared/ipc/validate';
import { errorMessage } from '../../../shared/i18n/errors';
import { AppError, toErrorShape } from './appError';
import type { BackendContext } from './context';
import type { Handler, HandlerMap } from './handler';

/** Channels that must get through while a long job holds the queue. */
const UNQUEUED = new Set<Channel>(['jobs:cancel']);

/** The guard's own failure, if it fails now (the data folder is gone: that, not the handler's error, is the story). */
function guardFailure(guard: (ctx: BackendContext) => void, ctx: BackendContext): unknown {
  try {
    guard(ctx);
    return undefined;
  } catch (error) {
    return error;
  }
}

export type Invoke = (channel: string, input: unknown) => Promise<Result<unknown>>;

export interface Dispatcher {
  invoke: Invoke;
  /** Resolves when every call made so far has finished (before closing the database). */
  idle(): Promise<void>;
}

/**
 * Validates, runs and wraps every call. Calls run one at a time, so a long job that yields between
 * chunks of its transaction never has another request's statements run inside that transaction.
 */
export function createDispatcher(handlers: HandlerMap, context: () => BackendContext, guard: (ctx: BackendContext) => void = () => {}): Dispatcher {
  let queue: Promise<unknown> = Promise.resolve();

  const execute = async (channel: Channel, input: unknown): Promise<Result<unknown>> => {
    const ctx = context();
    const checked = validateInput(channel, input, ctx.locale);
    if (!checked.ok) {
      return fail({
        code: 'VALIDATION',
        message: errorMessage(ctx.locale, 'VALIDATION', { reason: checked.reason }),
        details: { issues: checked.issues },
      });
    }
    try {
      guard(ctx);
      const handler = handlers[channel] as Handler<Channel>;
      const value = await handler(ctx, checked.value);
      // Checked again before answering: a write into a database file that vanished meanwhile is lost, not saved.
      guard(ctx);
      return ok(value);
    } catch (error) {
      const cause = guardFailure(guard, ctx) ?? error;
      if (!(cause instanceof AppError)) console.error(`[backend] ${channel} failed:`, cause);
      return fail(toErrorShape(cause, context().locale, { path: ctx.dataDir }));
    }
  };

  const invoke: Invoke = (channel, input) => {
    if (!isChannel(channel)) {
      return Promise.resolve(fail(toErrorShape(new AppError('UNKNOWN_CHANNEL', { channel }), context().locale)));
    }
    if (UNQUEUED.has(channel)) return execute(channel, input);
    const result = queue.then(() => execute(channel, input));
    queue = result.catch(() => undefined);
    return result;
  };
  return { invoke, idle: () => queue.then(() => undefined) };
}
