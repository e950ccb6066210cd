// Package re registers the Python module "re" for gpython, with the
// syntax, semantics, API, reprs and error messages of CPython 3.6's re
// (sre): its own backtracking engine, since Go's regexp (RE2) has neither
// backreferences nor lookaround and differs in what it matches.
//
// Pipeline: parse.go (sre_parse: pattern -> tree, re.error messages and
// positions), compile.go (tree -> program), exec.go (the matching
// machine, with an explicit backtrack stack), charset.go (classes and
// case folding), pattern.go, match.go, template.go (the Python objects).
// Compiled patterns are cached by (type, pattern, flags) as re._compile
// caches them.
package re

import (
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyenum"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

const moduleDoc = `Support for regular expressions (RE).

This module provides regular expression matching operations similar to
those found in Perl.  It supports both 8-bit and Unicode strings; both
the pattern and the strings being processed can contain null bytes and
characters outside the US ASCII range.`

// ErrorType is re.error (sre_constants.error).
var ErrorType = pyutil.NewExceptionType("error", errorDoc, py.ExceptionType)

const errorDoc = `Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    `

// newError builds re.error(msg, pattern, pos); pos < 0 means None.
func newError(msg string, pattern py.Object, pos int) *py.Exception {
	e := &py.Exception{Base: ErrorType, Dict: py.StringDict{}}
	var posObj py.Object = py.None
	if pos >= 0 {
		posObj = py.Int(pos)
	}
	if pattern == nil {
		pattern = py.None
	}
	fillError(e, py.String(msg), pattern, posObj)
	return e
}

// fillError sets args and attributes as sre_constants.error.__init__.
func fillError(e *py.Exception, msg, pattern, pos py.Object) {
	text := ""
	if s, ok := msg.(py.String); ok {
		text = string(s)
	}
	var lineno, colno py.Object = py.None, py.None
	if pattern != py.None && pos != py.None {
		p, _ := pos.(py.Int)
		text = text + " at position " + itoa(int(p))
		var chars []rune
		switch v := pattern.(type) {
		case py.String:
			chars = []rune(string(v))
		case py.Bytes:
			for _, c := range v {
				chars = append(chars, rune(c))
			}
		}
		n := int(p)
		if n > len(chars) {
			n = len(chars)
		}
		if n < 0 {
			n = 0
		}
		line := 1
		lastNL := -1
		for i := 0; i < n; i++ {
			if chars[i] == '\n' {
				line++
				lastNL = i
			}
		}
		lineno = py.Int(line)
		colno = py.Int(int(p) - lastNL)
		for _, c := range chars {
			if c == '\n' {
				text += " (line " + itoa(line) + ", column " + itoa(int(p)-lastNL) + ")"
				break
			}
		}
	}
	if _, ok := msg.(py.String); ok {
		e.Args = py.Tuple{py.String(text)}
	} else {
		e.Args = py.Tuple{msg}
	}
	e.Dict["msg"] = msg
	e.Dict["pattern"] = pattern
	e.Dict["pos"] = pos
	e.Dict["lineno"] = lineno
	e.Dict["colno"] = colno
}

func itoa(n int) string { return strconv.Itoa(n) }

func errorNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.PyFunc("__init__", args, kwargs, []string{"msg", "pattern", "pos"}, 1, 3, 1)
	if err != nil {
		return nil, err
	}
	e := &py.Exception{Base: t, Dict: py.StringDict{}}
	for i := range a {
		if a[i] == nil {
			a[i] = py.None
		}
	}
	fillError(e, a[0], a[1], a[2])
	return e, nil
}

// FlagType is re.RegexFlag.
var FlagType *pyenum.Class

