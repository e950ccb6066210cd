package host

import (
	"encoding/binary"
	"math/big"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pybox"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/unicode9"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// This file completes gpython's str with the methods of CPython's str that
// stock gpython lacks, and replaces find, count, startswith and endswith
// with versions that honour start/end in code points as CPython does
// (stock gpython clamps negative indices wrongly, slices startswith by byte
// and ignores endswith's start/end). Indices are code points; strings are
// walked once, so every method is O(n).

func init() {
	installStrMethods()
}

// strImpl is one str method; s is the receiver.
type strImpl func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error)

// strSelf extracts the receiver. Called on the class (str.find(s, x)),
// gpython passes no str self: the first argument is the receiver then.
func strSelf(name string, self py.Object, args py.Tuple) (string, py.Tuple, error) {
	if s, ok := self.(py.String); ok {
		return string(s), args, nil
	}
	if len(args) == 0 {
		return "", nil, pyutil.TypeErrorf("descriptor '%s' of 'str' object needs an argument", name)
	}
	if s, ok := args[0].(py.String); ok {
		return string(s), args[1:], nil
	}
	return "", nil, pyutil.TypeErrorf("descriptor '%s' requires a 'str' object but received a '%s'", name, pyutil.TypeName(args[0]))
}

// setStrMethod installs impl as str.name.
func setStrMethod(name, doc string, impl strImpl) {
	py.StringType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		s, args, err := strSelf(name, self, args)
		if err != nil {
			return nil, err
		}
		return impl(s, args, kwargs)
	}, vm.ArgsBorrowed, doc) // no str method keeps its args tuple
}

// addStrMethod installs impl unless gpython already has str.name.
func addStrMethod(name, doc string, impl strImpl) {
	if _, ok := py.StringType.Dict[name]; !ok {
		setStrMethod(name, doc, impl)
	}
}

// ---- argument parsing with CPython's messages ----

func strNoKeywords(fn string, kwargs py.StringDict) error {
	if len(kwargs) > 0 {
		return pyutil.TypeErrorf("%s() takes no keyword arguments", fn)
	}
	return nil
}

// strPosArgs checks a positional-only signature of min..max arguments, in the
// wording of CPython's "findlike" methods.
func strPosArgs(fn string, args py.Tuple, kwargs py.StringDict, min, max int) error {
	if err := strNoKeywords(fn, kwargs); err != nil {
		return err
	}
	if len(args) < min {
		return pyutil.TypeErrorf("%s() takes at least %d argument (%d given)", fn, min, len(args))
	}
	if len(args) > max {
		return pyutil.TypeErrorf("%s() takes at most %d arguments (%d given)", fn, max, len(args))
	}
	return nil
}

// strKwArgs sorts arguments of a signature whose parameters may all be passed
// by keyword; absent slots are nil.
func strKwArgs(fn string, args py.Tuple, kwargs py.StringDict, names []string) ([]py.Object, error) {
	return pyarg.Parse36(fn, args, kwargs, names, 0, pyarg.Getargs36)
}

// strSsize converts an integer argument as CPython's Py_ssize_t converter does.
func strSsize(o py.Object) (int, error) {
	if b, ok := o.(*py.BigInt); ok {
		v := (*big.Int)(b)
		if !v.IsInt64() || v.Int64() != int64(int(v.Int64())) {
			return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
		}
		return int(v.Int64()), nil
	}
	return pyarg.SsizeT(o)
}

// strSaturate turns an int too big for Go into the nearest Go int, as
// CPython's slice-index conversion does; args.go's sliceIndex rejects it
// because py.Index fails on such a *py.BigInt.
func strSaturate(o py.Object) py.Object {
	if b, ok := o.(*py.BigInt); ok {
		v := (*big.Int)(b)
		switch {
		case v.IsInt64() && v.Int64() == int64(int(v.Int64())):
			return py.Int(v.Int64())
		case v.Sign() < 0:
			return py.Int(-int(^uint(0) >> 1))
		}
		return py.Int(int(^uint(0) >> 1))
	}
	return o
}

// strIndices is adjustIndices with huge ints saturated.
func strIndices(n int, start, end py.Object) (int, int, error) {
	return adjustIndices(n, strSaturate(start), strSaturate(end))
}

// strArg is a str argument; CPython says "must be str, not int".
func strArg(o py.Object, orNone bool) (string, error) {
	if s, ok := o.(py.String); ok {
		return string(s), nil
	}
	if orNone {
		return "", pyutil.TypeErrorf("must be str or None, not %s", pyutil.TypeName(o))
	}
	return "", pyutil.TypeErrorf("must be str, not %s", pyutil.TypeName(o))
}

// strMaxResult bounds the byte length of padded results: a huge width must
// raise MemoryError rather than kill the process.
const strMaxResult = 1 << 31

func strTooLong() error {
	return py.ExceptionNewf(py.MemoryError, "")
}

// ---- code point indexing ----

// strSpan returns the byte offsets in s of code points start and end, with
// 0 <= start <= end <= n, n being s's length in code points (a lone
// surrogate, three bytes in s, is one).
func strSpan(s string, n, start, end int) (int, int) {
	if n == len(s) {
		return start, end
	}
	bs, be := len(s), len(s)
	for i, off := 0, 0; off < len(s); i++ {
		if i == start {
			bs = off
		}
		if i == end {
			be = off
			break
		}
		_, w := pyutil.DecodeWTF8(s[off:])
		off += w
	}
	return bs, be
}

// strLen is the length of s in code points, a lone surrogate counting as
// one (utf8.RuneCountInString counts its three bytes).
func strLen(s string) int { return vm.StrLen(s) }

// findArgs parses (sub[, start[, end]]) as find, rfind, index, rindex and
// count do: start/end are converted before sub's type is checked.
func findArgs(fn string, s string, args py.Tuple, kwargs py.StringDict) (sub string, n, start, end int, err error) {
	if err = strPosArgs(fn, args, kwargs, 1, 3); err != nil {
		return
	}
	var a [3]py.Object
	copy(a[:], args)
	n = strLen(s)
	if start, end, err = strIndices(n, a[1], a[2]); err != nil {
		return
	}
	sub, err = strArg(a[0], false)
	return
}

func strFindImpl(fn string, last, raise bool) strImpl {
	return func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		sub, n, start, end, err := findArgs(fn, s, args, kwargs)
		if err != nil {
			return nil, err
		}
		i := -1
		if end-start >= strLen(sub) {
			bs, be := strSpan(s, n, start, end)
			hay := s[bs:be]
			var j int
			if last {
				j = strings.LastIndex(hay, sub)
			} else {
				j = strings.Index(hay, sub)
			}
			if j >= 0 {
				i = start + strLen(hay[:j])
			}
		}
		if i < 0 && raise {
			return nil, pyutil.ValueErrorf("substring not found")
		}
		return py.Int(i), nil
	}
}

func strCount(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	sub, n, start, end, err := findArgs("count", s, args, kwargs)
	if err != nil {
		return nil, err
	}
	subN := strLen(sub)
	switch {
	case end-start < subN:
		return py.Int(0), nil
	case subN == 0:
		return py.Int(end - start + 1), nil
	}
	bs, be := strSpan(s, n, start, end)
	return py.Int(strings.Count(s[bs:be], sub)), nil
}

func strTailImpl(fn string, suffix bool) strImpl {
	return func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := strPosArgs(fn, args, kwargs, 1, 3); err != nil {
			return nil, err
		}
		var a [3]py.Object
		copy(a[:], args)
		n := strLen(s)
		start, end, err := strIndices(n, a[1], a[2])
		if err != nil {
			return nil, err
		}
		match := func(sub string) bool {
			if end-start < strLen(sub) {
				return false
			}
			bs, be := strSpan(s, n, start, end)
			if suffix {
				return strings.HasSuffix(s[bs:be], sub)
			}
			return strings.HasPrefix(s[bs:be], sub)
		}
		switch v := a[0].(type) {
		case py.String:
			return py.NewBool(match(string(v))), nil
		case py.Tuple:
			// Items are checked in order: a match ends the loop before a
			// later non-str item is seen, as in CPython.
			for _, it := range v {
				sub, ok := it.(py.String)
				if !ok {
					return nil, pyutil.TypeErrorf("tuple for %s must only contain str, not %s", fn, pyutil.TypeName(it))
				}
				if match(string(sub)) {
					return py.True, nil
				}
			}
			return py.False, nil
		}
		return nil, pyutil.TypeErrorf("%s first arg must be str or a tuple of str, not %s", fn, pyutil.TypeName(a[0]))
	}
}

// ---- partition and rsplit ----

