/** Which files of a folder are data, and the files of a file input (shared by the header and the drop zone). */

/** Extensions taken from a dropped or opened folder (other files in a folder are skipped). */
export const DATA_FILE = /\.(csv|tsv|txt)$/i;

/** Files chosen through an <input type=file> (with `webkitdirectory`: only data files). */
export function filesOfInput(list: FileList | null, folder: boolean): File[] {
  const files = [...(list ?? [])].filter((f) => !folder || DATA_FILE.test(f.name));
  return files.sort((a, b) => a.name.localeCompare(b.name));
}