func setupFlags() {
	var err error
	FlagType, err = pyenum.NewIntFlag("re.RegexFlag", "An enumeration.", []pyenum.IntDef{
		{Name: "ASCII", Value: flagASCII}, {Name: "IGNORECASE", Value: flagIgnoreCase},
		{Name: "LOCALE", Value: flagLocale}, {Name: "UNICODE", Value: flagUnicode},
		{Name: "MULTILINE", Value: flagMultiline}, {Name: "DOTALL", Value: flagDotAll},
		{Name: "VERBOSE", Value: flagVerbose},
		{Name: "A", Value: flagASCII}, {Name: "I", Value: flagIgnoreCase}, {Name: "L", Value: flagLocale},
		{Name: "U", Value: flagUnicode}, {Name: "M", Value: flagMultiline}, {Name: "S", Value: flagDotAll},
		{Name: "X", Value: flagVerbose},
		{Name: "TEMPLATE", Value: flagTemplate}, {Name: "T", Value: flagTemplate},
		{Name: "DEBUG", Value: flagDebug},
	})
	if err != nil {
		panic("re: " + err.Error())
	}
}

// cacheKey identifies a compiled pattern as re._compile's cache does.
type cacheKey struct {
	isText  bool
	pattern string
	flags   int
}

const maxCache = 512

var (
	cacheMu sync.Mutex
	cache   = map[cacheKey]*Pattern{}
)

// flagsArg converts a flags argument (an int or a RegexFlag).
func flagsArg(o py.Object) (int, error) {
	if o == nil {
		return 0, nil
	}
	if !pyarg.IsInteger(o) {
		return 0, pyutil.TypeErrorf("unsupported operand type(s) for &: '%s' and 'int'", pyutil.TypeName(o))
	}
	v, err := pyarg.IndexInt(o)
	if err != nil {
		return 0, err
	}
	return v, nil
}

// unhashable reports the built-in mutable types the cache lookup rejects.
func unhashable(o py.Object) bool {
	switch pyutil.TypeName(o) {
	case "bytearray", "list", "dict", "set":
		return true
	}
	return false
}

// getPattern is re._compile.
func getPattern(pattern py.Object, flagsObj py.Object) (*Pattern, error) {
	flags, err := flagsArg(flagsObj)
	if err != nil {
		return nil, err
	}
	if p, ok := pattern.(*Pattern); ok {
		if flags != 0 {
			return nil, py.ExceptionNewf(py.ValueError, "cannot process flags argument with a compiled pattern")
		}
		return p, nil
	}
	var key cacheKey
	switch v := pattern.(type) {
	case py.String:
		key = cacheKey{true, string(v), flags}
	case py.Bytes:
		key = cacheKey{false, string(v), flags}
	default:
		if unhashable(pattern) {
			return nil, pyutil.TypeErrorf("unhashable type: '%s'", pyutil.TypeName(pattern))
		}
		return nil, pyutil.TypeErrorf("first argument must be string or compiled pattern")
	}
	cacheMu.Lock()
	p, ok := cache[key]
	cacheMu.Unlock()
	if ok {
		return p, nil
	}
	p, err = compilePattern(pattern, flags)
	if err != nil {
		return nil, err
	}
	if flags&flagDebug == 0 {
		cacheMu.Lock()
		if len(cache) >= maxCache {
			cache = map[cacheKey]*Pattern{}
		}
		cache[key] = p
		cacheMu.Unlock()
	}
	return p, nil
}

func re_compile(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.PyFunc("compile", args, kwargs, []string{"pattern", "flags"}, 1, 2, 0)
	if err != nil {
		return nil, err
	}
	return getPattern(a[0], a[1])
}

func re_template(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.PyFunc("template", args, kwargs, []string{"pattern", "flags"}, 1, 2, 0)
	if err != nil {
		return nil, err
	}
	flags, err := flagsArg(a[1])
	if err != nil {
		return nil, err
	}
	return getPattern(a[0], py.Int(flags|flagTemplate))
}

// matchFunc makes re.match, re.search and re.fullmatch.
func matchFunc(name string, mode matchMode) func(py.Tuple, py.StringDict) (py.Object, error) {
	return func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := pyarg.PyFunc(name, args, kwargs, []string{"pattern", "string", "flags"}, 2, 3, 0)
		if err != nil {
			return nil, err
		}
		p, err := getPattern(a[0], a[2])
		if err != nil {
			return nil, err
		}
		sj, err := newSubject(a[1], p)
		if err != nil {
			return nil, err
		}
		return p.exec(sj, 0, sj.n, mode), nil
	}
}

