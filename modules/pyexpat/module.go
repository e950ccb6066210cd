// Package pyexpat registers the Python module "pyexpat" for gpython:
// CPython 3.6's binding of the Expat XML parser, over the system's
// libexpat, under Lib/modules/xml/parsers/expat.py.
//
// The cgo layer is expat.go (parser lifetime, one XML_Parse call),
// shim.c/shim.h (the trampolines carrying expat's callbacks to Go) and
// callbacks.go (the Go ends of those callbacks). The Python object,
// xmlparser, is in parser.go, methods.go and properties.go; this file
// holds ParserCreate, ErrorString and the module's constants.
//
// Ownership: an XML_Parser belongs to a cparser, freed when the
// xmlparser that owns it is collected; a parser made by
// ExternalEntityParserCreate keeps its parent's cparser alive. Expat's
// user data holds a cgo.Handle of the xmlparser only while a parse call
// runs, so no handle outlives a call and nothing in C keeps a Python
// object alive.
package pyexpat

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// optStrArg is a "z" argument of ParserCreate: str or None.
func optStrArg(o py.Object, pos int) (string, bool, error) {
	if o == nil || o == py.None {
		return "", false, nil
	}
	s, ok := o.(py.String)
	if !ok {
		return "", false, pyutil.TypeErrorf("ParserCreate() argument %d must be str or None, not %s", pos, pyutil.TypeName(o))
	}
	return string(s), true, nil
}

func parserCreate(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := pyarg.Parse36("ParserCreate", args, kwargs, []string{"encoding", "namespace_separator", "intern"}, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	enc, hasEnc, err := optStrArg(a[0], 1)
	if err != nil {
		return nil, err
	}
	sepStr, hasSep, err := optStrArg(a[1], 2)
	if err != nil {
		return nil, err
	}
	var sep *byte
	if hasSep {
		if len(sepStr) > 1 {
			return nil, pyutil.ValueErrorf("namespace_separator must be at most one character, omitted, or None")
		}
		b := byte(0)
		if len(sepStr) == 1 {
			b = sepStr[0]
		}
		sep = &b
	}
	var intern *vm.Dict
	switch v := a[2].(type) {
	case nil:
		intern = vm.NewDict(0)
	case *vm.Dict:
		intern = v
	default:
		if v != py.None {
			return nil, pyutil.TypeErrorf("intern must be a dictionary")
		}
	}
	c := newCParser(enc, hasEnc, sep)
	if c == nil {
		return nil, py.ExceptionNewf(py.MemoryError, "")
	}
	return newParser(c, intern), nil
}

func errorStringFunc(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("ErrorString", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("ErrorString", args, 1, 1); err != nil {
		return nil, err
	}
	n, err := pyarg.Long(args[0])
	if err != nil {
		return nil, err
	}
	if n < 0 || n > 1<<31-1 {
		return py.None, nil
	}
	if s := errorString(int(n)); s != "" {
		return py.String(s), nil
	}
	return py.None, nil
}

// moduleSource builds the errors and model submodules from the tables
// the Go side leaves in the module, and drops the tables.
const moduleSource = `import sys as _sys
def _submodule(name, doc, entries):
    m = type(_sys)(name, doc)
    for k, v in entries:
        setattr(m, k, v)
    _sys.modules[name] = m
    return m
errors = _submodule('pyexpat.errors', 'Error codes of the expat parser: names bound to their messages, with\ncodes and messages mapping each to the other.', _error_entries)
errors.codes = dict((msg, code) for code, (name, msg) in enumerate(_error_entries, 1))
errors.messages = dict((code, msg) for code, (name, msg) in enumerate(_error_entries, 1))
model = _submodule('pyexpat.model', 'Constants for reading the content models that element declaration\nhandlers receive: model types and quantifiers.', _model_entries)
del _submodule, _error_entries, _model_entries, _sys
`

func init() {
	version, vinfo := expatVersion()
	var feats []py.Object
	for _, f := range expatFeatures() {
		feats = append(feats, py.Tuple{py.String(f.name), py.Int(f.value)})
	}
	errEntries := make([]py.Object, len(errorNames))
	for i, name := range errorNames {
		errEntries[i] = py.Tuple{py.String(name), py.String(errorString(i + 1))}
	}
	var modelEntries []py.Object
	for _, e := range []struct {
		name string
		v    int
	}{
		{"XML_CTYPE_EMPTY", 1}, {"XML_CTYPE_ANY", 2}, {"XML_CTYPE_MIXED", 3}, {"XML_CTYPE_NAME", 4},
		{"XML_CTYPE_CHOICE", 5}, {"XML_CTYPE_SEQ", 6},
		{"XML_CQUANT_NONE", 0}, {"XML_CQUANT_OPT", 1}, {"XML_CQUANT_REP", 2}, {"XML_CQUANT_PLUS", 3},
	} {
		modelEntries = append(modelEntries, py.Tuple{py.String(e.name), py.Int(e.v)})
	}
	ErrorType.Dict["__module__"] = py.String("xml.parsers.expat")
	XMLParserType.Dict["__module__"] = py.String("pyexpat")
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "pyexpat", Doc: "Expat XML parser binding: ParserCreate() makes an xmlparser.", FileDesc: "pyexpat"},
		Methods: []*py.Method{
			py.MustNewMethod("ParserCreate", parserCreate, 0, "ParserCreate(encoding=None, namespace_separator=None, intern=None)\n\nA new xmlparser."),
			py.MustNewMethod("ErrorString", errorStringFunc, 0, "ErrorString(code)\n\nExpat's description of an error code."),
		},
		Globals: py.StringDict{
			"EXPAT_VERSION":   py.String(version),
			"version_info":    py.Tuple{py.Int(vinfo[0]), py.Int(vinfo[1]), py.Int(vinfo[2])},
			"native_encoding": py.String("UTF-8"),
			"features":        py.NewListFromItems(feats),
			"ExpatError":      ErrorType,
			"error":           ErrorType,
			"XMLParserType":   XMLParserType,

			"XML_PARAM_ENTITY_PARSING_NEVER":             py.Int(0),
			"XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE": py.Int(1),
			"XML_PARAM_ENTITY_PARSING_ALWAYS":            py.Int(2),

			"_error_entries": py.Tuple(errEntries),
			"_model_entries": py.Tuple(modelEntries),
		},
		CodeSrc: moduleSource,
	})
}
