/** Printouts are official documents: always in Vietnamese, whatever the screen's language (texts and the data's labels). */
export const PRINT_LOCALE = 'vi';
