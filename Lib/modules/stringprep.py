"""The tables of RFC 3454 ("stringprep"), over Unicode 3.2.

Each in_table_X(ch) tells whether the one-character string ch is in the
RFC's table X; map_table_b2 and map_table_b3 give the case-folding
mappings of tables B.2 (for use with NFKC) and B.3 (without
normalisation).  The answers come from Unicode 3.2's character data
(unicodedata.ucd_3_2_0), as the RFC requires, plus the RFC's own lists.
Protocols such as IDNA (encodings.idna) and SASLprep build on them.
"""

from unicodedata import ucd_3_2_0 as _ucd

assert _ucd.unidata_version == '3.2.0'


def _expand(spans):
    points = set()
    for first, last in spans:
        points.update(range(first, last + 1))
    return frozenset(points)


# Table B.1: characters that map to nothing.
_b1 = _expand([(0xAD, 0xAD), (0x34F, 0x34F), (0x1806, 0x1806),
               (0x180B, 0x180D), (0x200B, 0x200D), (0x2060, 0x2060),
               (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF)])

# Table B.3 in full (every character it changes; the rest map to
# themselves), one-character results as runs (first code point, count,
# stride, offset added to each).
_B3_RUNS = (
    (0x41, 26, 1, 32), (0xB5, 1, 1, 775), (0xC0, 23, 1, 32), (0xD8, 7, 1, 32),
    (0x100, 24, 2, 1), (0x132, 3, 2, 1), (0x139, 8, 2, 1), (0x14A, 23, 2, 1),
    (0x178, 1, 1, -121), (0x179, 3, 2, 1), (0x17F, 1, 1, -268),
    (0x181, 1, 1, 210), (0x182, 2, 2, 1), (0x186, 1, 1, 206),
    (0x187, 1, 1, 1), (0x189, 2, 1, 205), (0x18B, 1, 1, 1), (0x18E, 1, 1, 79),
    (0x18F, 1, 1, 202), (0x190, 1, 1, 203), (0x191, 1, 1, 1),
    (0x193, 1, 1, 205), (0x194, 1, 1, 207), (0x196, 1, 1, 211),
    (0x197, 1, 1, 209), (0x198, 1, 1, 1), (0x19C, 1, 1, 211),
    (0x19D, 1, 1, 213), (0x19F, 1, 1, 214), (0x1A0, 3, 2, 1),
    (0x1A6, 1, 1, 218), (0x1A7, 1, 1, 1), (0x1A9, 1, 1, 218),
    (0x1AC, 1, 1, 1), (0x1AE, 1, 1, 218), (0x1AF, 1, 1, 1),
    (0x1B1, 2, 1, 217), (0x1B3, 2, 2, 1), (0x1B7, 1, 1, 219),
    (0x1B8, 1, 1, 1), (0x1BC, 1, 1, 1), (0x1C4, 1, 1, 2), (0x1C5, 1, 1, 1),
    (0x1C7, 1, 1, 2), (0x1C8, 1, 1, 1), (0x1CA, 1, 1, 2), (0x1CB, 9, 2, 1),
    (0x1DE, 9, 2, 1), (0x1F1, 1, 1, 2), (0x1F2, 2, 2, 1), (0x1F6, 1, 1, -97),
    (0x1F7, 1, 1, -56), (0x1F8, 20, 2, 1), (0x220, 1, 1, -130),
    (0x222, 9, 2, 1), (0x23A, 1, 1, 10795), (0x23B, 1, 1, 1),
    (0x23D, 1, 1, -163), (0x23E, 1, 1, 10792), (0x241, 1, 1, 1),
    (0x243, 1, 1, -195), (0x244, 1, 1, 69), (0x245, 1, 1, 71),
    (0x246, 5, 2, 1), (0x345, 1, 1, 116), (0x370, 2, 2, 1), (0x376, 1, 1, 1),
    (0x37F, 1, 1, 116), (0x386, 1, 1, 38), (0x388, 3, 1, 37),
    (0x38C, 1, 1, 64), (0x38E, 2, 1, 63), (0x391, 17, 1, 32),
    (0x3A3, 9, 1, 32), (0x3C2, 1, 1, 1), (0x3CF, 1, 1, 8), (0x3D0, 1, 1, -30),
    (0x3D1, 1, 1, -25), (0x3D2, 1, 1, -13), (0x3D3, 1, 1, -6),
    (0x3D4, 1, 1, -9), (0x3D5, 1, 1, -15), (0x3D6, 1, 1, -22),
    (0x3D8, 12, 2, 1), (0x3F0, 1, 1, -54), (0x3F1, 1, 1, -48),
    (0x3F2, 1, 1, -47), (0x3F4, 1, 1, -60), (0x3F5, 1, 1, -64),
    (0x3F7, 1, 1, 1), (0x3F9, 1, 1, -7), (0x3FA, 1, 1, 1),
    (0x3FD, 3, 1, -130), (0x400, 16, 1, 80), (0x410, 32, 1, 32),
    (0x460, 17, 2, 1), (0x48A, 27, 2, 1), (0x4C0, 1, 1, 15), (0x4C1, 7, 2, 1),
    (0x4D0, 48, 2, 1), (0x531, 38, 1, 48), (0x10A0, 38, 1, 7264),
    (0x10C7, 1, 1, 7264), (0x10CD, 1, 1, 7264), (0x13A0, 80, 1, 38864),
    (0x13F0, 6, 1, 8), (0x1E00, 75, 2, 1), (0x1E9B, 1, 1, -58),
    (0x1E9E, 1, 1, -7615), (0x1EA0, 48, 2, 1), (0x1F08, 8, 1, -8),
    (0x1F18, 6, 1, -8), (0x1F28, 8, 1, -8), (0x1F38, 8, 1, -8),
    (0x1F48, 6, 1, -8), (0x1F59, 4, 2, -8), (0x1F68, 8, 1, -8),
    (0x1FB8, 2, 1, -8), (0x1FBA, 2, 1, -74), (0x1FBE, 1, 1, -7173),
    (0x1FC8, 4, 1, -86), (0x1FD8, 2, 1, -8), (0x1FDA, 2, 1, -100),
    (0x1FE8, 2, 1, -8), (0x1FEA, 2, 1, -112), (0x1FEC, 1, 1, -7),
    (0x1FF8, 2, 1, -128), (0x1FFA, 2, 1, -126), (0x2102, 1, 1, -8351),
    (0x2107, 1, 1, -7852), (0x210B, 1, 1, -8355), (0x210C, 1, 1, -8356),
    (0x210D, 1, 1, -8357), (0x2110, 1, 1, -8359), (0x2111, 1, 1, -8360),
    (0x2112, 1, 1, -8358), (0x2115, 1, 1, -8359), (0x2119, 3, 1, -8361),
    (0x211C, 1, 1, -8362), (0x211D, 1, 1, -8363), (0x2124, 1, 1, -8362),
    (0x2126, 1, 1, -7517), (0x2128, 1, 1, -8366), (0x212A, 1, 1, -8383),
    (0x212B, 1, 1, -8262), (0x212C, 2, 1, -8394), (0x2130, 2, 1, -8395),
    (0x2132, 1, 1, 28), (0x2133, 1, 1, -8390), (0x213E, 1, 1, -7563),
    (0x213F, 1, 1, -7551), (0x2145, 1, 1, -8417), (0x2160, 16, 1, 16),
    (0x2183, 1, 1, 1), (0x24B6, 26, 1, 26), (0x2C00, 47, 1, 48),
    (0x2C60, 1, 1, 1), (0x2C62, 1, 1, -10743), (0x2C63, 1, 1, -3814),
    (0x2C64, 1, 1, -10727), (0x2C67, 3, 2, 1), (0x2C6D, 1, 1, -10780),
    (0x2C6E, 1, 1, -10749), (0x2C6F, 1, 1, -10783), (0x2C70, 1, 1, -10782),
    (0x2C72, 1, 1, 1), (0x2C75, 1, 1, 1), (0x2C7E, 2, 1, -10815),
    (0x2C80, 50, 2, 1), (0x2CEB, 2, 2, 1), (0x2CF2, 1, 1, 1),
    (0xA640, 23, 2, 1), (0xA680, 14, 2, 1), (0xA722, 7, 2, 1),
    (0xA732, 31, 2, 1), (0xA779, 2, 2, 1), (0xA77D, 1, 1, -35332),
    (0xA77E, 5, 2, 1), (0xA78B, 1, 1, 1), (0xA78D, 1, 1, -42280),
    (0xA790, 2, 2, 1), (0xA796, 10, 2, 1), (0xA7AA, 1, 1, -42308),
    (0xA7AB, 1, 1, -42319), (0xA7AC, 1, 1, -42315), (0xA7AD, 1, 1, -42305),
    (0xA7AE, 1, 1, -42308), (0xA7B0, 1, 1, -42258), (0xA7B1, 1, 1, -42282),
    (0xA7B2, 1, 1, -42261), (0xA7B3, 1, 1, 928), (0xA7B4, 2, 2, 1),
    (0xFF21, 26, 1, 32), (0x10400, 40, 1, 40), (0x104B0, 36, 1, 40),
    (0x10C80, 51, 1, 64), (0x118A0, 32, 1, 32), (0x1D400, 26, 1, -119711),
    (0x1D434, 26, 1, -119763), (0x1D468, 26, 1, -119815),
    (0x1D49C, 2, 2, -119867), (0x1D49F, 1, 1, -119867),
    (0x1D4A2, 1, 1, -119867), (0x1D4A5, 2, 1, -119867),
    (0x1D4A9, 4, 1, -119867), (0x1D4AE, 8, 1, -119867),
    (0x1D4D0, 26, 1, -119919), (0x1D504, 2, 1, -119971),
    (0x1D507, 4, 1, -119971), (0x1D50D, 8, 1, -119971),
    (0x1D516, 7, 1, -119971), (0x1D538, 2, 1, -120023),
    (0x1D53B, 4, 1, -120023), (0x1D540, 5, 1, -120023),
    (0x1D546, 1, 1, -120023), (0x1D54A, 7, 1, -120023),
    (0x1D56C, 26, 1, -120075), (0x1D5A0, 26, 1, -120127),
    (0x1D5D4, 26, 1, -120179), (0x1D608, 26, 1, -120231),
    (0x1D63C, 26, 1, -120283), (0x1D670, 26, 1, -120335),
    (0x1D6A8, 17, 1, -119543), (0x1D6B9, 1, 1, -119553),
    (0x1D6BA, 7, 1, -119543), (0x1D6D3, 1, 1, -119568),
    (0x1D6E2, 17, 1, -119601), (0x1D6F3, 1, 1, -119611),
    (0x1D6F4, 7, 1, -119601), (0x1D70D, 1, 1, -119626),
    (0x1D71C, 17, 1, -119659), (0x1D72D, 1, 1, -119669),
    (0x1D72E, 7, 1, -119659), (0x1D747, 1, 1, -119684),
    (0x1D756, 17, 1, -119717), (0x1D767, 1, 1, -119727),
    (0x1D768, 7, 1, -119717), (0x1D781, 1, 1, -119742),
    (0x1D790, 17, 1, -119775), (0x1D7A1, 1, 1, -119785),
    (0x1D7A2, 7, 1, -119775), (0x1D7BB, 1, 1, -119800), (0x1E900, 34, 1, 34),)

