import { fontkit } from './fontkitModule';
import type { PDFDocument } from '@cantoo/pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/*
 * @cantoo/pdf-lib calls a subset's sync `encode()` when there is one (upstream fontkit 2), but
 * @pdf-lib/fontkit's `encode(stream)` needs a stream; hiding it makes pdf-lib take the
 * `encodeStream()` path. The subset's `loca` is also forced to the long format: the short one
 * halves offsets, which corrupts glyphs whose records have odd lengths (fontkit#191).
 */
interface SubsetLike {
  encode?: unknown;
  encodeStream(): { on(event: string, listener: () => void): unknown };
  loca?: unknown;
}

function patchSubset(subset: SubsetLike): SubsetLike {
  const proto = Object.getPrototypeOf(subset) as { encode: unknown; encodeStream: SubsetLike['encodeStream'] };
  let loca: unknown;
  Object.defineProperty(subset, 'loca', {
    configurable: true,
    get: () => loca,
    set: (value: { version?: number } | undefined) => {
      if (value && typeof value === 'object' && value.version == null) value.version = 1;
      loca = value;
    },
  });
  subset.encode = undefined;
  subset.encodeStream = function encodeStream(this: SubsetLike) {
    this.encode = proto.encode;
    const stream = proto.encodeStream.call(this);
    stream.on('end', () => {
      this.encode = undefined;
    });
    return stream;
  };
  return subset;
}

export const subsettingFontkit: Fontkit = {
  create(data: Uint8Array, postscriptName?: string) {
    const font = fontkit.create(data, postscriptName) as unknown as { createSubset(): SubsetLike };
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => patchSubset(createSubset());
    return font as unknown as ReturnType<Fontkit['create']>;
  },
};