func strPartitionImpl(fn string, last bool) strImpl {
	return func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := strNoKeywords(fn, kwargs); err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", fn, len(args))
		}
		sep, err := strArg(args[0], false)
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, pyutil.ValueErrorf("empty separator")
		}
		var i int
		if last {
			i = strings.LastIndex(s, sep)
		} else {
			i = strings.Index(s, sep)
		}
		switch {
		case i >= 0:
			return py.Tuple{py.String(s[:i]), py.String(sep), py.String(s[i+len(sep):])}, nil
		case last:
			return py.Tuple{py.String(""), py.String(""), py.String(s)}, nil
		}
		return py.Tuple{py.String(s), py.String(""), py.String("")}, nil
	}
}

// isSpaceRune is CPython's str whitespace: Unicode White_Space plus the
// information separators U+001C..U+001F.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return strASCIISpace[r]
	}
	return unicode.IsSpace(r)
}

// strASCIISpace is isSpaceRune below U+0080: \t \n \v \f \r, the
// separators U+001C..U+001F and the space (Go's strings.Fields lacks the
// separators).
var strASCIISpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true,
	0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true, ' ': true}

// splitSpace is str.split() without arguments: the runs of non-white
// space of s. ASCII bytes are classified by table, without decoding.
func splitSpace(s string) []string {
	var parts []string
	i := 0
	for {
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if !strASCIISpace[c] {
					break
				}
				i++
			} else if r, w := utf8.DecodeRuneInString(s[i:]); isSpaceRune(r) {
				i += w
			} else {
				break
			}
		}
		if i == len(s) {
			return parts
		}
		j := i
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				if strASCIISpace[c] {
					break
				}
				j++
			} else if r, w := utf8.DecodeRuneInString(s[j:]); !isSpaceRune(r) {
				j += w
			} else {
				break
			}
		}
		if parts == nil {
			parts = make([]string, 0, 12)
		}
		parts = append(parts, s[i:j])
		i = j
	}
}

// strSplitArgs reads split's and rsplit's (sep=None, maxsplit=-1): hasSep is
// false for None (split at white space); maxsplit is -1 for no limit.
func strSplitArgs(fn string, args py.Tuple, kwargs py.StringDict) (sep string, hasSep bool, maxsplit int, err error) {
	a, err := strKwArgs(fn, args, kwargs, []string{"sep", "maxsplit"})
	if err != nil {
		return "", false, 0, err
	}
	hasSep = a[0] != nil && a[0] != py.None
	if hasSep {
		if sep, err = strArg(a[0], true); err != nil {
			return "", false, 0, err
		}
	}
	maxsplit = -1
	if a[1] != nil {
		if maxsplit, err = strSsize(a[1]); err != nil {
			return "", false, 0, err
		}
	}
	if hasSep && sep == "" {
		return "", false, 0, pyutil.ValueErrorf("empty separator")
	}
	return sep, hasSep, maxsplit, nil
}

// strSplit is str.split(sep=None, maxsplit=-1); gpython's rejects a
// float maxsplit with its own message.
func strSplit(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	sep, hasSep, maxsplit, err := strSplitArgs("split", args, kwargs)
	if err != nil {
		return nil, err
	}
	var parts []string
	switch {
	case hasSep && maxsplit < 0:
		parts = strings.Split(s, sep)
	case hasSep:
		parts = strings.SplitN(s, sep, maxsplit+1)
	case maxsplit < 0:
		parts = splitSpace(s)
	default:
		parts = splitSpaceN(s, maxsplit)
	}
	return py.NewListFromItems(pybox.Strings(parts)), nil
}

// splitSpaceN splits s at runs of white space at most n times; the last
// part keeps its inner white space but not the run before it.
func splitSpaceN(s string, n int) []string {
	var parts []string
	i := 0
	for {
		for i < len(s) {
			r, w := utf8.DecodeRuneInString(s[i:])
			if !isSpaceRune(r) {
				break
			}
			i += w
		}
		if i == len(s) {
			return parts
		}
		if n == 0 {
			return append(parts, s[i:])
		}
		j := i
		for j < len(s) {
			r, w := utf8.DecodeRuneInString(s[j:])
			if isSpaceRune(r) {
				break
			}
			j += w
		}
		parts = append(parts, s[i:j])
		i = j
		n--
	}
}

// strReplace is str.replace(old, new[, count]), positional only.
func strReplace(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := strNoKeywords("replace", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("replace", args, 2, 3); err != nil {
		return nil, err
	}
	var olds, news string
	for i, dst := range []*string{&olds, &news} {
		v, ok := args[i].(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("replace() argument %d must be str, not %s", i+1, pyutil.TypeName(args[i]))
		}
		*dst = string(v)
	}
	count := -1
	if len(args) == 3 {
		var err error
		if count, err = strSsize(args[2]); err != nil {
			return nil, err
		}
	}
	if err := pyutil.CheckReplaceAlloc(len(s), len(olds), len(news), count, func() int { return strings.Count(s, olds) }); err != nil {
		return nil, err
	}
	if olds == "" && vm.HasSurrogates(s) {
		// Go's Replace inserts at each UTF-8 sequence, and between the
		// three bytes of a lone surrogate.
		return py.String(insertBetweenChars(s, news, count)), nil
	}
	return py.String(strings.Replace(s, olds, news, count)), nil
}

// insertBetweenChars is s.replace("", ins, count): ins before each
// character of s and at its end, at most count times (count < 0: no
// limit).
func insertBetweenChars(s, ins string, count int) string {
	var sb strings.Builder
	for ; count != 0; count-- {
		sb.WriteString(ins)
		if s == "" {
			return sb.String()
		}
		_, w := pyutil.DecodeWTF8(s)
		sb.WriteString(s[:w])
		s = s[w:]
	}
	sb.WriteString(s)
	return sb.String()
}

// writeChar writes the character r to sb, a lone surrogate in the
// three-byte form str holds it in (WriteRune would write U+FFFD).
func writeChar(sb *strings.Builder, r rune) {
	if isSurrogate(r) {
		sb.Write(appendSurrogate(nil, r))
		return
	}
	sb.WriteRune(r)
}

func strRsplit(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	sep, hasSep, maxsplit, err := strSplitArgs("rsplit", args, kwargs)
	if err != nil {
		return nil, err
	}
	if maxsplit < 0 {
		maxsplit = int(^uint(0) >> 1)
	}
	var parts []string
	if hasSep {
		j := len(s)
		for ; maxsplit > 0; maxsplit-- {
			i := strings.LastIndex(s[:j], sep)
			if i < 0 {
				break
			}
			parts = append(parts, s[i+len(sep):j])
			j = i
		}
		parts = append(parts, s[:j])
	} else {
		i := len(s) // s[:i] is what is left to split
		skip := func() {
			for i > 0 {
				r, w := utf8.DecodeLastRuneInString(s[:i])
				if !isSpaceRune(r) {
					return
				}
				i -= w
			}
		}
		for ; maxsplit > 0; maxsplit-- {
			skip()
			if i == 0 {
				break
			}
			j := i
			for i > 0 {
				r, w := utf8.DecodeLastRuneInString(s[:i])
				if isSpaceRune(r) {
					break
				}
				i -= w
			}
			parts = append(parts, s[i:j])
		}
		skip()
		if i > 0 {
			parts = append(parts, s[:i])
		}
	}
	slices.Reverse(parts)
	return py.NewListFromItems(pybox.Strings(parts)), nil
}

// lineBreakLen is the byte length of the line boundary at s[i:], or 0.
// \r\n counts as one boundary.
func lineBreakLen(s string, i int) int {
	c := s[i]
	if c < 0x80 {
		switch c {
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				return 2
			}
			return 1
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e:
			return 1
		}
		return 0
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	switch r {
	case 0x85, 0x2028, 0x2029:
		return w
	}
	return 0
}

func strSplitlines(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := strKwArgs("splitlines", args, kwargs, []string{"keepends"})
	if err != nil {
		return nil, err
	}
	keep := false
	if a[0] != nil {
		k, err := pyarg.Int(a[0])
		if err != nil {
			return nil, err
		}
		keep = k != 0
	}
	var lines []string
	start := 0
	for i := 0; i < len(s); {
		w := lineBreakLen(s, i)
		if w == 0 {
			i++
			continue
		}
		end := i
		if keep {
			end = i + w
		}
		lines = append(lines, s[start:end])
		i += w
		start = i
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return py.NewListFromItems(pybox.Strings(lines)), nil
}

// ---- predicates ----

// isLowercase, isUppercase and isCased are Unicode's derived Lowercase,
// Uppercase and Cased properties.
func isLowercase(r rune) bool {
	return unicode9.IsLower(r) || unicode9.Is(unicode.Other_Lowercase, r)
}

func isUppercase(r rune) bool {
	return unicode9.IsUpper(r) || unicode9.Is(unicode.Other_Uppercase, r)
}

func isCased(r rune) bool {
	return isLowercase(r) || isUppercase(r) || unicode9.IsTitle(r)
}

func isDecimalRune(r rune) bool {
	return unicode9.Is(unicode.Nd, r)
}

// isDigitRune: Numeric_Type Decimal or Digit. Go has no Numeric_Type: the
// digits that are not Nd are listed in digitExtra.
func isDigitRune(r rune) bool {
	return unicode9.Is(unicode.Nd, r) || unicode9.Is(digitExtra, r)
}

// isNumericRune: any Numeric_Type, i.e. category N plus the ideographs
// with a numeric value (numericExtra).
func isNumericRune(r rune) bool {
	return unicode9.In(r, unicode.Nd, unicode.Nl, unicode.No) || unicode9.Is(numericExtra, r)
}

func isAlnumRune(r rune) bool {
	return unicode9.IsLetter(r) || isNumericRune(r)
}

// isPrintableRune: everything but categories C and Z, except the space.
func isPrintableRune(r rune) bool {
	return unicode9.IsPrint(r)
}

func patternChar(r rune) bool {
	return unicode9.In(r, unicode.Pattern_Syntax, unicode.Pattern_White_Space)
}

// xidStart and xidContinue are Unicode's XID_Start and XID_Continue: the
// ID_ properties built from Go's tables, less the few characters that NFKC
// closure removes (notXID).
func xidStart(r rune) bool {
	return (unicode9.IsLetter(r) || unicode9.In(r, unicode.Nl, unicode.Other_ID_Start)) &&
		!patternChar(r) && !unicode9.Is(notXIDStart, r)
}

func xidContinue(r rune) bool {
	return (unicode9.IsLetter(r) || unicode9.In(r, unicode.Nl, unicode.Other_ID_Start, unicode.Mn, unicode.Mc,
		unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)) && !patternChar(r) && !unicode9.Is(notXIDContinue, r)
}

func strNoArgs(fn string, args py.Tuple, kwargs py.StringDict) error {
	if err := strNoKeywords(fn, kwargs); err != nil {
		return err
	}
	if len(args) != 0 {
		return pyutil.TypeErrorf("%s() takes no arguments (%d given)", fn, len(args))
	}
	return nil
}

// allRunes is the shape of isdigit, isalpha, ...: true for a non-empty
// string whose every character satisfies pred.
func allRunes(fn string, pred func(rune) bool) strImpl {
	return func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := strNoArgs(fn, args, kwargs); err != nil {
			return nil, err
		}
		if s == "" {
			return py.False, nil
		}
		for _, r := range s {
			if !pred(r) {
				return py.False, nil
			}
		}
		return py.True, nil
	}
}

// caseTest implements islower (lower) and isupper: some cased character,
// and none of the other case or titlecase.
func caseTest(fn string, lower bool) strImpl {
	return func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := strNoArgs(fn, args, kwargs); err != nil {
			return nil, err
		}
		want, other := isLowercase, isUppercase
		if !lower {
			want, other = isUppercase, isLowercase
		}
		found := false
		for _, r := range s {
			if other(r) || unicode9.IsTitle(r) {
				return py.False, nil
			}
			if want(r) {
				found = true
			}
		}
		return py.NewBool(found), nil
	}
}

