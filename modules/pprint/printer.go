package pprint

import (
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Printer holds PrettyPrinter's settings and lays objects out the way
// CPython's pprint does (the algorithm of Python 3.5+: a container is
// wrapped only when its one-line repr does not fit in the width left).
type Printer struct {
	Indent  int  // spaces added per nesting level (indent=1)
	Width   int  // desired maximum line width (width=80)
	Depth   int  // levels shown before "..."; 0 for no limit (depth=None)
	Compact bool // pack several short items per line (compact=False)
	// Hook, when not nil, is a subclass's PrettyPrinter.format (bound):
	// called as Hook(object, context, maxlevels, level) for each repr the
	// layout needs, returning (repr, readable, recursive).
	Hook py.Object
}

// DefaultPrinter has CPython's defaults.
var DefaultPrinter = Printer{Indent: 1, Width: 80}

// Format returns the pretty-printed text of o, without a trailing newline.
func (p Printer) Format(o py.Object) (string, error) {
	var b strings.Builder
	err := p.format(o, &b, 0, 0, map[uintptr]bool{}, 0)
	return b.String(), err
}

// Repr returns o's one-line repr with the depth limit, and whether it is
// readable and recursive (PrettyPrinter.format without the context).
func (p Printer) Repr(o py.Object) (rep string, readable, recursive bool, err error) {
	st := &reprState{readable: true}
	rep, err = safeRepr(o, map[uintptr]bool{}, p.Depth, 0, st)
	return rep, st.readable && !st.recursive, st.recursive, err
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

func (p Printer) repr(o py.Object, context map[uintptr]bool, level int) (string, error) {
	if p.Hook != nil {
		return p.hookRepr(o, context, level)
	}
	st := &reprState{readable: true}
	ctx := make(map[uintptr]bool, len(context))
	for k, v := range context {
		ctx[k] = v
	}
	return safeRepr(o, ctx, p.Depth, level, st)
}

func (p Printer) format(o py.Object, b *strings.Builder, indent, allowance int, context map[uintptr]bool, level int) error {
	id := identity(o)
	if id != 0 && context[id] {
		b.WriteString(recursionRepr(o, id))
		return nil
	}
	rep, err := p.repr(o, context, level)
	if err != nil {
		return err
	}
	if runeLen(rep) > p.Width-indent-allowance {
		if kind := collectionsKind(o); kind != "" {
			var sub strings.Builder
			done, err := p.collection(kind, o, &sub, indent, allowance, context, level+1)
			if err != nil {
				return err
			}
			if done {
				b.WriteString(sub.String())
				return nil
			}
		}
		var wrap func(py.Object, *strings.Builder, int, int, map[uintptr]bool, int) error
		target := o
		if v, ok := builtinView(o); ok {
			target = v
		}
		switch target.(type) {
		case py.StringDict, *vm.Dict:
			wrap = p.dict
		case *py.List:
			wrap = p.list
		case py.Tuple:
			wrap = p.tuple
		case *py.Set, *py.FrozenSet, *vm.Set:
			wrap = func(_ py.Object, b *strings.Builder, indent, allowance int, context map[uintptr]bool, level int) error {
				return p.set(o, target, b, indent, allowance, context, level)
			}
		case py.String:
			wrap = p.str
		case py.Bytes:
			wrap = p.bytes
		case pyutil.ReadableBuffer:
			if pyrepr.IsByteArray(o) {
				wrap = p.bytearray
			}
		}
		if wrap == nil {
			// CPython 3.6 lays out any dict that does not fit as a
			// dict, even one whose class writes its own __repr__
			// (3.7 and later print that repr).
			if v, ok := pyutil.BuiltinValue(o); ok {
				switch v.(type) {
				case py.StringDict, *vm.Dict:
					target, wrap = v, p.dict
				}
			}
		}
		if wrap != nil {
			if id != 0 {
				context[id] = true
			}
			err := wrap(target, b, indent, allowance, context, level+1)
			if id != 0 {
				delete(context, id)
			}
			return err
		}
	}
	b.WriteString(rep)
	return nil
}

func (p Printer) dict(o py.Object, b *strings.Builder, indent, allowance int, context map[uintptr]bool, level int) error {
	keys, values, err := sortedItems(o)
	if err != nil {
		return err
	}
	b.WriteString("{")
	if p.Indent > 1 {
		b.WriteString(strings.Repeat(" ", p.Indent-1))
	}
	if err := p.dictItems(keys, values, b, indent, allowance+1, context, level); err != nil {
		return err
	}
	b.WriteString("}")
	return nil
}

// dictItems lays out "key: value" pairs one a line, the last leaving
// allowance columns for what follows it.
func (p Printer) dictItems(keys, values []py.Object, b *strings.Builder, indent, allowance int, context map[uintptr]bool, level int) error {
	indent += p.Indent
	for i, k := range keys {
		last := i == len(keys)-1
		rep, err := p.repr(k, context, level)
		if err != nil {
			return err
		}
		b.WriteString(rep)
		b.WriteString(": ")
		allow := 1
		if last {
			allow = allowance
		}
		if err := p.format(values[i], b, indent+runeLen(rep)+2, allow, context, level); err != nil {
			return err
		}
		if !last {
			b.WriteString(",\n")
			b.WriteString(strings.Repeat(" ", indent))
		}
	}
	return nil
}

func (p Printer) list(o py.Object, b *strings.Builder, indent, allowance int, context map[uintptr]bool, level int) error {
	b.WriteString("[")
	if err := p.items(o.(*py.List).Items, b, indent, allowance+1, context, level); err != nil {
		return err
	}
	b.WriteString("]")
	return nil
}

func (p Printer) tuple(o py.Object, b *strings.Builder, indent, allowance int, context map[uintptr]bool, level int) error {
	t := o.(py.Tuple)
	end := ")"
	if len(t) == 1 {
		end = ",)"
	}
	b.WriteString("(")
	if err := p.items(t, b, indent, allowance+len(end), context, level); err != nil {
		return err
	}
	b.WriteString(end)
	return nil
}

// set lays out a set or frozenset; o is the object printed, items the
// set whose members it shows (o itself, or the value of a subclass
// instance, shown with its class name in front).
func (p Printer) set(o, members py.Object, b *strings.Builder, indent, allowance int, context map[uintptr]bool, level int) error {
	items, err := sortedMembers(members)
	if err != nil {
		return err
	}
	if len(items) == 0 {
		r, err := safeRepr(o, map[uintptr]bool{}, 0, 0, &reprState{})
		b.WriteString(r)
		return err
	}
	end := "}"
	if t := o.Type(); t == vm.SetType || t == py.SetType {
		b.WriteString("{")
	} else {
		name := t.Name
		if t == vm.FrozenSetType || t == py.FrozenSetType {
			name = "frozenset"
		}
		b.WriteString(name + "({")
		end = "})"
		indent += runeLen(name) + 1
	}
	if err := p.items(items, b, indent, allowance+len(end), context, level); err != nil {
		return err
	}
	b.WriteString(end)
	return nil
}

// items lays out the members of a list, tuple or set, one per line, or
// packed when Compact is set.
func (p Printer) items(items []py.Object, b *strings.Builder, indent, allowance int, context map[uintptr]bool, level int) error {
	indent += p.Indent
	if p.Indent > 1 {
		b.WriteString(strings.Repeat(" ", p.Indent-1))
	}
	delimNL := ",\n" + strings.Repeat(" ", indent)
	delim := ""
	width := p.Width - indent + 1
	maxWidth := width
	for i, ent := range items {
		last := i == len(items)-1
		if last {
			maxWidth -= allowance
			width -= allowance
		}
		if p.Compact {
			rep, err := p.repr(ent, context, level)
			if err != nil {
				return err
			}
			w := runeLen(rep) + 2
			if width < w {
				width = maxWidth
				if delim != "" {
					delim = delimNL
				}
			}
			if width >= w {
				width -= w
				b.WriteString(delim)
				delim = ", "
				b.WriteString(rep)
				continue
			}
		}
		b.WriteString(delim)
		delim = delimNL
		allow := 1
		if last {
			allow = allowance
		}
		if err := p.format(ent, b, indent, allow, context, level); err != nil {
			return err
		}
	}
	return nil
}

// splitLines is str.splitlines(True): lines keep their terminators, and
// \r\n, \r, \v, \f, \x1c-\x1e, \x85, U+2028 and U+2029 all end a line.
func splitLines(s string) []string {
	var lines []string
	start := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		end := -1
		switch r {
		case '\r':
			end = i + 1
			if i+1 < len(s) && s[i+1] == '\n' {
				end = i + 2
			}
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
			end = i + n
		}
		if end < 0 {
			i += n
			continue
		}
		lines = append(lines, s[start:end])
		start, i = end, end
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return lines
}

// isPySpace is str.isspace for one character (what \s matches in re).
func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// words splits s into runs of non-space followed by space, as
// re.findall(r'\S*\s*', s) minus its final empty match.
func words(s string) []string {
	var parts []string
	i := 0
	for i < len(s) {
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isPySpace(r) {
				break
			}
			j += n
		}
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !isPySpace(r) {
				break
			}
			j += n
		}
		parts = append(parts, s[i:j])
		i = j
	}
	return parts
}

