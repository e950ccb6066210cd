package binascii

// The codecs of binascii, as pure functions on byte slices. Each decoder
// follows CPython 3.6's Modules/binascii.c behaviour (what it skips, when it
// stops, which error it reports); errors are *codecError values that the
// module turns into binascii.Error or binascii.Incomplete.

import (
	"encoding/hex"
	"hash/crc32"
)

// codecError is a decoding failure: Error, or Incomplete when incomplete.
type codecError struct {
	msg        string
	incomplete bool
}

func (e *codecError) Error() string { return e.msg }

func errorf(msg string) error { return &codecError{msg: msg} }

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// b64Value maps an ASCII byte to its 6-bit value; -1 for non-alphabet
// bytes. '=' maps to 0, as in CPython's table (find_valid counts it).
var b64Value = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(b64Alphabet); i++ {
		t[b64Alphabet[i]] = int8(i)
	}
	t['='] = 0
	return t
}()

// nextValid returns the (num+1)th byte of s that is a base64 character
// (pad included), or -1.
func nextValid(s []byte, num int) int {
	for _, c := range s {
		if c <= 0x7f && b64Value[c] >= 0 {
			if num == 0 {
				return int(c)
			}
			num--
		}
	}
	return -1
}

// a2bBase64 decodes base64, skipping non-alphabet bytes and stopping at
// the first complete pad sequence.
func a2bBase64(s []byte) ([]byte, error) {
	out := make([]byte, 0, len(s)/4*3+3)
	var acc uint32
	bitsIn, quad := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > 0x7f || c == '\r' || c == '\n' || c == ' ' {
			continue
		}
		if c == '=' {
			if quad < 2 || (quad == 2 && nextValid(s[i:], 1) != '=') {
				continue
			}
			bitsIn = 0
			break
		}
		v := b64Value[c]
		if v < 0 {
			continue
		}
		quad = (quad + 1) & 3
		acc = acc<<6 | uint32(v)
		bitsIn += 6
		if bitsIn >= 8 {
			bitsIn -= 8
			out = append(out, byte(acc>>uint(bitsIn)))
			acc &= 1<<uint(bitsIn) - 1
		}
	}
	if bitsIn != 0 {
		return nil, errorf("Incorrect padding")
	}
	return out, nil
}

// b2aBase64 encodes in base64, with a trailing newline if newline.
func b2aBase64(p []byte, newline bool) []byte {
	n := (len(p) + 2) / 3 * 4
	out := make([]byte, n, n+1)
	j := 0
	for i := 0; i < len(p); i += 3 {
		var w uint32
		k := len(p) - i
		if k > 3 {
			k = 3
		}
		for m := 0; m < 3; m++ {
			w <<= 8
			if m < k {
				w |= uint32(p[i+m])
			}
		}
		out[j] = b64Alphabet[w>>18&63]
		out[j+1] = b64Alphabet[w>>12&63]
		out[j+2] = b64Alphabet[w>>6&63]
		out[j+3] = b64Alphabet[w&63]
		if k < 3 {
			out[j+3] = '='
		}
		if k < 2 {
			out[j+2] = '='
		}
		j += 4
	}
	if newline {
		out = append(out, '\n')
	}
	return out
}

