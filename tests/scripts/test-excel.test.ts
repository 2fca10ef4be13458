/**
 * `npm run test:excel` without Excel desktop: it says so plainly and exits non-zero, never a pass,
 * and does nothing else first (no build, no download, no server).
 */
import { spawnSync } from "child_process";
import path from "path";

const script = path.resolve(__dirname, "../../scripts/test-excel.mjs");

function run(platform?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_offline: "true" };
  if (platform) env.SE_TEST_EXCEL_PLATFORM = platform;
  else delete env.SE_TEST_EXCEL_PLATFORM;
  return spawnSync(process.execPath, [script], { env, encoding: "utf8", timeout: 20_000 });
}

test.each(["linux", "freebsd"])("on %s it refuses: says there is no Excel desktop, that nothing was tested, and exits 2", (platform) => {
  const result = run(platform);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain(`no Excel desktop on this machine (${platform})`);
  expect(result.stderr).toContain("Nothing was tested, so this is not a pass");
  expect(result.stdout).toBe("");
  // Nothing is built or fetched before refusing.
  expect(result.stderr).not.toMatch(/Building|office-addin-debugging@/);
});

const onLinux = process.platform === "linux" ? test : test.skip;
onLinux("on this Linux machine, without any override, it refuses the same way", () => {
  const result = run();
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("no Excel desktop on this machine (linux)");
});
