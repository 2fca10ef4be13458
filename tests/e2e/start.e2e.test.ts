/**
 * `npm start` on a machine without desktop Excel: it must serve the add-in over HTTPS on
 * localhost:3000, say how to upload the manifest, and `npm run stop` must end the server.
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import https from "https";
import path from "path";

const root = path.resolve(__dirname, "../..");

function status(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = https.get(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", () => resolve(0));
    req.on("timeout", () => req.destroy());
  });
}

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

let child: ChildProcess | undefined;
let output = "";

afterAll(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
});

const linux = process.platform === "linux" ? test : test.skip;

linux("npm start serves the add-in over HTTPS and explains the upload; npm run stop ends it", async () => {
  if ((await status("https://localhost:3000/taskpane.html")) !== 0) throw new Error("port 3000 is already in use");
  child = spawn(process.execPath, ["scripts/start.mjs"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  expect(await waitFor(async () => (await status("https://localhost:3000/taskpane.html")) === 200, 90_000)).toBe(true);
  for (const file of ["functions.js", "functions.json", "functions.nl.json", "manifest.xml", "help.html"]) {
    expect([file, await status(`https://localhost:3000/${file}`)]).toEqual([file, 200]);
  }
  expect(output).toContain("Upload My Add-in");
  expect(output).toContain(path.join(root, "manifest.xml"));
  // Trusting the certificate needs admin rights; when that fails the user is told what to do.
  if (/could not be trusted automatically/.test(output)) expect(output).toMatch(/ca\.crt/);

  const stop = spawnSync(process.execPath, ["scripts/stop.mjs"], { cwd: root, encoding: "utf8" });
  expect(stop.stdout).toMatch(/Stopped the dev server/);
  expect(await waitFor(async () => (await status("https://localhost:3000/taskpane.html")) === 0, 15_000)).toBe(true);
}, 120_000);
