/** The text to show for a failed call: the AppError's message (already in the user's language). */
export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
