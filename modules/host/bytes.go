package host

import (
	"bytes"
	"encoding/hex"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// bytesImpl is a method shared by bytes and bytearray. self is the
// object's contents; mk wraps a result in the receiver's type (bytes
// methods return bytes, bytearray methods return bytearray).
type bytesImpl func(self []byte, args py.Tuple, kwargs py.StringDict, mk func([]byte) py.Object) (py.Object, error)

// asciiSpace is what bytes.split() and strip() treat as whitespace.
const asciiSpace = " \t\n\r\x0b\x0c"

func isSpace(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

// mkBytes wraps b as bytes. The capacity is cut so that gpython's in-place
// `+=` (an append) can never write into a shared backing array.
func mkBytes(b []byte) py.Object {
	return py.Bytes(b[:len(b):len(b)])
}

// mkByteArray wraps a copy of b as a bytearray.
func mkByteArray(b []byte) py.Object {
	return &ByteArray{Data: append([]byte(nil), b...)}
}

// receiver extracts the contents of self. When a method is called on the
// class (bytes.find(b, x)) gpython passes no self: the first argument is
// the receiver then.
func receiver(t *py.Type, self py.Object, args py.Tuple) ([]byte, py.Tuple, error) {
	switch v := self.(type) {
	case py.Bytes:
		if t == py.BytesType {
			return v, args, nil
		}
	case *ByteArray:
		if t == ByteArrayType {
			return v.Data, args, nil
		}
	}
	if len(args) > 0 {
		switch v := args[0].(type) {
		case py.Bytes:
			if t == py.BytesType {
				return v, args[1:], nil
			}
		case *ByteArray:
			if t == ByteArrayType {
				return v.Data, args[1:], nil
			}
		}
	}
	return nil, nil, pyutil.TypeErrorf("descriptor requires a '%s' object", t.Name)
}

// installBytesMethod adds name to bytes and bytearray unless gpython already
// has it (stock methods keep working as they did). impl may read args but
// not keep the tuple itself (the method is vm.ArgsBorrowed: the loop passes
// a view of its stack); the argument parsers copy what they return.
func installBytesMethod(name, doc string, impl bytesImpl) {
	for _, t := range []*py.Type{py.BytesType, ByteArrayType} {
		if _, ok := t.Dict[name]; ok {
			continue
		}
		t := t
		mk := mkBytes
		if t == ByteArrayType {
			mk = mkByteArray
		}
		t.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
			defer pyutil.Recover(&err)
			b, args, err := receiver(t, self, args)
			if err != nil {
				return nil, err
			}
			return impl(b, args, kwargs, mk)
		}, vm.ArgsBorrowed, doc) // no bytes method keeps its args tuple (each copies what it parses)
	}
}

// needle is the "sub" argument of find/count/index: an int in range(256)
// or a bytes-like object.
func needle(o py.Object) ([]byte, error) {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Bool:
		v, err := py.IndexInt(o)
		if err != nil || v < 0 || v > 255 {
			return nil, pyutil.ValueErrorf("byte must be in range(0, 256)")
		}
		return []byte{byte(v)}, nil
	}
	b, err := pyutil.BytesLike(o)
	if err != nil {
		return nil, pyutil.TypeErrorf("a bytes-like object is required, not '%s'", pyutil.TypeName(o)) // 3.6 (3.7 names the integer too)
	}
	return b, nil
}

// search implements find, rfind, index, rindex and count.
func search(fn string, b []byte, args py.Tuple, kwargs py.StringDict) (sub []byte, start, end int, err error) {
	a, err := parseArgs(fn, args, kwargs, []string{"sub", "start", "end"}, 1, 3)
	if err != nil {
		return nil, 0, 0, err
	}
	if sub, err = needle(a[0]); err != nil {
		return nil, 0, 0, err
	}
	start, end, err = adjustIndices(len(b), a[1], a[2])
	return sub, start, end, err
}

func findImpl(fn string, last, raise bool) bytesImpl {
	return func(b []byte, args py.Tuple, kwargs py.StringDict, _ func([]byte) py.Object) (py.Object, error) {
		sub, start, end, err := search(fn, b, args, kwargs)
		if err != nil {
			return nil, err
		}
		i := -1
		if end-start >= len(sub) {
			if last {
				i = bytes.LastIndex(b[start:end], sub)
			} else {
				i = bytes.Index(b[start:end], sub)
			}
			if i >= 0 {
				i += start
			}
		}
		if i < 0 && raise {
			return nil, pyutil.ValueErrorf("subsection not found")
		}
		return py.Int(i), nil
	}
}

