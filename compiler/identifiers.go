package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/unicodedata"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// normalizeIdentifiers returns src, source gpython's compiler is about to
// compile, with each identifier that has a non-ASCII character replaced by
// its NFKC form, as CPython's parser stores names (PEP 3131): `µ` (the
// micro sign) and `μ` are one name, and "𝔘𝔫𝔦𝔠𝔬𝔡𝔢" is "Unicode". Source that
// is all ASCII, or whose identifiers are already normalized, is returned
// unchanged. Lines stay where they were: NFKC never adds a line break.
//
// CPython 3.6 normalizes through unicodedata.normalize as the module has
// it when the source is compiled: when a program has put another function
// there, that function is called for each non-ASCII identifier, and the
// error is the TypeError of a result that is not a str (or what it
// raised).
func normalizeIdentifiers(src string) (string, error) {
	if pyutil.IsASCII(src) {
		return src, nil
	}
	nfkc := func(s string) (string, error) { return unicodedata.NFKC(s), nil }
	if f := replacedNormalize(); f != nil {
		nfkc = func(s string) (string, error) {
			res, err := vm.Call(f, py.Tuple{py.String("NFKC"), py.String(s)}, nil)
			if err != nil {
				return "", err
			}
			norm, ok := res.(py.String)
			if !ok {
				return "", pyutil.TypeErrorf("unicodedata.normalize() must return a string, not %s", pyarg.TypeName(res))
			}
			if norm == "" || !isIdentifier(string(norm)) {
				return s, nil // it could not stand in the source text
			}
			return string(norm), nil
		}
	}
	l := newLexer(src, false, true)
	var b strings.Builder
	last := 0
	for n := 0; n < len(src)+2; n++ { // every token takes a byte, but ENDMARKER
		t := l.get()
		if t.kind == tEndmarker || t.kind == tError {
			break
		}
		if t.kind != tName || t.pos < last || t.end > len(src) || pyutil.IsASCII(t.s) {
			continue
		}
		norm, err := nfkc(t.s)
		if err != nil {
			return "", err
		}
		if norm != t.s {
			b.WriteString(src[last:t.pos])
			b.WriteString(norm)
			last = t.end
		}
	}
	if last == 0 {
		return src, nil
	}
	b.WriteString(src[last:])
	return b.String(), nil
}

// replacedNormalize is unicodedata.normalize when the loaded unicodedata
// module holds a function other than its own there, else nil (our NFKC is
// then the same function, and a source with no module loaded cannot have
// replaced it).
func replacedNormalize() py.Object {
	ctx := vm.CurrentContext()
	if ctx == nil {
		return nil
	}
	m, err := ctx.GetModule("unicodedata")
	if err != nil || m == nil {
		return nil
	}
	f, ok := m.Globals["normalize"]
	if !ok {
		return nil
	}
	if own, ok := f.(*py.Method); ok && own.Name == "normalize" && own.Module == m {
		return nil
	}
	return f
}
