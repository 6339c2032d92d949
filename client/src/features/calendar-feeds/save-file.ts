/** Hands a downloaded file to the browser's download manager under `filename`. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start reading the object URL only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
