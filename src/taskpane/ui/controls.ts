/**
 * The pane's controls: native HTML elements drawn with Fluent 2's design tokens (taskpane.css),
 * built through h() like everything else so text stays text. Native, not Fluent's web
 * components: they need no script to be defined before the pane can be used (defining those was
 * a third of the pane's start-up), and every browser and assistive technology knows them. Each
 * returns the element that takes focus, carrying data-key (the shell restores focus by it) and
 * any data-* the caller passes.
 */
import { h, uid, type Attrs, type Child } from "./dom";

type Data = Record<string, string | number | null | undefined>;

export interface ButtonOptions {
  key?: string;
  testid?: string;
  primary?: boolean;
  small?: boolean;
  disabled?: boolean;
  describedBy?: string | null;
  label?: string;
  data?: Data;
  onClick: () => void;
}

function dataAttrs(data: Data | undefined): Attrs {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(data ?? {})) out[`data-${k}`] = v;
  return out;
}

/**
 * Set on a button that has turned disabled while it had the focus (its action is running): it
 * keeps the focus, said to be unavailable (aria-disabled), and refuses clicks and keys.
 */
export const DISABLED_FOCUSABLE = "data-disabled-focusable";

/**
 * A button (Fluent's look: outline, or primary). A disabled one ignores clicks here too, whatever
 * dispatched them (also one the shell kept focusable while its action runs).
 */
export function button(text: Child, o: ButtonOptions): HTMLElement {
  const el = h(
    "button",
    {
      ...dataAttrs(o.data),
      type: "button",
      class: `btn${o.primary ? " btn-primary" : ""}${o.small ? " btn-small" : ""}`,
      "data-key": o.key,
      "data-testid": o.testid,
      disabled: o.disabled === true,
      // Said as an attribute too: tools that read ARIA attributes only (axe) then see it inactive.
      "aria-disabled": o.disabled === true ? "true" : null,
      "aria-describedby": o.describedBy ?? null,
      "aria-label": o.label ?? null,
      onclick: () => {
        if (!el.disabled && !el.hasAttribute(DISABLED_FOCUSABLE)) o.onClick();
      },
    },
    text,
  );
  return el;
}

/**
 * Keeps a button() that has just turned disabled focusable (see DISABLED_FOCUSABLE); true if the
 * element can take the focus. Only button()s: their click handler refuses while so marked.
 */
export function keepFocusable(target: HTMLElement): boolean {
  if (target instanceof HTMLButtonElement && target.disabled && target.classList.contains("btn")) {
    target.disabled = false;
    target.setAttribute(DISABLED_FOCUSABLE, "");
    target.setAttribute("aria-disabled", "true");
  }
  return !target.hasAttribute("disabled");
}

export interface CheckboxOptions {
  key: string;
  checked: boolean;
  disabled?: boolean;
  data?: Data;
  onChange: (checked: boolean) => void;
}

/** A checkbox with its label after it. */
export function checkbox(label: string, o: CheckboxOptions): HTMLElement {
  const id = uid("check");
  const box = h("input", {
    ...dataAttrs(o.data),
    id,
    type: "checkbox",
    class: "checkbox",
    checked: o.checked,
    disabled: o.disabled === true,
    "data-key": o.key,
    onchange: (e: Event) => o.onChange((e.currentTarget as HTMLInputElement).checked),
  });
  return h("div", { class: "check" }, box, h("label", { for: id }, label));
}

export interface ChoiceOptions {
  key: string;
  value: string;
  choices: readonly { value: string; label: string }[];
  disabled?: boolean;
  small?: boolean;
  data?: Data;
  onChange: (value: string) => void;
}

/**
 * A select with its label above it. Native, styled like Fluent's: Fluent's dropdown (3.1) leaves
 * its combobox without a name and without aria-expanded, which axe reports and screen readers
 * feel; the native one is named by its label and works with every assistive technology.
 */
