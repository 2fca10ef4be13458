/**
 * The pane's controls as Fluent UI web components (registered in fluent.ts), built through h()
 * like everything else so text stays text. Each returns the element that takes focus, carrying
 * data-key (the shell restores focus by it) and any data-* the caller passes.
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

/** A Fluent button. A disabled one ignores clicks here too, whatever dispatched them. */
export function button(text: Child, o: ButtonOptions): HTMLElement {
  const el = h(
    "fluent-button" as "button",
    {
      ...dataAttrs(o.data),
      // Fluent sets the role through ElementInternals; the attribute lets axe check the name too.
      role: "button",
      appearance: o.primary ? "primary" : null,
      size: o.small ? "small" : null,
      "data-key": o.key,
      "data-testid": o.testid,
      disabled: o.disabled === true,
      // Said as an attribute too: tools that read ARIA attributes only (axe) then see it inactive.
      "aria-disabled": o.disabled === true ? "true" : null,
      "aria-describedby": o.describedBy ?? null,
      "aria-label": o.label ?? null,
      onclick: () => {
        if (!el.hasAttribute("disabled")) o.onClick();
      },
    },
    text,
  );
  return el;
}

export interface CheckboxOptions {
  key: string;
  checked: boolean;
  disabled?: boolean;
  data?: Data;
  onChange: (checked: boolean) => void;
}

/** A Fluent checkbox with its label after it (a Fluent field wires the label to it). */
export function checkbox(label: string, o: CheckboxOptions): HTMLElement {
  const id = uid("check");
  const box = h("fluent-checkbox" as "input", {
    ...dataAttrs(o.data),
    id,
    slot: "input",
    checked: o.checked ? "" : null,
    disabled: o.disabled === true,
    "data-key": o.key,
    onchange: (e: Event) => o.onChange((e.currentTarget as HTMLInputElement).checked),
  });
  return h("fluent-field" as "div", { "label-position": "after", class: "check" }, h("label", { slot: "label", for: id }, label), box);
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
  data?: Data;
  onInput: (value: string) => void;
}

/** A Fluent text input; its label lives inside it (Fluent wires it to the inner input). */
export function textField(label: string, o: TextFieldOptions): HTMLElement {
  const hintId = o.hint ? uid("hint") : null;
  const input = h(
    "fluent-text-input" as "input",
    {
      ...dataAttrs(o.data),
      value: o.value,
      autocomplete: "off",
      spellcheck: "false",
      "data-key": o.key,
      "aria-describedby": hintId,
      oninput: (e: Event) => o.onInput((e.currentTarget as HTMLInputElement).value),
    },
    label,
  );
  // The attribute only sets the initial value; the property carries what the analyst typed.
  (input as HTMLInputElement).value = o.value;
  return h("div", { class: "field" }, input, hintId ? h("span", { id: hintId, class: "hint" }, o.hint) : null);
}

export type MessageKind = "error" | "success" | "info" | "warning";

/** A Fluent message bar; errors are announced at once (role alert), the others politely. */
export function messageBar(kind: MessageKind, ...lines: Child[]): HTMLElement {
  return h(
    "fluent-message-bar" as "div",
    { class: `message message-${kind}`, intent: kind, layout: "multiline", role: kind === "error" ? "alert" : "status" },
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
 * A Fluent button that opens the browser's file chooser: the native input stays in the page
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
