import { z } from 'zod';

/**
 * The id of a file the user chose in main's save dialog: "file-" and 24 random characters, never a
 * path. Every channel that writes a file takes this (optional: without it, the data folder's exports/).
 */
export const fileTargetId = z.string().regex(/^file-[A-Za-z0-9_-]{24}$/);
export const exportTargetSchema = fileTargetId.optional();

/**
 * The id of a file the user chose to read (a backup on a USB stick: main's open dialog, or a file
 * uploaded to the browser preview): the same form as a target id, never a path.
 */
export const fileSourceId = fileTargetId;
