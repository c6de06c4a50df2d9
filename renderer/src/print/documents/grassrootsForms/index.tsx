import type { ReactNode } from 'react';
import { FormsLetterPrint } from './FormsLetterPrint';
import { FormsMau2Print } from './FormsMau2Print';
import { FormsRemindersPrint } from './FormsRemindersPrint';

/** Printable documents of the grassroots forms domain: #/print/<name>?… */
export const grassrootsFormsPrintDocuments: Record<string, (params: URLSearchParams) => ReactNode> = {
  'forms-mau2': (params) => <FormsMau2Print params={params} />,
  'forms-letter': (params) => <FormsLetterPrint params={params} />,
  'forms-reminders': (params) => <FormsRemindersPrint params={params} />,
};