func strIstitle(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := strNoArgs("istitle", args, kwargs); err != nil {
		return nil, err
	}
	prevCased, found := false, false
	for _, r := range s {
		switch {
		case isUppercase(r) || unicode9.IsTitle(r):
			if prevCased {
				return py.False, nil
			}
			prevCased, found = true, true
		case isLowercase(r):
			if !prevCased {
				return py.False, nil
			}
			prevCased, found = true, true
		default:
			prevCased = false
		}
	}
	return py.NewBool(found), nil
}

func strIsidentifier(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := strNoArgs("isidentifier", args, kwargs); err != nil {
		return nil, err
	}
	for i, r := range s {
		if i == 0 {
			if r != '_' && !xidStart(r) {
				return py.False, nil
			}
		} else if !xidContinue(r) {
			return py.False, nil
		}
	}
	return py.NewBool(s != ""), nil
}

func strIsprintable(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := strNoArgs("isprintable", args, kwargs); err != nil {
		return nil, err
	}
	for i := 0; i < len(s); {
		r, w := pyutil.DecodeWTF8(s[i:]) // a lone surrogate is not printable
		if !isPrintableRune(r) {
			return py.False, nil
		}
		i += w
	}
	return py.True, nil
}

// ---- padding ----

func strZfill(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := strNoKeywords("zfill", kwargs); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, pyarg.ArgCount36("zfill", args, 1, 1)
	}
	width, err := strSsize(args[0])
	if err != nil {
		return nil, err
	}
	n := strLen(s)
	if width <= n { // compared before subtracting: width may be near -2**63
		return py.String(s), nil
	}
	fill := width - n
	if fill > strMaxResult {
		return nil, strTooLong()
	}
	sign := ""
	if s != "" && (s[0] == '+' || s[0] == '-') {
		sign, s = s[:1], s[1:]
	}
	return py.String(sign + strings.Repeat("0", fill) + s), nil
}

// padImpl implements center, ljust and rjust (width[, fillchar]).
func padImpl(fn string) strImpl {
	return func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := strNoKeywords(fn, kwargs); err != nil {
			return nil, err
		}
		if err := pyarg.ArgCount36(fn, args, 1, 2); err != nil {
			return nil, err
		}
		width, err := strSsize(args[0])
		if err != nil {
			return nil, err
		}
		fill := " "
		if len(args) > 1 {
			f, ok := args[1].(py.String)
			if !ok {
				return nil, pyutil.TypeErrorf("The fill character must be a unicode character, not %s", pyutil.TypeName(args[1]))
			}
			if strLen(string(f)) != 1 {
				return nil, pyutil.TypeErrorf("The fill character must be exactly one character long")
			}
			fill = string(f)
		}
		n := strLen(s)
		if width <= n { // compared before subtracting: width may be near -2**63
			return py.String(s), nil
		}
		marg := width - n
		if marg > strMaxResult/len(fill) {
			return nil, strTooLong()
		}
		var left int
		switch fn {
		case "center":
			// CPython puts the odd character left when width is odd too.
			left = marg/2 + (marg & width & 1)
		case "rjust":
			left = marg
		}
		return py.String(strings.Repeat(fill, left) + s + strings.Repeat(fill, marg-left)), nil
	}
}

func strExpandtabs(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := strKwArgs("expandtabs", args, kwargs, []string{"tabsize"})
	if err != nil {
		return nil, err
	}
	tab := 8
	if a[0] != nil {
		if tab, err = pyarg.Int(a[0]); err != nil {
			return nil, err
		}
	}
	var sb strings.Builder
	sb.Grow(len(s))
	col := 0
	for off := 0; off < len(s); {
		r, w := pyutil.DecodeWTF8(s[off:])
		c := s[off : off+w]
		off += w
		switch r {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				if sb.Len()+n > strMaxResult {
					return nil, py.ExceptionNewf(py.OverflowError, "new string is too long")
				}
				sb.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			sb.WriteString(c)
			col = 0
		default:
			sb.WriteString(c)
			col++
		}
	}
	return py.String(sb.String()), nil
}

// ---- case mappings ----

// Full case mappings: a rune's entry in the special tables when it has
// one (SpecialCasing, CaseFolding), else Go's simple mapping.
func mapRune(sb *strings.Builder, r rune, special map[rune]string, simple func(rune) rune) {
	if m, ok := special[r]; ok {
		sb.WriteString(m)
		return
	}
	sb.WriteRune(simple(r))
}

// caseIgnorable approximates Unicode's Case_Ignorable: Mn, Me, Cf, Lm, Sk
// and the word-internal punctuation (Word_Break MidLetter, MidNumLet,
// Single_Quote), as of Unicode 9.0.0 (U+055F came later).
func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', 0xb7, 0x387, 0x5f4, 0x2018, 0x2019, 0x2024, 0x2027,
		0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a:
		return true
	}
	return unicode9.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// caser applies lower/title/upper mappings over a string, resolving the
// final sigma rule of lowercasing Σ (U+03A3): ς at the end of a word, σ
// elsewhere. finalSigma[i] is computed in two linear passes.
type caser struct {
	rs         []rune
	finalSigma []bool
}

func newCaser(s string) *caser {
	c := &caser{rs: []rune(s)}
	if !strings.ContainsRune(s, 0x3a3) {
		return c
	}
	n := len(c.rs)
	c.finalSigma = make([]bool, n)
	// Forward: is the nearest non-ignorable character before i cased?
	before := make([]bool, n)
	prev := false
	for i, r := range c.rs {
		before[i] = prev
		if !caseIgnorable(r) {
			prev = isCased(r)
		}
	}
	// Backward: is the nearest non-ignorable character after i cased?
	next := false
	for i := n - 1; i >= 0; i-- {
		r := c.rs[i]
		if r == 0x3a3 {
			c.finalSigma[i] = before[i] && !next
		}
		if !caseIgnorable(r) {
			next = isCased(r)
		}
	}
	return c
}

