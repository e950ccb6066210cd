package host

import (
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The grammar of str.format strings, shared by str.format/format_map and
// the _string module (which string.Formatter is built on). A format
// string is a run of chunks: literal text, then either nothing (the end,
// or an escaped "{{"/"}}" whose single brace ends the literal) or one
// replacement field {name!conv:spec}.

// formatChunk is one piece of a format string.
type formatChunk struct {
	literal  string
	hasField bool
	name     string // the field's name: "0", "", "a.b[c]"
	spec     string // the text after ':', nested fields unexpanded
	conv     rune   // the character after '!', 0 when there is none
}

// nextChunk reads the chunk of f that starts at pos (pos < len(f)) and
// returns it with the position after it.
func nextChunk(f string, pos int) (formatChunk, int, error) {
	var c formatChunk
	end := strings.IndexAny(f[pos:], "{}")
	if end < 0 {
		c.literal = f[pos:]
		return c, len(f), nil
	}
	end += pos
	brace := f[end]
	doubled := end+1 < len(f) && f[end+1] == brace
	switch {
	case doubled:
		// the literal keeps one of the two braces
		c.literal = f[pos : end+1]
		return c, end + 2, nil
	case brace == '}':
		return c, 0, pyutil.ValueErrorf("Single '}' encountered in format string")
	case end+1 == len(f):
		return c, 0, pyutil.ValueErrorf("Single '{' encountered in format string")
	}
	c.literal = f[pos:end]
	c.hasField = true
	next, err := c.readField(f, end+1)
	return c, next, err
}

// readField reads the field that starts after its '{' at f[pos:] into c
// and returns the position after its closing '}'.
func (c *formatChunk) readField(f string, pos int) (int, error) {
	start := pos
	var stop byte // what ended the name: '}', ':', '!' or 0 for the end of f
	for pos < len(f) && stop == 0 {
		ch := f[pos]
		pos++
		switch ch {
		case '{':
			return 0, pyutil.ValueErrorf("unexpected '{' in field name")
		case '[':
			// an index runs to its ']' whatever it holds
			if k := strings.IndexByte(f[pos:], ']'); k >= 0 {
				pos += k
			} else {
				pos = len(f)
			}
		case '}', ':', '!':
			stop = ch
		}
	}
	if stop == 0 {
		return 0, pyutil.ValueErrorf("expected '}' before end of string")
	}
	c.name = f[start : pos-1]
	if stop == '}' {
		return pos, nil
	}
	if stop == '!' {
		if pos >= len(f) {
			return 0, pyutil.ValueErrorf("end of string while looking for conversion specifier")
		}
		r, n := utf8.DecodeRuneInString(f[pos:])
		c.conv = r
		pos += n
		if pos < len(f) {
			after := f[pos]
			pos++
			if after == '}' {
				return pos, nil
			}
			if after != ':' {
				return 0, pyutil.ValueErrorf("expected ':' after conversion specifier")
			}
		}
	}
	// the spec runs to the '}' that balances the field's '{'
	depth := 1
	for i := pos; i < len(f); i++ {
		switch f[i] {
		case '{':
			depth++
		case '}':
			if depth--; depth == 0 {
				c.spec = f[pos:i]
				return i + 1, nil
			}
		}
	}
	return 0, pyutil.ValueErrorf("unmatched '{' in format spec")
}

// conversionError is the ValueError of a '!' followed by a character
// other than r, s or a.
func conversionError(conv rune) error {
	if conv > ' ' && conv < 0x7F {
		return pyutil.ValueErrorf("Unknown conversion specifier %c", conv)
	}
	return pyutil.ValueErrorf("Unknown conversion specifier \\x%x", conv)
}

// fieldIndex is the value of a field name part written in decimal digits
// (any script's), or -1 when the part is empty or not all digits.
func fieldIndex(part string) (int, error) {
	if part == "" {
		return -1, nil
	}
	const maxIndex = int(^uint(0) >> 1)
	n := 0
	for _, r := range part {
		d, ok := decimalValue(r)
		if !ok {
			return -1, nil
		}
		if n > (maxIndex-d)/10 {
			return 0, pyutil.ValueErrorf("Too many decimal digits in format string")
		}
		n = n*10 + d
	}
	return n, nil
}

// fieldKey is the Python key of a field name part: an int for digits.
func fieldKey(part string, index int) py.Object {
	if index >= 0 {
		return py.Int(index)
	}
	return py.String(part)
}

// splitFieldName cuts a field name at its first '.' or '[': the head
// names the argument (index is its number, -1 for a keyword), the rest
// holds the accessors, read one by one with nextAccessor.
func splitFieldName(name string) (head string, index int, rest string, err error) {
	k := strings.IndexAny(name, ".[")
	if k < 0 {
		k = len(name)
	}
	head, rest = name[:k], name[k:]
	index, err = fieldIndex(head)
	return head, index, rest, err
}

// fieldAccessor is one ".attr" or "[key]" step of a field name.
type fieldAccessor struct {
	attribute bool
	key       string
	index     int // key's number for an item key of digits, else -1
}

// nextAccessor reads the accessor at the start of rest (non-empty) and
// returns what follows it.
func nextAccessor(rest string) (fieldAccessor, string, error) {
	a := fieldAccessor{index: -1}
	switch rest[0] {
	case '.':
		a.attribute = true
		k := strings.IndexAny(rest[1:], ".[")
		if k < 0 {
			k = len(rest) - 1
		}
		a.key, rest = rest[1:1+k], rest[1+k:]
	case '[':
		k := strings.IndexByte(rest, ']')
		if k < 0 {
			return a, "", pyutil.ValueErrorf("Missing ']' in format string")
		}
		a.key, rest = rest[1:k], rest[k+1:]
		n, err := fieldIndex(a.key)
		if err != nil {
			return a, "", err
		}
		a.index = n
	default:
		return a, "", pyutil.ValueErrorf("Only '.' or '[' may follow ']' in format field specifier")
	}
	if a.key == "" {
		return a, "", pyutil.ValueErrorf("Empty attribute in format string")
	}
	return a, rest, nil
}
