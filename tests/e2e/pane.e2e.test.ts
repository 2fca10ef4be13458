import fs from "fs";
import path from "path";
import { resultsDir, useServedBrowser, type OpenedPage } from "./harness";

const served = useServedBrowser();
let opened: OpenedPage;

beforeAll(async () => {
  opened = await served.openPane({ ready: "any", readyTimeout: 20_000 });
});

test("outside Office the pane opens in preview mode", async () => {
  expect(await opened.page.getAttribute("body", "data-ready")).toBe("preview");
  expect(await opened.page.textContent("#status")).toMatch(/Voorbeeldmodus/);
});

test("the functions bundle associates every function in the shared runtime page", async () => {
  const marks = await opened.page.evaluate(() => performance.getEntriesByName("se:functions-associated").length);
  expect(marks).toBe(1);
  const metadata = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../dist/functions.json"), "utf8"));
  // office.js in a plain browser keeps the associations in CustomFunctions._association.
  const associated = await opened.page.evaluate(() => {
    type Association = { mappings?: Record<string, unknown>; m_mappings?: Record<string, unknown> };
    const a = (window as unknown as { CustomFunctions?: { _association?: Association } }).CustomFunctions?._association;
    return a ? Object.keys(a.mappings ?? a.m_mappings ?? {}) : null;
  });
  // Every id, aliases included (order of association is not order of the file).
  expect([...(associated ?? [])].sort()).toEqual(metadata.functions.map((f: { id: string }) => f.id).sort());
});

test("the page has no console errors and asks nothing of any other host", async () => {
  expect(opened.consoleErrors).toEqual([]);
  expect(opened.foreignRequests).toEqual([]);
});

test("screenshot", async () => {
  await opened.page.screenshot({ path: path.join(resultsDir(), "pane-preview.png"), fullPage: true });
});
