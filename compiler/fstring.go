package compiler

// piece is one part of an f-string's value: literal text, or a replacement
// field when field is not nil.
type piece struct {
	lit   []rune
	field *field
}

// field is a replacement field {expr!conv:spec}.
type field struct {
	expr    string  // the rewritten "(expr)", ready to compile
	conv    byte    // 0, 's', 'r' or 'a'
	hasSpec bool    // a ':' was present (an empty spec formats as no spec)
	spec    []piece // literal text and nested fields of the format spec
}

// atomError is an f-string error that CPython reports at the string atom
// (its ast_error(c, n, msg)): the message only; the caller knows the atom.
type atomError string

func (e atomError) Error() string { return string(e) }

// exprCompiler compiles a field's expression text as CPython's
// fstring_compile_expr does: it returns the expression rewritten into
// "(expr)" form, or the SyntaxError that compiling it raises.
type exprCompiler func(expr string) (string, error)

// fparser parses the body of one f-string literal by CPython 3.6's rules
// (Python/ast.c: fstring_find_literal, fstring_find_expr,
// FstringParser_ConcatFstring), producing pieces in source order. Its errors
// are atomError values, errors of decodeLiteral wrapped as atomError, and
// whatever compileExpr returns.
type fparser struct {
	body        string
	raw         bool
	pos         int
	compileExpr exprCompiler
}

// parse reads literal text and fields from p.pos: at level 0 to the end of
// the body, at level 1 and 2 (a format spec) up to the '}' that ends the
// spec, which it leaves unread.
func (p *fparser) parse(level int) ([]piece, error) {
	var pieces []piece
	add := func(lit []rune) {
		if len(lit) == 0 {
			return
		}
		if n := len(pieces); n > 0 && pieces[n-1].field == nil {
			pieces[n-1].lit = append(pieces[n-1].lit, lit...)
			return
		}
		pieces = append(pieces, piece{lit: lit})
	}
	for {
		lit, again, err := p.literal(level)
		if err != nil {
			return nil, err
		}
		add(lit)
		if again {
			continue
		}
		if p.pos >= len(p.body) || p.body[p.pos] == '}' {
			break
		}
		f, err := p.field(level)
		if err != nil {
			return nil, err
		}
		pieces = append(pieces, piece{field: f})
	}
	if level == 0 && p.pos < len(p.body)-1 {
		return nil, atomError("f-string: unexpected end of string")
	}
	if level != 0 && (p.pos >= len(p.body) || p.body[p.pos] != '}') {
		return nil, atomError("f-string: expecting '}'")
	}
	return pieces, nil
}

// literal reads literal text up to a '{' that starts a field, a '}' that
// ends a spec, or the end. A doubled brace at level 0 ends the literal with
// one brace and sets again: the caller reads on past the second brace.
// Outside raw literals a backslash escapes the next character from this
// scan, except that an escaped brace is still a brace (CPython 3.6 warns),
// and \N{...} is skipped whole.
func (p *fparser) literal(level int) (lit []rune, again bool, err error) {
	body := p.body
	start, s := p.pos, p.pos
	litEnd := -1
scan:
	for s < len(body) {
		ch := body[s]
		s++
		if !p.raw && ch == '\\' && s < len(body) {
			ch = body[s]
			s++
			if ch == 'N' {
				if s < len(body) {
					s++
					if body[s-1] == '{' {
						for s < len(body) {
							s++
							if body[s-1] == '}' {
								break
							}
						}
						continue
					}
				}
				litEnd = s
				break scan
			}
		}
		if ch == '{' || ch == '}' {
			if level == 0 {
				if s < len(body) && body[s] == ch {
					p.pos = s + 1
					litEnd = s
					again = true
					break scan
				}
				if ch == '}' {
					return nil, false, atomError("f-string: single '}' is not allowed")
				}
			}
			s--
			break
		}
	}
	if litEnd < 0 {
		litEnd = s
	}
	if !again {
		p.pos = s
	}
	if litEnd == start {
		return nil, again, nil
	}
	if msg := utf8LiteralError(body[start:litEnd], p.raw); msg != "" {
		return nil, false, atomError(msg) // utf8literal.go
	}
	lit, err = decodeLiteral(body[start:litEnd], p.raw)
	if err != nil {
		return nil, false, atomError(err.Error())
	}
	return lit, again, nil
}

// field reads a replacement field at p.pos, which is on its '{', through its
// closing '}'. The expression is compiled as soon as it is delimited, before
// the conversion and the spec are looked at, so that its errors come first
// as in CPython.
func (p *fparser) field(level int) (*field, error) {
	const expecting = atomError("f-string: expecting '}'")
	if level >= 2 {
		return nil, atomError("f-string: expressions nested too deeply")
	}
	body := p.body
	p.pos++
	exprStart := p.pos
	var quote byte // the quote of a string inside the expression, or 0
	triple := false
	depth := 0
	s := p.pos
	for ; s < len(body); s++ {
		ch := body[s]
		if ch == '\\' {
			return nil, atomError("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if !triple {
					quote = 0
				} else if s+2 < len(body) && body[s+1] == ch && body[s+2] == ch {
					s += 2
					quote, triple = 0, false
				}
			}
			continue
		}
		switch {
		case ch == '\'' || ch == '"':
			triple = s+2 < len(body) && body[s+1] == ch && body[s+2] == ch
			if triple {
				s += 2
			}
			quote = ch
		case ch == '[' || ch == '{' || ch == '(':
			depth++
		case depth != 0 && (ch == ']' || ch == '}' || ch == ')'):
			depth--
		case ch == '#':
			return nil, atomError("f-string expression part cannot include '#'")
		case depth == 0 && (ch == '!' || ch == ':' || ch == '}'):
			if ch == '!' && s+1 < len(body) && body[s+1] == '=' {
				continue // "!=" is an operator, not a conversion
			}
			goto delimited
		}
	}
delimited:
	p.pos = s
	if quote != 0 {
		return nil, atomError("f-string: unterminated string")
	}
	if depth != 0 {
		return nil, atomError("f-string: mismatched '(', '{', or '['")
	}
	if p.pos >= len(body) {
		return nil, expecting
	}
	expr := body[exprStart:p.pos]
	if isBlank(expr) {
		return nil, atomError("f-string: empty expression not allowed")
	}
	compiled, err := p.compileExpr(expr)
	if err != nil {
		return nil, err
	}
	f := &field{expr: compiled}
	if body[p.pos] == '!' {
		p.pos++
		if p.pos >= len(body) {
			return nil, expecting
		}
		f.conv = body[p.pos]
		p.pos++
		if f.conv != 's' && f.conv != 'r' && f.conv != 'a' {
			return nil, atomError("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	if p.pos >= len(body) {
		return nil, expecting
	}
	if body[p.pos] == ':' {
		p.pos++
		if p.pos >= len(body) {
			return nil, expecting
		}
		f.hasSpec = true
		if f.spec, err = p.parse(level + 1); err != nil {
			return nil, err
		}
	}
	if p.pos >= len(body) || body[p.pos] != '}' {
		return nil, expecting
	}
	p.pos++
	return f, nil
}

// isBlank reports whether an expression is empty for CPython: only spaces,
// tabs, newlines and form feeds.
func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\f':
		default:
			return false
		}
	}
	return true
}
