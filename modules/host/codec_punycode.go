package host

import (
	"bytes"
	"math/big"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
)

// Punycode (RFC 3492), with CPython 3.6's handling of bad input: the
// basic part before the last '-' is ASCII decoded with the caller's
// error handler, the rest strictly; a bad digit or a number cut short is
// a UnicodeError under "strict" and ends the decoding otherwise; a code
// point past U+10FFFF is an error under "strict" and '?' otherwise. The
// numbers of a hostile input can be arbitrarily large, as Python's are.

const (
	punyBase = 36
	punyTMin = 1
	punyTMax = 26
	punySkew = 38
	punyDamp = 700
)

// punyDigit is the letter of digit d (0..35).
func punyDigit(d int) byte {
	if d < 26 {
		return byte('a' + d)
	}
	return byte('0' + d - 26)
}

// punyThreshold is t for the j'th digit of a number under bias.
func punyThreshold(j, bias int) int {
	return max(punyTMin, min(punyBase*(j+1)-bias, punyTMax))
}

// punyAdapt is the bias after a delta (RFC 3492 section 6.1).
func punyAdapt(delta *big.Int, first bool, points int) int {
	d := new(big.Int).Set(delta)
	if first {
		d.Quo(d, big.NewInt(punyDamp))
	} else {
		d.Quo(d, big.NewInt(2))
	}
	d.Add(d, new(big.Int).Quo(d, big.NewInt(int64(points))))
	k := 0
	limit := big.NewInt((punyBase - punyTMin) * punyTMax / 2)
	for d.Cmp(limit) > 0 {
		d.Quo(d, big.NewInt(punyBase-punyTMin))
		k += punyBase
	}
	dd := d.Int64()
	return k + int((punyBase-punyTMin+1)*dd/(dd+punySkew))
}

// EncodePunycode is the punycode encoding of s: its ASCII characters,
// a '-' when there are any, then the others as deltas.
func EncodePunycode(s string) []byte {
	runes := wtf8Runes(s)
	var out []byte
	var others []rune
	for _, r := range runes {
		if r < 0x80 {
			out = append(out, byte(r))
		} else {
			others = append(others, r)
		}
	}
	basic := len(out)
	if basic > 0 {
		out = append(out, '-')
	}
	sort.Slice(others, func(i, j int) bool { return others[i] < others[j] })
	n, delta, bias, handled := rune(0x80), 0, 72, basic
	for _, m := range others {
		if m < n {
			continue // a repeat of a character already placed
		}
		delta += int(m-n) * (handled + 1)
		n = m
		for _, r := range runes {
			if r < n {
				delta++
				continue
			}
			if r != n {
				continue
			}
			q := delta
			for j := 0; ; j++ {
				t := punyThreshold(j, bias)
				if q < t {
					break
				}
				out = append(out, punyDigit(t+(q-t)%(punyBase-t)))
				q = (q - t) / (punyBase - t)
			}
			out = append(out, punyDigit(q))
			bias = punyAdapt(big.NewInt(int64(delta)), handled == basic, handled+1)
			delta = 0
			handled++
		}
		delta++
		n++
	}
	return out
}

// punyError is the plain UnicodeError of the punycode codec.
func punyError(format string, args ...any) error {
	return py.ExceptionNewf(py.UnicodeError, format, args...)
}

// DecodePunycode decodes punycode b with error handler errors.
func DecodePunycode(b []byte, errors string) (string, error) {
	var base, ext []byte
	if i := bytes.LastIndexByte(b, '-'); i >= 0 {
		base, ext = b[:i], b[i+1:]
	} else {
		ext = b
	}
	bs, err := decode(base, codecASCII, errorHandler(errors))
	if err != nil {
		return "", err
	}
	if _, err := decode(ext, codecASCII, "strict"); err != nil {
		return "", err
	}
	ext = bytes.ToUpper(ext)
	out := wtf8Runes(string(bs))
	strict := errors == "strict"
	char := big.NewInt(0x80)
	pos := big.NewInt(-1)
	bias := 72
	for at := 0; at < len(ext); {
		next, delta, err := punyNumber(ext, at, bias, strict)
		if err != nil {
			return "", err
		}
		if delta == nil {
			break
		}
		pos.Add(pos, delta)
		pos.Add(pos, big.NewInt(1))
		size := big.NewInt(int64(len(out) + 1))
		char.Add(char, new(big.Int).Quo(pos, size))
		r := rune('?')
		if char.Cmp(big.NewInt(0x10FFFF)) > 0 {
			if strict {
				return "", punyError("Invalid character U+%s", char.Text(16))
			}
		} else {
			r = rune(char.Int64())
		}
		pos.Mod(pos, size)
		p := int(pos.Int64())
		out = append(out[:p], append([]rune{r}, out[p:]...)...)
		bias = punyAdapt(delta, at == 0, len(out))
		at = next
	}
	var sb strings.Builder
	for _, r := range out {
		sb.WriteString(wtf8Char(r))
	}
	return sb.String(), nil
}

// punyNumber reads the variable-length number at ext[at:]: the position
// after it and its value, or a nil value when the input ends the
// decoding (an error under strict).
func punyNumber(ext []byte, at, bias int, strict bool) (int, *big.Int, error) {
	result := new(big.Int)
	w := big.NewInt(1)
	for j := 0; ; j++ {
		if at >= len(ext) {
			if strict {
				return 0, nil, punyError("incomplete punicode string")
			}
			return at + 1, nil, nil
		}
		c := ext[at]
		at++
		var digit int
		switch {
		case c >= 'A' && c <= 'Z':
			digit = int(c - 'A')
		case c >= '0' && c <= '9':
			digit = int(c-'0') + 26
		default:
			if !strict {
				return at, nil, nil
			}
			// CPython names the character after the bad one
			if at >= len(ext) {
				return 0, nil, py.ExceptionNewf(py.IndexError, "string index out of range")
			}
			return 0, nil, punyError("Invalid extended code point '%s'", string(rune(ext[at])))
		}
		t := punyThreshold(j, bias)
		result.Add(result, new(big.Int).Mul(big.NewInt(int64(digit)), w))
		if digit < t {
			return at, result, nil
		}
		w.Mul(w, big.NewInt(int64(punyBase-t)))
	}
}

func init() {
	codecDefs["punycode"] = &codecDef{
		encode: func(s string, _ errorHandler) ([]byte, error) { return EncodePunycode(s), nil },
		decode: func(b []byte, h errorHandler, _ bool) (string, int, error) {
			s, err := DecodePunycode(b, string(h))
			return s, len(b), err
		},
	}
}
