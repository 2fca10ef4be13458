import { chooseTheme, luminance } from "../../../src/taskpane/ui/theme";

const base = { forcedColors: false, prefersDark: false };

test("forced colours (Windows high contrast) win over any Office theme", () => {
  expect(chooseTheme({ ...base, forcedColors: true, officeTheme: { isDarkTheme: false } })).toBe("contrast");
  expect(chooseTheme({ ...base, forcedColors: true, officeTheme: { isDarkTheme: true } })).toBe("contrast");
});

test("Office's isDarkTheme decides when present", () => {
  expect(chooseTheme({ ...base, officeTheme: { isDarkTheme: true, themeId: "White" } })).toBe("dark");
  expect(chooseTheme({ ...base, prefersDark: true, officeTheme: { isDarkTheme: false } })).toBe("light");
});

test("without isDarkTheme: Black and Dark Gray are dark, Colorful and White light", () => {
  expect(chooseTheme({ ...base, officeTheme: { themeId: "Black" } })).toBe("dark");
  expect(chooseTheme({ ...base, officeTheme: { themeId: "DarkGray" } })).toBe("dark");
  expect(chooseTheme({ ...base, officeTheme: { themeId: "Colorful" } })).toBe("light");
  expect(chooseTheme({ ...base, officeTheme: { themeId: "White" } })).toBe("light");
});

test("older Office: only the body colour says it (dark grey #262626 is dark, #e6e6e6 light)", () => {
  expect(chooseTheme({ ...base, officeTheme: { bodyBackgroundColor: "#262626" } })).toBe("dark");
  expect(chooseTheme({ ...base, officeTheme: { bodyBackgroundColor: "#E6E6E6" } })).toBe("light");
  // Nonsense from the host falls through to the browser's preference.
  expect(chooseTheme({ ...base, prefersDark: true, officeTheme: { bodyBackgroundColor: "rgb(0,0,0)" } })).toBe("dark");
});

test("outside Office the browser's colour-scheme preference", () => {
  expect(chooseTheme({ ...base, officeTheme: null, prefersDark: true })).toBe("dark");
  expect(chooseTheme({ ...base, officeTheme: undefined })).toBe("light");
});

test("luminance follows WCAG: black 0, white 1, not a hex colour null", () => {
  expect(luminance("#000000")).toBe(0);
  expect(luminance("#ffffff")).toBeCloseTo(1, 10);
  expect(luminance("red")).toBeNull();
});
