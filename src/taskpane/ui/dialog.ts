/**
 * A modal confirm dialog on Fluent's dialog (a native <dialog> opened with showModal() inside):
 * the rest of the pane is inert, Tab stays inside and Escape means "cancel".
 */
import { h, uid, type Child } from "./dom";
import { button } from "./controls";

export interface ConfirmOptions {
  title: string;
  body: Child[];
  confirm: string;
  cancel: string;
}

interface FluentDialog extends HTMLElement {
  show(): void;
  hide(): void;
}

export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  const bodyId = uid("dialog-body");
  return new Promise((resolve) => {
    let answered = false;
    const finish = (answer: boolean) => {
      if (answered) return;
      answered = true;
      dialog.hide();
      dialog.remove();
      resolve(answer);
    };
    const cancel = button(options.cancel, { testid: "dialog-cancel", onClick: () => finish(false) });
    cancel.setAttribute("slot", "action");
    const confirm = button(options.confirm, { testid: "dialog-confirm", primary: true, onClick: () => finish(true) });
    confirm.setAttribute("slot", "action");
    // Named by text: an id reference could not reach the <dialog> inside Fluent's shadow root.
    const dialog = h(
      "fluent-dialog" as "div",
      { type: "modal", "aria-label": options.title, "data-testid": "dialog", class: "dialog" },
      h(
        "fluent-dialog-body" as "div",
        {},
        h("h2", { slot: "title" }, options.title),
        h("div", { id: bodyId, class: "dialog-body", "data-content": "imported" }, ...options.body),
        cancel,
        confirm,
      ),
    ) as unknown as FluentDialog;
    // Escape (the native cancel) and any other way of closing count as no.
    dialog.addEventListener("toggle", (event) => {
      if ((event as unknown as CustomEvent<{ newState?: string }>).detail?.newState === "closed") finish(false);
    });
    document.body.appendChild(dialog);
    dialog.show();
    // Writes cannot be undone in Excel: the safe answer has the focus (APG, irreversible actions).
    // Fluent's dialog moves focus to itself once open, so Cancel takes it after that.
    cancel.focus();
    requestAnimationFrame(() => {
      if (!answered) cancel.focus();
    });
  });
}