# Table B.3, results longer than one character.
_B3_LONG = {
    0xDF: 'ss',
    0x130: 'i\u0307',
    0x149: '\u02bcn',
    0x1F0: 'j\u030c',
    0x37A: ' \u03b9',
    0x390: '\u03b9\u0308\u0301',
    0x3B0: '\u03c5\u0308\u0301',
    0x587: '\u0565\u0582',
    0x1E96: 'h\u0331',
    0x1E97: 't\u0308',
    0x1E98: 'w\u030a',
    0x1E99: 'y\u030a',
    0x1E9A: 'a\u02be',
    0x1F50: '\u03c5\u0313',
    0x1F52: '\u03c5\u0313\u0300',
    0x1F54: '\u03c5\u0313\u0301',
    0x1F56: '\u03c5\u0313\u0342',
    0x1F80: '\u1f00\u03b9',
    0x1F81: '\u1f01\u03b9',
    0x1F82: '\u1f02\u03b9',
    0x1F83: '\u1f03\u03b9',
    0x1F84: '\u1f04\u03b9',
    0x1F85: '\u1f05\u03b9',
    0x1F86: '\u1f06\u03b9',
    0x1F87: '\u1f07\u03b9',
    0x1F88: '\u1f00\u03b9',
    0x1F89: '\u1f01\u03b9',
    0x1F8A: '\u1f02\u03b9',
    0x1F8B: '\u1f03\u03b9',
    0x1F8C: '\u1f04\u03b9',
    0x1F8D: '\u1f05\u03b9',
    0x1F8E: '\u1f06\u03b9',
    0x1F8F: '\u1f07\u03b9',
    0x1F90: '\u1f20\u03b9',
    0x1F91: '\u1f21\u03b9',
    0x1F92: '\u1f22\u03b9',
    0x1F93: '\u1f23\u03b9',
    0x1F94: '\u1f24\u03b9',
    0x1F95: '\u1f25\u03b9',
    0x1F96: '\u1f26\u03b9',
    0x1F97: '\u1f27\u03b9',
    0x1F98: '\u1f20\u03b9',
    0x1F99: '\u1f21\u03b9',
    0x1F9A: '\u1f22\u03b9',
    0x1F9B: '\u1f23\u03b9',
    0x1F9C: '\u1f24\u03b9',
    0x1F9D: '\u1f25\u03b9',
    0x1F9E: '\u1f26\u03b9',
    0x1F9F: '\u1f27\u03b9',
    0x1FA0: '\u1f60\u03b9',
    0x1FA1: '\u1f61\u03b9',
    0x1FA2: '\u1f62\u03b9',
    0x1FA3: '\u1f63\u03b9',
    0x1FA4: '\u1f64\u03b9',
    0x1FA5: '\u1f65\u03b9',
    0x1FA6: '\u1f66\u03b9',
    0x1FA7: '\u1f67\u03b9',
    0x1FA8: '\u1f60\u03b9',
    0x1FA9: '\u1f61\u03b9',
    0x1FAA: '\u1f62\u03b9',
    0x1FAB: '\u1f63\u03b9',
    0x1FAC: '\u1f64\u03b9',
    0x1FAD: '\u1f65\u03b9',
    0x1FAE: '\u1f66\u03b9',
    0x1FAF: '\u1f67\u03b9',
    0x1FB2: '\u1f70\u03b9',
    0x1FB3: '\u03b1\u03b9',
    0x1FB4: '\u03ac\u03b9',
    0x1FB6: '\u03b1\u0342',
    0x1FB7: '\u03b1\u0342\u03b9',
    0x1FBC: '\u03b1\u03b9',
    0x1FC2: '\u1f74\u03b9',
    0x1FC3: '\u03b7\u03b9',
    0x1FC4: '\u03ae\u03b9',
    0x1FC6: '\u03b7\u0342',
    0x1FC7: '\u03b7\u0342\u03b9',
    0x1FCC: '\u03b7\u03b9',
    0x1FD2: '\u03b9\u0308\u0300',
    0x1FD3: '\u03b9\u0308\u0301',
    0x1FD6: '\u03b9\u0342',
    0x1FD7: '\u03b9\u0308\u0342',
    0x1FE2: '\u03c5\u0308\u0300',
    0x1FE3: '\u03c5\u0308\u0301',
    0x1FE4: '\u03c1\u0313',
    0x1FE6: '\u03c5\u0342',
    0x1FE7: '\u03c5\u0308\u0342',
    0x1FF2: '\u1f7c\u03b9',
    0x1FF3: '\u03c9\u03b9',
    0x1FF4: '\u03ce\u03b9',
    0x1FF6: '\u03c9\u0342',
    0x1FF7: '\u03c9\u0342\u03b9',
    0x1FFC: '\u03c9\u03b9',
    0x20A8: 'rs',
    0x2103: '\xb0c',
    0x2109: '\xb0f',
    0x2116: 'no',
    0x2120: 'sm',
    0x2121: 'tel',
    0x2122: 'tm',
    0x3371: 'hpa',
    0x3373: 'au',
    0x3375: 'ov',
    0x3380: 'pa',
    0x3381: 'na',
    0x3382: '\u03bca',
    0x3383: 'ma',
    0x3384: 'ka',
    0x3385: 'kb',
    0x3386: 'mb',
    0x3387: 'gb',
    0x338A: 'pf',
    0x338B: 'nf',
    0x338C: '\u03bcf',
    0x3390: 'hz',
    0x3391: 'khz',
    0x3392: 'mhz',
    0x3393: 'ghz',
    0x3394: 'thz',
    0x33A9: 'pa',
    0x33AA: 'kpa',
    0x33AB: 'mpa',
    0x33AC: 'gpa',
    0x33B4: 'pv',
    0x33B5: 'nv',
    0x33B6: '\u03bcv',
    0x33B7: 'mv',
    0x33B8: 'kv',
    0x33B9: 'mv',
    0x33BA: 'pw',
    0x33BB: 'nw',
    0x33BC: '\u03bcw',
    0x33BD: 'mw',
    0x33BE: 'kw',
    0x33BF: 'mw',
    0x33C0: 'k\u03c9',
    0x33C1: 'm\u03c9',
    0x33C3: 'bq',
    0x33C6: 'c\u2215kg',
    0x33C7: 'co.',
    0x33C8: 'db',
    0x33C9: 'gy',
    0x33CB: 'hp',
    0x33CD: 'kk',
    0x33CE: 'km',
    0x33D7: 'ph',
    0x33D9: 'ppm',
    0x33DA: 'pr',
    0x33DC: 'sv',
    0x33DD: 'wb',
    0xFB00: 'ff',
    0xFB01: 'fi',
    0xFB02: 'fl',
    0xFB03: 'ffi',
    0xFB04: 'ffl',
    0xFB05: 'st',
    0xFB06: 'st',
    0xFB13: '\u0574\u0576',
    0xFB14: '\u0574\u0565',
    0xFB15: '\u0574\u056b',
    0xFB16: '\u057e\u0576',
    0xFB17: '\u0574\u056d',
}

