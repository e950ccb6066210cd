package socket

import (
	"strconv"
	"strings"
)

// The parsers below follow glibc's inet_pton(3), inet_aton(3) and
// inet_ntop(3) behaviour, which is what CPython exposes, rather than Go's
// net/netip rules (which differ on zones, IPv4 tails and shorthand forms).

// parseIPv4Strict is inet_pton(AF_INET): exactly four decimal octets, no
// leading zeros, nothing else.
func parseIPv4Strict(s string) ([4]byte, bool) {
	var out [4]byte
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return out, false
	}
	for i, p := range parts {
		if len(p) == 0 || len(p) > 3 || (len(p) > 1 && p[0] == '0') {
			return out, false
		}
		v := 0
		for _, c := range []byte(p) {
			if c < '0' || c > '9' {
				return out, false
			}
			v = v*10 + int(c-'0')
		}
		if v > 255 {
			return out, false
		}
		out[i] = byte(v)
	}
	return out, true
}

func hexVal(c byte) int {
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

// parseIPv6 is inet_pton(AF_INET6): up to eight groups of 1-4 hex digits,
// at most one "::", optionally ending in a dotted IPv4 address; no zone.
func parseIPv6(s string) ([16]byte, bool) {
	var out [16]byte
	if s == "" {
		return out, false
	}
	i := 0
	if s[0] == ':' {
		if len(s) < 2 || s[1] != ':' {
			return out, false
		}
		i = 1
	}
	words := make([]uint16, 0, 8)
	gap := -1 // index in words where "::" stands
	groupStart := i
	val, digits := 0, 0
	for i < len(s) {
		c := s[i]
		if h := hexVal(c); h >= 0 {
			if digits == 4 {
				return out, false
			}
			val = val<<4 | h
			digits++
			i++
			continue
		}
		if c == ':' {
			groupStart = i + 1
			if digits == 0 {
				if gap >= 0 {
					return out, false
				}
				gap = len(words)
				i++
				continue
			}
			if i+1 >= len(s) { // trailing single ':'
				return out, false
			}
			if len(words) == 8 {
				return out, false
			}
			words = append(words, uint16(val))
			val, digits = 0, 0
			i++
			continue
		}
		if c == '.' {
			if len(words) > 6 {
				return out, false
			}
			v4, ok := parseIPv4Strict(s[groupStart:])
			if !ok {
				return out, false
			}
			words = append(words, uint16(v4[0])<<8|uint16(v4[1]), uint16(v4[2])<<8|uint16(v4[3]))
			digits = 0
			i = len(s)
			break
		}
		return out, false
	}
	if digits > 0 {
		if len(words) == 8 {
			return out, false
		}
		words = append(words, uint16(val))
	}
	if gap >= 0 {
		if len(words) == 8 {
			return out, false
		}
		fill := make([]uint16, 8-len(words))
		words = append(words[:gap], append(fill, words[gap:]...)...)
	}
	if len(words) != 8 {
		return out, false
	}
	for k, w := range words {
		out[2*k] = byte(w >> 8)
		out[2*k+1] = byte(w)
	}
	return out, true
}

// formatIPv6 is inet_ntop(AF_INET6): the longest run (first of equals) of
// two or more zero groups becomes "::", hex in lower case, and glibc's
// IPv4-compatible and IPv4-mapped forms end in dotted decimal.
func formatIPv6(a [16]byte) string {
	var w [8]int
	for i := range w {
		w[i] = int(a[2*i])<<8 | int(a[2*i+1])
	}
	bestBase, bestLen := -1, 0
	for i := 0; i < 8; {
		if w[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && w[j] == 0 {
			j++
		}
		if j-i > bestLen {
			bestBase, bestLen = i, j-i
		}
		i = j
	}
	if bestLen < 2 {
		bestBase = -1
	}
	var b strings.Builder
	for i := 0; i < 8; i++ {
		if bestBase >= 0 && i >= bestBase && i < bestBase+bestLen {
			if i == bestBase {
				b.WriteByte(':')
			}
			continue
		}
		if i != 0 {
			b.WriteByte(':')
		}
		if i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 7 && w[7] != 1) || (bestLen == 5 && w[5] == 0xffff)) {
			b.WriteString(strconv.Itoa(int(a[12])) + "." + strconv.Itoa(int(a[13])) + "." + strconv.Itoa(int(a[14])) + "." + strconv.Itoa(int(a[15])))
			return b.String()
		}
		b.WriteString(strconv.FormatInt(int64(w[i]), 16))
	}
	if bestBase >= 0 && bestBase+bestLen == 8 {
		b.WriteByte(':')
	}
	return b.String()
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// inetAton is inet_aton(3): one to four parts, each decimal, octal (leading
// 0) or hex (leading 0x); the last part fills the remaining bytes; anything
// after the first whitespace is ignored.
func inetAton(s string) ([4]byte, bool) {
	var out [4]byte
	var parts []uint64
	i := 0
	var val uint64
	digit := false
	for {
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return out, false
		}
		val, digit = 0, false
		base := uint64(10)
		if s[i] == '0' {
			i++
			if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
				base = 16
				i++
			} else {
				base = 8
				digit = true
			}
		}
		for i < len(s) {
			c := s[i]
			if c >= '0' && c <= '9' {
				if base == 8 && c >= '8' {
					return out, false
				}
				val = val*base + uint64(c-'0')
			} else if h := hexVal(c); base == 16 && h >= 0 {
				val = val<<4 | uint64(h)
			} else {
				break
			}
			if val > 0xffffffff {
				return out, false
			}
			digit = true
			i++
		}
		if i < len(s) && s[i] == '.' {
			if len(parts) > 2 || val > 0xff {
				return out, false
			}
			parts = append(parts, val)
			i++
			continue
		}
		break
	}
	if i < len(s) && (s[i] >= 0x80 || !isSpace(s[i])) {
		return out, false
	}
	if !digit {
		return out, false
	}
	max := [4]uint64{0xffffffff, 0xffffff, 0xffff, 0xff}
	if val > max[len(parts)] {
		return out, false
	}
	word := uint32(val)
	for k, p := range parts {
		word |= uint32(p) << (24 - 8*uint(k))
	}
	out[0], out[1], out[2], out[3] = byte(word>>24), byte(word>>16), byte(word>>8), byte(word)
	return out, true
}