func bytesCount(b []byte, args py.Tuple, kwargs py.StringDict, _ func([]byte) py.Object) (py.Object, error) {
	sub, start, end, err := search("count", b, args, kwargs)
	if err != nil {
		return nil, err
	}
	switch {
	case end-start < len(sub):
		return py.Int(0), nil
	case len(sub) == 0:
		return py.Int(end - start + 1), nil
	}
	return py.Int(bytes.Count(b[start:end], sub)), nil
}

// affixes reads the prefix/suffix argument of startswith/endswith.
func affixes(fn string, o py.Object) ([][]byte, error) {
	if t, ok := o.(py.Tuple); ok {
		out := make([][]byte, len(t))
		for i, x := range t {
			b, err := pyutil.BytesLike(x)
			if err != nil {
				return nil, pyutil.TypeErrorf("a bytes-like object is required, not '%s'", pyutil.TypeName(x))
			}
			out[i] = b
		}
		return out, nil
	}
	b, err := pyutil.BytesLike(o)
	if err != nil {
		return nil, pyutil.TypeErrorf("%s first arg must be bytes or a tuple of bytes, not %s", fn, pyutil.TypeName(o))
	}
	return [][]byte{b}, nil
}

func tailImpl(fn string, suffix bool) bytesImpl {
	return func(b []byte, args py.Tuple, kwargs py.StringDict, _ func([]byte) py.Object) (py.Object, error) {
		a, err := parseArgs(fn, args, kwargs, []string{"prefix", "start", "end"}, 1, 3)
		if err != nil {
			return nil, err
		}
		subs, err := affixes(fn, a[0])
		if err != nil {
			return nil, err
		}
		start, end, err := adjustIndices(len(b), a[1], a[2])
		if err != nil {
			return nil, err
		}
		for _, s := range subs {
			if end-start < len(s) {
				continue
			}
			if (!suffix && bytes.Equal(b[start:start+len(s)], s)) || (suffix && bytes.Equal(b[end-len(s):end], s)) {
				return py.True, nil
			}
		}
		return py.False, nil
	}
}

// splitArgs reads (sep=None, maxsplit=-1).
func splitArgs(fn string, args py.Tuple, kwargs py.StringDict) (sep []byte, hasSep bool, maxsplit int, err error) {
	a, err := parseArgs(fn, args, kwargs, []string{"sep", "maxsplit"}, 0, 0)
	if err != nil {
		return nil, false, 0, err
	}
	maxsplit = -1
	if a[1] != nil {
		if maxsplit, err = pyarg.SsizeT(a[1]); err != nil {
			return nil, false, 0, err
		}
	}
	if a[0] != nil && a[0] != py.None {
		if sep, err = pyutil.BytesLike(a[0]); err != nil {
			return nil, false, 0, err
		}
		if len(sep) == 0 {
			return nil, false, 0, pyutil.ValueErrorf("empty separator")
		}
		hasSep = true
	}
	return sep, hasSep, maxsplit, nil
}

func listOf(parts [][]byte, mk func([]byte) py.Object) py.Object {
	items := make([]py.Object, len(parts))
	for i, p := range parts {
		items[i] = mk(p)
	}
	return py.NewListFromItems(items)
}

func bytesSplit(b []byte, args py.Tuple, kwargs py.StringDict, mk func([]byte) py.Object) (py.Object, error) {
	sep, hasSep, maxsplit, err := splitArgs("split", args, kwargs)
	if err != nil {
		return nil, err
	}
	if hasSep {
		n := -1
		if maxsplit >= 0 {
			n = maxsplit + 1
		}
		return listOf(bytes.SplitN(b, sep, n), mk), nil
	}
	var parts [][]byte
	i := 0
	for {
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i == len(b) {
			break
		}
		if maxsplit >= 0 && len(parts) == maxsplit {
			parts = append(parts, b[i:])
			break
		}
		j := i
		for j < len(b) && !isSpace(b[j]) {
			j++
		}
		parts = append(parts, b[i:j])
		i = j
	}
	return listOf(parts, mk), nil
}

func bytesRsplit(b []byte, args py.Tuple, kwargs py.StringDict, mk func([]byte) py.Object) (py.Object, error) {
	sep, hasSep, maxsplit, err := splitArgs("rsplit", args, kwargs)
	if err != nil {
		return nil, err
	}
	var parts [][]byte // collected right to left
	if hasSep {
		end := len(b)
		for maxsplit < 0 || len(parts) < maxsplit {
			i := bytes.LastIndex(b[:end], sep)
			if i < 0 {
				break
			}
			parts = append(parts, b[i+len(sep):end])
			end = i
		}
		parts = append(parts, b[:end])
	} else {
		j := len(b)
		for {
			for j > 0 && isSpace(b[j-1]) {
				j--
			}
			if j == 0 {
				break
			}
			if maxsplit >= 0 && len(parts) == maxsplit {
				parts = append(parts, b[:j])
				break
			}
			i := j
			for i > 0 && !isSpace(b[i-1]) {
				i--
			}
			parts = append(parts, b[i:j])
			j = i
		}
	}
	for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
		parts[l], parts[r] = parts[r], parts[l]
	}
	return listOf(parts, mk), nil
}