func (c *caser) lower(sb *strings.Builder, i int) {
	if c.finalSigma != nil && c.rs[i] == 0x3a3 {
		if c.finalSigma[i] {
			sb.WriteRune(0x3c2)
		} else {
			sb.WriteRune(0x3c3)
		}
		return
	}
	mapRune(sb, c.rs[i], specialLower, unicode9.ToLower)
}

func caseMethod(fn string, body func(c *caser, sb *strings.Builder)) strImpl {
	return func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := strNoArgs(fn, args, kwargs); err != nil {
			return nil, err
		}
		var sb strings.Builder
		sb.Grow(len(s))
		if !vm.HasSurrogates(s) {
			body(newCaser(s), &sb)
			return py.String(sb.String()), nil
		}
		// A lone surrogate is uncased and has no case mapping: it stays,
		// and each run of text between surrogates is mapped on its own
		// (past the first run, capitalize lowers everything).
		first := true
		for s != "" {
			i := 0
			for i < len(s) {
				if _, w := pyutil.DecodeWTF8(s[i:]); w == 3 && s[i] == 0xED && s[i+1] >= 0xA0 {
					break
				} else {
					i += w
				}
			}
			if i > 0 {
				if fn == "capitalize" && !first {
					lowerBody(newCaser(s[:i]), &sb)
				} else {
					body(newCaser(s[:i]), &sb)
				}
			}
			first = false
			if i < len(s) {
				sb.WriteString(s[i : i+3])
				i += 3
			}
			s = s[i:]
		}
		return py.String(sb.String()), nil
	}
}

func titleBody(c *caser, sb *strings.Builder) {
	prevCased := false
	for i, r := range c.rs {
		if prevCased {
			c.lower(sb, i)
		} else {
			mapRune(sb, r, specialTitle, unicode9.ToTitle)
		}
		prevCased = isCased(r)
	}
}

// capitalizeBody uppercases the first character and lowercases the rest,
// as 3.6 does (3.8 titlecases the first: they differ for ǆ, ß, ﬁ).
func capitalizeBody(c *caser, sb *strings.Builder) {
	for i, r := range c.rs {
		if i == 0 {
			mapRune(sb, r, specialUpper, unicode9.ToUpper)
		} else {
			c.lower(sb, i)
		}
	}
}

// upperBody and lowerBody are str.upper and str.lower with Unicode's full
// mappings (ß to SS, İ to i̇, a final Σ to ς), which gpython's lack.
func upperBody(c *caser, sb *strings.Builder) {
	for _, r := range c.rs {
		mapRune(sb, r, specialUpper, unicode9.ToUpper)
	}
}

func lowerBody(c *caser, sb *strings.Builder) {
	for i := range c.rs {
		c.lower(sb, i)
	}
}

// asciiCase is a case method's fast path: ASCII text maps byte for byte.
func asciiCase(fn string, body func(c *caser, sb *strings.Builder), from byte) strImpl {
	full := caseMethod(fn, body)
	return func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		out, ok := asciiShift(s, from)
		if !ok {
			return full(s, args, kwargs)
		}
		if err := strNoArgs(fn, args, kwargs); err != nil {
			return nil, err
		}
		return py.String(out), nil
	}
}

// asciiShift maps the 26 letters from from ('A' for lower, 'a' for upper)
// to the other case in an ASCII s; ok is false when s is not ASCII. An s
// with nothing to map is returned as it is. Eight bytes are tested and
// mapped at a time (a letter's case is its 0x20 bit).
func asciiShift(s string, from byte) (out string, ok bool) {
	const highBits = 0x8080808080808080
	const ones = 0x0101010101010101
	// A byte b < 0x80 is in [from, from+25] when b+(0x80-from) has its
	// high bit and b+(0x80-from-26) has not; neither sum carries out of
	// its byte.
	lowAdd := ones * uint64(0x80-from)
	highAdd := ones * uint64(0x80-from-26)
	letters := func(w uint64) uint64 { return (w + lowAdd) &^ (w + highAdd) & highBits }
	n := len(s)
	if n == 0 {
		return s, true
	}
	src := unsafe.Slice(unsafe.StringData(s), n)
	var any uint64
	i := 0
	for ; i+8 <= n; i += 8 {
		w := binary.LittleEndian.Uint64(src[i:])
		if w&highBits != 0 {
			return "", false
		}
		any |= letters(w)
	}
	for ; i < n; i++ {
		c := src[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		if c-from < 26 {
			any = 1
		}
	}
	if any == 0 {
		return s, true
	}
	b := make([]byte, n)
	i = 0
	for ; i+8 <= n; i += 8 {
		w := binary.LittleEndian.Uint64(src[i:])
		binary.LittleEndian.PutUint64(b[i:], w^letters(w)>>2)
	}
	for ; i < n; i++ {
		c := src[i]
		if c-from < 26 {
			c ^= 0x20
		}
		b[i] = c
	}
	return unsafe.String(&b[0], n), true
}

func swapcaseBody(c *caser, sb *strings.Builder) {
	for i, r := range c.rs {
		switch {
		case isUppercase(r):
			c.lower(sb, i)
		case isLowercase(r):
			mapRune(sb, r, specialUpper, unicode9.ToUpper)
		default:
			sb.WriteRune(r)
		}
	}
}

func casefoldBody(c *caser, sb *strings.Builder) {
	for _, r := range c.rs {
		mapRune(sb, r, specialFold, unicode9.ToLower)
	}
}

// installStrMethods adds the missing str methods and replaces the stock
// find/count/startswith/endswith (see the file comment).
func installStrMethods() {
	setStrMethod("find", "Return the lowest index in S where substring sub is found, such that sub is contained within S[start:end]; -1 on failure.", strFindImpl("find", false, false))
	setStrMethod("count", "Return the number of non-overlapping occurrences of substring sub in string S[start:end].", strCount)
	setStrMethod("startswith", "startswith(prefix[, start[, end]]) -> bool\n\nTrue when the string (or its start:end slice) begins with prefix, or with\nany member of a tuple of prefixes.", strTailImpl("startswith", false))
	setStrMethod("endswith", "endswith(suffix[, start[, end]]) -> bool\n\nTrue when the string (or its start:end slice) finishes with suffix, or with\nany member of a tuple of suffixes.", strTailImpl("endswith", true))

	addStrMethod("rfind", "Return the highest index in S where substring sub is found; -1 on failure.", strFindImpl("rfind", true, false))
	addStrMethod("index", "Like find() but raise ValueError when the substring is not found.", strFindImpl("index", false, true))
	addStrMethod("rindex", "Like rfind() but raise ValueError when the substring is not found.", strFindImpl("rindex", true, true))
	addStrMethod("partition", "partition(sep) -> (head, sep, tail)\n\nSplit at the first sep; without one, the whole string and two empty parts.", strPartitionImpl("partition", false))
	addStrMethod("rpartition", "Partition the string into three parts using the given separator, searching from the end.", strPartitionImpl("rpartition", true))
	setStrMethod("split", "Return a list of the words in the string, using sep as the delimiter string.", strSplit)
	setStrMethod("strip", "strip(chars=None) -> str\n\nA copy without the given characters (white space by default) at both ends.", strStripImpl("strip", true, true))
	setStrMethod("lstrip", "lstrip(chars=None) -> str\n\nA copy without the given characters (white space by default) at the start.", strStripImpl("lstrip", true, false))
	setStrMethod("rstrip", "rstrip(chars=None) -> str\n\nA copy without the given characters (white space by default) at the end.", strStripImpl("rstrip", false, true))
	setStrMethod("replace", "replace(old, new, count=-1) -> copy\n\nEach old changed to new, at most count times when count is not negative.", strReplace)
	addStrMethod("rsplit", "Return a list of the words in the string, using sep as the delimiter string, splitting from the right.", strRsplit)
	addStrMethod("splitlines", "splitlines(keepends=False) -> list\n\nThe lines, with their endings only when keepends is true.", strSplitlines)

	addStrMethod("isdigit", "isdigit() -> bool\n\nTrue for a non-empty string of digit characters only.", allRunes("isdigit", isDigitRune))
	addStrMethod("isdecimal", "isdecimal() -> bool\n\nTrue for a non-empty string of decimal characters only.", allRunes("isdecimal", isDecimalRune))
	addStrMethod("isnumeric", "isnumeric() -> bool\n\nTrue for a non-empty string of numeric characters only.", allRunes("isnumeric", isNumericRune))
	addStrMethod("isalpha", "isalpha() -> bool\n\nTrue for a non-empty string of letters only.", allRunes("isalpha", unicode9.IsLetter))
	addStrMethod("isalnum", "isalnum() -> bool\n\nTrue for a non-empty string of letters and digits only.", allRunes("isalnum", isAlnumRune))
	addStrMethod("isspace", "isspace() -> bool\n\nTrue for a non-empty string of whitespace only.", allRunes("isspace", isSpaceRune))
	addStrMethod("islower", "Return True if the string is a isLowercase string, False otherwise.", caseTest("islower", true))
	addStrMethod("isupper", "Return True if the string is an isUppercase string, False otherwise.", caseTest("isupper", false))
	addStrMethod("istitle", "istitle() -> bool\n\nTrue when each word starts with a capital followed by lowercase letters.", strIstitle)
	addStrMethod("isidentifier", "isidentifier() -> bool\n\nTrue when the string could name a Python variable (keywords included).", strIsidentifier)
	addStrMethod("isprintable", "isprintable() -> bool\n\nTrue when repr() would show every character as itself (empty counts).", strIsprintable)

	addStrMethod("zfill", "zfill(width) -> str\n\nLeft-padded with zeros to width characters, after any leading sign.", strZfill)
	addStrMethod("center", "Return a centered string of length width, padded with fillchar.", padImpl("center"))
	addStrMethod("ljust", "Return a left-justified string of length width, padded with fillchar.", padImpl("ljust"))
	addStrMethod("rjust", "Return a right-justified string of length width, padded with fillchar.", padImpl("rjust"))
	addStrMethod("expandtabs", "expandtabs(tabsize=8) -> str\n\nTabs replaced by spaces up to the next multiple of tabsize columns.", strExpandtabs)

	setStrMethod("upper", "upper() -> str\n\nThe string in capitals.", asciiCase("upper", upperBody, 'a'))
	setStrMethod("lower", "lower() -> str\n\nThe string in small letters.", asciiCase("lower", lowerBody, 'A'))
	addStrMethod("title", "title() -> str\n\nEach word with a capital first letter and the rest in lowercase.", caseMethod("title", titleBody))
	addStrMethod("capitalize", "capitalize() -> str\n\nFirst character in capitals, the rest in lowercase.", caseMethod("capitalize", capitalizeBody))
	addStrMethod("swapcase", "Convert isUppercase characters to isLowercase and isLowercase characters to isUppercase.", caseMethod("swapcase", swapcaseBody))
	addStrMethod("casefold", "casefold() -> str\n\nAn aggressively lowered form for comparing strings regardless of case.", caseMethod("casefold", casefoldBody))
}

// ---- Unicode data Go's unicode package lacks ----
//
// Derived from the Unicode Character Database (UnicodeData.txt numeric
// types, DerivedCoreProperties XID_*, SpecialCasing.txt, CaseFolding.txt)
// as differences from what Go's tables give; TestStrUnicodeTables checks
// them against python3 over every assigned code point.

// digitExtra: Numeric_Type=Digit characters outside Nd (superscripts, circled digits, ...).
var digitExtra = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x00b2, Hi: 0x00b3, Stride: 1},
		{Lo: 0x00b9, Hi: 0x00b9, Stride: 1},
		{Lo: 0x1369, Hi: 0x1371, Stride: 1},
		{Lo: 0x19da, Hi: 0x19da, Stride: 1},
		{Lo: 0x2070, Hi: 0x2070, Stride: 1},
		{Lo: 0x2074, Hi: 0x2079, Stride: 1},
		{Lo: 0x2080, Hi: 0x2089, Stride: 1},
		{Lo: 0x2460, Hi: 0x2468, Stride: 1},
		{Lo: 0x2474, Hi: 0x247c, Stride: 1},
		{Lo: 0x2488, Hi: 0x2490, Stride: 1},
		{Lo: 0x24ea, Hi: 0x24ea, Stride: 1},
		{Lo: 0x24f5, Hi: 0x24fd, Stride: 1},
		{Lo: 0x24ff, Hi: 0x24ff, Stride: 1},
		{Lo: 0x2776, Hi: 0x277e, Stride: 1},
		{Lo: 0x2780, Hi: 0x2788, Stride: 1},
		{Lo: 0x278a, Hi: 0x2792, Stride: 1},
	},
	R32: []unicode.Range32{
		{Lo: 0x10a40, Hi: 0x10a43, Stride: 1},
		{Lo: 0x10e60, Hi: 0x10e68, Stride: 1},
		{Lo: 0x11052, Hi: 0x1105a, Stride: 1},
		{Lo: 0x1f100, Hi: 0x1f10a, Stride: 1},
	},
	LatinOffset: 2,
}

