package cjkcodecs

import "strings"

// The ISO-2022 codecs (iso2022_jp and its variants, iso2022_kr): escape
// sequences designate character sets into G0 and G1 (G2 for iso2022_jp_2,
// read through single shifts); SO and SI switch between G0 and G1. A
// charset is named by its final byte, with charsetWide set for the
// two-byte ones ('B'|charsetWide is JIS X 0208, plain 'B' is ASCII).

const (
	charsetWide  = 0x80
	charsetASCII = 'B'
	esc, so, si  = 0x1B, 0x0E, 0x0F
	escSeqMax    = 16
)

// iso2022Config is one codec's set of charsets and options.
type iso2022Config struct {
	noShift  bool // SO and SI are plain control characters
	useG2    bool // ESC . designates G2 and ESC N reads one G2 character
	jisxExt  bool // ESC & @ may prefix a JIS X 0208 designation
	extraSet []byte
}

var iso2022Configs = map[string]iso2022Config{
	"iso2022_kr":      {},
	"iso2022_jp":      {noShift: true, jisxExt: true},
	"iso2022_jp_1":    {noShift: true, jisxExt: true},
	"iso2022_jp_2":    {noShift: true, jisxExt: true, useG2: true, extraSet: []byte{'A', 'F'}},
	"iso2022_jp_2004": {noShift: true, jisxExt: true},
	"iso2022_jp_3":    {noShift: true, jisxExt: true},
	"iso2022_jp_ext":  {noShift: true, jisxExt: true},
}

// isoCode is a character's code in one charset.
type isoCode struct {
	charset byte
	n       uint8  // the code's length
	code    uint16 // its bytes, big-endian
}

// iso2022Tables are a codec's tables, loaded at first use.
type iso2022Tables struct {
	name     string
	cfg      iso2022Config
	sets     map[byte]*cellSet // charset -> its cells
	known    map[byte]bool     // charsets escape sequences may designate
	alone    isoTable          // the code of a character at the end of the text
	followed isoTable          // where it differs when another character follows
	pairs    map[pairKey]isoCode
	first    map[rune]bool
	greek    []rune // iso2022_jp_2: ISO 8859-7 in G2, by byte (character + 1)
}

var iso2022Loaded = map[string]*lazy[*iso2022Tables]{}

func init() {
	for n := range iso2022Configs {
		iso2022Loaded[n] = &lazy[*iso2022Tables]{}
	}
}

func iso2022Table(name string) *iso2022Tables {
	return iso2022Loaded[name].get(func() *iso2022Tables { return loadISO2022(name) })
}

func loadISO2022(name string) *iso2022Tables {
	r := openTable(name)
	t := &iso2022Tables{name: name, cfg: iso2022Configs[name], sets: map[byte]*cellSet{},
		known: map[byte]bool{}}
	for _, m := range t.cfg.extraSet {
		t.known[m] = true
	}
	var alone []codeEntry
	var text []rune
	nsets := r.uint()
	for s := 0; s < nsets; s++ {
		mark := r.byte()
		width := r.uint()
		charset := mark
		if width == 2 {
			charset |= charsetWide
		}
		cells := &cellSet{}
		key, last := 0, 0
		for n := r.uint(); n > 0 && r.err == nil; n-- {
			key += r.uint()
			if key > 0xFFFF {
				r.err = errLongCode
			}
			text = text[:0]
			for k := r.uint(); k > 0 && r.err == nil; k-- {
				last += r.signed()
				text = append(text, rune(last))
			}
			cells.add(key, text)
			if len(text) == 1 {
				code := uint32(uint8(key))
				if width == 2 {
					code = uint32(uint16(key))
				}
				alone = append(alone, codeEntry{r: text[0], code: uint32(charset)<<24 | uint32(width)<<16 | code, n: 1})
			}
		}
		t.sets[charset] = share(cells)
		t.known[charset] = true
	}
	var followed []codeEntry
	for pass, m := range []*[]codeEntry{&alone, &followed} {
		cp := 0
		for n := r.uint(); n > 0 && r.err == nil; n-- {
			cp += r.uint()
			mark := r.byte()
			code := r.bytes()
			e := codeEntry{r: rune(cp), n: 1, override: true}
			if pass == 0 && mark == 0 {
				e.n = 0 // removes the character
			} else {
				e.code = packISOChecked(r, charsetOf(mark, code), code)
			}
			*m = append(*m, e)
		}
	}
	t.alone, t.followed = newISOTable(alone), newISOTable(followed)
	if n := r.uint(); n > 0 {
		t.pairs = map[pairKey]isoCode{}
		t.first = map[rune]bool{}
		for ; n > 0 && r.err == nil; n-- {
			k := pairKey{rune(r.uint()), rune(r.uint())}
			mark := r.byte()
			code := r.bytes()
			t.first[k.first] = true
			if k.second != 0 {
				t.pairs[k] = unpackISO(packISOChecked(r, charsetOf(mark, code), code))
			}
		}
	}
	t.greek = make([]rune, r.uint())
	for i := range t.greek {
		t.greek[i] = rune(r.uint())
	}
	r.check(name)
	return t
}

