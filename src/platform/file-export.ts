/** Offers text to the player as a file to save (story packs, session records). */
export function offerDownload(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser has started the download by the time this runs.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
