/**
 * The hosting URL is build input: a production build refuses a bad one before anything is built,
 * with the message naming what is accepted, and exits with an error (never a malformed manifest).
 */
import { spawnSync } from "child_process";
import path from "path";

const root = path.resolve(__dirname, "../..");
const config = require(path.join(root, "webpack.config.js")) as (env: unknown, argv: { mode: string }) => Promise<unknown>;

describe("ADDIN_URL in a production build", () => {
  const saved = process.env.ADDIN_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  });

  test.each(["http://x.example/", "https://u:p@x.example/", "https://localhost:3000/", "https://127.0.0.1/", "https://[::1]/", "x.example"])("%j is refused before building", async (url) => {
    process.env.ADDIN_URL = url;
    await expect(config({}, { mode: "production" })).rejects.toThrow(/^ADDIN_URL .*https:\/\/ address the add-in is hosted at/);
  });

  test("a development build ignores it (it serves from https://localhost:3000/)", async () => {
    process.env.ADDIN_URL = "https://localhost:3000/";
    await expect(config({}, { mode: "development" })).resolves.toBeTruthy();
  });

  test("package.json's config.addin_url is checked the same way", async () => {
    delete process.env.ADDIN_URL;
    const env = { ...process.env, npm_package_config_addin_url: "https://127.0.0.1/" };
    const r = spawnSync(process.execPath, ["-e", `require(${JSON.stringify(path.join(root, "webpack.config.js"))})({}, { mode: "production" }).catch((e) => { console.error(e.message); process.exit(2); })`], { env, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/ADDIN_URL "https:\/\/127\.0\.0\.1\/" points to the user's own machine/);
  });

  test("the build command fails with the message and a non-zero exit code", () => {
    const r = spawnSync(process.execPath, [path.join(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"], {
      cwd: root,
      env: { ...process.env, ADDIN_URL: "https://user:secret@x.example/" },
      encoding: "utf8",
    });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/ADDIN_URL .* must not contain a user name or password/);
    expect(r.stdout + r.stderr).not.toMatch(/compiled successfully/);
  }, 60_000);
});
