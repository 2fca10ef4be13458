// `npm start`: Windows and macOS build, serve and sideload into Excel desktop (through
// office-addin-debugging, fetched on demand so the required install stays free of keytar);
// Linux has no desktop Excel, so it serves https://localhost:3000 and explains the upload.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const run = (cmd, args) => spawn(cmd, args, { stdio: "inherit", shell: process.platform === "win32" });

if (process.platform === "win32" || process.platform === "darwin") {
  const child = run(npx, ["--yes", "office-addin-debugging@7", "start", "manifest.xml", "desktop", "--app", "excel", "--dev-server-port", "3000"]);
  child.on("exit", (code) => {
    if (code) {
      console.error(
        "\nSideloading failed. You can still run `npm run dev-server` and add manifest.xml by hand (README › Sideloading).",
      );
    }
    process.exit(code ?? 1);
  });
} else {
  // webpack itself, not through npx: the pid written below must be the server's, so that
  // `npm run stop` ends the server and not only a wrapper around it.
  const webpackCli = createRequire(import.meta.url).resolve("webpack-cli/bin/cli.js");
  const server = run(process.execPath, [webpackCli, "serve", "--mode", "development"]);
  writeFileSync(".dev-server.pid", String(server.pid));
  console.log(`
SE Trends is being served on https://localhost:3000 (Ctrl+C or \`npm run stop\` stops it).
There is no desktop Excel on Linux. To use the add-in in Excel on the web:
  1. Make sure this browser trusts the certificate: open https://localhost:3000/taskpane.html once;
     if it warns, trust the CA as the server explains below (or accept the warning).
  2. Open a workbook in Excel on the web (Microsoft 365).
  3. Home › Add-ins › More Add-ins › My Add-ins › Upload My Add-in.
  4. Choose ${process.cwd()}/manifest.xml and select Upload.
  5. The SE Trends button appears on the Data tab; type =SE.POTENTIAL("hoog","laag","hoog","hoog") in a cell.
`);
  server.on("exit", (code) => process.exit(code ?? 0));
}