func bytesJoin(b []byte, args py.Tuple, kwargs py.StringDict, mk func([]byte) py.Object) (py.Object, error) {
	a, err := parseArgs("join", args, kwargs, []string{"iterable_of_bytes"}, 1, 1)
	if err != nil {
		return nil, err
	}
	items, err := joinItems(a[0])
	if err != nil {
		return nil, err
	}
	// The first pass checks the items and sizes the result, so that the
	// second copies each part once into one allocation.
	size := 0
	for i, item := range items {
		p, err := pyutil.BytesLike(item)
		if err != nil {
			return nil, pyutil.TypeErrorf("sequence item %d: expected a bytes-like object, %s found", i, pyutil.TypeName(item))
		}
		size += len(p)
	}
	if len(items) > 1 {
		size += len(b) * (len(items) - 1)
	}
	if err := pyutil.CheckAlloc(size); err != nil {
		return nil, err
	}
	out := make([]byte, 0, size)
	for i, item := range items {
		p, _ := pyutil.BytesLike(item)
		if i > 0 {
			out = append(out, b...)
		}
		out = append(out, p...)
	}
	return mk(out), nil
}

func stripImpl(fn string, left, right bool) bytesImpl {
	return func(b []byte, args py.Tuple, kwargs py.StringDict, mk func([]byte) py.Object) (py.Object, error) {
		a, err := parseArgs(fn, args, kwargs, []string{"bytes"}, 0, 1)
		if err != nil {
			return nil, err
		}
		chars := []byte(asciiSpace)
		if a[0] != nil && a[0] != py.None {
			if chars, err = pyutil.BytesLike(a[0]); err != nil {
				return nil, err
			}
		}
		var set [256]bool
		for _, c := range chars {
			set[c] = true
		}
		i, j := 0, len(b)
		if left {
			for i < j && set[b[i]] {
				i++
			}
		}
		if right {
			for j > i && set[b[j-1]] {
				j--
			}
		}
		return mk(b[i:j]), nil
	}
}

func caseImpl(fn string, upper bool) bytesImpl {
	return func(b []byte, args py.Tuple, kwargs py.StringDict, mk func([]byte) py.Object) (py.Object, error) {
		if _, err := parseArgs(fn, args, kwargs, nil, 0, 0); err != nil {
			return nil, err
		}
		out := make([]byte, len(b))
		for i, c := range b {
			switch {
			case upper && c >= 'a' && c <= 'z':
				c -= 'a' - 'A'
			case !upper && c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			}
			out[i] = c
		}
		return mk(out), nil
	}
}

func partitionImpl(fn string, last bool) bytesImpl {
	return func(b []byte, args py.Tuple, kwargs py.StringDict, mk func([]byte) py.Object) (py.Object, error) {
		a, err := parseArgs(fn, args, kwargs, []string{"sep"}, 1, 1)
		if err != nil {
			return nil, err
		}
		sep, err := pyutil.BytesLike(a[0])
		if err != nil {
			return nil, err
		}
		if len(sep) == 0 {
			return nil, pyutil.ValueErrorf("empty separator")
		}
		var i int
		if last {
			i = bytes.LastIndex(b, sep)
		} else {
			i = bytes.Index(b, sep)
		}
		switch {
		case i >= 0:
			return py.Tuple{mk(b[:i]), mk(b[i : i+len(sep)]), mk(b[i+len(sep):])}, nil
		case last:
			return py.Tuple{mk(nil), mk(nil), mk(b)}, nil
		}
		return py.Tuple{mk(b), mk(nil), mk(nil)}, nil
	}
}

func bytesSplitlines(b []byte, args py.Tuple, kwargs py.StringDict, mk func([]byte) py.Object) (py.Object, error) {
	a, err := parseArgs("splitlines", args, kwargs, []string{"keepends"}, 0, 0)
	if err != nil {
		return nil, err
	}
	keep, err := truth(a[0])
	if err != nil {
		return nil, err
	}
	var parts [][]byte
	for i := 0; i < len(b); {
		j := i
		for j < len(b) && b[j] != '\n' && b[j] != '\r' {
			j++
		}
		eol := j
		if j < len(b) {
			if b[j] == '\r' && j+1 < len(b) && b[j+1] == '\n' {
				j += 2
			} else {
				j++
			}
		}
		if keep {
			eol = j
		}
		parts = append(parts, b[i:eol])
		i = j
	}
	return listOf(parts, mk), nil
}