func re_findall(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.PyFunc("findall", args, kwargs, []string{"pattern", "string", "flags"}, 2, 3, 0)
	if err != nil {
		return nil, err
	}
	p, err := getPattern(a[0], a[2])
	if err != nil {
		return nil, err
	}
	return pattern_findall(p, py.Tuple{a[1]}, nil)
}

func re_finditer(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.PyFunc("finditer", args, kwargs, []string{"pattern", "string", "flags"}, 2, 3, 0)
	if err != nil {
		return nil, err
	}
	p, err := getPattern(a[0], a[2])
	if err != nil {
		return nil, err
	}
	return pattern_finditer(p, py.Tuple{a[1]}, nil)
}

func re_split(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.PyFunc("split", args, kwargs, []string{"pattern", "string", "maxsplit", "flags"}, 2, 4, 0)
	if err != nil {
		return nil, err
	}
	p, err := getPattern(a[0], a[3])
	if err != nil {
		return nil, err
	}
	maxsplit := 0
	if a[2] != nil {
		if maxsplit, err = pyarg.SsizeT(a[2]); err != nil {
			return nil, err
		}
	}
	return p.split(a[1], maxsplit)
}

func subFunc(name string, withCount bool) func(py.Tuple, py.StringDict) (py.Object, error) {
	return func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := pyarg.PyFunc(name, args, kwargs, []string{"pattern", "repl", "string", "count", "flags"}, 3, 5, 0)
		if err != nil {
			return nil, err
		}
		p, err := getPattern(a[0], a[4])
		if err != nil {
			return nil, err
		}
		count := 0
		if a[3] != nil {
			if count, err = pyarg.SsizeT(a[3]); err != nil {
				return nil, err
			}
		}
		return p.subx(a[1], a[2], count, withCount)
	}
}

func re_purge(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if _, err := pyarg.PyFunc("purge", args, kwargs, nil, 0, 0, 0); err != nil {
		return nil, err
	}
	cacheMu.Lock()
	cache = map[cacheKey]*Pattern{}
	cacheMu.Unlock()
	return py.None, nil
}

func isEscapeSafe(c rune) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
}

func re_escape(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.PyFunc("escape", args, kwargs, []string{"pattern"}, 1, 1, 0)
	if err != nil {
		return nil, err
	}
	if s, ok := pyutil.Unwrap(a[0]).(py.String); ok {
		var b strings.Builder
		for _, c := range string(s) {
			switch {
			case isEscapeSafe(c):
				b.WriteRune(c)
			case c == 0:
				b.WriteString("\\000")
			default:
				b.WriteByte('\\')
				b.WriteRune(c)
			}
		}
		return py.String(b.String()), nil
	}
	data, err := pyutil.BytesLike(pyutil.Unwrap(a[0]))
	if err != nil {
		return nil, pyutil.TypeErrorf("'%s' object is not iterable", pyutil.TypeName(a[0]))
	}
	out := []byte{}
	for _, c := range data {
		switch {
		case isEscapeSafe(rune(c)):
			out = append(out, c)
		case c == 0:
			out = append(out, '\\', '0', '0', '0')
		default:
			out = append(out, '\\', c)
		}
	}
	return py.Bytes(out), nil
}

func fn(name string, f func(py.Tuple, py.StringDict) (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		return f(args, kwargs)
	}, 0, doc)
}

func identityHash(p unsafe.Pointer) int64 { return int64(uintptr(p) >> 4) }

