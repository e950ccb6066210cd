package pprint

import (
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// This file is pprint's _safe_repr: the depth limit, readability and
// recursion reports and sorted dicts are pprint's own; the text of each
// value is CPython's repr from internal/pyrepr, because gpython's own repr
// gets several of them wrong (1-tuples, floats, str quoting).

// StrRepr is CPython's repr of a str (see pyrepr.StrRepr).
func StrRepr(s string) string { return pyrepr.StrRepr(s) }

// BytesRepr is CPython's repr of a bytes object (b'...').
func BytesRepr(p []byte) string { return pyrepr.BytesRepr(p) }

// FloatRepr is CPython's repr of a float (see pyrepr.FloatRepr).
func FloatRepr(f float64) string { return pyrepr.FloatRepr(f) }

// reprState carries what CPython's _safe_repr reports besides the text.
type reprState struct {
	readable  bool
	recursive bool
}

// identity returns a key naming a mutable container, for recursion checks.
func identity(o py.Object) uintptr {
	switch v := o.(type) {
	case *py.List:
		return reflect.ValueOf(v).Pointer()
	case py.StringDict:
		return reflect.ValueOf(v).Pointer()
	case *vm.Dict:
		return reflect.ValueOf(v).Pointer()
	case py.Tuple:
		if len(v) == 0 {
			return 0
		}
		return reflect.ValueOf(&v[0]).Pointer()
	}
	return 0
}

// recursionRepr is CPython's text for a container met inside itself.
func recursionRepr(o py.Object, id uintptr) string {
	return "<Recursion on " + shortName(o.Type()) + " with id=" + strconv.FormatUint(uint64(id), 10) + ">"
}

// safeRepr mirrors pprint's _safe_repr: dicts, lists and tuples are
// rendered by hand with a depth limit and recursion detection; scalars and
// other objects use their repr.
func safeRepr(o py.Object, context map[uintptr]bool, maxLevels, level int, st *reprState) (string, error) {
	if v, ok := builtinView(o); ok {
		switch v.(type) {
		case *vm.Dict, *py.List, py.Tuple:
			o = v // rendered by hand, as their base type's __repr__ would
		}
	}
	switch v := o.(type) {
	case py.String:
		return StrRepr(string(v)), nil
	case py.Bytes:
		return BytesRepr(v), nil
	case py.Float:
		return FloatRepr(float64(v)), nil
	case py.Bool:
		if v {
			return "True", nil
		}
		return "False", nil
	case py.NoneType:
		return "None", nil
	case py.Int:
		return strconv.FormatInt(int64(v), 10), nil
	case *py.BigInt:
		return (*big.Int)(v).String(), nil
	case py.StringDict, *vm.Dict:
		keys, values, err := sortedItems(v)
		if err != nil {
			return "", err
		}
		if len(keys) == 0 {
			return "{}", nil
		}
		id := identity(v)
		if maxLevels > 0 && level >= maxLevels {
			st.readable = false
			if context[id] {
				st.recursive = true
			}
			return "{...}", nil
		}
		if context[id] {
			st.readable, st.recursive = false, true
			return recursionRepr(v, id), nil
		}
		context[id] = true
		parts := make([]string, 0, len(keys))
		for i, k := range keys {
			kr, err := safeRepr(k, context, maxLevels, level+1, st)
			if err != nil {
				return "", err
			}
			vr, err := safeRepr(values[i], context, maxLevels, level+1, st)
			if err != nil {
				return "", err
			}
			parts = append(parts, kr+": "+vr)
		}
		delete(context, id)
		return "{" + strings.Join(parts, ", ") + "}", nil
	case *py.List:
		return seqRepr(v, v.Items, "[", "]", context, maxLevels, level, st)
	case py.Tuple:
		if len(v) == 1 {
			return seqRepr(v, v, "(", ",)", context, maxLevels, level, st)
		}
		return seqRepr(v, v, "(", ")", context, maxLevels, level, st)
	}
	// Sets, bytearray and everything else: CPython's repr for the built-in
	// types, the object's own __repr__ otherwise.
	r, err := pyrepr.Repr(o)
	if err != nil {
		return "", err
	}
	if r == "" || strings.HasPrefix(r, "<") {
		st.readable = false
	}
	return r, nil
}

func seqRepr(o py.Object, items []py.Object, open, end string, context map[uintptr]bool, maxLevels, level int, st *reprState) (string, error) {
	if len(items) == 0 {
		return open + strings.TrimPrefix(end, ","), nil
	}
	id := identity(o)
	if maxLevels > 0 && level >= maxLevels {
		st.readable = false
		if context[id] {
			st.recursive = true
		}
		return open + "..." + end, nil
	}
	if context[id] {
		st.readable, st.recursive = false, true
		return recursionRepr(o, id), nil
	}
	context[id] = true
	parts := make([]string, 0, len(items))
	for _, it := range items {
		r, err := safeRepr(it, context, maxLevels, level+1, st)
		if err != nil {
			return "", err
		}
		parts = append(parts, r)
	}
	delete(context, id)
	return open + strings.Join(parts, ", ") + end, nil
}
