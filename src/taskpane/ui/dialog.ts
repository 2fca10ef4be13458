/**
 * A modal confirm dialog on the native <dialog>, opened with showModal(): the rest of the pane is
 * inert, Escape means "cancel", and on closing the focus returns to the control that opened it.
 * Tab and Shift+Tab go round the dialog's own controls: a modal dialog alone lets the focus leave
 * the page past its last control (in a task pane, out to Excel, with the dialog still open).
 */
import { h, uid, type Child } from "./dom";
import { button } from "./controls";

export interface ConfirmOptions {
  title: string;
  body: Child[];
  confirm: string;
  cancel: string;
}

export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  const bodyId = uid("dialog-body");
  // Focus goes back where it was when the dialog closes (APG dialog pattern), before the caller
  // re-renders: the shell then keeps it on the same control.
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  return new Promise((resolve) => {
    let answered = false;
    const finish = (answer: boolean) => {
      if (answered) return;
      answered = true;
      if (dialog.open) dialog.close();
      dialog.remove();
      if (opener?.isConnected) opener.focus();
      resolve(answer);
    };
    const cancel = button(options.cancel, { testid: "dialog-cancel", onClick: () => finish(false) });
    const confirm = button(options.confirm, { testid: "dialog-confirm", primary: true, onClick: () => finish(true) });
    const titleId = uid("dialog-title");
    const dialog = h(
      "dialog",
      { "aria-labelledby": titleId, "aria-describedby": bodyId, "data-testid": "dialog", class: "dialog" },
      h("h2", { id: titleId, class: "dialog-title" }, options.title),
      h("div", { id: bodyId, class: "dialog-body", "data-content": "imported" }, ...options.body),
      h("div", { class: "actions actions-end" }, cancel, confirm),
    );
    // Escape (the native cancel) and any other way of closing count as no.
    dialog.addEventListener("close", () => finish(false));
    dialog.addEventListener("keydown", (event) => keepTabInside(dialog, event));
    document.body.appendChild(dialog);
    dialog.showModal();
    // Writes cannot be undone in Excel: the safe answer has the focus (APG, irreversible actions).
    cancel.focus();
  });
}

const FOCUSABLE = "button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex='-1'])";

function keepTabInside(dialog: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== "Tab" || event.altKey || event.ctrlKey || event.metaKey) return;
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const at = document.activeElement;
  const to = event.shiftKey ? (at === first || !dialog.contains(at) ? last : null) : at === last || !dialog.contains(at) ? first : null;
  if (!to) return;
  event.preventDefault();
  to.focus();
}
