import { i18n } from '../i18n';
import { ApiError } from './client';

/** A failure the renderer itself raises, with a message already in the user's language. */
export class ShownError extends Error {
  override name = 'ShownError';
}

/**
 * The one text to show for a failure: a failed call's message (the backend's, or the preview's
 * connection message, already in the user's language) or a ShownError's; anything else, never
 * its raw English message, but the "unexpected error" text.
 */
export const errorText = (error: unknown): string =>
  error instanceof ApiError || error instanceof ShownError ? error.message : i18n.t('app.unexpectedError');