func (p Printer) str(o py.Object, b *strings.Builder, indent, allowance int, context map[uintptr]bool, level int) error {
	s := string(o.(py.String))
	if s == "" {
		b.WriteString(StrRepr(s))
		return nil
	}
	var chunks []string
	lines := splitLines(s)
	if level == 1 {
		indent++
		allowance++
	}
	maxWidth := p.Width - indent
	maxWidth1 := maxWidth
	for i, line := range lines {
		rep := StrRepr(line)
		lastLine := i == len(lines)-1
		if lastLine {
			maxWidth1 -= allowance
		}
		if runeLen(rep) <= maxWidth1 {
			chunks = append(chunks, rep)
			continue
		}
		parts := words(line)
		maxWidth2 := maxWidth
		current := ""
		for j, part := range parts {
			candidate := current + part
			if j == len(parts)-1 && lastLine {
				maxWidth2 -= allowance
			}
			if runeLen(StrRepr(candidate)) > maxWidth2 {
				if current != "" {
					chunks = append(chunks, StrRepr(current))
				}
				current = part
			} else {
				current = candidate
			}
		}
		if current != "" {
			chunks = append(chunks, StrRepr(current))
		}
	}
	if len(chunks) == 1 {
		b.WriteString(chunks[0])
		return nil
	}
	if level == 1 {
		b.WriteString("(")
	}
	for i, c := range chunks {
		if i > 0 {
			b.WriteString("\n")
			b.WriteString(strings.Repeat(" ", indent))
		}
		b.WriteString(c)
	}
	if level == 1 {
		b.WriteString(")")
	}
	return nil
}

