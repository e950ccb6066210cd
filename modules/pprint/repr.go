package pprint

import (
	"math"
	"math/big"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// This file produces CPython's repr for the built-in types pprint knows,
// because gpython's own repr gets several of them wrong (1-tuples, floats,
// str quoting).

// StrRepr is CPython's repr of a str: single quotes unless the text holds a
// single quote and no double quote, backslash escapes for control
// characters and for characters that are not printable.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			writeHex(&b, `\x`, uint32(r), 2)
		case r < 0x7f:
			b.WriteRune(r)
		case isPrintable(r):
			b.WriteRune(r)
		case r < 0x100:
			writeHex(&b, `\x`, uint32(r), 2)
		case r < 0x10000:
			writeHex(&b, `\u`, uint32(r), 4)
		default:
			writeHex(&b, `\U`, uint32(r), 8)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// isPrintable follows str.isprintable: letters, marks, numbers,
// punctuation and symbols; of the separators only the ASCII space.
// utf8.RuneError stands for an invalid byte and is printed as Go decoded it.
func isPrintable(r rune) bool {
	if r == utf8.RuneError {
		return true
	}
	return unicode.IsPrint(r)
}

func writeHex(b *strings.Builder, prefix string, v uint32, digits int) {
	b.WriteString(prefix)
	h := strconv.FormatUint(uint64(v), 16)
	for i := len(h); i < digits; i++ {
		b.WriteByte('0')
	}
	b.WriteString(h)
}

// BytesRepr is CPython's repr of a bytes object (b'...').
func BytesRepr(p []byte) string { return bytesRepr(p, false) }

// bytesRepr renders bytes; CPython's bytearray repr escapes a single
// quote even when it picked double quotes (escapeSingle).
func bytesRepr(p []byte, escapeSingle bool) string {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range p {
		switch c {
		case '\'':
			hasSingle = true
		case '"':
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(p) + 3)
	b.WriteString("b")
	b.WriteByte(quote)
	for _, c := range p {
		switch {
		case c == quote || c == '\\' || (escapeSingle && c == '\''):
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			writeHex(&b, `\x`, uint32(c), 2)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// FloatRepr is CPython's repr of a float: the shortest string that reads
// back to the same value, in positional notation when the decimal exponent
// is in [-4, 16) and in scientific notation (two exponent digits at least)
// otherwise.
func FloatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // [-]d[.ddd]e±XX
	sign := ""
	if e[0] == '-' {
		sign, e = "-", e[1:]
	}
	mant, exps, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(exps)
	digits := strings.Replace(mant, ".", "", 1)
	if -4 <= exp && exp < 16 {
		var s string
		switch {
		case exp < 0:
			s = "0." + strings.Repeat("0", -exp-1) + digits
		case exp+1 >= len(digits):
			s = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
		default:
			s = digits[:exp+1] + "." + digits[exp+1:]
		}
		return sign + s
	}
	m := digits[:1]
	if len(digits) > 1 {
		m += "." + digits[1:]
	}
	es := "+"
	if exp < 0 {
		es, exp = "-", -exp
	}
	x := strconv.Itoa(exp)
	if len(x) < 2 {
		x = "0" + x
	}
	return sign + m + "e" + es + x
}

// reprState carries what CPython's _safe_repr reports besides the text.
type reprState struct {
	readable  bool
	recursive bool
}

// identity returns a key naming a mutable container, for recursion checks.
func identity(o py.Object) uintptr {
	switch v := o.(type) {
	case *py.List:
		return reflect.ValueOf(v).Pointer()
	case py.StringDict:
		return reflect.ValueOf(v).Pointer()
	case py.Tuple:
		if len(v) == 0 {
			return 0
		}
		return reflect.ValueOf(&v[0]).Pointer()
	}
	return 0
}

// recursionRepr is CPython's text for a container met inside itself.
func recursionRepr(o py.Object, id uintptr) string {
	return "<Recursion on " + o.Type().Name + " with id=" + strconv.FormatUint(uint64(id), 10) + ">"
}

// sortedKeys returns the keys of d in Python's str ordering (code points,
// which is UTF-8 byte order).
func sortedKeys(d py.StringDict) []string {
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// safeRepr mirrors pprint's _safe_repr: dicts, lists and tuples are
// rendered by hand with a depth limit and recursion detection; scalars and
// other objects use their repr.
func safeRepr(o py.Object, context map[uintptr]bool, maxLevels, level int, st *reprState) (string, error) {
	switch v := o.(type) {
	case py.String:
		return StrRepr(string(v)), nil
	case py.Bytes:
		return BytesRepr(v), nil
	case py.Float:
		return FloatRepr(float64(v)), nil
	case py.Bool:
		if v {
			return "True", nil
		}
		return "False", nil
	case py.NoneType:
		return "None", nil
	case py.Int:
		return strconv.FormatInt(int64(v), 10), nil
	case *py.BigInt:
		return (*big.Int)(v).String(), nil
	case py.StringDict:
		if len(v) == 0 {
			return "{}", nil
		}
		id := identity(v)
		if maxLevels > 0 && level >= maxLevels {
			st.readable = false
			if context[id] {
				st.recursive = true
			}
			return "{...}", nil
		}
		if context[id] {
			st.readable, st.recursive = false, true
			return recursionRepr(v, id), nil
		}
		context[id] = true
		parts := make([]string, 0, len(v))
		for _, k := range sortedKeys(v) {
			vr, err := safeRepr(v[k], context, maxLevels, level+1, st)
			if err != nil {
				return "", err
			}
			parts = append(parts, StrRepr(k)+": "+vr)
		}
		delete(context, id)
		return "{" + strings.Join(parts, ", ") + "}", nil
	case *py.List:
		return seqRepr(v, v.Items, "[", "]", context, maxLevels, level, st)
	case py.Tuple:
		if len(v) == 1 {
			return seqRepr(v, v, "(", ",)", context, maxLevels, level, st)
		}
		return seqRepr(v, v, "(", ")", context, maxLevels, level, st)
	case pyutil.ReadableBuffer:
		if isByteArray(v) {
			return "bytearray(" + bytesRepr(v.BufferBytes(), true) + ")", nil
		}
	case *py.Set:
		return setRepr(v, "{", "}", "set()")
	case *py.FrozenSet:
		return setRepr(v, "frozenset({", "})", "frozenset()")
	}
	r, err := py.ReprAsString(o)
	if err != nil {
		return "", err
	}
	if r == "" || strings.HasPrefix(r, "<") {
		st.readable = false
	}
	return r, nil
}

func seqRepr(o py.Object, items []py.Object, open, end string, context map[uintptr]bool, maxLevels, level int, st *reprState) (string, error) {
	if len(items) == 0 {
		return open + strings.TrimPrefix(end, ","), nil
	}
	id := identity(o)
	if maxLevels > 0 && level >= maxLevels {
		st.readable = false
		if context[id] {
			st.recursive = true
		}
		return open + "..." + end, nil
	}
	if context[id] {
		st.readable, st.recursive = false, true
		return recursionRepr(o, id), nil
	}
	context[id] = true
	parts := make([]string, 0, len(items))
	for _, it := range items {
		r, err := safeRepr(it, context, maxLevels, level+1, st)
		if err != nil {
			return "", err
		}
		parts = append(parts, r)
	}
	delete(context, id)
	return open + strings.Join(parts, ", ") + end, nil
}

// setItems returns the members of a set in the order pprint shows them:
// sorted when they are mutually comparable, else grouped by type name.
func setItems(s py.Object) ([]py.Object, error) {
	var items []py.Object
	err := py.Iterate(s, func(o py.Object) bool {
		items = append(items, o)
		return false
	})
	if err != nil {
		return nil, err
	}
	var sortErr error
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if a.Type() != b.Type() && !(isNumber(a) && isNumber(b)) {
			return a.Type().Name < b.Type().Name
		}
		r, err := py.Lt(a, b)
		if err != nil {
			if sortErr == nil {
				sortErr = err
			}
			return false
		}
		return r == py.True
	})
	// Incomparable members of one type keep their iteration order, as
	// CPython falls back to id() there.
	_ = sortErr
	return items, nil
}

func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Float, py.Bool:
		return true
	}
	return false
}

// setRepr renders a set on one line. CPython prints hash-table order:
// for sets of ints it is reproduced (see hashOrder); other members are
// shown sorted, as no order of CPython's could be reproduced anyway.
func setRepr(s py.Object, open, end, empty string) (string, error) {
	items, err := setItems(s)
	if err != nil {
		return "", err
	}
	items = hashOrder(items)
	if len(items) == 0 {
		return empty, nil
	}
	parts := make([]string, len(items))
	st := &reprState{}
	for i, it := range items {
		r, err := safeRepr(it, map[uintptr]bool{}, 0, 0, st)
		if err != nil {
			return "", err
		}
		parts[i] = r
	}
	return open + strings.Join(parts, ", ") + end, nil
}

// hashOrder returns a set of ints in the order CPython iterates it, by
// replaying CPython's open-addressing table (linear probes of 9, then
// perturbation; growth to 4*used when 3/5 full) with the members added in
// ascending order and then merging them as a set display {1, 2, 3} is
// built. Where two members collide the real order depends on the order
// they were written in, which gpython's sets do not keep; such sets may
// print differently. Sets holding anything but ints come back unchanged.
func hashOrder(items []py.Object) []py.Object {
	const linearProbes, perturbShift = 9, 5
	hashes := make([]uint64, len(items))
	for i, it := range items {
		var h int64
		switch v := it.(type) {
		case py.Int:
			h = int64(v)
			if h >= 1<<61-1 || h <= -(1<<61-1) {
				return items
			}
		case py.Bool:
			if v {
				h = 1
			}
		default:
			return items
		}
		if h == -1 {
			h = -2
		}
		hashes[i] = uint64(h)
	}
	type entry struct {
		used bool
		idx  int
	}
	insert := func(table []entry, h uint64, idx int) {
		mask := uint64(len(table) - 1)
		i := h & mask
		perturb := h
		for {
			if !table[i].used {
				table[i] = entry{true, idx}
				return
			}
			if i+linearProbes <= mask {
				for j := uint64(1); j <= linearProbes; j++ {
					if !table[i+j].used {
						table[i+j] = entry{true, idx}
						return
					}
				}
			}
			perturb >>= perturbShift
			i = (i*5 + 1 + perturb) & mask
		}
	}
	table := make([]entry, 8)
	for n := range items {
		insert(table, hashes[n], n)
		used := n + 1
		if used*5 >= (len(table)-1)*3 {
			minUsed := used * 4
			if used > 50000 {
				minUsed = used * 2
			}
			size := 8
			for size <= minUsed {
				size <<= 1
			}
			grown := make([]entry, size)
			for _, e := range table {
				if e.used {
					insert(grown, hashes[e.idx], e.idx)
				}
			}
			table = grown
		}
	}
	// A set display of constants is compiled to a frozenset merged into
	// an empty set, which sizes its table for 2*used and copies in the
	// frozenset's order.
	if n := len(items); n*5 >= 7*3 {
		size := 8
		for size <= 2*n {
			size <<= 1
		}
		merged := make([]entry, size)
		for _, e := range table {
			if e.used {
				insert(merged, hashes[e.idx], e.idx)
			}
		}
		table = merged
	}
	out := make([]py.Object, 0, len(items))
	for _, e := range table {
		if e.used {
			out = append(out, items[e.idx])
		}
	}
	return out
}

// isByteArray recognises the project's bytearray type (modules/host) by
// its Python name, so that this package does not depend on host.
func isByteArray(o py.Object) bool {
	return o.Type().Name == "bytearray"
}
