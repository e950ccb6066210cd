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
	"sync"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyenum"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

const moduleDoc = `Regular expressions: compile patterns in a Perl-like syntax and match,
search, split and substitute with them, over str or bytes.`

// ErrorType is re.error (sre_constants.error).
var ErrorType = pyutil.NewExceptionType("error", errorDoc, py.ExceptionType)

const errorDoc = `error(msg, pattern=None, pos=None)

A pattern could not be compiled. msg is the bare message; pattern and pos
locate the fault, and lineno and colno give pos as a line and column.`

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
			chars = strRunes(string(v))
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
	// A str or bytes subclass compiles as its value.
	pattern = pyutil.Unwrap(pattern)
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
		var out []rune
		for _, c := range strRunes(string(s)) {
			switch {
			case isEscapeSafe(c):
				out = append(out, c)
			case c == 0:
				out = append(out, '\\', '0', '0', '0')
			default:
				out = append(out, '\\', c)
			}
		}
		return py.String(runesStr(out)), nil
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
	// ObjectType.NewType leaves object as the metatype; type(X) is type in CPython.
	PatternType.ObjectType = py.TypeType
	MatchType.ObjectType = py.TypeType
	ScannerType.ObjectType = py.TypeType
	CallableIteratorType.ObjectType = py.TypeType
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
	}, 0, "Set up a new instance from the constructor arguments; help(type(self)) shows them.")
	for _, t := range []*py.Type{PatternType, MatchType, ScannerType} {
		name := t.Name
		t.New = func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
			return nil, pyutil.TypeErrorf("cannot create '%s' instances", name)
		}
	}
	setupPattern()
	setupMatch()
	setupScanner()

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
		Info:    py.ModuleInfo{Name: "re", Doc: moduleDoc},
		CodeSrc: scannerSource,
		Methods: []*py.Method{
			fn("compile", re_compile, "compile(pattern, flags=0) -> Pattern\n\nThe compiled form of pattern, for repeated matching."),
			fn("match", matchFunc("match", modeMatch), "match(pattern, string, flags=0) -> Match or None\n\nMatch pattern at the beginning of string only."),
			fn("fullmatch", matchFunc("fullmatch", modeFull), "fullmatch(pattern, string, flags=0) -> Match or None\n\nMatch pattern against the whole of string."),
			fn("search", matchFunc("search", modeSearch), "search(pattern, string, flags=0) -> Match or None\n\nThe first place in string where pattern matches."),
			fn("findall", re_findall, "findall(pattern, string, flags=0) -> list\n\nEvery non-overlapping match, left to right: the whole text, the one group's\ntext, or a tuple of the groups' texts."),
			fn("finditer", re_finditer, "finditer(pattern, string, flags=0) -> iterator\n\nA Match for each non-overlapping match, left to right."),
			fn("split", re_split, "split(pattern, string, maxsplit=0, flags=0) -> list\n\nThe pieces of string between matches (at most maxsplit splits when it is\nnot 0), with the groups' texts in between when the pattern has groups."),
			fn("sub", subFunc("sub", false), "sub(pattern, repl, string, count=0, flags=0) -> str\n\nstring with matches replaced by repl (a template, or a function of the\nMatch), at most count of them when count is not 0."),
			fn("subn", subFunc("subn", true), "subn(pattern, repl, string, count=0, flags=0) -> (str, int)\n\nAs sub(), also giving how many replacements were made."),
			fn("escape", re_escape, "escape(pattern) -> str or bytes\n\npattern with a backslash before every character but ASCII letters, digits and '_'."),
			fn("purge", re_purge, "purge() -> None\n\nForget the compiled patterns kept for reuse."),
			fn("template", re_template, "template(pattern, flags=0) -> Pattern\n\ncompile() with the TEMPLATE flag added."),
		},
		Globals: globals,
	})
	registerSre()
	// sre_constants: the exception and the limits and flag values some
	// scripts import from it.
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "sre_constants", Doc: "The regular expression engine behind re (not for direct use)."},
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
