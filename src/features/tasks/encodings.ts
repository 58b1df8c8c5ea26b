// Entry-name charsets for zips made on systems that did not write UTF-8 names. The values are the
// names the server's archive library knows (an unknown value is silently ignored there); the
// labels are in the `tasks` namespace under `encodings.<value>`.
export const ZIP_ENCODINGS = [
  "gbk",
  "gb18030",
  "big5",
  "shiftjis",
  "eucjp",
  "euckr",
  "windows1250",
  "windows1251",
  "windows1252",
  "windows1253",
  "windows1254",
  "windows1255",
  "windows1256",
  "windows1257",
  "windows1258",
  "windows874",
  "ibm866",
  "koi8r",
  "koi8u",
  "macintosh",
] as const;
