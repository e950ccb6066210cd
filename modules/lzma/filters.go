package lzma

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// buildChain converts a Python filter chain (a sequence of dicts, each
// with an "id" and that filter's options) to liblzma's, as CPython's
// converter does, with its messages. The caller frees the chain.
func buildChain(filters py.Object) (*chain, error) {
	switch pyutil.Unwrap(filters).(type) {
	case py.StringDict, *vm.Dict:
		// a mapping is no sequence (PySequence_Length refuses it)
		return nil, pyutil.TypeErrorf("object of type '%s' has no len()", pyutil.TypeName(filters))
	}
	n, err := py.Len(filters)
	if err != nil {
		return nil, err
	}
	count, err := pyarg.SsizeT(n)
	if err != nil {
		return nil, err
	}
	if count > filtersMax {
		return nil, pyutil.ValueErrorf("Too many filters - liblzma supports a maximum of %d", filtersMax)
	}
	c, ok := newChain()
	if !ok {
		return nil, py.ExceptionNewf(py.MemoryError, "")
	}
	for i := 0; i < count; i++ {
		spec, err := py.GetItem(filters, py.Int(i))
		if err == nil {
			err = addFilter(c, i, spec)
		}
		if err != nil {
			c.free()
			return nil, err
		}
	}
	return c, nil
}

// specEntries returns a filter specifier's entries: it must be a dict.
func specEntries(spec py.Object) (py.StringDict, error) {
	switch d := pyutil.Unwrap(spec).(type) {
	case py.StringDict:
		return d, nil
	case *vm.Dict:
		return d.ToStringDict(func(py.Object) error { return pyutil.TypeErrorf("keywords must be strings") })
	}
	return nil, pyutil.TypeErrorf("Filter specifier must be a dict or dict-like object")
}

// uint32Option converts an option value as CPython's uint32 converter does.
func uint32Option(v py.Object, what string) (uint32, error) {
	n, err := pyarg.IndexInt(v)
	if err != nil {
		return 0, pyutil.ValueErrorf("Invalid filter specifier for %s filter", what)
	}
	if n < 0 || n > 0xffffffff {
		return 0, pyutil.ValueErrorf("Invalid filter specifier for %s filter", what)
	}
	return uint32(n), nil
}

// addFilter sets entry i of c from one filter specifier.
func addFilter(c *chain, i int, spec py.Object) error {
	d, err := specEntries(spec)
	if err != nil {
		return err
	}
	idObj, ok := d["id"]
	if !ok {
		return pyutil.ValueErrorf(`Filter specifier must have an "id" entry`)
	}
	idBig, err := pyarg.Index(idObj)
	if err != nil {
		return err
	}
	if !idBig.IsUint64() {
		return py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C unsigned long")
	}
	id := idBig.Uint64()
	var what string
	switch {
	case id == idLZMA1 || id == idLZMA2:
		what = "LZMA"
		preset := presetDflt
		if p, ok := d["preset"]; ok {
			if preset, err = uint32Option(p, what); err != nil {
				return err
			}
		}
		if !c.lzmaOptions(i, id, preset) {
			return lzmaErrorf("Invalid compression preset: %d", preset)
		}
	case id == idDelta:
		what = "delta"
		if !c.deltaOptions(i, id) {
			return py.ExceptionNewf(py.MemoryError, "")
		}
	case isBCJ(id):
		what = "BCJ"
		if !c.bcjOptions(i, id) {
			return py.ExceptionNewf(py.MemoryError, "")
		}
	default:
		return pyutil.ValueErrorf("Invalid filter ID: %d", id)
	}
	for name, v := range d {
		if name == "id" || (what == "LZMA" && name == "preset") {
			continue
		}
		n, err := uint32Option(v, what)
		if err != nil {
			return err
		}
		if !c.setOption(i, name, n) {
			return pyutil.ValueErrorf("Invalid filter specifier for %s filter", what)
		}
	}
	return nil
}

// unsignedArg converts a preset (bits 32) or memory limit (bits 64) as
// CPython 3.6's _lzma converters do, through PyLong_AsUnsignedLongLong:
// only an int is taken ("an integer is required" otherwise, __index__
// not consulted), a negative one is OverflowError.
func unsignedArg(o py.Object, bits int) (uint64, error) {
	b := pyarg.IntValue(o)
	if b == nil {
		return 0, pyutil.TypeErrorf("an integer is required")
	}
	switch {
	case b.Sign() < 0:
		return 0, py.ExceptionNewf(py.OverflowError, "can't convert negative int to unsigned")
	case !b.IsUint64():
		return 0, py.ExceptionNewf(py.OverflowError, "int too big to convert")
	case bits == 32 && b.Uint64() > 0xffffffff:
		return 0, py.ExceptionNewf(py.OverflowError, "Value too large for uint32_t type")
	}
	return b.Uint64(), nil
}
