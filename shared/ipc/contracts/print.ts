import { z } from 'zod';
import { channel } from '../channel';
import { fileTargetId } from './files';

/** A renderer print route such as "print/members?filter=…". */
export const printRouteSchema = z.string().regex(/^print\/[\w-]+(\?[^#\s]*)?$/).max(4000);

export const printContract = {
  /** Electron prints in a hidden window; hosts without one answer printed: false and the page prints itself. */
  'print:document': channel(
    z
      .object({
        route: printRouteSchema,
        mode: z.enum(['printer', 'pdf']),
        target: fileTargetId.optional(),
        /** Print at actual size on this paper (overlay on pre-printed blanks): no margins, no fit-to-page, page size from the route's CSS. */
        actualSize: z.object({ widthMm: z.number().min(10).max(2000), heightMm: z.number().min(10).max(2000) }).strict().optional(),
      })
      .strict(),
  ).returns<{ printed: boolean; file: string | null }>(),
};