_b3 = dict(_B3_LONG)
for _first, _count, _stride, _delta in _B3_RUNS:
    for _cp in range(_first, _first + _count * _stride, _stride):
        _b3[_cp] = chr(_cp + _delta)
del _first, _count, _stride, _delta, _cp

# Table C.2.2's members beyond the control characters (category Cc).
_c22_extra = _expand([(0x6DD, 0x6DD), (0x70F, 0x70F), (0x180E, 0x180E),
                      (0x200C, 0x200D), (0x2028, 0x2029), (0x2060, 0x2063),
                      (0x206A, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFC),
                      (0x1D173, 0x1D17A)])

# Tables C.6 (inappropriate for plain text), C.7 (for canonical
# representation), C.8 (change display properties or are deprecated) and
# C.9 (tagging characters).
_c6 = _expand([(0xFFF9, 0xFFFD)])
_c7 = _expand([(0x2FF0, 0x2FFB)])
_c8 = _expand([(0x340, 0x341), (0x200E, 0x200F), (0x202A, 0x202E),
               (0x206A, 0x206F)])
_c9 = _expand([(0xE0001, 0xE0001), (0xE0020, 0xE007F)])


def _noncharacter(cp):
    return 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFF) >= 0xFFFE


def in_table_a1(code):
    """A.1: unassigned in Unicode 3.2 (noncharacters excepted)."""
    if _ucd.category(code) != 'Cn':
        return False
    return not _noncharacter(ord(code))


