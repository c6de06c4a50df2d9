import { z } from 'zod';
import { channel } from '../channel';

/** The id of a file the user chose: "file-" and 24 random characters, never a path. */
export const fileTargetId = z.string().regex(/^file-[A-Za-z0-9_-]{24}$/);

/**
 * Files on the user's machine. In Electron, main answers these itself (a save dialog, the file
 * manager); the backend's own answers serve the hosts without a GUI (the preview, the CLI).
 */
export const filesContract = {
  'files:chooseSavePath': channel(
    z.object({ defaultName: z.string().trim().min(1).max(200), extensions: z.array(z.string().regex(/^\w+$/)).min(1) }).strict(),
  ).returns<{ target: string | null; name: string | null }>(),
  /** Shows a written file in its folder: one the user chose (by its id) or one of the data folder's exports/ (by its bare name). */
  'files:reveal': channel(
    z.union([z.object({ target: fileTargetId }).strict(), z.object({ exported: z.string().regex(/^(?!\.\.?$)[^\\/]{1,255}$/) }).strict()]),
  ).returns<{ shown: boolean }>(),
};

/**
 * Where an export goes: the opaque id main gave for the file the user chose in its dialog (never a
 * path: the renderer cannot name a file to write), or (no dialog available) the data folder's exports/.
 */
export const exportTargetSchema = fileTargetId.optional();
