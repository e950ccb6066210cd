package ssl

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// encodeHostname turns a server_hostname argument into the A-label form
// CPython 3.7+ stores and sends (SSLContext._encode_hostname): a str is
// encoded with the 'idna' codec (IDNA 2003 ToASCII, label by label), bytes
// are decoded as ASCII; anything else fails as CPython's .decode call
// does. The result is checked as _ssl checks it (empty, leading dot, NUL).
func encodeHostname(o py.Object) (string, error) {
	var name string
	switch v := o.(type) {
	case py.String:
		enc, err := idnaEncode(string(v))
		if err != nil {
			return "", err
		}
		name = enc
	default:
		if _, err := pyutil.BytesLike(o); err != nil {
			return "", py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute 'decode'", pyutil.TypeName(o))
		}
		decode, err := py.GetAttrString(o, "decode")
		if err != nil {
			return "", err
		}
		s, err := py.Call(decode, py.Tuple{py.String("ascii")}, nil)
		if err != nil {
			return "", err
		}
		str, ok := s.(py.String)
		if !ok {
			return "", pyutil.TypeErrorf("decode() returned %s", pyutil.TypeName(s))
		}
		name = string(str)
	}
	if name == "" || name[0] == '.' {
		return "", py.ExceptionNewf(py.ValueError, "server_hostname cannot be an empty string or start with a leading dot.")
	}
	if strings.IndexByte(name, 0) >= 0 {
		return "", pyutil.TypeErrorf("argument must be encoded string without null bytes, not str")
	}
	return name, nil
}

// idnaError is the UnicodeError the 'idna' codec raises, as str.encode
// words it.
func idnaError(reason string) error {
	return py.ExceptionNewf(py.UnicodeError, "encoding with 'idna' codec failed (UnicodeError: %s)", reason)
}

// isIDNADot reports the four label separators of IDNA 2003 (RFC 3490 3.1).
func isIDNADot(r rune) bool {
	return r == '.' || r == '\u3002' || r == '\uff0e' || r == '\uff61'
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// idnaEncode is "name".encode('idna').decode('ascii'): an ASCII name is
// kept as written (each label but the last 1..63 bytes, the last at most
// 63); otherwise each label goes through ToASCII and a trailing dot is
// kept.
func idnaEncode(name string) (string, error) {
	if name == "" {
		return "", nil
	}
	if isASCII(name) {
		labels := strings.Split(name, ".")
		for _, l := range labels[:len(labels)-1] {
			if len(l) == 0 || len(l) >= 64 {
				return "", idnaError("label empty or too long")
			}
		}
		if len(labels[len(labels)-1]) >= 64 {
			return "", idnaError("label too long")
		}
		return name, nil
	}
	labels := splitIDNA(name)
	trailing := ""
	if labels[len(labels)-1] == "" {
		trailing = "."
		labels = labels[:len(labels)-1]
	}
	out := make([]string, len(labels))
	for i, l := range labels {
		a, err := idnaToASCII(l)
		if err != nil {
			return "", err
		}
		out[i] = a
	}
	return strings.Join(out, ".") + trailing, nil
}

func splitIDNA(s string) []string {
	var labels []string
	start := 0
	for i, r := range s {
		if isIDNADot(r) {
			labels = append(labels, s[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	return append(labels, s[start:])
}

// idnaToASCII is RFC 3490's ToASCII with UseSTD3ASCIIRules off, as
// Python's encodings.idna.ToASCII applies it.
func idnaToASCII(label string) (string, error) {
	if isASCII(label) {
		if len(label) == 0 || len(label) >= 64 {
			return "", idnaError("label empty or too long")
		}
		return label, nil
	}
	label = nameprep(label)
	if isASCII(label) {
		if len(label) == 0 || len(label) >= 64 {
			return "", idnaError("label empty or too long")
		}
		return label, nil
	}
	if strings.HasPrefix(strings.ToLower(label), "xn--") {
		return "", idnaError("Label starts with ACE prefix")
	}
	a := "xn--" + punycodeEncode(label)
	if len(a) >= 64 {
		return "", idnaError("label empty or too long")
	}
	return a, nil
}

// nameprep applies the parts of RFC 3491 that change ordinary names:
// characters "commonly mapped to nothing" (table B.1) are dropped and the
// rest is case-folded (table B.2, here Unicode's simple lower-case
// mapping). NFKC normalisation and the prohibited-output tables are not
// applied: names already in NFC, as typed names are, encode as CPython
// encodes them.
func nameprep(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == 0x00AD, r == 0x034F, r == 0x1806, r >= 0x180B && r <= 0x180D,
			r >= 0x200B && r <= 0x200D, r == 0x2060, r >= 0xFE00 && r <= 0xFE0F, r == 0xFEFF:
			continue
		case r == 0x00DF: // sharp s folds to "ss" in table B.2
			b.WriteString("ss")
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// punycodeEncode is RFC 3492's encoding of s (without the ACE prefix).
func punycodeEncode(s string) string {
	const (
		base        = 36
		tmin        = 1
		tmax        = 26
		skew        = 38
		damp        = 700
		initialBias = 72
		initialN    = 128
	)
	runes := []rune(s)
	var out []byte
	for _, r := range runes {
		if r < 0x80 {
			out = append(out, byte(r))
		}
	}
	b := len(out)
	h := b
	if b > 0 {
		out = append(out, '-')
	}
	digit := func(d int) byte {
		if d < 26 {
			return byte('a' + d)
		}
		return byte('0' + d - 26)
	}
	adapt := func(delta, numPoints int, first bool) int {
		if first {
			delta /= damp
		} else {
			delta /= 2
		}
		delta += delta / numPoints
		k := 0
		for delta > ((base-tmin)*tmax)/2 {
			delta /= base - tmin
			k += base
		}
		return k + (base-tmin+1)*delta/(delta+skew)
	}
	n, delta, bias := initialN, 0, initialBias
	for h < len(runes) {
		m := int(unicode.MaxRune) + 1
		for _, r := range runes {
			if int(r) >= n && int(r) < m {
				m = int(r)
			}
		}
		delta += (m - n) * (h + 1)
		n = m
		for _, r := range runes {
			if int(r) < n {
				delta++
			}
			if int(r) == n {
				q := delta
				for k := base; ; k += base {
					t := k - bias
					if t < tmin {
						t = tmin
					} else if t > tmax {
						t = tmax
					}
					if q < t {
						break
					}
					out = append(out, digit(t+(q-t)%(base-t)))
					q = (q - t) / (base - t)
				}
				out = append(out, digit(q))
				bias = adapt(delta, h+1, h == b)
				delta = 0
				h++
			}
		}
		delta++
		n++
	}
	return string(out)
}
