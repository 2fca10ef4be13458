/**
 * The pane's three looks as drawn, not only as declared: the Fluent tokens the build writes apply
 * in light and dark (the card, the primary button and the text take the theme's values), and in
 * Windows high contrast on a dark system theme the focus ring stands out from the background and
 * the import's progress bar is filled in the system's highlight colour (forced colours paint an
 * unadjusted fill over with the background, and keep an unadjusted ring black on black).
 */
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import type { Page } from "playwright-core";
import { useServedBrowser } from "./harness";

const served = useServedBrowser();

/** Runs in the page: an Excel view on a fake workbook whose import stops at step 1 of 3. */
function hooks(dark: boolean): void {
  const summary = { updated: 1, added: 0, conflicts: 0, sheetsCreated: [], sheetsRenamed: [], details: [] };
  (window as unknown as Record<string, unknown>).__seTestHooks = {
    host: "excel",
    displayLanguage: "nl-BE",
    officeTheme: { isDarkTheme: dark },
    actions: {
      previewImport: async () => summary,
      runImport: async (_o: unknown, onProgress: (p: { done: number; total: number; label: string }) => void) => {
        onProgress({ done: 1, total: 3, label: "Trends" });
        return new Promise(() => undefined);
      },
    },
  };
}

/** A CSS colour as the page computes it (rgb(…)); system colours unadjusted, as forced colours resolve them. */
const computed = (page: Page, color: string) =>
  page.evaluate((c) => {
    const probe = document.createElement("span");
    probe.style.forcedColorAdjust = "none";
    probe.style.color = c;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }, color);

const style = (page: Page, selector: string, property: "backgroundColor" | "color" | "outlineColor") =>
  page.$eval(selector, (el, p) => getComputedStyle(el)[p], property);

test.each([
  ["light", webLightTheme],
  ["dark", webDarkTheme],
] as const)("%s: the card, the primary button and the text take the theme's token values", async (name, theme) => {
  const { page } = await served.openPane({ init: { script: hooks as (arg: never) => unknown, arg: name === "dark" }, ready: "excel" });
  expect(await page.getAttribute("html", "data-theme")).toBe(name);
  expect(webDarkTheme.colorNeutralBackground1).not.toBe(webLightTheme.colorNeutralBackground1);
  expect(await style(page, "[data-testid=import-section]", "backgroundColor")).toBe(await computed(page, theme.colorNeutralBackground1));
  expect(await style(page, "[data-testid=import-button]", "backgroundColor")).toBe(await computed(page, theme.colorBrandBackground));
  expect(await style(page, "[data-testid=import-section] h2", "color")).toBe(await computed(page, theme.colorNeutralForeground1));
  await page.context().close();
});

test("high contrast on a dark system theme: focus rings stand out, the progress bar fills in the highlight colour", async () => {
  const { page } = await served.openPane({
    init: { script: hooks as (arg: never) => unknown, arg: false },
    context: { forcedColors: "active", colorScheme: "dark" },
    ready: "excel",
  });
  expect(await page.getAttribute("html", "data-theme")).toBe("contrast");
  const canvas = await computed(page, "Canvas");
  expect(canvas).toBe(await style(page, "html", "backgroundColor"));
  expect(canvas).not.toBe("rgb(255, 255, 255)");
  // The primary action, focused from the keyboard (its ring is drawn only then).
  await page.focus("[data-testid=lang-nl]");
  for (let i = 0; i < 40 && (await page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid)) !== "import-button"; i++) await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.matches("[data-testid=import-button]:focus-visible"))).toBe(true);
  expect(await style(page, "[data-testid=import-button]", "outlineColor")).toBe(await computed(page, "CanvasText"));
  await page.keyboard.press("Enter");
  await page.locator("[data-testid=dialog-confirm]").waitFor();
  await page.keyboard.press("Tab");
  expect(await style(page, "[data-testid=dialog-confirm]", "outlineColor")).toBe(await computed(page, "CanvasText"));
  await page.keyboard.press("Enter");
  const bar = page.locator("[data-testid=progress] progress[value='1'][max='3']");
  await bar.waitFor();
  const png = await bar.screenshot();
  const share = await page.evaluate(
    async ({ b64, highlight, canvas }) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const c = new OffscreenCanvas(image.width, image.height);
      const ctx = c.getContext("2d")!;
      ctx.drawImage(image, 0, 0);
      // The middle row, inside the bar's frame; Highlight may be translucent: drawn over Canvas.
      const px = ctx.getImageData(0, Math.floor(image.height / 2), image.width, 1).data;
      const [hr, hg, hb, ha = 1] = highlight.match(/[\d.]+/g)!.map(Number);
      const [cr, cg, cb] = canvas.match(/\d+/g)!.map(Number);
      const want = [hr * ha + cr * (1 - ha), hg * ha + cg * (1 - ha), hb * ha + cb * (1 - ha)];
      let lit = 0;
      for (let i = 0; i < px.length; i += 4) if (want.every((v, k) => Math.abs(px[i + k] - v) < 8)) lit++;
      return lit / image.width;
    },
    { b64: png.toString("base64"), highlight: await computed(page, "Highlight"), canvas },
  );
  // Step 1 of 3: about a third of the bar in the highlight colour.
  expect(share).toBeGreaterThan(0.25);
  expect(share).toBeLessThan(0.42);
  await page.context().close();
});
