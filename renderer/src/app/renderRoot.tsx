import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, initialLocale } from '../i18n';
import { useAppStore } from '../stores/appStore';

/** How long the first drawing waits for the backend before a window shows that it is loading. */
const WAIT_FOR_BACKEND_MS = 400;

/**
 * Draws a window's root component once the texts of its language are ready and the backend has said
 * who we are (asked from the entry, so usually answered by now): the first drawing is then the
 * screen itself, not a spinner followed by it. A backend still upgrading the database gets the spinner.
 */
export async function renderRoot(Root: ComponentType): Promise<void> {
  document.documentElement.lang = initialLocale();
  await initI18n();
  await Promise.race([useAppStore.getState().load(), new Promise((resolve) => setTimeout(resolve, WAIT_FOR_BACKEND_MS))]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
