/**
 * Offers text as a file through the browser's own download: a link to a blob, clicked, its URL
 * freed a minute later (a slow browser may still be reading it).
 */
export function offerFile(name: string, content: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
