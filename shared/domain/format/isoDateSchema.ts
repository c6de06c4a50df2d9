import { z } from 'zod';
import { isValidIsoDate } from './date';

/** An ISO date that exists on the calendar ("2025-02-30" is refused). */
export const isoDateSchema = z.string().refine(isValidIsoDate, { message: 'YYYY-MM-DD' });
