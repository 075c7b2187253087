/** One file of a package: its path inside the zip and its bytes. */
export interface PackageFile {
  /** `/`-separated, relative, no `..`: checked by `writeZip`. */
  path: string;
  contents: Buffer | string;
}
