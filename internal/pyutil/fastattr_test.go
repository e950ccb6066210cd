package pyutil

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Two Go types with the same base, methods and properties: plainObj goes
// through gpython's own py.GetAttrString, fastObj through GetAttr.
var (
	attrBaseType  = py.NewType("attrbase", "base of the attribute test types")
	attrPlainType = newAttrTestType()
	attrFastType  = newAttrTestType()
)

// newAttrTestType makes one of two distinct types that print alike.
func newAttrTestType() *py.Type {
	t := attrBaseType.NewType("attrtest", "attribute test type", nil, nil)
	t.Base = attrBaseType
	t.Bases = py.Tuple{attrBaseType}
	t.Flags &^= py.TPFLAGS_READY
	if err := t.Ready(); err != nil {
		panic(err)
	}
	t.Dict["kw"] = MustNewMethod("kw", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.Tuple{py.Int(len(args)), py.Int(len(kwargs)), py.NewBool(kwargs == nil)}, nil
	}, 0, "kw(*args, **kwargs) -> counts")
	t.Dict["noarg"] = MustNewMethod("noarg", func(self py.Object) (py.Object, error) {
		return py.String("noarg"), nil
	}, 0, "")
	t.Dict["prop"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.String("prop of " + self.Type().Name), nil
	}}
	t.Dict["plainvalue"] = py.Int(42)
	return t
}

type attrObj struct {
	t    *py.Type
	dict py.StringDict
}

func (o *attrObj) Type() *py.Type                 { return o.t }
func (o *attrObj) GetDict() py.StringDict         { return o.dict }
func (o *attrObj) M__enter__() (py.Object, error) { return py.String("entered"), nil }
func (o *attrObj) M__exit__(a, b, c py.Object) (py.Object, error) {
	return py.String("exited"), nil
}
func (o *attrObj) M__getattr__(name string) (py.Object, error) {
	if name == "dynamic" {
		return py.String("from __getattr__"), nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", o.t.Name, name)
}

type fastObj struct{ attrObj }

func (o *fastObj) M__getattribute__(key string) (py.Object, error) { return GetAttr(o, key) }

func init() {
	attrBaseType.Dict["inherited"] = MustNewMethod("inherited", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.String("inherited"), nil
	}, 0, "")
}

func TestGetAttrMatchesGpython(t *testing.T) {
	plain := &attrObj{t: attrPlainType, dict: py.StringDict{"inst": py.String("instance value")}}
	fast := &fastObj{attrObj{t: attrFastType, dict: py.StringDict{"inst": py.String("instance value")}}}
	callWith := []struct {
		name   string
		args   py.Tuple
		kwargs py.StringDict
	}{
		{"kw", py.Tuple{py.Int(1), py.Int(2)}, nil},
		{"kw", nil, py.StringDict{"a": py.Int(1)}},
		{"noarg", nil, nil},
		{"inherited", nil, nil},
		{"__enter__", nil, nil},
		{"__exit__", py.Tuple{py.None, py.None, py.None}, nil},
	}
	for _, c := range callWith {
		t.Run("call "+c.name, func(t *testing.T) {
			pm, err := py.GetAttrString(plain, c.name)
			require.NoError(t, err)
			fm, err := py.GetAttrString(fast, c.name)
			require.NoError(t, err)
			pr, perr := py.Call(pm, c.args, c.kwargs)
			fr, ferr := py.Call(fm, c.args, c.kwargs)
			require.NoError(t, perr)
			require.NoError(t, ferr)
			if c.name == "kw" {
				// gpython hands an empty dict where there are no keywords;
				// the fast binding hands nil. Counts must agree.
				assert.Equal(t, pr.(py.Tuple)[:2], fr.(py.Tuple)[:2])
				return
			}
			assert.Equal(t, pr, fr)
		})
	}
	for _, name := range []string{"prop", "plainvalue", "inst", "dynamic"} {
		t.Run("value "+name, func(t *testing.T) {
			pv, perr := py.GetAttrString(plain, name)
			fv, ferr := py.GetAttrString(fast, name)
			require.NoError(t, perr)
			require.NoError(t, ferr)
			assert.Equal(t, pv, fv)
		})
	}
	t.Run("missing", func(t *testing.T) {
		_, perr := py.GetAttrString(plain, "nosuch")
		_, ferr := py.GetAttrString(fast, "nosuch")
		require.Error(t, perr)
		require.Error(t, ferr)
		assert.Equal(t, ExceptionLine(ExceptionValue(perr)), ExceptionLine(ExceptionValue(ferr)))
	})
	t.Run("missing special", func(t *testing.T) {
		_, perr := py.GetAttrString(plain, "__nosuch__")
		_, ferr := py.GetAttrString(fast, "__nosuch__")
		require.Error(t, perr)
		require.Error(t, ferr)
	})
}

func TestBuiltinMethod(t *testing.T) {
	fast := &fastObj{attrObj{t: attrFastType}}
	m, err := py.GetAttrString(fast, "kw")
	require.NoError(t, err)
	bm, ok := m.(*BuiltinMethod)
	require.True(t, ok, "kw binds as a *BuiltinMethod, got %T", m)

	res, err := py.Call(bm, py.Tuple{py.Int(1)}, nil)
	require.NoError(t, err)
	assert.Equal(t, py.Tuple{py.Int(1), py.Int(0), py.True}, res, "no kwargs dict is made for a positional call")

	r, err := bm.M__repr__()
	require.NoError(t, err)
	assert.Regexp(t, `^<built-in method kw of attrtest object at 0x[0-9a-f]+>$`, string(r.(py.String)))

	for name, want := range map[string]py.Object{
		"__self__": fast, "__name__": py.String("kw"), "__qualname__": py.String("attrtest.kw"),
		"__doc__": py.String("kw(*args, **kwargs) -> counts"),
	} {
		got, err := py.GetAttrString(bm, name)
		require.NoError(t, err, name)
		assert.Equal(t, want, got, name)
	}
	_, err = py.GetAttrString(bm, "nosuch")
	assert.Error(t, err)

	again, err := py.GetAttrString(fast, "kw")
	require.NoError(t, err)
	eq, err := bm.M__eq__(again)
	require.NoError(t, err)
	assert.Equal(t, py.True, eq, "the same method of the same object compares equal")
	ne, err := bm.M__ne__(again)
	require.NoError(t, err)
	assert.Equal(t, py.False, ne)
	ne, err = bm.M__ne__(py.Int(1))
	require.NoError(t, err)
	assert.Equal(t, py.NotImplemented, ne)
	other, err := py.GetAttrString(&fastObj{attrObj{t: attrFastType}}, "kw")
	require.NoError(t, err)
	eq, err = bm.M__eq__(other)
	require.NoError(t, err)
	assert.Equal(t, py.False, eq)
	ne, err = bm.M__ne__(other)
	require.NoError(t, err)
	assert.Equal(t, py.True, ne)
}