// numericExtra: characters of Numeric_Type=Numeric outside category N (CJK numerals).
var numericExtra = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x3405, Hi: 0x3405, Stride: 1},
		{Lo: 0x3483, Hi: 0x3483, Stride: 1},
		{Lo: 0x382a, Hi: 0x382a, Stride: 1},
		{Lo: 0x3b4d, Hi: 0x3b4d, Stride: 1},
		{Lo: 0x4e00, Hi: 0x4e00, Stride: 1},
		{Lo: 0x4e03, Hi: 0x4e03, Stride: 1},
		{Lo: 0x4e07, Hi: 0x4e07, Stride: 1},
		{Lo: 0x4e09, Hi: 0x4e09, Stride: 1},
		{Lo: 0x4e5d, Hi: 0x4e5d, Stride: 1},
		{Lo: 0x4e8c, Hi: 0x4e8c, Stride: 1},
		{Lo: 0x4e94, Hi: 0x4e94, Stride: 1},
		{Lo: 0x4e96, Hi: 0x4e96, Stride: 1},
		{Lo: 0x4ebf, Hi: 0x4ec0, Stride: 1},
		{Lo: 0x4edf, Hi: 0x4edf, Stride: 1},
		{Lo: 0x4ee8, Hi: 0x4ee8, Stride: 1},
		{Lo: 0x4f0d, Hi: 0x4f0d, Stride: 1},
		{Lo: 0x4f70, Hi: 0x4f70, Stride: 1},
		{Lo: 0x5104, Hi: 0x5104, Stride: 1},
		{Lo: 0x5146, Hi: 0x5146, Stride: 1},
		{Lo: 0x5169, Hi: 0x5169, Stride: 1},
		{Lo: 0x516b, Hi: 0x516b, Stride: 1},
		{Lo: 0x516d, Hi: 0x516d, Stride: 1},
		{Lo: 0x5341, Hi: 0x5341, Stride: 1},
		{Lo: 0x5343, Hi: 0x5345, Stride: 1},
		{Lo: 0x534c, Hi: 0x534c, Stride: 1},
		{Lo: 0x53c1, Hi: 0x53c4, Stride: 1},
		{Lo: 0x56db, Hi: 0x56db, Stride: 1},
		{Lo: 0x58f1, Hi: 0x58f1, Stride: 1},
		{Lo: 0x58f9, Hi: 0x58f9, Stride: 1},
		{Lo: 0x5e7a, Hi: 0x5e7a, Stride: 1},
		{Lo: 0x5efe, Hi: 0x5eff, Stride: 1},
		{Lo: 0x5f0c, Hi: 0x5f0e, Stride: 1},
		{Lo: 0x5f10, Hi: 0x5f10, Stride: 1},
		{Lo: 0x62fe, Hi: 0x62fe, Stride: 1},
		{Lo: 0x634c, Hi: 0x634c, Stride: 1},
		{Lo: 0x67d2, Hi: 0x67d2, Stride: 1},
		{Lo: 0x6f06, Hi: 0x6f06, Stride: 1},
		{Lo: 0x7396, Hi: 0x7396, Stride: 1},
		{Lo: 0x767e, Hi: 0x767e, Stride: 1},
		{Lo: 0x8086, Hi: 0x8086, Stride: 1},
		{Lo: 0x842c, Hi: 0x842c, Stride: 1},
		{Lo: 0x8cae, Hi: 0x8cae, Stride: 1},
		{Lo: 0x8cb3, Hi: 0x8cb3, Stride: 1},
		{Lo: 0x8d30, Hi: 0x8d30, Stride: 1},
		{Lo: 0x9621, Hi: 0x9621, Stride: 1},
		{Lo: 0x9646, Hi: 0x9646, Stride: 1},
		{Lo: 0x964c, Hi: 0x964c, Stride: 1},
		{Lo: 0x9678, Hi: 0x9678, Stride: 1},
		{Lo: 0x96f6, Hi: 0x96f6, Stride: 1},
		{Lo: 0xf96b, Hi: 0xf96b, Stride: 1},
		{Lo: 0xf973, Hi: 0xf973, Stride: 1},
		{Lo: 0xf978, Hi: 0xf978, Stride: 1},
		{Lo: 0xf9b2, Hi: 0xf9b2, Stride: 1},
		{Lo: 0xf9d1, Hi: 0xf9d1, Stride: 1},
		{Lo: 0xf9d3, Hi: 0xf9d3, Stride: 1},
		{Lo: 0xf9fd, Hi: 0xf9fd, Stride: 1},
	},
	R32: []unicode.Range32{
		{Lo: 0x20001, Hi: 0x20001, Stride: 1},
		{Lo: 0x20064, Hi: 0x20064, Stride: 1},
		{Lo: 0x200e2, Hi: 0x200e2, Stride: 1},
		{Lo: 0x20121, Hi: 0x20121, Stride: 1},
		{Lo: 0x2092a, Hi: 0x2092a, Stride: 1},
		{Lo: 0x20983, Hi: 0x20983, Stride: 1},
		{Lo: 0x2098c, Hi: 0x2098c, Stride: 1},
		{Lo: 0x2099c, Hi: 0x2099c, Stride: 1},
		{Lo: 0x20aea, Hi: 0x20aea, Stride: 1},
		{Lo: 0x20afd, Hi: 0x20afd, Stride: 1},
		{Lo: 0x20b19, Hi: 0x20b19, Stride: 1},
		{Lo: 0x22390, Hi: 0x22390, Stride: 1},
		{Lo: 0x22998, Hi: 0x22998, Stride: 1},
		{Lo: 0x23b1b, Hi: 0x23b1b, Stride: 1},
		{Lo: 0x2626d, Hi: 0x2626d, Stride: 1},
		{Lo: 0x2f890, Hi: 0x2f890, Stride: 1},
	},
}

