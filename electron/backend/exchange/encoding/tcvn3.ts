/*
 * TCVN3 (ABC): the 8-bit "VN3" set of TCVN 5712:1993, used with the .Vn* fonts (.VnTime,
 * .VnArial …). Excel stores such text as the Windows-1252 reading of its bytes, so Vietnamese
 * letters show up as Latin-1 characters: "Nguyễn Văn Đức" reads "NguyÔn V¨n §øc".
 *
 * The one-font set has lower-case letters with every tone but, of the capitals, only the seven
 * letters Ă Â Ê Ô Ơ Ư Đ without a tone: capitals with tones were typed in the matching
 * upper-case font (.VnTimeH) with the lower-case codes, so they decode to lower case here.
 */

/** Per letter: the codes of [no tone, grave, hook, tilde, acute, dot below]. */
const LETTER_ROWS: readonly (readonly [string, readonly number[]])[] = [
  ['aàảãáạ', [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ăằẳẵắặ', [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['âầẩẫấậ', [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['eèẻẽéẹ', [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['êềểễếệ', [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['iìỉĩíị', [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['oòỏõóọ', [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ôồổỗốộ', [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơờởỡớợ', [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['uùủũúụ', [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ưừửữứự', [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['yỳỷỹýỵ', [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
  ['đ', [0xae]],
  ['ĂÂÊÔƠƯĐ', [0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7]],
];

function buildDecodeTable(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const [letters, codes] of LETTER_ROWS) {
    [...letters].forEach((letter, i) => {
      const code = codes[i];
      if (code !== undefined && code >= 0x80) table.set(String.fromCharCode(code), letter);
    });
  }
  return table;
}

/** TCVN3 character (as Excel shows it) → Unicode letter. Only the codes above 0x7F differ from ASCII. */
export const TCVN3_DECODE: ReadonlyMap<string, string> = buildDecodeTable();

/** Convert TCVN3 text (as read from the cell) to Unicode NFC. Characters outside the set pass through. */
export function tcvn3ToUnicode(s: string): string {
  let out = '';
  for (const ch of s) out += TCVN3_DECODE.get(ch) ?? ch;
  return out.normalize('NFC');
}
