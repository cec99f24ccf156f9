// VNI (VNI-Windows, the code of the VNI-Times / VNI-Helve fonts). Unlike TCVN3 it is not one byte
// per letter: most letters are a base ASCII vowel followed by one byte for the diacritics
// ("chaøo" is "chào": 0xF8 is the grave accent). A few letters are single bytes of their own.
// Keys are the windows-1252 characters those bytes show as; data, not logic.

/** Diacritic bytes after a base vowel → combining marks (lowercase marks; capitals below). */
export const VNI_MARKS: Record<string, string> = {
  "\xF9": "\u0301", // acute
  "\xF8": "\u0300", // grave
  "\xFB": "\u0309", // hook above
  "\xF5": "\u0303", // tilde
  "\xEF": "\u0323", // dot below
  "\xE2": "\u0302", // circumflex
  "\xE1": "\u0302\u0301",
  "\xE0": "\u0302\u0300",
  "\xE5": "\u0302\u0309",
  "\xE3": "\u0302\u0303",
  "\xE4": "\u0302\u0323",
  "\xEA": "\u0306", // breve
  "\xE9": "\u0306\u0301",
  "\xE8": "\u0306\u0300",
  "\xFA": "\u0306\u0309",
  "\xFC": "\u0306\u0303",
  "\xEB": "\u0306\u0323",
  // the same marks as capital-text bytes
  "\xD9": "\u0301",
  "\xD8": "\u0300",
  "\xDB": "\u0309",
  "\xD5": "\u0303",
  "\xCF": "\u0323",
  "\xC2": "\u0302",
  "\xC1": "\u0302\u0301",
  "\xC0": "\u0302\u0300",
  "\xC5": "\u0302\u0309",
  "\xC3": "\u0302\u0303",
  "\xC4": "\u0302\u0323",
  "\xCA": "\u0306",
  "\xC9": "\u0306\u0301",
  "\xC8": "\u0306\u0300",
  "\xDA": "\u0306\u0309",
  "\xDC": "\u0306\u0303",
  "\xCB": "\u0306\u0323",
};

/** Letters that are one byte in VNI. */
export const VNI_LETTERS: Record<string, string> = {
  "\xF4": "ơ", "\xD4": "Ơ",
  "\xF6": "ư", "\xD6": "Ư",
  "\xF1": "đ", "\xD1": "Đ",
  "\xED": "í", "\xCD": "Í",
  "\xEC": "ì", "\xCC": "Ì",
  "\xE6": "ỉ", "\xC6": "Ỉ",
  "\xF3": "ĩ", "\xD3": "Ĩ",
  "\xF2": "ị", "\xD2": "Ị",
  "\xEE": "ỵ", "\xCE": "Ỵ",
};