// a2bUU decodes one uuencoded line.
func a2bUU(s []byte) ([]byte, error) {
	first := byte(0)
	if len(s) > 0 {
		first = s[0]
		s = s[1:]
	}
	n := int((first - ' ') & 0x3f)
	out := make([]byte, 0, n)
	var acc uint32
	bitsIn := 0
	i := 0
	for len(out) < n {
		var c byte
		if i < len(s) {
			c = s[i]
		}
		if i >= len(s) || c == '\n' || c == '\r' {
			c = 0
		} else {
			if c < ' ' || c > ' '+64 {
				return nil, errorf("Illegal char")
			}
			c = (c - ' ') & 0x3f
		}
		i++
		acc = acc<<6 | uint32(c)
		bitsIn += 6
		if bitsIn >= 8 {
			bitsIn -= 8
			out = append(out, byte(acc>>uint(bitsIn)))
			acc &= 1<<uint(bitsIn) - 1
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c != ' ' && c != ' '+64 && c != '\n' && c != '\r' {
			return nil, errorf("Trailing garbage")
		}
	}
	return out, nil
}

// b2aUU encodes at most 45 bytes as one uuencoded line.
func b2aUU(p []byte) ([]byte, error) {
	if len(p) > 45 {
		return nil, errorf("At most 45 bytes at once")
	}
	out := make([]byte, 0, 2+(len(p)+2)/3*4)
	out = append(out, ' '+byte(len(p)&0x3f))
	var acc uint32
	bitsIn := 0
	for i := 0; i < len(p) || bitsIn != 0; i++ {
		acc <<= 8
		if i < len(p) {
			acc |= uint32(p[i])
		}
		bitsIn += 8
		for bitsIn >= 6 {
			out = append(out, ' '+byte(acc>>uint(bitsIn-6)&0x3f))
			bitsIn -= 6
		}
		acc &= 1<<uint(bitsIn) - 1
	}
	return append(out, '\n'), nil
}

func hexDigit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// unhexlify decodes hexadecimal digits, two per byte.
func unhexlify(s []byte) ([]byte, error) {
	if len(s)%2 != 0 {
		return nil, errorf("Odd-length string")
	}
	out := make([]byte, len(s)/2)
	for i := range out {
		hi, lo := hexDigit(s[2*i]), hexDigit(s[2*i+1])
		if hi < 0 || lo < 0 {
			return nil, errorf("Non-hexadecimal digit found")
		}
		out[i] = byte(hi<<4 | lo)
	}
	return out, nil
}

// hexlify encodes in lower-case hexadecimal.
func hexlify(p []byte) []byte {
	out := make([]byte, 2*len(p))
	hex.Encode(out, p)
	return out
}

// a2bQP decodes quoted-printable; with header, '_' is a space.
func a2bQP(s []byte, header bool) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '=':
			i++
			if i >= len(s) {
				return out
			}
			switch {
			case s[i] == '\n' || s[i] == '\r':
				if s[i] != '\n' {
					for i < len(s) && s[i] != '\n' {
						i++
					}
				}
				if i < len(s) {
					i++
				}
			case s[i] == '=':
				out = append(out, '=')
				i++
			case i+1 < len(s) && hexDigit(s[i]) >= 0 && hexDigit(s[i+1]) >= 0:
				out = append(out, byte(hexDigit(s[i])<<4|hexDigit(s[i+1])))
				i += 2
			default:
				out = append(out, '=')
			}
		case header && c == '_':
			out = append(out, ' ')
			i++
		default:
			out = append(out, c)
			i++
		}
	}
	return out
}

const upperHex = "0123456789ABCDEF"

// b2aQP encodes quoted-printable, with CPython's line-length, end-of-line
// and whitespace rules.
func b2aQP(p []byte, quotetabs, istext, header bool) []byte {
	const maxLine = 76
	crlf := false
	for i, c := range p {
		if c == '\n' {
			crlf = i > 0 && p[i-1] == '\r'
			break
		}
	}
	out := make([]byte, 0, len(p)+len(p)/4)
	softBreak := func() {
		out = append(out, '=')
		if crlf {
			out = append(out, '\r')
		}
		out = append(out, '\n')
	}
	lineLen := 0
	for in := 0; in < len(p); {
		c := p[in]
		last := in+1 == len(p)
		var next byte
		if !last {
			next = p[in+1]
		}
		if c > 126 || c == '=' || (header && c == '_') ||
			(c == '.' && lineLen == 0 && (last || next == '\n' || next == '\r' || next == 0)) ||
			(!istext && (c == '\r' || c == '\n')) ||
			((c == '\t' || c == ' ') && last) ||
			(c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' '))) {
			if lineLen+3 >= maxLine {
				softBreak()
				lineLen = 0
			}
			out = append(out, '=', upperHex[c>>4], upperHex[c&15])
			in++
			lineLen += 3
			continue
		}
		if istext && (c == '\n' || (!last && c == '\r' && next == '\n')) {
			lineLen = 0
			if n := len(out); n > 0 && (out[n-1] == ' ' || out[n-1] == '\t') {
				ch := out[n-1]
				out[n-1] = '='
				out = append(out, upperHex[ch>>4], upperHex[ch&15])
			}
			if crlf {
				out = append(out, '\r')
			}
			out = append(out, '\n')
			if c == '\r' {
				in += 2
			} else {
				in++
			}
			continue
		}
		if !last && next != '\n' && lineLen+1 >= maxLine {
			softBreak()
			lineLen = 0
		}
		lineLen++
		if header && c == ' ' {
			out = append(out, '_')
		} else {
			out = append(out, c)
		}
		in++
	}
	return out
}

// crcHQX is the CRC-CCITT (XModem) of p, continuing from crc.
func crcHQX(p []byte, crc uint32) uint32 {
	crc &= 0xffff
	for _, c := range p {
		crc = (crc<<8)&0xff00 ^ uint32(hqxTable[byte(crc>>8)^c])
	}
	return crc
}

