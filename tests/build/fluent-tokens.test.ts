/**
 * The Fluent tokens written in front of the pane's stylesheet: the ones it uses, light on :root,
 * the dark theme's where they differ, and a build that fails on a name Fluent does not have.
 */
import fs from "fs";
import path from "path";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import { styleElementText, tokenCss } from "../../scripts/fluent-tokens";

const declared = (css: string, selector: string): Record<string, string> => {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) return {};
  const body = css.slice(start + selector.length + 2, css.indexOf("}", start));
  return Object.fromEntries([...body.matchAll(/--(\w+): ([^;]+);/g)].map((m) => [m[1], m[2]]));
};

test("only the tokens the stylesheet uses, with the light theme's values on :root", () => {
  const css = tokenCss(".a { color: var(--colorNeutralForeground1, #000); border-radius: var(--borderRadiusMedium); } .b { --text: #111; color: var(--text); }");
  expect(declared(css, ":root")).toEqual({ borderRadiusMedium: String(webLightTheme.borderRadiusMedium), colorNeutralForeground1: webLightTheme.colorNeutralForeground1 });
});

test("the dark theme's values where they differ, under html[data-theme=dark]", () => {
  const css = tokenCss("a { color: var(--colorNeutralForeground1); border-radius: var(--borderRadiusMedium); }");
  expect(webDarkTheme.colorNeutralForeground1).not.toBe(webLightTheme.colorNeutralForeground1);
  expect(declared(css, ':root[data-theme="dark"]')).toEqual({ colorNeutralForeground1: webDarkTheme.colorNeutralForeground1 });
});

test.each([
  ["a typo in a token's name", "--colorNeutralForegroud1"],
  ["a name outside Fluent's families", "--colourNeutralForeground1"],
  ["a token's name with something after it", "--colorBrandBackground-hover"],
  ["a property the stylesheet never declares", "--surfaceColor"],
])("%s fails the build, by name", (_, name) => {
  expect(() => tokenCss(`:root { --text: #000; } a { color: var(${name}, var(--text)); }`)).toThrow(`not a Fluent token nor declared in the stylesheet: ${name}`);
});

test("the stylesheet's own custom properties are its own: accepted, never written as tokens", () => {
  const css = tokenCss(":root { --text: var(--colorNeutralForeground1); --muted-2: #666; } a { color: var(--text); border-color: var( --muted-2); }");
  expect(Object.keys(declared(css, ":root"))).toEqual(["colorNeutralForeground1"]);
});

test("the pane's stylesheet uses only tokens Fluent has, in both themes", () => {
  const css = fs.readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.css"), "utf8");
  const tokens = tokenCss(css);
  const light = declared(tokens, ":root");
  expect(Object.keys(light).length).toBeGreaterThan(20);
  for (const [name, value] of Object.entries(light)) expect(value).toBe(String(webLightTheme[name as keyof typeof webLightTheme]));
  expect(Object.keys(declared(tokens, ':root[data-theme="dark"]')).length).toBeGreaterThan(10);
});

test("a stylesheet that would end the page's <style> element early fails the build", () => {
  expect(() => styleElementText('a::after { content: "</style><script>x()</script>"; }')).toThrow("</style");
  expect(() => styleElementText("a{}</STYLE >")).toThrow("</style");
  expect(styleElementText("a > b { color: red; }")).toBe("a > b { color: red; }");
});
