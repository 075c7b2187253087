/** One file of a package: its path inside the zip and its bytes. */
export interface PackageFile {
  /** `/`-separated, relative, no `..`: checked against schemas/package-manifest.schema.json before zipping. */
  path: string;
  contents: Buffer | string;
}
