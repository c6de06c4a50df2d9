import { z } from 'zod';
import { channel } from '../channel';
import { exportTargetSchema, fileSourceId, fileTargetId } from '../../safety/fileTarget';
import type { ChosenBackup } from '../../backups/model';

export { exportTargetSchema, fileSourceId, fileTargetId };

/**
 * Files on the user's machine. In Electron, main answers these itself (a save dialog, the file
 * manager); the backend's own answers serve the hosts without a GUI (the preview, the CLI).
 */
export const filesContract = {
  'files:chooseSavePath': channel(
    z.object({ defaultName: z.string().trim().min(1).max(200), extensions: z.array(z.string().regex(/^\w+$/)).min(1) }).strict(),
  ).returns<{ target: string | null; name: string | null }>(),
  /** Main's open dialog: the chosen file stays in main behind an id (`source`); hosts without a dialog answer null (upload instead). */
  'files:chooseOpenFile': channel(z.object({ extensions: z.array(z.string().regex(/^\w+$/)).min(1) }).strict()).returns<ChosenBackup>(),
  /** Shows a written file in its folder: one the user chose (by its id) or one of the data folder's exports/ (by its bare name). */
  'files:reveal': channel(
    z.union([z.object({ target: fileTargetId }).strict(), z.object({ exported: z.string().regex(/^(?!\.\.?$)[^\\/]{1,255}$/) }).strict()]),
  ).returns<{ shown: boolean }>(),
};

