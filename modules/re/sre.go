package re

import (
	"math/big"
	"unicode"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/unicode9"
)

// _sre is the name 3.6's engine goes by: its constants and the two helpers
// scripts and tests reach for. The engine here parses and runs patterns
// itself (there is no code-word program to hand it), so compile() checks
// its arguments as 3.6 does and then compiles the pattern's source.

// sreMagic is the date 3.6's engine stamps its code format with.
const sreMagic = 20140917

var sreCodeLimit = big.NewInt(1<<32 - 1)

func sre_compile(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("compile", args, kwargs, []string{"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 6, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	flags, err := pyarg.Int(a[1])
	if err != nil {
		return nil, err
	}
	code, ok := a[2].(*py.List)
	if !ok {
		return nil, pyutil.TypeErrorf("compile() argument 3 must be list, not %s", pyarg.TypeName(a[2]))
	}
	for _, w := range code.Items {
		v := pyarg.IntValue(w)
		if v == nil || v.Sign() < 0 || v.Cmp(sreCodeLimit) > 0 {
			return nil, py.ExceptionNewf(py.OverflowError, "regular expression code size limit exceeded")
		}
	}
	if _, err := pyarg.SsizeT(a[3]); err != nil {
		return nil, err
	}
	pattern := a[0]
	switch pattern.(type) {
	case py.String, py.Bytes, py.NoneType:
	default:
		return nil, pyutil.TypeErrorf("expected string or bytes-like object")
	}
	if pattern == py.None || len(code.Items) == 0 {
		return nil, py.ExceptionNewf(py.RuntimeError, "invalid SRE code")
	}
	return compilePattern(pattern, flags&^flagDebug)
}

func sre_getlower(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.ParseClinic("getlower", args, kwargs, []string{"character", "flags"}, 2, 2)
	if err != nil {
		return nil, err
	}
	ch, err := pyarg.Int(a[0])
	if err != nil {
		return nil, err
	}
	flags, err := pyarg.Int(a[1])
	if err != nil {
		return nil, err
	}
	switch {
	case flags&flagLocale == 0 && flags&flagUnicode != 0:
		if ch >= 0 && ch <= unicode.MaxRune {
			return py.Int(unicode9.ToLower(rune(ch))), nil
		}
	case ch >= 'A' && ch <= 'Z':
		return py.Int(ch + 'a' - 'A'), nil
	}
	return py.Int(ch), nil
}

func sre_getcodesize(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoArgs("getcodesize", args, kwargs); err != nil {
		return nil, err
	}
	return py.Int(4), nil
}

func registerSre() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_sre"},
		Methods: []*py.Method{
			fn("compile", sre_compile, ""),
			fn("getlower", sre_getlower, ""),
			fn("getcodesize", sre_getcodesize, ""),
			fn("_parse_info", sre_parseInfo, "_parse_info(pattern, flags) -> (flags, groupdict, groupwidths, width, dump): what sre_parse.parse reports"),
			fn("_parse_template", sre_parseTemplate, "_parse_template(template, pattern) -> (groups, literals), as sre_parse.parse_template"),
		},
		Globals: py.StringDict{
			"MAGIC":     py.Int(sreMagic),
			"CODESIZE":  py.Int(4),
			"MAXREPEAT": py.Int(maxRepeat),
			"MAXGROUPS": py.Int(maxGroups),
			"copyright": py.String(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "),
		},
	})
}
