import type { Channel, Input, Output } from '@shared/ipc/contract';
import type { AppErrorShape, Result } from '@shared/ipc/result';
import type { EventMap, EventName } from '@shared/ipc/events';
import { pickTransport, type Transport } from './transport';

/** A failed call; `message` is already in the user's language. */
export class ApiError extends Error {
  constructor(readonly shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
  }
  get code() {
    return this.shape.code;
  }
}

let transport: Transport | undefined;
const current = () => (transport ??= pickTransport());

/** For tests: talk to a fake backend. */
export function setTransport(next: Transport): void {
  transport = next;
}

/** Answers asked before the code that needs them had loaded, each handed to the first same call. */
const early = new Map<string, Promise<Result<unknown>>>();
let forgetsOnNavigation = false;
const callKey = (channel: string, input: unknown) => `${channel} ${JSON.stringify(input)}`;

/**
 * Asks a read now (while the window's code loads), for the first `call` of the same channel and
 * input to take. What the screen did not take is forgotten when the window goes to another one: a
 * later screen never gets an old answer.
 */
export function askEarly<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
  if (!forgetsOnNavigation) window.addEventListener('hashchange', () => early.clear());
  forgetsOnNavigation = true;
  const answer = current().call(channel, input);
  early.set(callKey(channel, input), answer);
  return answer as Promise<Result<Output<C>>>;
}

function takeEarly(channel: string, input: unknown): Promise<Result<unknown>> | undefined {
  const key = callKey(channel, input);
  const answer = early.get(key);
  early.delete(key);
  return answer;
}

export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await (takeEarly(channel, input) ?? current().call(channel, input));
  if (!result.ok) throw new ApiError(result.error);
  return result.value as Output<C>;
}

export function onEvent<E extends EventName>(name: E, callback: (payload: EventMap[E]) => void): () => void {
  return current().on(name, callback);
}

export function newJobId(): string {
  return `job-${crypto.randomUUID()}`;
}
