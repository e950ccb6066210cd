package re

import (
	"strconv"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/unicode9"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// A replacement template (sub's repl, Match.expand's argument) is parsed
// as sre_parse.parse_template does: literal text, group references \1
// \g<1> \g<name>, octal escapes and the standard escapes; other escapes
// stay as written.

type tplPiece struct {
	lit   []rune
	group int // -1 for a literal
}

type template struct {
	isText     bool
	pieces     []tplPiece
	badEscapes []string // "\\q" for each unknown letter escape, in order
}

// subTemplate is compileTemplate through the pattern's cache, as 3.6's
// re._compile_repl: a replacement parsed once for the pattern is not
// parsed (nor warned about) again. Only str and bytes replacements are
// cached; other buffers are parsed each time.
func (p *Pattern) subTemplate(repl py.Object) (*template, error) {
	var key templateKey
	switch v := repl.(type) {
	case py.String:
		key = templateKey{string(v), true}
	case py.Bytes:
		key = templateKey{string(v), false}
	default:
		return compileTemplate(repl, p)
	}
	p.templatesMu.Lock()
	tpl := p.templates[key]
	p.templatesMu.Unlock()
	if tpl != nil {
		return tpl, nil
	}
	tpl, err := compileTemplate(repl, p)
	if err != nil {
		return nil, err
	}
	p.templatesMu.Lock()
	if p.templates == nil || len(p.templates) >= maxTemplates {
		p.templates = map[templateKey]*template{}
	}
	p.templates[key] = tpl
	p.templatesMu.Unlock()
	return tpl, nil
}

// compileTemplate is parseTemplate for a script's call: an unknown escape
// of an ASCII letter (kept as written) gives 3.6's DeprecationWarning
// "bad escape \q", which 3.7 turned into an error.
func compileTemplate(repl py.Object, p *Pattern) (*template, error) {
	tpl, err := parseTemplate(repl, p)
	if err != nil {
		return nil, err
	}
	for _, esc := range tpl.badEscapes {
		if err := vm.Warn(py.DeprecationWarning, "bad escape "+esc, 1); err != nil {
			return nil, err
		}
	}
	return tpl, nil
}

// parseTemplate parses repl against the pattern p.
func parseTemplate(repl py.Object, p *Pattern) (*template, error) {
	var src []rune
	isText := false
	switch v := pyutil.Unwrap(repl).(type) {
	case py.String:
		isText = true
		src = strRunes(string(v))
	default:
		b, err := pyutil.BytesLike(v)
		if err != nil {
			return nil, pyutil.TypeErrorf("decoding to str: need a bytes-like object, %s found", pyutil.TypeName(repl))
		}
		src = make([]rune, len(b))
		for i, c := range b {
			src[i] = rune(c)
		}
	}
	tpl, err := parseTemplateChars(src, isText, p)
	if err != nil {
		if se, ok := err.(*syntaxError); ok {
			return nil, newError(se.msg, repl, se.pos)
		}
		return nil, err
	}
	return tpl, nil
}

func parseTemplateChars(src []rune, isText bool, p *Pattern) (*template, error) {
	s := newTokenizer(src, isText)
	tpl := &template{isText: isText}
	var lit []rune
	addGroup := func(index, off int) error {
		if index > p.prog.ngroups {
			return s.errorf(off, "invalid group reference %d", index)
		}
		if len(lit) > 0 {
			tpl.pieces = append(tpl.pieces, tplPiece{lit: lit, group: -1})
			lit = nil
		}
		tpl.pieces = append(tpl.pieces, tplPiece{group: index})
		return nil
	}
	for {
		this, ok := s.get()
		if s.err != nil {
			return nil, s.err
		}
		if !ok {
			break
		}
		if !this.esc {
			lit = append(lit, this.c)
			continue
		}
		c := this.c
		switch {
		case c == 'g':
			if !s.match('<') {
				return nil, s.errorf(0, "missing <")
			}
			name, err := s.getuntil('>')
			if err != nil {
				return nil, err
			}
			var index int
			off := len([]rune(name)) + 1
			if isIdentifier(name) {
				g, ok := p.groupidx[name]
				if !ok {
					return nil, py.ExceptionNewf(py.IndexError, "unknown group name %s", pyrepr.StrRepr(name))
				}
				index = g
			} else {
				v, ok := pyIntLiteral(name)
				if !ok {
					return nil, s.errorf(off, "bad character in group name %s", pyrepr.StrRepr(name))
				}
				if v >= maxGroups {
					return nil, s.errorf(off, "invalid group reference %d", v)
				}
				index = int(v)
			}
			if err := addGroup(index, off); err != nil {
				return nil, err
			}
		case c == '0':
			digits := "0"
			if !s.atEnd && !s.next.esc && isOctDigit(s.next.c) {
				t, _ := s.get()
				digits += string(t.c)
				if !s.atEnd && !s.next.esc && isOctDigit(s.next.c) {
					t, _ := s.get()
					digits += string(t.c)
				}
			}
			v, _ := strconv.ParseUint(digits, 8, 32)
			lit = append(lit, rune(v&0xff))
		case isDigit(c):
			text := string(c)
			isOctal := false
			if !s.atEnd && !s.next.esc && isDigit(s.next.c) {
				t, _ := s.get()
				text += string(t.c)
				if isOctDigit(c) && isOctDigit(t.c) && !s.atEnd && !s.next.esc && isOctDigit(s.next.c) {
					t3, _ := s.get()
					text += string(t3.c)
					isOctal = true
					v, _ := strconv.ParseUint(text, 8, 32)
					if v > 0o377 {
						return nil, s.errorf(len(text)+1, "octal escape value \\%s outside of range 0-0o377", text)
					}
					lit = append(lit, rune(v))
				}
			}
			if !isOctal {
				g, _ := strconv.Atoi(text)
				if err := addGroup(g, len(text)); err != nil {
					return nil, err
				}
			}
		default:
			switch c {
			case 'a':
				lit = append(lit, 7)
			case 'b':
				lit = append(lit, 8)
			case 'f':
				lit = append(lit, 12)
			case 'n':
				lit = append(lit, 10)
			case 'r':
				lit = append(lit, 13)
			case 't':
				lit = append(lit, 9)
			case 'v':
				lit = append(lit, 11)
			case '\\':
				lit = append(lit, '\\')
			default:
				if c < 0x80 && unicode9.IsLetter(c) {
					tpl.badEscapes = append(tpl.badEscapes, "\\"+string(c))
				}
				lit = append(lit, '\\', c)
			}
		}
	}
	if len(lit) > 0 {
		tpl.pieces = append(tpl.pieces, tplPiece{lit: lit, group: -1})
	}
	return tpl, nil
}

// expand fills the template from a match.
func (t *template) expand(m *Match) (py.Object, error) {
	if t.isText != m.sj.isText {
		// CPython joins the pieces with the subject's empty string
		for _, pc := range t.pieces {
			if pc.group < 0 {
				if m.sj.isText {
					return nil, pyutil.TypeErrorf("sequence item 0: expected str instance, bytes found")
				}
				return nil, pyutil.TypeErrorf("sequence item 0: expected a bytes-like object, str found")
			}
		}
	}
	var out []rune
	for _, pc := range t.pieces {
		if pc.group < 0 {
			out = append(out, pc.lit...)
			continue
		}
		a, b := m.caps[2*pc.group], m.caps[2*pc.group+1]
		if a >= 0 && b >= a {
			out = append(out, m.sj.chars(a, b)...)
		}
	}
	if m.sj.isText {
		return py.String(runesStr(out)), nil
	}
	b := make([]byte, len(out))
	for i, c := range out {
		b[i] = byte(c)
	}
	return py.Bytes(b), nil
}
