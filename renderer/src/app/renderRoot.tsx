import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, initialLocale } from '../i18n';

/** Draws a window's root component once the texts of its language are ready. */
export async function renderRoot(Root: ComponentType): Promise<void> {
  document.documentElement.lang = initialLocale();
  await initI18n();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
