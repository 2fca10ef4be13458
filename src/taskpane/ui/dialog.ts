/**
 * A modal confirm dialog on the native <dialog>: showModal() makes the rest of the pane inert,
 * keeps Tab inside and turns Escape into "cancel", which every Office webview we target supports.
 */
import { h, uid, type Child } from "./dom";

export interface ConfirmOptions {
  title: string;
  body: Child[];
  confirm: string;
  cancel: string;
}

export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  const titleId = uid("dialog-title");
  const bodyId = uid("dialog-body");
  return new Promise((resolve) => {
    let answered = false;
    const finish = (answer: boolean) => {
      if (answered) return;
      answered = true;
      if (dialog.open) dialog.close();
      dialog.remove();
      resolve(answer);
    };
    const cancel = h("button", { type: "button", class: "button", "data-testid": "dialog-cancel", onclick: () => finish(false) }, options.cancel);
    const confirm = h(
      "button",
      { type: "button", class: "button button-primary", "data-testid": "dialog-confirm", onclick: () => finish(true) },
      options.confirm,
    );
    const dialog = h(
      "dialog",
      { class: "dialog", "aria-labelledby": titleId, "aria-describedby": bodyId, "data-testid": "dialog" },
      h("h2", { id: titleId }, options.title),
      h("div", { id: bodyId, class: "dialog-body", "data-content": "imported" }, ...options.body),
      h("div", { class: "actions actions-end" }, cancel, confirm),
    );
    // Escape fires "cancel"; closing by any other means also counts as no.
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      finish(false);
    });
    dialog.addEventListener("close", () => finish(false));
    document.body.appendChild(dialog);
    dialog.showModal();
    // Writes cannot be undone in Excel: the safe answer has the focus (APG, irreversible actions).
    cancel.focus();
  });
}
