package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The rest of CPython 3.6's bytes and bytearray methods: padding
// (center, ljust, rjust, zfill, expandtabs), ASCII case changes
// (capitalize, swapcase, title), the is* predicates and byte translation
// (maketrans, translate). All of them see bytes as ASCII: a byte above
// 0x7f is neither a letter nor a digit nor space.

func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }
func isAlphaByte(c byte) bool { return isLowerByte(c) || isUpperByte(c) }
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func toUpperByte(c byte) byte {
	if isLowerByte(c) {
		return c - ('a' - 'A')
	}
	return c
}

func toLowerByte(c byte) byte {
	if isUpperByte(c) {
		return c + ('a' - 'A')
	}
	return c
}

// widthArg is the width of the padding methods, a Py_ssize_t argument
// (the 'n' converter: its float and overflow messages).
func widthArg(o py.Object) (int, error) { return pyarg.SsizeT(o) }

// fillArg is the fill byte of center, ljust and rjust: one byte of a
// bytes or bytearray, a space when absent.
func fillArg(fn string, o py.Object) (byte, error) {
	if o == nil {
		return ' ', nil
	}
	switch v := o.(type) {
	case py.Bytes:
		if len(v) == 1 {
			return v[0], nil
		}
	case *ByteArray:
		if len(v.Data) == 1 {
			return v.Data[0], nil
		}
	}
	return 0, pyutil.TypeErrorf("%s() argument 2 must be a byte string of length 1, not %s", fn, pyutil.TypeName(o))
}

// bytesPadImpl is center, ljust or rjust: where says how the padding is
// shared out (the count of fill bytes put on the left for pad bytes in
// all and the requested width).
func bytesPadImpl(fn string, left func(pad, width int) int) bytesImpl {
	return func(b []byte, args py.Tuple, kwargs py.StringDict, mk func([]byte) py.Object) (py.Object, error) {
		a, err := varArgs(fn, args, kwargs, 1, 2)
		if err != nil {
			return nil, err
		}
		width, err := widthArg(a[0])
		if err != nil {
			return nil, err
		}
		fill, err := fillArg(fn, a[1])
		if err != nil {
			return nil, err
		}
		if width <= len(b) {
			return mk(b), nil
		}
		if err := pyutil.CheckAlloc(width); err != nil {
			return nil, err
		}
		pad := width - len(b)
		l := left(pad, width)
		out := make([]byte, 0, width)
		for i := 0; i < l; i++ {
			out = append(out, fill)
		}
		out = append(out, b...)
		for len(out) < width {
			out = append(out, fill)
		}
		return mk(out), nil
	}
}

func bytesZfill(b []byte, args py.Tuple, kwargs py.StringDict, mk func([]byte) py.Object) (py.Object, error) {
	a, err := varArgs("zfill", args, kwargs, 1, 1)
	if err != nil {
		return nil, err
	}
	width, err := widthArg(a[0])
	if err != nil {
		return nil, err
	}
	if width <= len(b) {
		return mk(b), nil
	}
	if err := pyutil.CheckAlloc(width); err != nil {
		return nil, err
	}
	out := make([]byte, width)
	pad := width - len(b)
	for i := 0; i < pad; i++ {
		out[i] = '0'
	}
	copy(out[pad:], b)
	if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
		out[0], out[pad] = b[0], '0'
	}
	return mk(out), nil
}

func bytesExpandtabs(b []byte, args py.Tuple, kwargs py.StringDict, mk func([]byte) py.Object) (py.Object, error) {
	a, err := pyarg.Parse36("expandtabs", args, kwargs, []string{"tabsize"}, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	tab := 8
	if a[0] != nil {
		if tab, err = pyarg.Int(a[0]); err != nil { // 3.6's "i" converter
			return nil, err
		}
	}
	var out []byte
	col := 0
	for _, c := range b {
		switch c {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				for i := 0; i < n; i++ {
					out = append(out, ' ')
				}
				col += n
			}
		case '\n', '\r':
			out = append(out, c)
			col = 0
		default:
			out = append(out, c)
			col++
		}
	}
	return mk(out), nil
}

// mapImpl is a method of no arguments that changes each byte with f,
// which also sees the byte before it (-1 at the start).
func mapImpl(fn string, f func(prev int, c byte) byte) bytesImpl {
	return func(b []byte, args py.Tuple, kwargs py.StringDict, mk func([]byte) py.Object) (py.Object, error) {
		if _, err := varArgs(fn, args, kwargs, 0, 0); err != nil {
			return nil, err
		}
		out := make([]byte, len(b))
		prev := -1
		for i, c := range b {
			out[i] = f(prev, c)
			prev = int(c)
		}
		return mk(out), nil
	}
}

