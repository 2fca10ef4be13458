/**
 * A formula with a copy button. Clipboard access is often refused in Office webviews: the text
 * is then selected so Ctrl+C works, and the pane says so.
 */
import type { Language } from "../../core/language";
import { t } from "../i18n";
import { button } from "./controls";

export function copyButton(language: Language, key: string, text: () => string, target: () => HTMLElement | null, announce: (text: string) => void): HTMLElement {
  return button(t(language, "copyButton"), {
    key,
    testid: key,
    small: true,
    onClick: async () => {
      try {
        await navigator.clipboard.writeText(text());
        announce(t(language, "copied"));
      } catch {
        const el = target();
        if (el) {
          const range = document.createRange();
          range.selectNodeContents(el);
          const selection = window.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
        }
        announce(t(language, "copyFailed"));
      }
    },
  });
}
