declare const __APP_VERSION__: string;

function setText(id: string, text: string): void {
  const el = document.getElementById(id);
  if (el) el.textContent = text;
}

setText("app-version", __APP_VERSION__);

// Outside Office (a plain browser) onReady resolves with no host: the page then stays a preview.
Office.onReady((info) => {
  const inExcel = info.host === Office.HostType.Excel;
  setText("status", inExcel ? "Verbonden met Excel." : "Voorbeeldmodus: geopend buiten Excel.");
  document.body.dataset.ready = inExcel ? "excel" : "preview";
});
