/** A byte count as people read it: `812 B`, `35.2 KB`, `10.0 MB`, `1.25 GB`. */
export function formatBytes(bytes: number): string {
  const MB = 1024 * 1024;
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MB) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * MB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${(bytes / (1024 * MB)).toFixed(2)} GB`;
}
