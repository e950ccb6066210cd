package cjkcodecs

import "strings"

// hz (RFC 1843): ASCII text in which "~{" switches to GB2312 written
// with the high bits cleared and "~}" back; "~~" is a tilde and "~\n" a
// line continuation. It uses gb2312's tables.

type hzDecoder struct {
	gb *tableCodec
	in bool // inside ~{ ... ~}
}

func (d *hzDecoder) reset() { d.in = false }

func (d *hzDecoder) unit(b []byte, i int, out *strings.Builder) (int, int) {
	c := b[i]
	if c == '~' {
		if i+1 >= len(b) {
			return 0, -1
		}
		switch c2 := b[i+1]; {
		case c2 == '~' && !d.in:
			out.WriteByte('~')
		case c2 == '{' && !d.in:
			d.in = true
		case c2 == '\n' && !d.in:
		case c2 == '}' && d.in:
			d.in = false
		default:
			return 0, 1
		}
		return 2, 0
	}
	if c >= 0x80 {
		return 0, 1
	}
	if !d.in {
		out.WriteByte(c)
		return 1, 0
	}
	if i+1 >= len(b) {
		return 0, -1
	}
	lead := d.gb.nodes.cell(0, c|0x80)
	if lead&7 != cellMore {
		return 0, 1
	}
	cell := d.gb.nodes.cell(int(lead>>3), b[i+1]^0x80)
	if cell&7 != cellChar {
		return 0, 1
	}
	out.WriteRune(rune(cell >> 3))
	return 2, 0
}

type hzEncoder struct {
	gb *tableCodec
	in bool
}

func (e *hzEncoder) reset() { e.in = false }

func (e *hzEncoder) flush(out []byte) []byte {
	if e.in {
		out = append(out, '~', '}')
		e.in = false
	}
	return out
}

func (e *hzEncoder) unit(chars []rune, i int, final bool, out []byte) ([]byte, int, int) {
	r := chars[i]
	if r < 0x80 {
		out = e.flush(out)
		if r == '~' {
			return append(out, '~', '~'), 1, 0
		}
		return append(out, byte(r)), 1, 0
	}
	code, n, ok := e.gb.enc.lookup(r)
	if !ok || n != 2 {
		return out, 0, 1
	}
	if !e.in {
		out = append(out, '~', '{')
		e.in = true
	}
	return append(out, byte(code>>8)&0x7F, byte(code)&0x7F), 1, 0
}