func bytesDecode(b []byte, args py.Tuple, kwargs py.StringDict, _ func([]byte) py.Object) (_ py.Object, err error) {
	a := []py.Object{nil, nil} // no arguments: the defaults
	if len(args) != 0 || len(kwargs) != 0 {
		if a, err = parseArgs("decode", args, kwargs, []string{"encoding", "errors"}, 0, 0); err != nil {
			return nil, err
		}
	}
	c, h, err := codecArgs("decode", a[0], a[1])
	if err != nil {
		return nil, err
	}
	return decode(b, c, h)
}

func bytesHex(b []byte, args py.Tuple, kwargs py.StringDict, _ func([]byte) py.Object) (py.Object, error) {
	a, err := parseArgs("hex", args, kwargs, []string{"sep", "bytes_per_sep"}, 0, 0)
	if err != nil {
		return nil, err
	}
	h := hex.EncodeToString(b)
	if a[0] == nil {
		return py.String(h), nil
	}
	var sep []byte
	switch s := a[0].(type) {
	case py.String:
		sep = []byte(string(s))
		if len([]rune(string(s))) != 1 {
			return nil, pyutil.ValueErrorf("sep must be length 1.")
		}
	default:
		if sep, err = pyutil.BytesLike(s); err != nil {
			return nil, pyutil.TypeErrorf("sep must be str or bytes.")
		}
		if len(sep) != 1 {
			return nil, pyutil.ValueErrorf("sep must be length 1.")
		}
	}
	if sep[0] >= 0x80 {
		return nil, pyutil.ValueErrorf("sep must be ASCII.")
	}
	per := 1
	if a[1] != nil {
		if per, err = goInt(a[1]); err != nil {
			return nil, err
		}
	}
	if per == 0 || len(b) == 0 {
		return py.String(h), nil
	}
	group := per
	if group < 0 {
		group = -group
	}
	var sb strings.Builder
	sb.Grow(len(h) + len(b))
	// Positive counts group from the right, negative from the left.
	first := len(b) % group
	if per < 0 || first == 0 {
		first = group
	}
	for i := 0; i < len(b); {
		n := group
		if i == 0 {
			n = first
		}
		if n > len(b)-i {
			n = len(b) - i
		}
		if i > 0 {
			sb.WriteByte(sep[0])
		}
		sb.WriteString(h[2*i : 2*(i+n)])
		i += n
	}
	return py.String(sb.String()), nil
}

// fromHex parses bytes.fromhex's argument: pairs of hex digits, ASCII
// whitespace allowed between pairs.
func fromHex(s py.Object) ([]byte, error) {
	str, ok := s.(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("fromhex() argument must be str, not %s", pyutil.TypeName(s))
	}
	out := make([]byte, 0, len(str)/2)
	for i := 0; i < len(str); {
		if isSpace(str[i]) {
			i++
			continue
		}
		hi, ok1 := unhex(str[i])
		if !ok1 {
			return nil, hexErr(str, i)
		}
		if i+1 >= len(str) {
			return nil, hexErr(str, i+1)
		}
		lo, ok2 := unhex(str[i+1])
		if !ok2 {
			return nil, hexErr(str, i+1)
		}
		out = append(out, hi<<4|lo)
		i += 2
	}
	return out, nil
}

// hexErr reports a bad character at byte offset i; CPython counts
// characters.
func hexErr(s py.String, i int) error {
	pos := len([]rune(string(s[:i])))
	return pyutil.ValueErrorf("non-hexadecimal number found in fromhex() arg at position %d", pos)
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// installFromHex adds the fromhex constructor to t, a class method: a
// class derived from t gets an instance of itself, made by calling it
// with the bytes, as CPython does.
func installFromHex(t *py.Type, mk func([]byte) py.Object) {
	t.Dict["fromhex"] = &py.ClassMethod{Callable: py.MustNewMethod("fromhex", func(self py.Object, args py.Tuple) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("fromhex() takes exactly one argument (%d given)", len(args))
		}
		b, err := fromHex(args[0])
		if err != nil {
			return nil, err
		}
		if cls, ok := self.(*py.Type); ok && cls != t && cls.IsSubtype(t) {
			return vm.Call(cls, py.Tuple{mk(b)}, nil)
		}
		return mk(b), nil
	}, 0, "fromhex(string) -> bytes\n\nParse pairs of hex digits (spaces between pairs allowed) into bytes.")}
}

