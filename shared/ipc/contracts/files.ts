import { z } from 'zod';
import { channel } from '../channel';

/**
 * Files on the user's machine. In Electron, main answers these itself (a save dialog, the file
 * manager); the backend's own answers serve the hosts without a GUI (the preview, the CLI).
 */
export const filesContract = {
  'files:chooseSavePath': channel(
    z.object({ defaultName: z.string().trim().min(1).max(200), extensions: z.array(z.string().regex(/^\w+$/)).min(1) }).strict(),
  ).returns<{ path: string | null }>(),
  'files:reveal': channel(z.object({ path: z.string().min(1).max(1000) }).strict()).returns<{ shown: boolean }>(),
};

/** Where an export goes: a path the user chose, or (no dialog available) the data folder's exports/. */
export const exportTargetSchema = z.string().min(1).max(1000).optional();
