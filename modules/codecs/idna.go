package codecs

import (
	"bytes"
	"sort"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The idna codec: IDNA 2003 (RFC 3490) ToASCII and ToUnicode label by
// label, with nameprep (RFC 3491: tables B.1 and B.2, NFKC of Unicode
// 3.2, the prohibited tables and the bidi rule) and CPython 3.6's
// messages. A name that is plain ASCII is kept as written. Only the
// "strict" error handler is supported, as in CPython.

// runeRange is an inclusive range of code points.
type runeRange struct{ lo, hi rune }

// inRanges reports whether r lies in one of the sorted ranges rs.
func inRanges(rs []runeRange, r rune) bool {
	i := sort.Search(len(rs), func(i int) bool { return rs[i].hi >= r })
	return i < len(rs) && rs[i].lo <= r
}

func idnaError(format string, args ...any) error {
	return py.ExceptionNewf(py.UnicodeError, format, args...)
}

// isIDNADot reports the label separators of RFC 3490 section 3.1.
func isIDNADot(r rune) bool {
	return r == '.' || r == '\u3002' || r == '\uff0e' || r == '\uff61'
}

var (
	nfkcOnce sync.Once
	nfkc320  py.Object // unicodedata.ucd_3_2_0.normalize
)

// normalizeNFKC320 is NFKC under Unicode 3.2 (unicodedata.ucd_3_2_0).
func normalizeNFKC320(s string) (string, error) {
	nfkcOnce.Do(func() {
		if impl := py.GetModuleImpl("unicodedata"); impl != nil {
			if ucd, ok := impl.Globals["ucd_3_2_0"]; ok {
				nfkc320, _ = py.GetAttrString(ucd, "normalize")
			}
		}
	})
	if nfkc320 == nil {
		return s, nil
	}
	out, err := vm.Call(nfkc320, py.Tuple{py.String("NFKC"), py.String(s)}, nil)
	if err != nil {
		return "", err
	}
	str, _ := out.(py.String)
	return string(str), nil
}

// nameprep is RFC 3491's preparation of one label.
func nameprep(label string) (string, error) {
	var sb strings.Builder
	for _, r := range chars(label) {
		if inRanges(nameprepDropped, r) {
			continue
		}
		if m, ok := nameprepFold()[r]; ok {
			sb.WriteString(m)
		} else {
			sb.WriteString(charString(r))
		}
	}
	out, err := normalizeNFKC320(sb.String())
	if err != nil {
		return "", err
	}
	rs := chars(out)
	for _, r := range rs {
		if inRanges(nameprepProhibited, r) {
			rep, err := pyrepr.Repr(py.String(charString(r)))
			if err != nil {
				return "", err
			}
			return "", idnaError("Invalid character %s", rep)
		}
	}
	rtl := false
	for _, r := range rs {
		if inRanges(nameprepRandAL, r) {
			rtl = true
		}
	}
	if rtl {
		for _, r := range rs {
			if inRanges(nameprepL, r) {
				return "", idnaError("Violation of BIDI requirement 2")
			}
		}
		if !inRanges(nameprepRandAL, rs[0]) || !inRanges(nameprepRandAL, rs[len(rs)-1]) {
			return "", idnaError("Violation of BIDI requirement 3")
		}
	}
	return out, nil
}

// chars splits a str into its characters (lone surrogates included).
func chars(s string) []rune {
	var out []rune
	for i := 0; i < len(s); {
		r, w := host.DecodeWTF8(s[i:])
		out = append(out, r)
		i += w
	}
	return out
}

// charString is one character as a str holds it.
func charString(r rune) string {
	if r >= 0xD800 && r <= 0xDFFF {
		return string([]byte{0xED, byte(0x80 | (r>>6)&0x3F), byte(0x80 | r&0x3F)})
	}
	return string(r)
}

// labelLength checks an encoded label's length as ToASCII does.
func labelLength(b []byte) ([]byte, error) {
	if len(b) == 0 || len(b) >= 64 {
		return nil, idnaError("label empty or too long")
	}
	return b, nil
}

// toASCII is RFC 3490's ToASCII (UseSTD3ASCIIRules off).
func toASCII(label string) ([]byte, error) {
	if pyutil.IsASCII(label) {
		return labelLength([]byte(label))
	}
	prepped, err := nameprep(label)
	if err != nil {
		return nil, err
	}
	if pyutil.IsASCII(prepped) {
		return labelLength([]byte(prepped))
	}
	if strings.HasPrefix(prepped, "xn--") {
		return nil, idnaError("Label starts with ACE prefix")
	}
	return labelLength(append([]byte("xn--"), host.EncodePunycode(prepped)...))
}

// toUnicode is RFC 3490's ToUnicode of an ASCII label.
func toUnicode(label []byte) (string, error) {
	if !bytes.HasPrefix(label, []byte("xn--")) {
		s, _, err := host.DecodeText(label, "ascii", "strict", true)
		return s, err
	}
	result, err := host.DecodePunycode(label[4:], "strict")
	if err != nil {
		return "", wrapPunycode(err)
	}
	back, err := toASCII(result)
	if err != nil {
		return "", err
	}
	if strings.ToLower(string(label)) != string(back) {
		return "", &py.Exception{Base: py.UnicodeError, Args: py.Tuple{
			py.String("IDNA does not round-trip"), py.Bytes(append([]byte(nil), label...)), py.Bytes(back)}}
	}
	return result, nil
}

// wrapPunycode words a punycode error as CPython's idna codec passes it
// on (it decodes through the codec registry).
func wrapPunycode(err error) error {
	e, ok := err.(*py.Exception)
	if !ok || len(e.Dict) != 0 {
		return err
	}
	msg, serr := pyrepr.Str(e)
	if serr != nil {
		return err
	}
	return &py.Exception{Base: e.Base, Args: py.Tuple{py.String("decoding with 'punycode' codec failed (" + e.Base.Name + ": " + msg + ")")}, Cause: e}
}

// splitDots splits a name at the IDNA label separators.
func splitDots(s string) []string {
	var labels []string
	start := 0
	for i, r := range s {
		if isIDNADot(r) {
			labels = append(labels, s[start:i])
			start = i + len(string(r))
		}
	}
	return append(labels, s[start:])
}

// IDNAEncode is the idna codec's encoder.
func IDNAEncode(s, errors string) ([]byte, error) {
	if errors != "strict" {
		return nil, idnaError("unsupported error handling %s", errors)
	}
	if s == "" {
		return nil, nil
	}
	if pyutil.IsASCII(s) {
		labels := strings.Split(s, ".")
		for _, l := range labels[:len(labels)-1] {
			if len(l) == 0 || len(l) >= 64 {
				return nil, idnaError("label empty or too long")
			}
		}
		if len(labels[len(labels)-1]) >= 64 {
			return nil, idnaError("label too long")
		}
		return []byte(s), nil
	}
	labels := splitDots(s)
	var trailing []byte
	if labels[len(labels)-1] == "" {
		trailing = []byte{'.'}
		labels = labels[:len(labels)-1]
	}
	var out []byte
	for i, l := range labels {
		if i > 0 {
			out = append(out, '.')
		}
		a, err := toASCII(l)
		if err != nil {
			return nil, err
		}
		out = append(out, a...)
	}
	return append(out, trailing...), nil
}

// IDNADecode is the idna codec's decoder.
func IDNADecode(b []byte, errors string) (string, error) {
	if errors != "strict" {
		return "", idnaError("Unsupported error handling %s", errors)
	}
	if !bytes.Contains(b, []byte("xn--")) {
		s, _, err := host.DecodeText(b, "ascii", "strict", true)
		return s, err
	}
	labels := bytes.Split(b, []byte("."))
	trailing := ""
	if len(labels[len(labels)-1]) == 0 {
		trailing = "."
		labels = labels[:len(labels)-1]
	}
	out := make([]string, len(labels))
	for i, l := range labels {
		u, err := toUnicode(l)
		if err != nil {
			return "", err
		}
		out[i] = u
	}
	return strings.Join(out, ".") + trailing, nil
}

// IDNAEncodePart is the incremental encoder's step: unless final, the
// label after the last separator waits for more input. It answers the
// bytes and the characters consumed.
func IDNAEncodePart(s, errors string, final bool) ([]byte, int, error) {
	if errors != "strict" {
		return nil, 0, idnaError("unsupported error handling %s", errors)
	}
	if s == "" {
		return nil, 0, nil
	}
	labels := splitDots(s)
	var trailing []byte
	if labels[len(labels)-1] == "" {
		trailing = []byte{'.'}
		labels = labels[:len(labels)-1]
	} else if !final {
		labels = labels[:len(labels)-1]
		if len(labels) > 0 {
			trailing = []byte{'.'}
		}
	}
	var out []byte
	used := 0
	for i, l := range labels {
		if i > 0 {
			out = append(out, '.')
			used++
		}
		a, err := toASCII(l)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, a...)
		used += len(chars(l))
	}
	used += len(trailing)
	return append(out, trailing...), used, nil
}

