// Package unicodedata is the "unicodedata" module: the properties, names
// and normalization forms of Unicode 9.0.0, the database CPython 3.6
// ships, and of 3.2.0 through ucd_3_2_0. The data (ucd.txt.gz, written by
// gen/gen.py) is decoded at the first call that needs it.
package unicodedata

import (
	"fmt"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

const moduleDoc = `Look up properties of Unicode characters: names, general category,
bidirectional class, numeric values, decomposition, East Asian width,
and normalize strings (NFC, NFD, NFKC, NFKD). The data is Unicode 9.0.0;
ucd_3_2_0 answers the same questions for Unicode 3.2.0 (for IDNA).`

// UCDType is "unicodedata.UCD", the type of ucd_3_2_0; scripts cannot
// make instances.
var UCDType = py.NewTypeX("unicodedata.UCD", "One version of the Unicode database: the module's functions as methods, and unidata_version.", func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
	return nil, pyutil.TypeErrorf("cannot create 'unicodedata.UCD' instances")
}, nil)

// ucdObject is an edition seen from Python.
type ucdObject struct{ ed edition }

func (*ucdObject) Type() *py.Type { return UCDType }

// M__repr__ is the default object repr.
func (u *ucdObject) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<unicodedata.UCD object at %p>", u)), nil
}

// oneChar is the character of a function's first argument, with 3.6's
// TypeError for anything but a str of length one. which is "argument" or
// "argument 1" as the function's message says.
func oneChar(fn, which string, o py.Object) (rune, error) {
	if s, ok := o.(py.String); ok {
		r, size := utf8.DecodeRuneInString(string(s))
		if size > 0 && size == len(s) && (r != utf8.RuneError || size == 3) {
			return r, nil
		}
		if len(s) == 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
			// a lone surrogate, which the interpreter keeps in its
			// three-byte form
			return rune(0xD000) | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), nil
		}
	}
	return 0, pyutil.TypeErrorf("%s() %s must be a unicode character, not %s", fn, which, pyarg.TypeName(o))
}

// property is one of the functions taking exactly one character.
type property struct {
	name, doc string
	get       func(p *props) py.Object
}

var properties = []property{
	{"category", "category(chr) -> str\n\nThe general category of chr, such as 'Lu' or 'Nd'.", func(p *props) py.Object { return py.String(p.category) }},
	{"bidirectional", "bidirectional(chr) -> str\n\nThe bidirectional class of chr, such as 'L' or 'AN'; '' when it has none.", func(p *props) py.Object { return py.String(p.bidi) }},
	{"combining", "combining(chr) -> int\n\nThe canonical combining class of chr; 0 when it has none.", func(p *props) py.Object { return py.Int(p.combining) }},
	{"east_asian_width", "east_asian_width(chr) -> str\n\nThe East Asian width of chr: 'F', 'H', 'W', 'Na', 'A' or 'N'.", func(p *props) py.Object { return py.String(p.eaw) }},
	{"mirrored", "mirrored(chr) -> int\n\n1 when chr is mirrored in bidirectional text, else 0.", func(p *props) py.Object { return py.Int(p.mirrored) }},
	{"decomposition", "decomposition(chr) -> str\n\nThe decomposition mapping of chr as hex code points, with its <tag> if any; '' when it has none.", func(p *props) py.Object { return py.String(p.decomposition) }},
}

// valued is one of the functions with an optional default.
type valued struct {
	name, doc, missing string
	get                func(ed edition, r rune) (py.Object, bool)
}

var valuedFuncs = []valued{
	{"name", "name(chr[, default]) -> str\n\nThe name of chr; default, or ValueError, when it has none.", "no such name", func(ed edition, r rune) (py.Object, bool) {
		n, ok := ed.name(r)
		return py.String(n), ok
	}},
	{"decimal", "decimal(chr[, default]) -> int\n\nThe decimal digit value of chr; default, or ValueError, when it has none.", "not a decimal", func(ed edition, r rune) (py.Object, bool) {
		p := ed.props(r)
		return py.Int(p.decimal), p.decimal >= 0
	}},
	{"digit", "digit(chr[, default]) -> int\n\nThe digit value of chr (superscripts included); default, or ValueError, when it has none.", "not a digit", func(ed edition, r rune) (py.Object, bool) {
		p := ed.props(r)
		return py.Int(p.digit), p.digit >= 0
	}},
	{"numeric", "numeric(chr[, default]) -> float\n\nThe numeric value of chr (fractions and ideographs included); default, or ValueError, when it has none.", "not a numeric character", func(ed edition, r rune) (py.Object, bool) {
		p := ed.props(r)
		return py.Float(p.numeric), p.hasNumeric
	}},
}

