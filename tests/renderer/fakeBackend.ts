import { contract, isChannel, type Channel, type Input, type Output } from '../../shared/ipc/contract';
import type { AppErrorShape } from '../../shared/ipc/result';
import { setTransport } from '../../renderer/src/api/client';
import { initI18n } from '../../renderer/src/i18n';

/** A fake backend behind the real api client, and the Vietnamese catalogue, for component tests. */
export async function setupI18n() {
  const i18n = await initI18n('vi');
  if (i18n.language !== 'vi') await i18n.changeLanguage('vi');
  return i18n;
}

type Handler<C extends Channel> = (input: Input<C>) => Output<C> | Promise<Output<C>>;
export type Handlers = { [C in Channel]?: Handler<C> };

/** Thrown by a fake handler: the client turns it into an ApiError with this shape. */
export class BackendError extends Error {
  constructor(readonly shape: AppErrorShape) {
    super(shape.message);
  }
}

export interface FakeBackend {
  calls: { channel: string; input: unknown }[];
  inputsOf<C extends Channel>(channel: C): Input<C>[];
}

/** Calls the real backend would refuse, kept until the test ends (tests/renderer/setup.ts fails it). */
export const contractViolations: string[] = [];

/** A call the real backend would refuse is a bug of the screen (or of the test): it fails the test. */
function checkAgainstContract(channel: string, input: unknown): void {
  let violation: string | null = null;
  if (!isChannel(channel)) violation = `${channel} is not a channel of the contract`;
  else {
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`);
      violation = `${channel} called with an input the contract refuses: ${issues.join('; ')}`;
    }
  }
  if (violation === null) return;
  contractViolations.push(violation);
  throw new Error(`test backend: ${violation}`);
}

/** Serve `handlers` through the real client, each call checked against the contract; an unknown channel fails loudly. */
export function fakeBackend(handlers: Handlers): FakeBackend {
  const calls: FakeBackend['calls'] = [];
  setTransport({
    kind: 'preview',
    async call(channel, input) {
      calls.push({ channel, input: structuredClone(input) });
      checkAgainstContract(channel, input);
      const handler = (handlers as Record<string, ((input: unknown) => unknown) | undefined>)[channel];
      if (!handler) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `test backend: no ${channel}` } };
      try {
        return { ok: true, value: await handler(input) };
      } catch (error) {
        if (error instanceof BackendError) return { ok: false, error: error.shape };
        throw error;
      }
    },
    on: () => () => undefined,
  });
  return {
    calls,
    inputsOf: <C extends Channel>(channel: C) => calls.filter((c) => c.channel === channel).map((c) => c.input as Input<C>),
  };
}