func capitalizeByte(prev int, c byte) byte {
	if prev < 0 {
		return toUpperByte(c)
	}
	return toLowerByte(c)
}

func swapcaseByte(_ int, c byte) byte {
	if isUpperByte(c) {
		return toLowerByte(c)
	}
	return toUpperByte(c)
}

// titleByte upper-cases a letter that follows a non-letter and
// lower-cases the others.
func titleByte(prev int, c byte) byte {
	if prev >= 0 && isAlphaByte(byte(prev)) {
		return toLowerByte(c)
	}
	return toUpperByte(c)
}

// predicateImpl is an is* method: false for empty bytes, else whether
// every byte passes ok.
func predicateImpl(fn string, ok func(c byte) bool) bytesImpl {
	return func(b []byte, args py.Tuple, kwargs py.StringDict, _ func([]byte) py.Object) (py.Object, error) {
		if _, err := varArgs(fn, args, kwargs, 0, 0); err != nil {
			return nil, err
		}
		if len(b) == 0 {
			return py.False, nil
		}
		for _, c := range b {
			if !ok(c) {
				return py.False, nil
			}
		}
		return py.True, nil
	}
}

// caseTestImpl is islower or isupper: at least one cased byte, and no
// byte of the other case.
func caseTestImpl(fn string, want, other func(byte) bool) bytesImpl {
	return func(b []byte, args py.Tuple, kwargs py.StringDict, _ func([]byte) py.Object) (py.Object, error) {
		if _, err := varArgs(fn, args, kwargs, 0, 0); err != nil {
			return nil, err
		}
		cased := false
		for _, c := range b {
			if other(c) {
				return py.False, nil
			}
			if want(c) {
				cased = true
			}
		}
		return py.NewBool(cased), nil
	}
}

func bytesIstitle(b []byte, args py.Tuple, kwargs py.StringDict, _ func([]byte) py.Object) (py.Object, error) {
	if _, err := varArgs("istitle", args, kwargs, 0, 0); err != nil {
		return nil, err
	}
	cased, inWord := false, false
	for _, c := range b {
		switch {
		case isUpperByte(c):
			if inWord {
				return py.False, nil
			}
			inWord, cased = true, true
		case isLowerByte(c):
			if !inWord {
				return py.False, nil
			}
			cased = true
		default:
			inWord = false
		}
	}
	return py.NewBool(cased), nil
}

// bytesMaketrans is the static method maketrans(frm, to): a 256-byte
// table mapping each byte of frm to the byte of to at the same place.
func bytesMaketrans(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, pyutil.TypeErrorf("maketrans() takes exactly 2 arguments (%d given)", len(args))
	}
	frm, err := pyutil.BytesLike(args[0])
	if err != nil {
		return nil, err
	}
	to, err := pyutil.BytesLike(args[1])
	if err != nil {
		return nil, err
	}
	if len(frm) != len(to) {
		return nil, pyutil.ValueErrorf("maketrans arguments must have same length")
	}
	table := make([]byte, 256)
	for i := range table {
		table[i] = byte(i)
	}
	for i, c := range frm {
		table[c] = to[i]
	}
	return py.Bytes(table), nil
}