// packISOChecked packs a code, marking r malformed when it is too long.
func packISOChecked(r *reader, charset byte, code []byte) uint32 {
	v, ok := packISO(charset, code)
	if !ok {
		r.err = errLongCode
	}
	return v
}

func charsetOf(mark byte, code []byte) byte {
	if len(code) == 2 {
		return mark | charsetWide
	}
	return mark
}

// iso2022State is the designations and shift of one direction.
type iso2022State struct {
	g          [3]byte
	shifted    bool
	escThrough bool // inside an escape sequence ISO-2022 does not know
}

func (s *iso2022State) init() {
	*s = iso2022State{g: [3]byte{charsetASCII, charsetASCII, charsetASCII}}
}

// iso2022Coder is what the encoder and the decoder both hold.
type iso2022Coder struct {
	t  *iso2022Tables
	st iso2022State
}

func newISO2022Coder(name string) iso2022Coder {
	c := iso2022Coder{t: iso2022Table(name)}
	c.st.init()
	return c
}

type iso2022Decoder struct{ iso2022Coder }

func newISO2022Decoder(name string) *iso2022Decoder {
	return &iso2022Decoder{newISO2022Coder(name)}
}

func (d *iso2022Decoder) reset() {
	d.st.g[0] = charsetASCII
	d.st.shifted = false
}

func isEscEnd(c byte) bool { return c >= 'A' && c <= 'Z' || c == '@' }

func (d *iso2022Decoder) unit(b []byte, i int, out *strings.Builder) (int, int) {
	c := b[i]
	cfg := &d.t.cfg
	if d.st.escThrough {
		out.WriteRune(rune(c))
		if isEscEnd(c) {
			d.st.escThrough = false
		}
		return 1, 0
	}
	switch {
	case c == esc:
		if i+1 >= len(b) {
			return 0, -1
		}
		switch c2 := b[i+1]; {
		case c2 == '(' || c2 == ')' || c2 == '$' || c2 == '.' || c2 == '&':
			return d.designate(b[i:])
		case cfg.useG2 && c2 == 'N':
			if i+2 >= len(b) {
				return 0, -1
			}
			return d.singleShift(b[i+2], out)
		}
		out.WriteByte(esc)
		d.st.escThrough = true
		return 1, 0
	case (c == si || c == so) && !cfg.noShift:
		d.st.shifted = c == so
		return 1, 0
	case c == '\n':
		d.st.shifted = false
		out.WriteByte(c)
		return 1, 0
	case c < 0x20:
		out.WriteByte(c)
		return 1, 0
	case c >= 0x80:
		return 0, 1
	}
	charset := d.st.g[0]
	if d.st.shifted {
		charset = d.st.g[1]
	}
	if charset == charsetASCII {
		out.WriteByte(c)
		return 1, 0
	}
	width := 1
	if charset&charsetWide != 0 {
		width = 2
	}
	if i+width > len(b) {
		return 0, -1
	}
	key := int(c)
	if width == 2 {
		key = key<<8 | int(b[i+1])
	}
	if !d.t.sets[charset].writeCell(key, out) {
		return 0, width
	}
	return width, 0
}

