import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { INVALID_ENTRY } from './FieldError';

export interface FormGuardOptions {
  open: boolean;
  /** True once the user changed something that is not saved yet. */
  dirty: boolean;
  onClose(): void;
  onSubmit?(): void;
  /** Nothing to save yet: Ctrl+Enter does nothing, like the greyed-out button. */
  submitDisabled?: boolean;
}

/** Inputs where Enter belongs to the field (a new line, an open list), not to the dialog. */
function enterBelongsToField(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLButtonElement) return true;
  return target.getAttribute('role') === 'combobox';
}

/** Open lists and popovers (not those closing, which no longer take the pointer): Esc is theirs. */
const OPEN_POPUPS = ['select-dropdown', 'picker-dropdown', 'dropdown', 'popover'].map((name) => `.ant-${name}:not(.ant-${name}-hidden)`).join(', ');

function popupOpen(target: Element): boolean {
  if (target.closest('[aria-expanded="true"]')) return true;
  return [...document.querySelectorAll<HTMLElement>(OPEN_POPUPS)].some((popup) => popup.style.pointerEvents !== 'none');
}

/**
 * What every dialog with a form does: Enter never submits (Ctrl+Enter does, after the fields say
 * they are readable), Esc in the form closes it unless a list or popover of it is open, closing with
 * unsaved changes asks first, and the window warns before a reload or close while changes are unsaved.
 */
export function useFormGuard({ open, dirty, onClose, onSubmit, submitDisabled }: FormGuardOptions) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const container = useRef<HTMLDivElement>(null);
  const asking = useRef(false);

  useEffect(() => {
    if (!open || !dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [open, dirty]);

  const trySubmit = useCallback(() => {
    if (!onSubmit || submitDisabled) return;
    const invalid = container.current?.querySelector<HTMLElement>(`[${INVALID_ENTRY}]`);
    if (invalid) {
      invalid.focus();
      invalid.blur();
      invalid.focus();
      void message.error(t('inputs.dialog.fixFirst'));
      return;
    }
    onSubmit?.();
  }, [message, onSubmit, submitDisabled, t]);

  const requestClose = useCallback(() => {
    if (!dirty) {
      onClose();
      return;
    }
    if (asking.current) return;
    asking.current = true;
    modal.confirm({
      title: t('inputs.dialog.discardTitle'),
      content: t('inputs.dialog.discardText'),
      okText: t('inputs.dialog.discard'),
      okButtonProps: { danger: true },
      cancelText: t('inputs.dialog.keepEditing'),
      onOk: onClose,
      afterClose: () => {
        asking.current = false;
      },
    });
  }, [dirty, modal, onClose, t]);

  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== 'Enter') return;
      // A dialog opened from this one (a portal) belongs to its own guard.
      if (!(event.target instanceof Node) || !container.current?.contains(event.target)) return;
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        // Let the focused field confirm what it shows (a date typed without separators) first.
        setTimeout(trySubmit, 0);
        return;
      }
      if (!enterBelongsToField(event.target)) event.preventDefault();
    },
    [trySubmit],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== 'Escape' || event.nativeEvent.isComposing || event.defaultPrevented) return;
      if (!(event.target instanceof Element) || !container.current?.contains(event.target) || popupOpen(event.target)) return;
      // Ours, not antd's: its Esc goes to the newest popup, which may be one still fading out.
      event.stopPropagation();
      requestClose();
    },
    [requestClose],
  );

  return { container, trySubmit, requestClose, onKeyDownCapture, onKeyDown };
}