// installBytes adds the missing bytes (and bytearray) methods.
func installBytes() {
	installBytesMethod("decode", "decode(encoding='utf-8', errors='strict') -> str\n\nThe text these bytes encode in the named encoding.", bytesDecode)
	installBytesMethod("hex", "hex() -> str\n\nTwo lowercase hex digits for each byte.", bytesHex)
	installBytesMethod("split", "split(sep=None, maxsplit=-1) -> list\n\nThe pieces between occurrences of sep (runs of ASCII whitespace when sep is None).", bytesSplit)
	installBytesMethod("rsplit", "Return a list of the sections in the bytes, using sep as the delimiter, from the right.", bytesRsplit)
	installBytesMethod("join", "join(iterable_of_bytes) -> bytes\n\nThe items glued together, with these bytes between each pair.", bytesJoin)
	installBytesMethod("startswith", "Return True if the bytes starts with the specified prefix, False otherwise.", tailImpl("startswith", false))
	installBytesMethod("endswith", "Return True if the bytes ends with the specified suffix, False otherwise.", tailImpl("endswith", true))
	installBytesMethod("find", "Return the lowest index where subsection sub is found, or -1.", findImpl("find", false, false))
	installBytesMethod("rfind", "Return the highest index where subsection sub is found, or -1.", findImpl("rfind", true, false))
	installBytesMethod("index", "Like find but raise ValueError when the subsection is not found.", findImpl("index", false, true))
	installBytesMethod("rindex", "Like rfind but raise ValueError when the subsection is not found.", findImpl("rindex", true, true))
	installBytesMethod("count", "Return the number of non-overlapping occurrences of subsection sub.", bytesCount)
	installBytesMethod("strip", "strip(chars=None) -> bytes\n\nA copy without the given bytes (ASCII whitespace by default) at both ends.", stripImpl("strip", true, true))
	installBytesMethod("lstrip", "lstrip(chars=None) -> bytes\n\nA copy without the given bytes (ASCII whitespace by default) at the start.", stripImpl("lstrip", true, false))
	installBytesMethod("rstrip", "rstrip(chars=None) -> bytes\n\nA copy without the given bytes (ASCII whitespace by default) at the end.", stripImpl("rstrip", false, true))
	installBytesMethod("lower", "Return a copy with all ASCII characters converted to lowercase.", caseImpl("lower", false))
	installBytesMethod("upper", "Return a copy with all ASCII characters converted to uppercase.", caseImpl("upper", true))
	installBytesMethod("partition", "partition(sep) -> (head, sep, tail)\n\nSplit at the first sep; without one, the whole value and two empty parts.", partitionImpl("partition", false))
	installBytesMethod("rpartition", "Partition the bytes into three parts using the given separator, from the right.", partitionImpl("rpartition", true))
	installBytesMethod("splitlines", "splitlines(keepends=False) -> list\n\nThe lines, with their endings only when keepends is true.", bytesSplitlines)
	// gpython's bytes.replace takes only bytes and refuses a bool count:
	// ours for both types
	delete(py.BytesType.Dict, "replace")
	installBytesMethod("replace", "replace(old, new, count=-1) -> copy\n\nEach old changed to new, at most count times when count is not negative.", bytesReplace)
	if _, ok := py.BytesType.Dict["fromhex"]; !ok {
		installFromHex(py.BytesType, mkBytes)
	}
	installFromHex(ByteArrayType, mkByteArray)
}

func bytesReplace(b []byte, args py.Tuple, kwargs py.StringDict, mk func([]byte) py.Object) (py.Object, error) {
	// 3.6's clinic signature, as str.replace's: positional only
	if err := strNoKeywords("replace", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("replace", args, 2, 3); err != nil {
		return nil, err
	}
	a := [3]py.Object{args[0], args[1], nil}
	if len(args) == 3 {
		a[2] = args[2]
	}
	old, err := pyutil.BytesLike(a[0])
	if err != nil {
		return nil, err
	}
	repl, err := pyutil.BytesLike(a[1])
	if err != nil {
		return nil, err
	}
	n := -1
	if a[2] != nil {
		if n, err = strSsize(a[2]); err != nil {
			return nil, err
		}
	}
	if err := pyutil.CheckReplaceAlloc(len(b), len(old), len(repl), n, func() int { return bytes.Count(b, old) }); err != nil {
		return nil, err
	}
	return mk(bytes.Replace(b, old, repl, n)), nil
}