def in_table_b1(code):
    """B.1: commonly mapped to nothing."""
    return ord(code) in _b1


def map_table_b3(code):
    """B.3: case folding, for use without normalisation."""
    folded = _b3.get(ord(code))
    return code if folded is None else folded


def map_table_b2(a):
    """B.2: case folding, for use with NFKC normalisation."""
    once = map_table_b3(a)
    normal = _ucd.normalize("NFKC", once)
    refolded = "".join(map(map_table_b3, normal))
    renormal = _ucd.normalize("NFKC", refolded)
    return once if renormal == normal else renormal


def in_table_c11(code):
    """C.1.1: the ASCII space."""
    return code == " "


def in_table_c12(code):
    """C.1.2: the other space characters."""
    return code != " " and _ucd.category(code) == "Zs"


def in_table_c11_c12(code):
    """C.1.1 or C.1.2: any space character."""
    return _ucd.category(code) == "Zs"


def in_table_c21(code):
    """C.2.1: ASCII control characters."""
    return ord(code) <= 0x7F and _ucd.category(code) == "Cc"


def in_table_c22(code):
    """C.2.2: the other control characters."""
    cp = ord(code)
    if cp <= 0x7F:
        return False
    return _ucd.category(code) == "Cc" or cp in _c22_extra


def in_table_c21_c22(code):
    """C.2.1 or C.2.2: any control character."""
    return _ucd.category(code) == "Cc" or ord(code) in _c22_extra


def in_table_c3(code):
    """C.3: private use."""
    return _ucd.category(code) == "Co"


def in_table_c4(code):
    """C.4: non-character code points."""
    return _noncharacter(ord(code))


def in_table_c5(code):
    """C.5: surrogate codes."""
    return _ucd.category(code) == "Cs"


def _listed(name, table, doc):
    # A membership test of table, named as the module exports it.
    def check(code):
        return ord(code) in table
    check.__name__ = check.__qualname__ = name
    check.__doc__ = doc
    return check


in_table_c6 = _listed("in_table_c6", _c6, "C.6: inappropriate for plain text.")
in_table_c7 = _listed("in_table_c7", _c7,
                      "C.7: inappropriate for canonical representation.")
in_table_c8 = _listed("in_table_c8", _c8,
                      "C.8: change display properties or are deprecated.")
in_table_c9 = _listed("in_table_c9", _c9, "C.9: tagging characters.")


def in_table_d1(code):
    """D.1: characters with bidirectional property R or AL."""
    return _ucd.bidirectional(code) in ("R", "AL")


def in_table_d2(code):
    """D.2: characters with bidirectional property L."""
    return _ucd.bidirectional(code) == "L"
