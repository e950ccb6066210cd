package host

import (
	"sync"
	"unicode/utf8"
	"unsafe"
)

// The single-byte codecs (cp1252, iso8859-15, koi8-r, mac-roman, ...):
// a table gives each byte's character (codec_tables.go, 0xFFFE where the
// byte has none); encoding is the table's inverse, with the exceptions
// CPython's encoding maps make. Errors name the codec "charmap".

const charmapUndefined = "character maps to <undefined>"

// charmap is one single-byte codec.
type charmap struct {
	table   *[256]uint16
	extra   map[rune]int
	once    sync.Once
	inverse map[rune]byte
	decOnce sync.Once
	dec     *[256][4]byte
}

// encoding is the character-to-byte map, built at first use.
func (m *charmap) encoding() map[rune]byte {
	m.once.Do(func() {
		inv := make(map[rune]byte, 256)
		for b, r := range m.table {
			if r == 0xFFFE {
				continue
			}
			if _, dup := inv[rune(r)]; !dup {
				inv[rune(r)] = byte(b)
			}
		}
		for r, b := range m.extra {
			if b < 0 {
				delete(inv, r)
			} else {
				inv[r] = byte(b)
			}
		}
		m.inverse = inv
	})
	return m.inverse
}

func (m *charmap) step(b []byte, i int) (rune, int, string) {
	r := m.table[b[i]]
	if r == 0xFFFE {
		return 0, 1, charmapUndefined
	}
	return rune(r), 1, ""
}

// utf8Table gives each byte's character in UTF-8 (at most three bytes,
// as every table character is in the BMP) and its length, 0 for an
// undefined byte; built at first use.
func (m *charmap) utf8Table() *[256][4]byte {
	m.decOnce.Do(func() {
		t := new([256][4]byte)
		for b, r := range m.table {
			if r == 0xFFFE {
				continue
			}
			n := utf8.EncodeRune(t[b][:3], rune(r))
			t[b][3] = byte(n)
		}
		m.dec = t
	})
	return m.dec
}

func (m *charmap) decode(b []byte, h errorHandler, final bool) (string, int, error) {
	t := m.utf8Table()
	total := 0
	for _, x := range b {
		n := int(t[x][3])
		if n == 0 {
			s, err := decodeWith(b, 0, m.step, "charmap", h)
			return s, len(b), err
		}
		total += n
	}
	if total == 0 {
		return "", len(b), nil
	}
	out := make([]byte, total)
	i := 0
	for _, x := range b {
		e := &t[x]
		switch e[3] {
		case 1:
			out[i] = e[0]
		case 2:
			out[i], out[i+1] = e[0], e[1]
		default:
			out[i], out[i+1], out[i+2] = e[0], e[1], e[2]
		}
		i += int(e[3])
	}
	return unsafe.String(&out[0], len(out)), len(b), nil
}

func (m *charmap) encode(s string, h errorHandler) ([]byte, error) {
	inv := m.encoding()
	sp := &encodeSpec{name: "charmap", reason: charmapUndefined, unit: 1,
		fits: func(r rune) bool { _, ok := inv[r]; return ok },
		put:  func(out []byte, r rune) []byte { return append(out, inv[r]) }}
	return encodeWith(s, sp, h, make([]byte, 0, len(s)))
}

func init() {
	for name, table := range charmapTables {
		m := &charmap{table: table, extra: charmapEncodeExtra[name]}
		codecDefs[name] = &codecDef{encode: m.encode, decode: m.decode, perChunk: true}
	}
}

// DecodeMapped decodes b through a caller's mapping (codecs.charmap_decode):
// look answers a byte's text, ok false when the byte maps to nothing.
// Errors name the codec "charmap".
func DecodeMapped(b []byte, errors string, look func(x byte) (string, bool, error)) (string, error) {
	var lookErr error
	s, err := decodeEscapes(b, "charmap", errorHandler(errors), func(b []byte, i int) escapeUnit {
		if lookErr != nil {
			return escapeUnit{n: len(b) - i}
		}
		t, ok, err := look(b[i])
		if err != nil {
			lookErr = err
			return escapeUnit{n: len(b) - i}
		}
		if !ok {
			return escapeUnit{n: 1, reason: charmapUndefined}
		}
		return escapeUnit{text: t, n: 1}
	})
	if lookErr != nil {
		return "", lookErr
	}
	return s, err
}

// EncodeMapped encodes s through a caller's mapping (codecs.charmap_encode):
// look answers a character's bytes, ok false when it maps to nothing.
func EncodeMapped(s, errors string, look func(r rune) ([]byte, bool, error)) ([]byte, error) {
	var lookErr error
	found := map[rune][]byte{}
	sp := &encodeSpec{name: "charmap", reason: charmapUndefined, unit: 1,
		fits: func(r rune) bool {
			if _, ok := found[r]; ok {
				return true
			}
			if lookErr != nil {
				return true
			}
			b, ok, err := look(r)
			if err != nil {
				lookErr = err
				return true
			}
			if ok {
				found[r] = b
			}
			return ok
		},
		put: func(out []byte, r rune) []byte { return append(out, found[r]...) }}
	out, err := encodeWith(s, sp, errorHandler(errors), nil)
	if lookErr != nil {
		return nil, lookErr
	}
	return out, err
}