// designate reads the escape sequence at the start of b.
func (d *iso2022Decoder) designate(b []byte) (int, int) {
	n := 0
	for k := 1; ; k++ {
		if k >= escSeqMax {
			return 0, 1
		}
		if k >= len(b) {
			return 0, -1
		}
		if isEscEnd(b[k]) {
			n = k + 1
			break
		}
		if d.t.cfg.jisxExt && k+1 < len(b) && b[k] == '&' && b[k+1] == '@' {
			k += 2
			if k >= escSeqMax {
				return 0, 1
			}
		}
	}
	var charset byte
	var g int
	switch n {
	case 3:
		switch b[1] {
		case '$':
			charset = b[2] | charsetWide
		case '(':
			charset = b[2]
		case ')':
			charset, g = b[2], 1
		case '.':
			if !d.t.cfg.useG2 {
				return 0, 3
			}
			charset, g = b[2], 2
		default:
			return 0, 3
		}
	case 4:
		if b[1] != '$' {
			return 0, 4
		}
		charset = b[3] | charsetWide
		switch b[2] {
		case '(':
		case ')':
			g = 1
		default:
			return 0, 4
		}
	case 6:
		if !d.t.cfg.jisxExt || b[3] != esc || b[4] != '$' || b[5] != 'B' {
			return 0, 6
		}
		charset = 'B' | charsetWide
	default:
		return 0, n
	}
	if charset != charsetASCII && !d.t.known[charset] {
		return 0, n
	}
	d.st.g[g] = charset
	return n, 0
}

// singleShift reads the G2 character c (after ESC N).
func (d *iso2022Decoder) singleShift(c byte, out *strings.Builder) (int, int) {
	switch d.st.g[2] {
	case 'A':
		if c >= 0x80 {
			return 0, 3
		}
		out.WriteRune(rune(c) + 0x80)
	case 'F':
		r := d.t.greek[c] // the character + 1, 0 for none
		if r == 0 {
			return 0, 3
		}
		out.WriteRune(r - 1)
	case charsetASCII:
		if c >= 0x80 {
			return 0, 3
		}
		out.WriteByte(c)
	default:
		return 0, 3
	}
	return 3, 0
}

type iso2022Encoder struct{ iso2022Coder }

func newISO2022Encoder(name string) *iso2022Encoder {
	return &iso2022Encoder{newISO2022Coder(name)}
}

func (e *iso2022Encoder) reset() { e.st.init() }

func (e *iso2022Encoder) flush(out []byte) []byte {
	if e.st.shifted {
		out = append(out, si)
		e.st.shifted = false
	}
	if e.st.g[0] != charsetASCII {
		out = append(out, esc, '(', 'B')
		e.st.g[0] = charsetASCII
	}
	return out
}

func (e *iso2022Encoder) unit(chars []rune, i int, final bool, out []byte) ([]byte, int, int) {
	r := chars[i]
	if r < 0x80 {
		if e.st.g[0] != charsetASCII {
			out = append(out, esc, '(', 'B')
			e.st.g[0] = charsetASCII
		}
		if e.st.shifted {
			out = append(out, si)
			e.st.shifted = false
		}
		return append(out, byte(r)), 1, 0
	}
	used := 1
	code, ok := e.t.alone.lookup(r)
	if e.t.first[r] {
		switch {
		case i+1 < len(chars):
			if p, found := e.t.pairs[pairKey{r, chars[i+1]}]; found {
				code, ok, used = p, true, 2
			} else if f, found := e.t.followed.lookup(r); found {
				code, ok = f, true
			}
		case !final:
			return out, 0, -1
		}
	} else if i+1 < len(chars) {
		if f, found := e.t.followed.lookup(r); found {
			code, ok = f, true
		}
	}
	if !ok {
		return out, 0, 1
	}
	if e.t.name == "iso2022_kr" {
		if e.st.g[1] != code.charset {
			out = append(out, esc, '$', ')', code.charset&^charsetWide)
			e.st.g[1] = code.charset
		}
		if !e.st.shifted {
			out = append(out, so)
			e.st.shifted = true
		}
	} else {
		if e.st.shifted {
			out = append(out, si)
			e.st.shifted = false
		}
		if e.st.g[0] != code.charset {
			switch mark := code.charset &^ charsetWide; {
			case code.charset&charsetWide == 0:
				out = append(out, esc, '(', mark)
			case mark == 'B':
				out = append(out, esc, '$', 'B')
			default:
				out = append(out, esc, '$', '(', mark)
			}
			e.st.g[0] = code.charset
		}
	}
	return appendPacked(out, uint32(code.code), int(code.n)), used, 0
}
