import type { Channel, Input, Output } from '@shared/ipc/contract';
import type { AppErrorShape } from '@shared/ipc/result';
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

export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await current().call(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as Output<C>;
}

export function onEvent<E extends EventName>(name: E, callback: (payload: EventMap[E]) => void): () => void {
  return current().on(name, callback);
}

export function newJobId(): string {
  return `job-${crypto.randomUUID()}`;
}