var hqxTable = func() (t [256]uint16) {
	for i := range t {
		c := uint16(i) << 8
		for k := 0; k < 8; k++ {
			if c&0x8000 != 0 {
				c = c<<1 ^ 0x1021
			} else {
				c <<= 1
			}
		}
		t[i] = c
	}
	return t
}()

// crc32Update is zlib's crc32(crc, p).
func crc32Update(p []byte, crc uint32) uint32 {
	return crc32.Update(crc, crc32.IEEETable, p)
}

// The BinHex 4 (hqx) alphabet; ':' ends the data, CR and LF are skipped.
const hqxAlphabet = "!\"#$%&'()*+,-012345689@ABCDEFGHIJKLMNPQRSTUVXYZ[`abcdefhijklmpqr"

const (
	hqxFail = -1
	hqxSkip = -2
	hqxDone = -3
)

var hqxValue = func() (t [256]int8) {
	for i := range t {
		t[i] = hqxFail
	}
	for i := 0; i < len(hqxAlphabet); i++ {
		t[hqxAlphabet[i]] = int8(i)
	}
	t['\n'], t['\r'] = hqxSkip, hqxSkip
	t[':'] = hqxDone
	return t
}()

// a2bHQX decodes hqx 6-bit data up to a ':' (done is then true).
func a2bHQX(s []byte) (out []byte, done bool, err error) {
	var acc uint32
	bitsIn := 0
	for _, c := range s {
		v := hqxValue[c]
		if v == hqxSkip {
			continue
		}
		if v == hqxFail {
			return nil, false, errorf("Illegal char")
		}
		if v == hqxDone {
			done = true
			break
		}
		acc = acc<<6 | uint32(v)
		bitsIn += 6
		if bitsIn >= 8 {
			bitsIn -= 8
			out = append(out, byte(acc>>uint(bitsIn)))
			acc &= 1<<uint(bitsIn) - 1
		}
	}
	if bitsIn != 0 && !done {
		return nil, false, &codecError{msg: "String has incomplete number of bytes", incomplete: true}
	}
	return out, done, nil
}

// b2aHQX encodes in hqx 6-bit characters, padding the last one.
func b2aHQX(p []byte) []byte {
	out := make([]byte, 0, (len(p)*4+2)/3)
	var acc uint32
	bitsIn := 0
	for _, c := range p {
		acc = acc<<8 | uint32(c)
		bitsIn += 8
		for bitsIn >= 6 {
			out = append(out, hqxAlphabet[acc>>uint(bitsIn-6)&0x3f])
			bitsIn -= 6
		}
		acc &= 1<<uint(bitsIn) - 1
	}
	if bitsIn != 0 {
		out = append(out, hqxAlphabet[(acc<<uint(6-bitsIn))&0x3f])
	}
	return out
}

const runChar = 0x90

// rlecodeHQX run-length encodes runs of more than three bytes.
func rlecodeHQX(p []byte) []byte {
	out := make([]byte, 0, len(p))
	for in := 0; in < len(p); in++ {
		c := p[in]
		if c == runChar {
			out = append(out, runChar, 0)
			continue
		}
		end := in + 1
		for end < len(p) && p[end] == c && end < in+255 {
			end++
		}
		if end-in > 3 {
			out = append(out, c, runChar, byte(end-in))
			in = end - 1
		} else {
			out = append(out, c)
		}
	}
	return out
}

// rledecodeHQX undoes rlecodeHQX.
func rledecodeHQX(p []byte) ([]byte, error) {
	if len(p) == 0 {
		return []byte{}, nil
	}
	incomplete := &codecError{msg: "", incomplete: true}
	out := make([]byte, 0, len(p))
	i := 0
	next := func() (byte, bool) {
		if i >= len(p) {
			return 0, false
		}
		i++
		return p[i-1], true
	}
	c, _ := next()
	if c == runChar {
		r, ok := next()
		if !ok {
			return nil, incomplete
		}
		if r != 0 {
			return nil, errorf("Orphaned RLE code at start")
		}
	}
	out = append(out, c)
	for i < len(p) {
		c, _ := next()
		if c != runChar {
			out = append(out, c)
			continue
		}
		r, ok := next()
		if !ok {
			return nil, incomplete
		}
		if r == 0 {
			out = append(out, runChar)
			continue
		}
		last := out[len(out)-1]
		for ; r > 1; r-- {
			out = append(out, last)
		}
	}
	return out, nil
}
