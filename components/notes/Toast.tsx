import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

export interface ToastMessage {
  /** Changes for every new message, so the same text shown twice is announced twice. */
  id: number;
  text: string;
  tone?: 'info' | 'error';
  action?: { label: string; run(): void };
  /** Moves keyboard focus to the action (after a delete, the deleted note's buttons are gone). */
  focus?: boolean;
}

export interface ToastProps {
  message: ToastMessage | null;
  onDismiss(): void;
  /** How long an untouched message stays; a message with keyboard focus or the pointer inside stays until they leave. */
  timeoutMs?: number;
}

/**
 * A status message at the bottom of the page (deleted, exported, imported). The live region is always in the
 * document so that screen readers announce what appears in it.
 */
export function Toast({ message, onDismiss, timeoutMs = 10_000 }: ToastProps) {
  const box = useRef<HTMLDivElement>(null);
  const action = useRef<HTMLButtonElement>(null);
  // A layout effect, so focus moves to the action as it appears and never rests on <body> for a frame.
  useLayoutEffect(() => {
    if (message?.focus) action.current?.focus();
  }, [message]);
  useEffect(() => {
    if (!message) return;
    const timer = setInterval(() => {
      const element = box.current;
      if (element && (element.contains(document.activeElement) || element.matches(':hover'))) return;
      onDismiss();
    }, timeoutMs);
    return () => clearInterval(timer);
  }, [message, timeoutMs, onDismiss]);

  return (
    <div class="nm-toast-region" role="status" aria-live="polite">
      {message && (
        <div ref={box} class={`nm-toast nm-toast--${message.tone ?? 'info'}`} key={message.id}>
          <span class="nm-toast__text">{message.text}</span>
          {message.action && (
            <button ref={action} type="button" class="nm-button nm-button--primary" onClick={message.action.run}>
              {message.action.label}
            </button>
          )}
          <button type="button" class="nm-button nm-button--quiet" onClick={onDismiss} aria-label="Dismiss message">
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