func (p Printer) bytes(o py.Object, b *strings.Builder, indent, allowance int, context map[uintptr]bool, level int) error {
	data := []byte(o.(py.Bytes))
	if len(data) <= 4 {
		b.WriteString(BytesRepr(data))
		return nil
	}
	parens := level == 1
	if parens {
		indent++
		allowance++
		b.WriteString("(")
	}
	delim := ""
	for _, rep := range wrapBytes(data, p.Width-indent, allowance) {
		b.WriteString(delim)
		b.WriteString(rep)
		if delim == "" {
			delim = "\n" + strings.Repeat(" ", indent)
		}
	}
	if parens {
		b.WriteString(")")
	}
	return nil
}

// bytearray lays out bytearray(b'...') with its contents wrapped as bytes.
func (p Printer) bytearray(o py.Object, b *strings.Builder, indent, allowance int, context map[uintptr]bool, level int) error {
	data := append([]byte(nil), o.(pyutil.ReadableBuffer).BufferBytes()...)
	b.WriteString("bytearray(")
	err := p.bytes(py.Bytes(data), b, indent+10, allowance+1, context, level+1)
	b.WriteString(")")
	return err
}

// wrapBytes cuts data into 4-byte groups joined while their repr fits.
func wrapBytes(data []byte, width, allowance int) []string {
	var out []string
	var current []byte
	last := len(data) / 4 * 4
	for i := 0; i < len(data); i += 4 {
		end := min(i+4, len(data))
		part := data[i:end]
		candidate := append(append([]byte{}, current...), part...)
		if i == last {
			width -= allowance
		}
		if len(BytesRepr(candidate)) > width {
			if len(current) > 0 {
				out = append(out, BytesRepr(current))
			}
			current = append([]byte{}, part...)
		} else {
			current = candidate
		}
	}
	if len(current) > 0 {
		out = append(out, BytesRepr(current))
	}
	return out
}

// sortedItems returns a dict's items with the keys sorted as pprint sorts
// them (by value where they compare, else grouped by type).
func sortedItems(o py.Object) (keys, values []py.Object, err error) {
	switch d := o.(type) {
	case py.StringDict:
		for _, k := range pyrepr.SortedKeys(d) {
			keys = append(keys, py.String(k))
			values = append(values, d[k])
		}
		return keys, values, nil
	case *vm.Dict:
		if keys, err = sortedMembers(d); err != nil {
			return nil, nil, err
		}
		values = make([]py.Object, len(keys))
		for i, k := range keys {
			values[i], _, err = d.GetItem(k)
			if err != nil {
				return nil, nil, err
			}
		}
		return keys, values, nil
	}
	return nil, nil, nil
}

// hookRepr is repr through the subclass's format method, given a dict of
// the ids being laid out as its context.
func (p Printer) hookRepr(o py.Object, context map[uintptr]bool, level int) (string, error) {
	ctx := vm.NewDict(len(context))
	for k := range context {
		if err := ctx.SetItem(py.Int(k), py.Int(1)); err != nil {
			return "", err
		}
	}
	var maxlevels py.Object = py.None
	if p.Depth > 0 {
		maxlevels = py.Int(p.Depth)
	}
	r, err := vm.Call(p.Hook, py.Tuple{o, ctx, maxlevels, py.Int(level)}, nil)
	if err != nil {
		return "", err
	}
	items, err := listOf(r)
	if err != nil {
		return "", err
	}
	if len(items) != 3 {
		return "", py.ExceptionNewf(py.ValueError, "format() must return (repr, readable, recursive)")
	}
	rep, ok := items[0].(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "format() must return a str as its repr, not '%s'", items[0].Type().Name)
	}
	return string(rep), nil
}