func bytesTranslate(b []byte, args py.Tuple, kwargs py.StringDict, mk func([]byte) py.Object) (py.Object, error) {
	if len(args) == 0 {
		return nil, pyutil.TypeErrorf("Function takes at least 1 positional arguments (0 given)")
	}
	a, err := pyarg.Parse36("translate", args, kwargs, []string{"table", "delete"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	var table []byte
	if a[0] != py.None {
		if table, err = pyutil.BytesLike(a[0]); err != nil {
			return nil, err
		}
		if len(table) != 256 {
			return nil, pyutil.ValueErrorf("translation table must be 256 characters long")
		}
	}
	var del [256]bool
	if a[1] != nil {
		d, err := pyutil.BytesLike(a[1])
		if err != nil {
			return nil, err
		}
		for _, c := range d {
			del[c] = true
		}
	}
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if del[c] {
			continue
		}
		if table != nil {
			c = table[c]
		}
		out = append(out, c)
	}
	return mk(out), nil
}

// installBytesMore adds this file's methods to bytes and bytearray.
func installBytesMore() {
	installBytesMethod("center", "center(width, fillchar=b' ') -> copy\n\nThe value in the middle of width bytes of fillchar.", bytesPadImpl("center", func(pad, width int) int { return pad/2 + (pad & width & 1) }))
	installBytesMethod("ljust", "ljust(width, fillchar=b' ') -> copy\n\nThe value padded with fillchar on the right to width bytes.", bytesPadImpl("ljust", func(int, int) int { return 0 }))
	installBytesMethod("rjust", "rjust(width, fillchar=b' ') -> copy\n\nThe value padded with fillchar on the left to width bytes.", bytesPadImpl("rjust", func(pad, _ int) int { return pad }))
	installBytesMethod("zfill", "zfill(width) -> copy\n\nThe value padded with b'0' on the left to width bytes, after any sign.", bytesZfill)
	installBytesMethod("expandtabs", "expandtabs(tabsize=8) -> copy\n\nEach tab replaced by the spaces that reach the next multiple of tabsize.", bytesExpandtabs)
	installBytesMethod("capitalize", "capitalize() -> copy\n\nThe first byte in ASCII upper case, the rest in lower case.", mapImpl("capitalize", capitalizeByte))
	installBytesMethod("swapcase", "swapcase() -> copy\n\nASCII letters with their case reversed.", mapImpl("swapcase", swapcaseByte))
	installBytesMethod("title", "title() -> copy\n\nEach run of ASCII letters starting upper case, the rest lower case.", mapImpl("title", titleByte))
	installBytesMethod("isalnum", "isalnum() -> bool\n\nWhether there is at least one byte and all are ASCII letters or digits.", predicateImpl("isalnum", func(c byte) bool { return isAlphaByte(c) || isDigitByte(c) }))
	installBytesMethod("isalpha", "isalpha() -> bool\n\nWhether there is at least one byte and all are ASCII letters.", predicateImpl("isalpha", isAlphaByte))
	installBytesMethod("isdigit", "isdigit() -> bool\n\nWhether there is at least one byte and all are ASCII digits.", predicateImpl("isdigit", isDigitByte))
	installBytesMethod("isspace", "isspace() -> bool\n\nWhether there is at least one byte and all are ASCII whitespace.", predicateImpl("isspace", isSpace))
	installBytesMethod("islower", "islower() -> bool\n\nWhether there is a lower-case ASCII letter and no upper-case one.", caseTestImpl("islower", isLowerByte, isUpperByte))
	installBytesMethod("isupper", "isupper() -> bool\n\nWhether there is an upper-case ASCII letter and no lower-case one.", caseTestImpl("isupper", isUpperByte, isLowerByte))
	installBytesMethod("istitle", "istitle() -> bool\n\nWhether the value is title-cased: upper-case letters only at word starts, and at least one.", bytesIstitle)
	installBytesMethod("translate", "translate(table, delete=b'') -> copy\n\nThe bytes not in delete, each mapped through the 256-byte table (None: unchanged).", bytesTranslate)
	for _, t := range []*py.Type{py.BytesType, ByteArrayType} {
		if _, ok := t.Dict["maketrans"]; !ok {
			t.Dict["maketrans"] = py.MustNewMethod("maketrans", bytesMaketrans, py.METH_STATIC,
				"maketrans(frm, to) -> bytes\n\nA 256-byte table for translate() mapping each byte of frm to the byte of to at the same place.")
		}
	}
}

// varArgs checks the arguments of a method taking min to max positional
// arguments and no keywords, with CPython 3.6's messages for such
// methods, and returns max slots (nil where absent).
func varArgs(fn string, args py.Tuple, kwargs py.StringDict, min, max int) ([]py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("%s() takes no keyword arguments", fn)
	}
	n := len(args)
	plural := func(k int) string {
		if k == 1 {
			return "argument"
		}
		return "arguments"
	}
	switch {
	case max == 0 && n > 0:
		return nil, pyutil.TypeErrorf("%s() takes no arguments (%d given)", fn, n)
	case min == max && n != min:
		return nil, pyutil.TypeErrorf("%s() takes exactly %d %s (%d given)", fn, min, plural(min), n)
	case n < min:
		return nil, pyutil.TypeErrorf("%s() takes at least %d %s (%d given)", fn, min, plural(min), n)
	case n > max:
		return nil, pyutil.TypeErrorf("%s() takes at most %d %s (%d given)", fn, max, plural(max), n)
	}
	out := make([]py.Object, max)
	copy(out, args)
	return out, nil
}
