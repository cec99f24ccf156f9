// TCVN3 (TCVN 5712:1993, the "ABC" code of the .VnTime / .VnArial fonts) byte → Unicode.
// Single-byte: ASCII stays, 0x80–0xFF hold the Vietnamese letters (lowercase at 0xA8–0xFE,
// precomposed capitals at 0x80–0x9F and in a few control positions). 0xB0–0xB4 are the
// stand-alone tone marks, kept as combining marks so NFC puts them on the letter before.
// Data, one string per 16 bytes.

export const TCVN3_HIGH: string =
  "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ" + // 0x80
  "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ" + // 0x90
  " ĂÂÊÔƠƯĐăâêôơưđẰ" + // 0xA0
  "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ" + // 0xB0
  "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ" + // 0xC0
  "éẹềểễếệìỉỄẾỒĩíịò" + // 0xD0
  "Ổỏõóọồổỗốộờởỡớợù" + // 0xE0
  "ỖủũúụừửữứựỳỷỹýỵỐ"; // 0xF0

/** Capitals the code puts in control positions (0x01 Ú, 0x02 Ụ, …): tabs and newlines stay. */
export const TCVN3_LOW: Record<number, string> = {"1":"Ú","2":"Ụ","4":"Ừ","5":"Ử","6":"Ữ","17":"Ứ","18":"Ự","19":"Ỳ","20":"Ỷ","21":"Ỹ","22":"Ý","23":"Ỵ"};
