/**
 * Before Office.onReady: does this page look like a plain browser tab rather than a pane inside
 * Office? Only a hint: on "plain" the pane downloads the preview's chunk at once and draws the
 * preview as soon as it has run; Office.onReady still has the last word. A wrong "plain" in Excel
 * shows the preview (its banner, its words) until Office.onReady says Excel and the Excel view
 * replaces it, and costs the chunk's download and modules on the main thread while Excel's pane
 * starts; a wrong "hosted" costs nothing but the head start.
 *
 * An Office host announces itself before office.js has finished starting, in the places office.js
 * itself reads them (its _retrieveHostInfo): the `_host_Info` query parameter (Office on Windows
 * and on the web), a JSON window name with `hostInfo`, the `hostInfoValue` office.js keeps in
 * sessionStorage for pages the pane navigates to, or `window.external.GetHostInfo` (a sandboxed
 * host). Office on the web runs the pane in a frame; the desktop webviews expose their bridges
 * (`chrome.webview` in WebView2, `webkit.messageHandlers` in WKWebView).
 */
export interface WindowLike {
  readonly location: { readonly search: string };
  readonly name: string;
  readonly top: unknown;
  readonly external?: unknown;
  readonly chrome?: { readonly webview?: unknown };
  readonly webkit?: { readonly messageHandlers?: unknown };
  readonly sessionStorage?: Pick<Storage, "getItem">;
}

function storedHostInfo(w: WindowLike): boolean {
  try {
    return Boolean(w.sessionStorage?.getItem("hostInfoValue"));
  } catch {
    // Storage blocked (a sandboxed frame, strict privacy settings): no evidence either way.
    return false;
  }
}

export function looksLikePlainBrowser(w: WindowLike): boolean {
  if (w.top !== w) return false;
  if (/[?&]_host_Info=/i.test(w.location.search)) return false;
  if (w.name.includes("hostInfo")) return false;
  if (storedHostInfo(w)) return false;
  const external = w.external as { GetHostInfo?: unknown } | null | undefined;
  if (external && typeof external === "object" && "GetHostInfo" in external) return false;
  if (w.chrome?.webview !== undefined || w.webkit?.messageHandlers !== undefined) return false;
  return true;
}