// init is the package's only init(): flags, the exception, the types'
// methods, then the module.
func init() {
	setupFlags()
	ErrorType.Dict["__module__"] = py.String("sre_constants")
	ErrorType.New = errorNew
	ErrorType.Dict["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		e, ok := self.(*py.Exception)
		if !ok {
			return py.None, nil
		}
		o, err := errorNew(e.Base, args, kwargs)
		if err != nil {
			return nil, err
		}
		made := o.(*py.Exception)
		e.Args = made.Args
		if e.Dict == nil {
			e.Dict = py.StringDict{}
		}
		for k, v := range made.Dict {
			e.Dict[k] = v
		}
		return py.None, nil
	}, 0, "Initialize self.  See help(type(self)) for accurate signature.")
	for _, t := range []*py.Type{PatternType, MatchType, ScannerType} {
		name := t.Name
		t.New = func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
			return nil, pyutil.TypeErrorf("cannot create '%s' instances", name)
		}
	}
	setupPattern()
	setupMatch()
	setupScanner()
	setupMappingProxy()

	globals := py.StringDict{
		"error":       ErrorType,
		"RegexFlag":   FlagType.Type,
		"__version__": py.String("2.2.1"),
	}
	for _, name := range []string{"ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE", "DOTALL", "VERBOSE", "A", "I", "L", "U", "M", "S", "X", "TEMPLATE", "T", "DEBUG"} {
		m, _ := FlagType.ByName(name)
		globals[name] = m
	}
	all := []string{"match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge", "template", "escape", "error", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE"}
	allT := make([]py.Object, len(all))
	for i, n := range all {
		allT[i] = py.String(n)
	}
	globals["__all__"] = py.NewListFromItems(allT)

	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "re", Doc: moduleDoc},
		Methods: []*py.Method{
			fn("compile", re_compile, "Compile a regular expression pattern, returning a pattern object."),
			fn("match", matchFunc("match", modeMatch), "Try to apply the pattern at the start of the string, returning\n    a match object, or None if no match was found."),
			fn("fullmatch", matchFunc("fullmatch", modeFull), "Try to apply the pattern to all of the string, returning\n    a match object, or None if no match was found."),
			fn("search", matchFunc("search", modeSearch), "Scan through string looking for a match to the pattern, returning\n    a match object, or None if no match was found."),
			fn("findall", re_findall, "Return a list of all non-overlapping matches in the string."),
			fn("finditer", re_finditer, "Return an iterator over all non-overlapping matches in the\n    string.  For each match, the iterator returns a match object."),
			fn("split", re_split, "Split the source string by the occurrences of the pattern,\n    returning a list containing the resulting substrings."),
			fn("sub", subFunc("sub", false), "Return the string obtained by replacing the leftmost\n    non-overlapping occurrences of the pattern in string by the\n    replacement repl."),
			fn("subn", subFunc("subn", true), "Return a 2-tuple containing (new_string, number)."),
			fn("escape", re_escape, "Escape all the characters in pattern except ASCII letters, numbers and '_'."),
			fn("purge", re_purge, "Clear the regular expression caches"),
			fn("template", re_template, "Compile a template pattern, returning a pattern object"),
		},
		Globals: globals,
	})
	// sre_constants: the exception and the limits and flag values some
	// scripts import from it.
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "sre_constants", Doc: "Internal support module for sre"},
		Globals: py.StringDict{
			"error":               ErrorType,
			"MAXREPEAT":           py.Int(maxRepeat),
			"MAXGROUPS":           py.Int(maxGroups),
			"SRE_FLAG_TEMPLATE":   py.Int(flagTemplate),
			"SRE_FLAG_IGNORECASE": py.Int(flagIgnoreCase),
			"SRE_FLAG_LOCALE":     py.Int(flagLocale),
			"SRE_FLAG_MULTILINE":  py.Int(flagMultiline),
			"SRE_FLAG_DOTALL":     py.Int(flagDotAll),
			"SRE_FLAG_UNICODE":    py.Int(flagUnicode),
			"SRE_FLAG_VERBOSE":    py.Int(flagVerbose),
			"SRE_FLAG_DEBUG":      py.Int(flagDebug),
			"SRE_FLAG_ASCII":      py.Int(flagASCII),
		},
	})
}
