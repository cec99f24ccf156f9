/* eslint-disable no-undef */
// Where the add-in is served from, and the manifest that points there. `npm run build` reads the
// address from ADDIN_URL (or `npm run build -- --env ADDIN_URL=…`) and writes dist/manifest.xml with
// every URL of manifest.xml (written for https://localhost:3000/, the dev server) moved under it.
// Office loads add-ins over HTTPS only; the address is the folder that holds taskpane.html.

const DEV_URL = "https://localhost:3000/";

/** Checks and normalizes the address (trailing slash); throws a message a person can act on. */
function addinUrl(value) {
  const raw = String(value ?? "").trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL must be an absolute https:// address (the folder that serves taskpane.html), not "${raw}"`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must use https:// (Office loads add-ins over HTTPS only), not "${raw}"`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must be a plain folder address, without "?…" or "#…": "${raw}"`);
  if (url.username || url.password) throw new Error(`ADDIN_URL must not carry a user name or password: "${raw}"`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

const escapeXml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** manifest.xml with every dev-server URL under `base`, the app domain its origin, and the version
 *  of package.json (Office updates a deployed add-in when the version grows). */
function manifestFor(xml, base, version) {
  const origin = new URL(base).origin;
  let out = xml.split(DEV_URL).join(escapeXml(base)).split(DEV_URL.slice(0, -1)).join(escapeXml(origin));
  if (version) {
    const parts = String(version).split(/[.-]/).filter((p) => /^\d+$/.test(p)).slice(0, 4);
    while (parts.length < 4) parts.push("0");
    out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${parts.join(".")}</Version>`);
  }
  return out;
}

module.exports = { DEV_URL, addinUrl, manifestFor };
