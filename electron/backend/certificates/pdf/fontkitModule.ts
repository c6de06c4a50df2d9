import * as namespace from '@pdf-lib/fontkit';

type FontkitModule = typeof namespace;

/** @pdf-lib/fontkit is CommonJS (UMD): Node hands it over as the default export, bundlers as the namespace. */
export const fontkit: FontkitModule = (namespace as unknown as { default?: FontkitModule }).default ?? namespace;
