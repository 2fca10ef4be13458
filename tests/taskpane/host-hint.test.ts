/**
 * The plain-browser hint reads the signals office.js itself reads to find its host
 * (node_modules/@microsoft/office-js/dist/office.debug.js, _retrieveHostInfo): any one of them
 * means "hosted", so the preview's chunk is never fetched early inside Office.
 */
import { looksLikePlainBrowser, type WindowLike } from "../../src/taskpane/host-hint";

function plain(overrides: Partial<Record<keyof WindowLike, unknown>> = {}): WindowLike {
  const w: Record<string, unknown> = { location: { search: "" }, name: "", sessionStorage: { getItem: () => null }, external: {} };
  w.top = w;
  return Object.assign(w, overrides) as unknown as WindowLike;
}

test("a top-level tab with no host information is a plain browser", () => {
  expect(looksLikePlainBrowser(plain())).toBe(true);
  expect(looksLikePlainBrowser(plain({ location: { search: "?lang=en" }, name: "tab", sessionStorage: undefined, external: undefined }))).toBe(true);
});

test.each([
  ["Office on Windows: _host_Info in the query", { location: { search: "?_host_Info=Excel$Win32$16.01$nl-BE$$$$0" } }],
  ["after another parameter, any case", { location: { search: "?et=&_HOST_INFO=excel|web|16.00|en-us" } }],
  ["the host in a JSON window name", { name: JSON.stringify({ hostInfo: "Excel$Web$16.00$nl-NL$$$$0" }) }],
  ["a page the pane navigated to: office.js kept the host in sessionStorage", { sessionStorage: { getItem: (k: string) => (k === "hostInfoValue" ? "Excel$Win32$16.01$nl-BE" : null) } }],
  ["a sandboxed host answering GetHostInfo", { external: { GetHostInfo: () => "" } }],
  ["WebView2 (Office on Windows)", { chrome: { webview: {} } }],
  ["WKWebView (Office on Mac and iPad)", { webkit: { messageHandlers: {} } }],
])("hosted: %s", (_name, overrides) => {
  expect(looksLikePlainBrowser(plain(overrides))).toBe(false);
});

test("a framed page (Office on the web runs the pane in an iframe) is not taken for a plain tab", () => {
  expect(looksLikePlainBrowser(plain({ top: {} }))).toBe(false);
});

test("blocked storage is no evidence either way", () => {
  const blocked = {
    getItem: () => {
      throw new DOMException("denied", "SecurityError");
    },
  };
  expect(looksLikePlainBrowser(plain({ sessionStorage: blocked }))).toBe(true);
  expect(looksLikePlainBrowser(plain({ sessionStorage: blocked, location: { search: "?_host_Info=Excel$Web$16.00$en-US" } }))).toBe(false);
});