// notXIDStart: ID_Start characters that are not XID_Start.
var notXIDStart = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x037a, Hi: 0x037a, Stride: 1},
		{Lo: 0x0e33, Hi: 0x0e33, Stride: 1},
		{Lo: 0x0eb3, Hi: 0x0eb3, Stride: 1},
		{Lo: 0x309b, Hi: 0x309c, Stride: 1},
		{Lo: 0xfc5e, Hi: 0xfc63, Stride: 1},
		{Lo: 0xfdfa, Hi: 0xfdfb, Stride: 1},
		{Lo: 0xfe70, Hi: 0xfe70, Stride: 1},
		{Lo: 0xfe72, Hi: 0xfe72, Stride: 1},
		{Lo: 0xfe74, Hi: 0xfe74, Stride: 1},
		{Lo: 0xfe76, Hi: 0xfe76, Stride: 1},
		{Lo: 0xfe78, Hi: 0xfe78, Stride: 1},
		{Lo: 0xfe7a, Hi: 0xfe7a, Stride: 1},
		{Lo: 0xfe7c, Hi: 0xfe7c, Stride: 1},
		{Lo: 0xfe7e, Hi: 0xfe7e, Stride: 1},
		{Lo: 0xff9e, Hi: 0xff9f, Stride: 1},
	},
}

// notXIDContinue: ID_Continue characters that are not XID_Continue.
var notXIDContinue = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x037a, Hi: 0x037a, Stride: 1},
		{Lo: 0x309b, Hi: 0x309c, Stride: 1},
		{Lo: 0xfc5e, Hi: 0xfc63, Stride: 1},
		{Lo: 0xfdfa, Hi: 0xfdfb, Stride: 1},
		{Lo: 0xfe70, Hi: 0xfe70, Stride: 1},
		{Lo: 0xfe72, Hi: 0xfe72, Stride: 1},
		{Lo: 0xfe74, Hi: 0xfe74, Stride: 1},
		{Lo: 0xfe76, Hi: 0xfe76, Stride: 1},
		{Lo: 0xfe78, Hi: 0xfe78, Stride: 1},
		{Lo: 0xfe7a, Hi: 0xfe7a, Stride: 1},
		{Lo: 0xfe7c, Hi: 0xfe7c, Stride: 1},
		{Lo: 0xfe7e, Hi: 0xfe7e, Stride: 1},
	},
}

// specialUpper: full uppercase mappings that differ from unicode9.ToUpper.
var specialUpper = map[rune]string{
	0xdf:   "SS",
	0x149:  "\u02bcN",
	0x1f0:  "J\u030c",
	0x390:  "\u0399\u0308\u0301",
	0x3b0:  "\u03a5\u0308\u0301",
	0x587:  "\u0535\u0552",
	0x1e96: "H\u0331",
	0x1e97: "T\u0308",
	0x1e98: "W\u030a",
	0x1e99: "Y\u030a",
	0x1e9a: "A\u02be",
	0x1f50: "\u03a5\u0313",
	0x1f52: "\u03a5\u0313\u0300",
	0x1f54: "\u03a5\u0313\u0301",
	0x1f56: "\u03a5\u0313\u0342",
	0x1f80: "\u1f08\u0399",
	0x1f81: "\u1f09\u0399",
	0x1f82: "\u1f0a\u0399",
	0x1f83: "\u1f0b\u0399",
	0x1f84: "\u1f0c\u0399",
	0x1f85: "\u1f0d\u0399",
	0x1f86: "\u1f0e\u0399",
	0x1f87: "\u1f0f\u0399",
	0x1f88: "\u1f08\u0399",
	0x1f89: "\u1f09\u0399",
	0x1f8a: "\u1f0a\u0399",
	0x1f8b: "\u1f0b\u0399",
	0x1f8c: "\u1f0c\u0399",
	0x1f8d: "\u1f0d\u0399",
	0x1f8e: "\u1f0e\u0399",
	0x1f8f: "\u1f0f\u0399",
	0x1f90: "\u1f28\u0399",
	0x1f91: "\u1f29\u0399",
	0x1f92: "\u1f2a\u0399",
	0x1f93: "\u1f2b\u0399",
	0x1f94: "\u1f2c\u0399",
	0x1f95: "\u1f2d\u0399",
	0x1f96: "\u1f2e\u0399",
	0x1f97: "\u1f2f\u0399",
	0x1f98: "\u1f28\u0399",
	0x1f99: "\u1f29\u0399",
	0x1f9a: "\u1f2a\u0399",
	0x1f9b: "\u1f2b\u0399",
	0x1f9c: "\u1f2c\u0399",
	0x1f9d: "\u1f2d\u0399",
	0x1f9e: "\u1f2e\u0399",
	0x1f9f: "\u1f2f\u0399",
	0x1fa0: "\u1f68\u0399",
	0x1fa1: "\u1f69\u0399",
	0x1fa2: "\u1f6a\u0399",
	0x1fa3: "\u1f6b\u0399",
	0x1fa4: "\u1f6c\u0399",
	0x1fa5: "\u1f6d\u0399",
	0x1fa6: "\u1f6e\u0399",
	0x1fa7: "\u1f6f\u0399",
	0x1fa8: "\u1f68\u0399",
	0x1fa9: "\u1f69\u0399",
	0x1faa: "\u1f6a\u0399",
	0x1fab: "\u1f6b\u0399",
	0x1fac: "\u1f6c\u0399",
	0x1fad: "\u1f6d\u0399",
	0x1fae: "\u1f6e\u0399",
	0x1faf: "\u1f6f\u0399",
	0x1fb2: "\u1fba\u0399",
	0x1fb3: "\u0391\u0399",
	0x1fb4: "\u0386\u0399",
	0x1fb6: "\u0391\u0342",
	0x1fb7: "\u0391\u0342\u0399",
	0x1fbc: "\u0391\u0399",
	0x1fc2: "\u1fca\u0399",
	0x1fc3: "\u0397\u0399",
	0x1fc4: "\u0389\u0399",
	0x1fc6: "\u0397\u0342",
	0x1fc7: "\u0397\u0342\u0399",
	0x1fcc: "\u0397\u0399",
	0x1fd2: "\u0399\u0308\u0300",
	0x1fd3: "\u0399\u0308\u0301",
	0x1fd6: "\u0399\u0342",
	0x1fd7: "\u0399\u0308\u0342",
	0x1fe2: "\u03a5\u0308\u0300",
	0x1fe3: "\u03a5\u0308\u0301",
	0x1fe4: "\u03a1\u0313",
	0x1fe6: "\u03a5\u0342",
	0x1fe7: "\u03a5\u0308\u0342",
	0x1ff2: "\u1ffa\u0399",
	0x1ff3: "\u03a9\u0399",
	0x1ff4: "\u038f\u0399",
	0x1ff6: "\u03a9\u0342",
	0x1ff7: "\u03a9\u0342\u0399",
	0x1ffc: "\u03a9\u0399",
	0xfb00: "FF",
	0xfb01: "FI",
	0xfb02: "FL",
	0xfb03: "FFI",
	0xfb04: "FFL",
	0xfb05: "ST",
	0xfb06: "ST",
	0xfb13: "\u0544\u0546",
	0xfb14: "\u0544\u0535",
	0xfb15: "\u0544\u053b",
	0xfb16: "\u054e\u0546",
	0xfb17: "\u0544\u053d",
}

// specialLower: full lowercase mappings that differ from unicode9.ToLower.
var specialLower = map[rune]string{
	0x130: "i\u0307",
}

