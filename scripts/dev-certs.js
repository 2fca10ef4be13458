// HTTPS options for the dev server. office-addin-dev-certs generates a localhost certificate
// and then tries to trust its CA (sudo on Linux/macOS, PowerShell on Windows). When trusting
// fails, the certificate still works once trusted by hand: say how instead of failing silently.
const fs = require("fs");
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");

function readCerts() {
  return {
    ca: fs.readFileSync(defaults.caCertificatePath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  };
}

async function devHttpsOptions() {
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    if (!fs.existsSync(defaults.localhostCertificatePath)) {
      await devCerts.generateCertificates(
        defaults.caCertificatePath,
        defaults.localhostCertificatePath,
        defaults.localhostKeyPath,
        defaults.daysUntilCertificateExpires,
      );
    }
    console.warn(
      [
        "",
        "⚠ The development certificate could not be trusted automatically:",
        `  ${String(error && error.message ? error.message : error).split("\n")[0]}`,
        "  The server runs on https://localhost:3000 with an untrusted certificate. To trust it:",
        `  - Linux (Chrome/Edge): import ${defaults.caCertificatePath} under Settings › Privacy and security ›`,
        "    Security › Manage certificates › Authorities (trust for websites), or as root:",
        `    cp ${defaults.caCertificatePath} /usr/local/share/ca-certificates/office-addin-dev-ca.crt && update-ca-certificates`,
        "  - Windows/macOS: run `npx office-addin-dev-certs install` in a terminal with admin rights.",
        "  Or open https://localhost:3000/taskpane.html once in the browser and accept the warning.",
        "",
      ].join("\n"),
    );
    return readCerts();
  }
}

module.exports = { devHttpsOptions };
