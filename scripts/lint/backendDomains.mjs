import path from 'node:path';

/** Backend folders every domain may import directly: no domain tables behind them. */
export const BACKEND_INFRASTRUCTURE = ['db', 'core', 'paths'];

const BACKEND = 'electron/backend';

/** The backend domain folder a repository-relative path lies in, with the rest of the path; null outside one. */
function backendDomainOf(repoPath) {
  const parts = repoPath.split('/');
  if (parts.slice(0, 2).join('/') !== BACKEND || parts.length < 4) return null;
  return { domain: parts[2], inner: parts.slice(3).join('/').replace(/\.ts$/, '') };
}

/**
 * A backend domain reaches another domain only through that domain's index.ts (its public surface).
 * The composition root (electron/backend/*.ts) wires every domain and is not a domain itself.
 */
export const domainSurfaceRule = {
  meta: { type: 'problem', schema: [], messages: { surface: "{{from}} may use {{to}} only through '{{to}}/index.ts' (its public surface), not '{{inner}}'." } },
  create(context) {
    const file = path.relative(context.cwd, context.filename).replaceAll('\\', '/');
    const here = backendDomainOf(file);
    if (!here || BACKEND_INFRASTRUCTURE.includes(here.domain)) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = backendDomainOf(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)));
      if (!target || target.domain === here.domain || BACKEND_INFRASTRUCTURE.includes(target.domain) || target.inner === 'index') return;
      context.report({ node: node.source, messageId: 'surface', data: { from: here.domain, to: target.domain, inner: target.inner } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export const backendDomainsPlugin = { rules: { 'domain-surface': domainSurfaceRule } };
