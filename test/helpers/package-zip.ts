import AdmZip from 'adm-zip';

/** A built package opened the way an LMS importer would: by reading the zip. */
export interface OpenedPackage {
  names: string[];
  text(name: string): string;
  has(name: string): boolean;
}

export function openPackage(path: string): OpenedPackage {
  const zip = new AdmZip(path);
  const entries = zip.getEntries();
  const names = entries.map((entry) => entry.entryName);
  return {
    names,
    has: (name) => names.includes(name),
    text(name) {
      const entry = zip.getEntry(name);
      if (!entry) throw new Error(`${name} is not in the package`);
      return entry.getData().toString('utf8');
    },
  };
}