// function is one module function, bound to an edition: the module's
// functions use the current one, UCD's methods their receiver's.
type function func(ed edition, args py.Tuple) (py.Object, error)

func functions() map[string]struct {
	doc string
	fn  function
} {
	out := map[string]struct {
		doc string
		fn  function
	}{}
	for _, p := range properties {
		p := p
		out[p.name] = struct {
			doc string
			fn  function
		}{p.doc, func(ed edition, args py.Tuple) (py.Object, error) {
			if len(args) != 1 {
				return nil, pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", p.name, len(args))
			}
			r, err := oneChar(p.name, "argument", args[0])
			if err != nil {
				return nil, err
			}
			return p.get(ed.props(r)), nil
		}}
	}
	for _, v := range valuedFuncs {
		v := v
		out[v.name] = struct {
			doc string
			fn  function
		}{v.doc, func(ed edition, args py.Tuple) (py.Object, error) {
			if err := pyarg.ArgCount36(v.name, args, 1, 2); err != nil {
				return nil, err
			}
			r, err := oneChar(v.name, "argument 1", args[0])
			if err != nil {
				return nil, err
			}
			if res, ok := v.get(ed, r); ok {
				return res, nil
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, pyutil.ValueErrorf("%s", v.missing)
		}}
	}
	out["lookup"] = struct {
		doc string
		fn  function
	}{"lookup(name) -> str\n\nThe character a name (or alias, or named sequence) stands for; case is ignored. KeyError for an unknown name.", lookup}
	out["normalize"] = struct {
		doc string
		fn  function
	}{"normalize(form, unistr) -> str\n\nunistr in normalization form 'NFC', 'NFKC', 'NFD' or 'NFKD'.", normalize}
	return out
}

func lookup(ed edition, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("lookup() takes exactly one argument (%d given)", len(args))
	}
	var name string
	switch v := args[0].(type) {
	case py.String:
		name = string(v)
	case py.Bytes:
		name = string(v)
	default:
		if _, err := pyutil.BytesLike(v); err == nil {
			return nil, pyutil.TypeErrorf("lookup() argument must be read-only bytes-like object, not %s", pyarg.TypeName(v))
		}
		return nil, pyutil.TypeErrorf("a bytes-like object is required, not '%s'", pyarg.TypeName(v))
	}
	if len(name) > 256 {
		return nil, keyError("name too long")
	}
	if s, ok := ed.lookup(name); ok {
		return py.String(s), nil
	}
	return nil, keyError(fmt.Sprintf("undefined character name '%s'", name))
}

// keyError is KeyError(text), whose str() is repr(text) as in CPython.
func keyError(text string) error {
	exc, err := py.ExceptionNew(py.KeyError, py.Tuple{py.String(text)}, nil)
	if err != nil {
		return err
	}
	return exc.(*py.Exception)
}

func normalize(ed edition, args py.Tuple) (py.Object, error) {
	if err := pyarg.ArgCount36("normalize", args, 2, 2); err != nil {
		return nil, err
	}
	form, ok := args[0].(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("normalize() argument 1 must be str, not %s", pyarg.TypeName(args[0]))
	}
	text, ok := args[1].(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("normalize() argument 2 must be str, not %s", pyarg.TypeName(args[1]))
	}
	out, ok := ed.normalize(string(form), string(text))
	if !ok {
		return nil, pyutil.ValueErrorf("invalid normalization form")
	}
	return py.String(out), nil
}

func init() {
	var methods []*py.Method
	for name, f := range functions() {
		name, f := name, f
		methods = append(methods, py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
			defer pyutil.Recover(&err)
			if len(kwargs) > 0 {
				return nil, pyutil.TypeErrorf("%s() takes no keyword arguments", name)
			}
			return f.fn(current, args)
		}, 0, f.doc))
		UCDType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
			defer pyutil.Recover(&err)
			recv, args, err := pyutil.Receiver(UCDType, name, self, args)
			if err != nil {
				return nil, err
			}
			if len(kwargs) > 0 {
				return nil, pyutil.TypeErrorf("%s() takes no keyword arguments", name)
			}
			return f.fn(recv.(*ucdObject).ed, args)
		}, 0, f.doc)
	}
	UCDType.Dict["unidata_version"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.String(self.(*ucdObject).ed.version()), nil
	}}
	if err := UCDType.Ready(); err != nil {
		panic(err)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "unicodedata", Doc: moduleDoc},
		Methods: methods,
		Globals: py.StringDict{
			"UCD":             UCDType,
			"ucd_3_2_0":       &ucdObject{ed: v320},
			"unidata_version": py.String("9.0.0"),
		},
	})
}