// specialTitle: full titlecase mappings that differ from unicode9.ToTitle.
var specialTitle = map[rune]string{
	0xdf:   "Ss",
	0x149:  "\u02bcN",
	0x1f0:  "J\u030c",
	0x390:  "\u0399\u0308\u0301",
	0x3b0:  "\u03a5\u0308\u0301",
	0x587:  "\u0535\u0582",
	0x1e96: "H\u0331",
	0x1e97: "T\u0308",
	0x1e98: "W\u030a",
	0x1e99: "Y\u030a",
	0x1e9a: "A\u02be",
	0x1f50: "\u03a5\u0313",
	0x1f52: "\u03a5\u0313\u0300",
	0x1f54: "\u03a5\u0313\u0301",
	0x1f56: "\u03a5\u0313\u0342",
	0x1fb2: "\u1fba\u0345",
	0x1fb4: "\u0386\u0345",
	0x1fb6: "\u0391\u0342",
	0x1fb7: "\u0391\u0342\u0345",
	0x1fc2: "\u1fca\u0345",
	0x1fc4: "\u0389\u0345",
	0x1fc6: "\u0397\u0342",
	0x1fc7: "\u0397\u0342\u0345",
	0x1fd2: "\u0399\u0308\u0300",
	0x1fd3: "\u0399\u0308\u0301",
	0x1fd6: "\u0399\u0342",
	0x1fd7: "\u0399\u0308\u0342",
	0x1fe2: "\u03a5\u0308\u0300",
	0x1fe3: "\u03a5\u0308\u0301",
	0x1fe4: "\u03a1\u0313",
	0x1fe6: "\u03a5\u0342",
	0x1fe7: "\u03a5\u0308\u0342",
	0x1ff2: "\u1ffa\u0345",
	0x1ff4: "\u038f\u0345",
	0x1ff6: "\u03a9\u0342",
	0x1ff7: "\u03a9\u0342\u0345",
	0xfb00: "Ff",
	0xfb01: "Fi",
	0xfb02: "Fl",
	0xfb03: "Ffi",
	0xfb04: "Ffl",
	0xfb05: "St",
	0xfb06: "St",
	0xfb13: "\u0544\u0576",
	0xfb14: "\u0544\u0565",
	0xfb15: "\u0544\u056b",
	0xfb16: "\u054e\u0576",
	0xfb17: "\u0544\u056d",
}

// specialFold: full case foldings that differ from unicode9.ToLower.
var specialFold = map[rune]string{
	0xb5:   "\u03bc",
	0xdf:   "ss",
	0x130:  "i\u0307",
	0x149:  "\u02bcn",
	0x17f:  "s",
	0x1f0:  "j\u030c",
	0x345:  "\u03b9",
	0x390:  "\u03b9\u0308\u0301",
	0x3b0:  "\u03c5\u0308\u0301",
	0x3c2:  "\u03c3",
	0x3d0:  "\u03b2",
	0x3d1:  "\u03b8",
	0x3d5:  "\u03c6",
	0x3d6:  "\u03c0",
	0x3f0:  "\u03ba",
	0x3f1:  "\u03c1",
	0x3f5:  "\u03b5",
	0x587:  "\u0565\u0582",
	0x13a0: "\u13a0",
	0x13a1: "\u13a1",
	0x13a2: "\u13a2",
	0x13a3: "\u13a3",
	0x13a4: "\u13a4",
	0x13a5: "\u13a5",
	0x13a6: "\u13a6",
	0x13a7: "\u13a7",
	0x13a8: "\u13a8",
	0x13a9: "\u13a9",
	0x13aa: "\u13aa",
	0x13ab: "\u13ab",
	0x13ac: "\u13ac",
	0x13ad: "\u13ad",
	0x13ae: "\u13ae",
	0x13af: "\u13af",
	0x13b0: "\u13b0",
	0x13b1: "\u13b1",
	0x13b2: "\u13b2",
	0x13b3: "\u13b3",
	0x13b4: "\u13b4",
	0x13b5: "\u13b5",
	0x13b6: "\u13b6",
	0x13b7: "\u13b7",
	0x13b8: "\u13b8",
	0x13b9: "\u13b9",
	0x13ba: "\u13ba",
	0x13bb: "\u13bb",
	0x13bc: "\u13bc",
	0x13bd: "\u13bd",
	0x13be: "\u13be",
	0x13bf: "\u13bf",
	0x13c0: "\u13c0",
	0x13c1: "\u13c1",
	0x13c2: "\u13c2",
	0x13c3: "\u13c3",
	0x13c4: "\u13c4",
	0x13c5: "\u13c5",
	0x13c6: "\u13c6",
	0x13c7: "\u13c7",
	0x13c8: "\u13c8",
	0x13c9: "\u13c9",
	0x13ca: "\u13ca",
	0x13cb: "\u13cb",
	0x13cc: "\u13cc",
	0x13cd: "\u13cd",
	0x13ce: "\u13ce",
	0x13cf: "\u13cf",
	0x13d0: "\u13d0",
	0x13d1: "\u13d1",
	0x13d2: "\u13d2",
	0x13d3: "\u13d3",
	0x13d4: "\u13d4",
	0x13d5: "\u13d5",
	0x13d6: "\u13d6",
	0x13d7: "\u13d7",
	0x13d8: "\u13d8",
	0x13d9: "\u13d9",
	0x13da: "\u13da",
	0x13db: "\u13db",
	0x13dc: "\u13dc",
	0x13dd: "\u13dd",
	0x13de: "\u13de",
	0x13df: "\u13df",
	0x13e0: "\u13e0",
	0x13e1: "\u13e1",
	0x13e2: "\u13e2",
	0x13e3: "\u13e3",
	0x13e4: "\u13e4",
	0x13e5: "\u13e5",
	0x13e6: "\u13e6",
	0x13e7: "\u13e7",
	0x13e8: "\u13e8",
	0x13e9: "\u13e9",
	0x13ea: "\u13ea",
	0x13eb: "\u13eb",
	0x13ec: "\u13ec",
	0x13ed: "\u13ed",
	0x13ee: "\u13ee",
	0x13ef: "\u13ef",
	0x13f0: "\u13f0",
	0x13f1: "\u13f1",
	0x13f2: "\u13f2",
	0x13f3: "\u13f3",
	0x13f4: "\u13f4",
	0x13f5: "\u13f5",
	0x13f8: "\u13f0",
	0x13f9: "\u13f1",
	0x13fa: "\u13f2",
	0x13fb: "\u13f3",
	0x13fc: "\u13f4",
	0x13fd: "\u13f5",
	0x1c80: "\u0432",
	0x1c81: "\u0434",
	0x1c82: "\u043e",
	0x1c83: "\u0441",
	0x1c84: "\u0442",
	0x1c85: "\u0442",
	0x1c86: "\u044a",
	0x1c87: "\u0463",
	0x1c88: "\ua64b",
	0x1e96: "h\u0331",
	0x1e97: "t\u0308",
	0x1e98: "w\u030a",
	0x1e99: "y\u030a",
	0x1e9a: "a\u02be",
	0x1e9b: "\u1e61",
	0x1e9e: "ss",
	0x1f50: "\u03c5\u0313",
	0x1f52: "\u03c5\u0313\u0300",
	0x1f54: "\u03c5\u0313\u0301",
	0x1f56: "\u03c5\u0313\u0342",
	0x1f80: "\u1f00\u03b9",
	0x1f81: "\u1f01\u03b9",
	0x1f82: "\u1f02\u03b9",
	0x1f83: "\u1f03\u03b9",
	0x1f84: "\u1f04\u03b9",
	0x1f85: "\u1f05\u03b9",
	0x1f86: "\u1f06\u03b9",
	0x1f87: "\u1f07\u03b9",
	0x1f88: "\u1f00\u03b9",
	0x1f89: "\u1f01\u03b9",
	0x1f8a: "\u1f02\u03b9",
	0x1f8b: "\u1f03\u03b9",
	0x1f8c: "\u1f04\u03b9",
	0x1f8d: "\u1f05\u03b9",
	0x1f8e: "\u1f06\u03b9",
	0x1f8f: "\u1f07\u03b9",
	0x1f90: "\u1f20\u03b9",
	0x1f91: "\u1f21\u03b9",
	0x1f92: "\u1f22\u03b9",
	0x1f93: "\u1f23\u03b9",
	0x1f94: "\u1f24\u03b9",
	0x1f95: "\u1f25\u03b9",
	0x1f96: "\u1f26\u03b9",
	0x1f97: "\u1f27\u03b9",
	0x1f98: "\u1f20\u03b9",
	0x1f99: "\u1f21\u03b9",
	0x1f9a: "\u1f22\u03b9",
	0x1f9b: "\u1f23\u03b9",
	0x1f9c: "\u1f24\u03b9",
	0x1f9d: "\u1f25\u03b9",
	0x1f9e: "\u1f26\u03b9",
	0x1f9f: "\u1f27\u03b9",
	0x1fa0: "\u1f60\u03b9",
	0x1fa1: "\u1f61\u03b9",
	0x1fa2: "\u1f62\u03b9",
	0x1fa3: "\u1f63\u03b9",
	0x1fa4: "\u1f64\u03b9",
	0x1fa5: "\u1f65\u03b9",
	0x1fa6: "\u1f66\u03b9",
	0x1fa7: "\u1f67\u03b9",
	0x1fa8: "\u1f60\u03b9",
	0x1fa9: "\u1f61\u03b9",
	0x1faa: "\u1f62\u03b9",
	0x1fab: "\u1f63\u03b9",
	0x1fac: "\u1f64\u03b9",
	0x1fad: "\u1f65\u03b9",
	0x1fae: "\u1f66\u03b9",
	0x1faf: "\u1f67\u03b9",
	0x1fb2: "\u1f70\u03b9",
	0x1fb3: "\u03b1\u03b9",
	0x1fb4: "\u03ac\u03b9",
	0x1fb6: "\u03b1\u0342",
	0x1fb7: "\u03b1\u0342\u03b9",
	0x1fbc: "\u03b1\u03b9",
	0x1fbe: "\u03b9",
	0x1fc2: "\u1f74\u03b9",
	0x1fc3: "\u03b7\u03b9",
	0x1fc4: "\u03ae\u03b9",
	0x1fc6: "\u03b7\u0342",
	0x1fc7: "\u03b7\u0342\u03b9",
	0x1fcc: "\u03b7\u03b9",
	0x1fd2: "\u03b9\u0308\u0300",
	0x1fd3: "\u03b9\u0308\u0301",
	0x1fd6: "\u03b9\u0342",
	0x1fd7: "\u03b9\u0308\u0342",
	0x1fe2: "\u03c5\u0308\u0300",
	0x1fe3: "\u03c5\u0308\u0301",
	0x1fe4: "\u03c1\u0313",
	0x1fe6: "\u03c5\u0342",
	0x1fe7: "\u03c5\u0308\u0342",
	0x1ff2: "\u1f7c\u03b9",
	0x1ff3: "\u03c9\u03b9",
	0x1ff4: "\u03ce\u03b9",
	0x1ff6: "\u03c9\u0342",
	0x1ff7: "\u03c9\u0342\u03b9",
	0x1ffc: "\u03c9\u03b9",
	0xab70: "\u13a0",
	0xab71: "\u13a1",
	0xab72: "\u13a2",
	0xab73: "\u13a3",
	0xab74: "\u13a4",
	0xab75: "\u13a5",
	0xab76: "\u13a6",
	0xab77: "\u13a7",
	0xab78: "\u13a8",
	0xab79: "\u13a9",
	0xab7a: "\u13aa",
	0xab7b: "\u13ab",
	0xab7c: "\u13ac",
	0xab7d: "\u13ad",
	0xab7e: "\u13ae",
	0xab7f: "\u13af",
	0xab80: "\u13b0",
	0xab81: "\u13b1",
	0xab82: "\u13b2",
	0xab83: "\u13b3",
	0xab84: "\u13b4",
	0xab85: "\u13b5",
	0xab86: "\u13b6",
	0xab87: "\u13b7",
	0xab88: "\u13b8",
	0xab89: "\u13b9",
	0xab8a: "\u13ba",
	0xab8b: "\u13bb",
	0xab8c: "\u13bc",
	0xab8d: "\u13bd",
	0xab8e: "\u13be",
	0xab8f: "\u13bf",
	0xab90: "\u13c0",
	0xab91: "\u13c1",
	0xab92: "\u13c2",
	0xab93: "\u13c3",
	0xab94: "\u13c4",
	0xab95: "\u13c5",
	0xab96: "\u13c6",
	0xab97: "\u13c7",
	0xab98: "\u13c8",
	0xab99: "\u13c9",
	0xab9a: "\u13ca",
	0xab9b: "\u13cb",
	0xab9c: "\u13cc",
	0xab9d: "\u13cd",
	0xab9e: "\u13ce",
	0xab9f: "\u13cf",
	0xaba0: "\u13d0",
	0xaba1: "\u13d1",
	0xaba2: "\u13d2",
	0xaba3: "\u13d3",
	0xaba4: "\u13d4",
	0xaba5: "\u13d5",
	0xaba6: "\u13d6",
	0xaba7: "\u13d7",
	0xaba8: "\u13d8",
	0xaba9: "\u13d9",
	0xabaa: "\u13da",
	0xabab: "\u13db",
	0xabac: "\u13dc",
	0xabad: "\u13dd",
	0xabae: "\u13de",
	0xabaf: "\u13df",
	0xabb0: "\u13e0",
	0xabb1: "\u13e1",
	0xabb2: "\u13e2",
	0xabb3: "\u13e3",
	0xabb4: "\u13e4",
	0xabb5: "\u13e5",
	0xabb6: "\u13e6",
	0xabb7: "\u13e7",
	0xabb8: "\u13e8",
	0xabb9: "\u13e9",
	0xabba: "\u13ea",
	0xabbb: "\u13eb",
	0xabbc: "\u13ec",
	0xabbd: "\u13ed",
	0xabbe: "\u13ee",
	0xabbf: "\u13ef",
	0xfb00: "ff",
	0xfb01: "fi",
	0xfb02: "fl",
	0xfb03: "ffi",
	0xfb04: "ffl",
	0xfb05: "st",
	0xfb06: "st",
	0xfb13: "\u0574\u0576",
	0xfb14: "\u0574\u0565",
	0xfb15: "\u0574\u056b",
	0xfb16: "\u057e\u0576",
	0xfb17: "\u0574\u056d",
}

