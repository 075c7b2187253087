/**
 * Where an asset goes in the package. LMS importers refuse spaces and
 * characters such as `& $ + % # < >` in file names, so anything beyond plain
 * ASCII becomes `_`; a clash with an earlier name (ignoring case) gets a numeric suffix.
 */
export function packagePathFor(path: string, used: ReadonlySet<string>): string {
  const safe = path
    .split('/')
    .map((part) => part.normalize('NFKD').replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_'))
    .join('/');
  const prefixed = `assets/${safe.replace(/^assets\//, '')}`;
  // `used` holds lower-case paths: LMSs on Windows or macOS unpack into
  // case-insensitive folders, where Map.png and map.png are one file.
  if (!used.has(prefixed.toLowerCase())) return prefixed;
  const dot = prefixed.lastIndexOf('.');
  const [stem, ext] = dot > prefixed.lastIndexOf('/') ? [prefixed.slice(0, dot), prefixed.slice(dot)] : [prefixed, ''];
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
