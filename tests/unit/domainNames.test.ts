import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { RENDERER_ROOT } from './sourceFiles';

const BACKEND_ROOT = join(__dirname, '../../electron/backend');
const CONTRACTS_ROOT = join(__dirname, '../../shared/ipc/contracts');

/** Renderer features with no backend domain of their own, and why. */
const RENDERER_ONLY: Record<string, string> = {
  desktop: "the window's own concerns: the error screen and the notice that the backend restarted",
};

const folders = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

/**
 * The names the contract gives its domains: its modules (shared/ipc/contracts/<domain>.ts) and its
 * channel prefixes (<domain>:…); a prefix may name one entity of a larger domain (awardKinds: in awards).
 */
function contractNames(): Set<string> {
  const modules = readdirSync(CONTRACTS_ROOT).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
  return new Set([...modules, ...CHANNELS.map((channel) => channel.split(':')[0]!)]);
}

/** What is wrong with the renderer's feature names, one line each. */
function featureNameProblems(features: string[], backend: string[], contract: Set<string>, rendererOnly: Record<string, string>): string[] {
  return features.flatMap((feature) => {
    if (feature in rendererOnly) return [];
    const problems: string[] = [];
    if (!backend.includes(feature)) problems.push(`renderer/src/features/${feature} has no backend domain electron/backend/${feature}`);
    if (!contract.has(feature)) problems.push(`renderer/src/features/${feature} has no contract module shared/ipc/contracts/${feature}.ts nor channels ${feature}:…`);
    return problems;
  });
}

describe('one name per domain across the renderer, the backend and the contract', () => {
  it('names each renderer feature as the backend and the contract name its domain', () => {
    expect(featureNameProblems(folders(join(RENDERER_ROOT, 'features')), folders(BACKEND_ROOT), contractNames(), RENDERER_ONLY)).toEqual([]);
  });

  it('finds a renderer feature named differently from its backend domain', () => {
    const contract = new Set(['organizations', 'unions', 'awards']);
    expect(featureNameProblems(['unions', 'awards', 'desktop'], ['organizations', 'awards'], contract, RENDERER_ONLY)).toEqual([
      'renderer/src/features/unions has no backend domain electron/backend/unions',
    ]);
    expect(featureNameProblems(['organizations'], ['organizations'], new Set(['unions']), {})).toEqual([
      'renderer/src/features/organizations has no contract module shared/ipc/contracts/organizations.ts nor channels organizations:…',
    ]);
  });

  it('declares as renderer-only only features that exist and truly have no backend domain', () => {
    const features = folders(join(RENDERER_ROOT, 'features'));
    const backend = folders(BACKEND_ROOT);
    for (const name of Object.keys(RENDERER_ONLY)) {
      expect(features).toContain(name);
      expect(backend).not.toContain(name);
    }
  });
});
