// Counts the pages of a PDF without a PDF library: every page is an object
// of `/Type /Page` (the page tree nodes are `/Type /Pages`). Chromium writes
// page objects uncompressed, so a byte scan finds them all.
/** @param {Uint8Array} bytes */
export function countPdfPages(bytes) {
  const text = Buffer.from(bytes).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}