// strStripImpl is str.strip, lstrip or rstrip: chars None (or absent)
// strips white space (str.isspace), a str strips its characters, anything
// else is CPython's TypeError. A lone surrogate is one character.
// runeSetOf is membership in the characters of chars: a bit table when
// they are all ASCII (the usual strip argument), a scan of a few, a map of
// many.
func runeSetOf(chars string) func(rune) bool {
	var ascii [2]uint64
	allASCII := true
	for i := 0; i < len(chars); i++ {
		c := chars[i]
		if c >= utf8.RuneSelf {
			allASCII = false
			break
		}
		ascii[c>>6] |= 1 << (c & 63)
	}
	if allASCII {
		return func(r rune) bool { return r >= 0 && r < utf8.RuneSelf && ascii[r>>6]&(1<<(uint(r)&63)) != 0 }
	}
	var runes []rune
	for i := 0; i < len(chars); {
		r, w := pyutil.DecodeWTF8(chars[i:])
		runes = append(runes, r)
		i += w
	}
	if len(runes) <= 16 {
		return func(r rune) bool {
			for _, c := range runes {
				if c == r {
					return true
				}
			}
			return false
		}
	}
	set := make(map[rune]bool, len(runes))
	for _, r := range runes {
		set[r] = true
	}
	return func(r rune) bool { return set[r] }
}

func strStripImpl(fn string, left, right bool) strImpl {
	return func(s string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := strNoKeywords(fn, kwargs); err != nil {
			return nil, err
		}
		if len(args) > 1 {
			return nil, pyutil.TypeErrorf("%s() takes at most 1 argument (%d given)", fn, len(args))
		}
		strip := isSpaceRune
		if len(args) == 1 && args[0] != py.None {
			chars, ok := args[0].(py.String)
			if !ok {
				return nil, pyutil.TypeErrorf("%s arg must be None or str", fn)
			}
			strip = runeSetOf(string(chars))
		}
		start, end := 0, len(s)
		if len(args) == 0 || args[0] == py.None {
			// White space: ASCII ends by table, without decoding.
			for left && start < end && s[start] < utf8.RuneSelf && strASCIISpace[s[start]] {
				start++
			}
			for right && end > start && s[end-1] < utf8.RuneSelf && strASCIISpace[s[end-1]] {
				end--
			}
		}
		if left {
			for start < end {
				r, w := pyutil.DecodeWTF8(s[start:end])
				if !strip(r) {
					break
				}
				start += w
			}
		}
		if right {
			for end > start {
				w := lastCharWidth(s[start:end])
				r, _ := pyutil.DecodeWTF8(s[end-w : end])
				if !strip(r) {
					break
				}
				end -= w
			}
		}
		return py.String(s[start:end]), nil
	}
}

// lastCharWidth is the width in bytes of the last character of s, a
// lone surrogate's three bytes included.
func lastCharWidth(s string) int {
	if n := len(s); n >= 3 && s[n-3] == 0xED && s[n-2] >= 0xA0 && s[n-2] <= 0xBF && s[n-1] >= 0x80 && s[n-1] <= 0xBF {
		return 3
	}
	_, w := utf8.DecodeLastRuneInString(s)
	return w
}
