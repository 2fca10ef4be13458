// `npm run stop`: ends the sideload session (Windows/macOS) or the dev server started by `npm start`.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

if (process.platform === "win32" || process.platform === "darwin") {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const r = spawnSync(npx, ["--yes", "office-addin-debugging@7", "stop", "manifest.xml"], { stdio: "inherit", shell: process.platform === "win32" });
  process.exit(r.status ?? 1);
}
if (!existsSync(".dev-server.pid")) {
  console.log("No dev server started by `npm start` is running.");
  process.exit(0);
}
const pid = Number(readFileSync(".dev-server.pid", "utf8"));
try {
  process.kill(pid, "SIGTERM");
  console.log(`Stopped the dev server (pid ${pid}).`);
} catch {
  console.log(`The dev server (pid ${pid}) was no longer running.`);
}
rmSync(".dev-server.pid");