// IDNADecodePart is IDNAEncodePart for the incremental decoder.
func IDNADecodePart(b []byte, errors string, final bool) (string, int, error) {
	if errors != "strict" {
		return "", 0, idnaError("Unsupported error handling %s", errors)
	}
	if len(b) == 0 {
		return "", 0, nil
	}
	if _, _, err := host.DecodeText(b, "ascii", "strict", true); err != nil {
		return "", 0, err
	}
	labels := bytes.Split(b, []byte("."))
	trailing := ""
	if len(labels[len(labels)-1]) == 0 {
		trailing = "."
		labels = labels[:len(labels)-1]
	} else if !final {
		labels = labels[:len(labels)-1]
		if len(labels) > 0 {
			trailing = "."
		}
	}
	out := make([]string, len(labels))
	used := 0
	for i, l := range labels {
		u, err := toUnicode(l)
		if err != nil {
			return "", 0, err
		}
		out[i] = u
		used += len(l)
		if i > 0 {
			used++
		}
	}
	used += len(trailing)
	return strings.Join(out, ".") + trailing, used, nil
}

func init() {
	host.RegisterCodec("idna", IDNAEncode, func(b []byte, errors string, final bool) (string, int, error) {
		s, err := IDNADecode(b, errors)
		return s, len(b), err
	})
}