export function choice(label: string, o: ChoiceOptions): HTMLElement {
  const id = uid("choice");
  return h(
    "div",
    { class: o.small ? "field field-inline" : "field" },
    h("label", { for: id }, label),
    h(
      "select",
      {
        ...dataAttrs(o.data),
        id,
        class: o.small ? "select select-small" : "select",
        disabled: o.disabled === true,
        "data-key": o.key,
        onchange: (e: Event) => o.onChange((e.currentTarget as HTMLSelectElement).value),
      },
      ...o.choices.map((c) => h("option", { value: c.value, selected: c.value === o.value }, c.label)),
    ),
  );
}

export interface TextFieldOptions {
  key: string;
  value: string;
  hint?: string;
  /** Suggestions offered as the analyst types (the browser's own list, keyboard and screen-reader ready). */
  suggestions?: readonly string[];
  data?: Data;
  onInput: (value: string) => void;
}

/**
 * A text field with its label above it and an optional hint below. Native, drawn like Fluent's
 * outline input: Fluent's text input (3.1) keeps its <input> in a shadow root, where a
 * <datalist> in the page cannot reach it, and suggestions are what makes the calculator quick.
 * The three parts sit in grid rows of their own (`.text-field` is a subgrid in `.field-grid`),
 * so a hint under one field never shifts the fields beside it.
 */
export function textField(label: string, o: TextFieldOptions): HTMLElement {
  const id = uid("text");
  const hintId = o.hint ? `${id}-hint` : null;
  const listId = o.suggestions?.length ? `${id}-list` : null;
  return h(
    "div",
    { class: "text-field" },
    h("label", { for: id }, label),
    h("input", {
      ...dataAttrs(o.data),
      id,
      type: "text",
      class: "text-input",
      value: o.value,
      list: listId,
      autocomplete: "off",
      spellcheck: "false",
      "data-key": o.key,
      "aria-describedby": hintId,
      oninput: (e: Event) => o.onInput((e.currentTarget as HTMLInputElement).value),
    }),
    hintId ? h("span", { id: hintId, class: "hint" }, o.hint) : h("span", { class: "hint", "aria-hidden": "true" }),
    listId ? h("datalist", { id: listId }, ...(o.suggestions ?? []).map((s) => h("option", { value: s }))) : null,
  );
}

export interface TextAreaOptions {
  id: string;
  key: string;
  testid: string;
  rows: number;
}

/** Read-only text to copy (JSON, a report) under its label, in a monospace font; the analyst can make it taller. */
export function readOnlyText(label: string, text: string, o: TextAreaOptions): HTMLElement {
  return h(
    "div",
    { class: "field" },
    h("label", { for: o.id }, label),
    h("textarea", { id: o.id, class: "textarea", readonly: true, rows: o.rows, spellcheck: "false", "data-testid": o.testid, "data-key": o.key }, text),
  );
}

export type MessageKind = "error" | "success" | "info" | "warning";

/** A message bar (Fluent's look, by intent); errors are announced at once (role alert), the others politely. */
export function messageBar(kind: MessageKind, ...lines: Child[]): HTMLElement {
  return h(
    "div",
    { class: `message message-${kind}`, role: kind === "error" ? "alert" : "status" },
    ...lines.map((line) => h("p", {}, line)),
  );
}

export interface FilePickerOptions {
  key: string;
  testid: string;
  accept: string;
  disabled?: boolean;
  onFile: (input: HTMLInputElement) => void;
}

/**
 * A button that opens the browser's file chooser: the native input stays in the page
 * (hidden) because it is the only way to read a file, but its unstyled "Choose File" is not shown.
 */
export function filePicker(label: string, o: FilePickerOptions): HTMLElement {
  const input = h("input", {
    type: "file",
    accept: o.accept,
    hidden: true,
    tabindex: -1,
    "aria-hidden": "true",
    "data-testid": o.testid,
    disabled: o.disabled === true,
    onchange: (e: Event) => {
      const target = e.target as HTMLInputElement;
      o.onFile(target);
      // The same file chosen again must fire change again.
      target.value = "";
    },
  });
  return h("div", { class: "file-picker" }, button(label, { key: o.key, disabled: o.disabled, onClick: () => input.click() }), input);
}
