package pyarg

import (
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// indexer is a Go type with __index__, like an IntEnum member.
type indexer struct{ v py.Int }

var indexerType = py.NewType("indexer", "")

func (*indexer) Type() *py.Type                { return indexerType }
func (i *indexer) M__index__() (py.Int, error) { return i.v, nil }

func bigOf(s string) py.Object {
	b, _ := new(big.Int).SetString(s, 10)
	return (*py.BigInt)(b)
}

// wantErr checks err is the Python exception typ with message msg.
func wantErr(t *testing.T, err error, typ *py.Type, msg string) {
	t.Helper()
	require.Error(t, err)
	exc, ok := err.(*py.Exception)
	require.True(t, ok, "%T %v", err, err)
	assert.Equal(t, typ, exc.Base)
	assert.Equal(t, msg, message(exc))
}

// The messages are CPython 3.6's, seen through MemoryBIO.read ("i"),
// ssl.SSLContext(...).options ("l"), os.read ("n"), select.poll().register
// (unsigned short) and SSLContext.verify_flags ("k").
func TestIntKinds(t *testing.T) {
	type conv func(py.Object) (int64, error)
	kinds := map[string]conv{
		"Int":    func(o py.Object) (int64, error) { v, err := Int(o); return int64(v), err },
		"Long":   Long,
		"SsizeT": func(o py.Object) (int64, error) { v, err := SsizeT(o); return int64(v), err },
		"Index":  func(o py.Object) (int64, error) { v, err := IndexInt(o); return int64(v), err },
		"UShort": func(o py.Object) (int64, error) { v, err := UnsignedShort(o); return int64(v), err },
		"ULong":  func(o py.Object) (int64, error) { v, err := UnsignedLongMask(o); return int64(v), err },
	}
	cases := []struct {
		kind string
		in   py.Object
		want int64
		typ  *py.Type
		msg  string
	}{
		{"Int", py.Int(5), 5, nil, ""},
		{"Int", py.True, 1, nil, ""},
		{"Int", &indexer{7}, 7, nil, ""},
		{"Int", py.Float(1.5), 0, py.TypeError, "integer argument expected, got float"},
		{"Int", py.String("a"), 0, py.TypeError, "an integer is required (got type str)"},
		{"Int", py.None, 0, py.TypeError, "an integer is required (got type NoneType)"},
		{"Int", py.Int(1 << 31), 0, py.OverflowError, "signed integer is greater than maximum"},
		{"Int", py.Int(-1<<31 - 1), 0, py.OverflowError, "signed integer is less than minimum"},
		{"Int", bigOf("9223372036854775808"), 0, py.OverflowError, "Python int too large to convert to C long"},
		{"Long", py.Int(1 << 40), 1 << 40, nil, ""},
		{"Long", bigOf("-9223372036854775809"), 0, py.OverflowError, "Python int too large to convert to C long"},
		{"Long", py.Float(2), 0, py.TypeError, "integer argument expected, got float"},
		{"SsizeT", py.Int(-1), -1, nil, ""},
		{"SsizeT", &indexer{3}, 3, nil, ""},
		{"SsizeT", py.Float(1.5), 0, py.TypeError, "integer argument expected, got float"},
		{"SsizeT", py.String("a"), 0, py.TypeError, "'str' object cannot be interpreted as an integer"},
		{"SsizeT", py.None, 0, py.TypeError, "'NoneType' object cannot be interpreted as an integer"},
		{"SsizeT", bigOf("9223372036854775808"), 0, py.OverflowError, "Python int too large to convert to C ssize_t"},
		{"Index", py.Float(1.5), 0, py.TypeError, "'float' object cannot be interpreted as an integer"},
		{"Index", bigOf("9223372036854775808"), 0, py.OverflowError, "cannot fit 'int' into an index-sized integer"},
		{"UShort", py.True, 1, nil, ""},
		{"UShort", py.Int(65535), 65535, nil, ""},
		{"UShort", py.Float(1.5), 0, py.TypeError, "an integer is required"},
		{"UShort", py.String("a"), 0, py.TypeError, "an integer is required"},
		{"UShort", py.Int(1 << 31), 0, py.OverflowError, "Python int too large for C unsigned short"},
		{"UShort", bigOf("18446744073709551616"), 0, py.OverflowError, "Python int too large to convert to C unsigned long"},
		{"UShort", bigOf("-9223372036854775809"), 0, py.OverflowError, "can't convert negative value to unsigned int"},
		{"ULong", py.Int(-1), -1, nil, ""},
		{"ULong", bigOf("18446744073709551617"), 1, nil, ""},
		{"ULong", py.Float(1.5), 0, py.TypeError, "argument must be int, not float"},
		{"ULong", py.None, 0, py.TypeError, "argument must be int, not None"},
	}
	for _, c := range cases {
		t.Run(c.kind+"/"+pyutil.TypeName(c.in), func(t *testing.T) {
			got, err := kinds[c.kind](c.in)
			if c.typ != nil {
				wantErr(t, err, c.typ, c.msg)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
		})
	}
}

func TestTimeout(t *testing.T) {
	d, set, err := Timeout(py.None)
	require.NoError(t, err)
	assert.False(t, set)
	assert.Equal(t, py.None, TimeoutObject(d, set))
	d, set, err = Timeout(py.Float(1.5))
	require.NoError(t, err)
	assert.True(t, set)
	assert.Equal(t, 1500*time.Millisecond, d)
	assert.Equal(t, py.Float(1.5), TimeoutObject(d, set))
	d, _, err = Timeout(py.Int(2))
	require.NoError(t, err)
	assert.Equal(t, 2*time.Second, d)
	_, _, err = Timeout(py.Float(-1))
	wantErr(t, err, py.ValueError, "Timeout value out of range")
	_, _, err = Timeout(py.Int(-1))
	wantErr(t, err, py.ValueError, "Timeout value out of range")
	_, _, err = Timeout(bigOf("9223372036854775808"))
	wantErr(t, err, py.OverflowError, "timestamp too large to convert to C _PyTime_t")
	_, _, err = Timeout(py.String("a"))
	wantErr(t, err, py.TypeError, "'str' object cannot be interpreted as an integer")
	_, _, err = Timeout(py.Float(1e10))
	wantErr(t, err, py.OverflowError, "timestamp too large to convert to C _PyTime_t")
	_, _, err = Timeout(py.Float(math.NaN()))
	wantErr(t, err, py.ValueError, "Invalid value NaN (not a number)")
}

// Timeout36 has CPython 3.6's conversion: __int__ rather than __index__,
// "an integer is required" for the rest.
func TestTimeout36(t *testing.T) {
	d, set, err := Timeout36(py.None)
	require.NoError(t, err)
	assert.False(t, set)
	d, set, err = Timeout36(py.Float(0.25))
	require.NoError(t, err)
	assert.True(t, set)
	assert.Equal(t, 250*time.Millisecond, d)
	d, _, err = Timeout36(py.Bool(true))
	require.NoError(t, err)
	assert.Equal(t, time.Second, d)
	_, _, err = Timeout36(py.Int(-1))
	wantErr(t, err, py.ValueError, "Timeout value out of range")
	_, _, err = Timeout36(py.String("a"))
	wantErr(t, err, py.TypeError, "an integer is required (got type str)")
	_, _, err = Timeout36(&indexer{3})
	wantErr(t, err, py.TypeError, "an integer is required (got type indexer)")
	_, _, err = Timeout36(py.Complex(1i))
	wantErr(t, err, py.TypeError, "can't convert complex to int")
	_, _, err = Timeout36(bigOf("9223372036854775808"))
	wantErr(t, err, py.OverflowError, "timestamp too large to convert to C _PyTime_t")
	_, _, err = Timeout36(py.Float(math.NaN()))
	wantErr(t, err, py.ValueError, "Invalid value NaN (not a number)")
}

// pathLike is a Go os.PathLike.
type pathLike struct{ p py.Object }

var pathLikeType = py.NewType("PL", "")

func (*pathLike) Type() *py.Type { return pathLikeType }

func init() {
	pathLikeType.Dict["__fspath__"] = py.MustNewMethod("__fspath__", func(self py.Object) (py.Object, error) {
		return self.(*pathLike).p, nil
	}, 0, "")
}

func TestPath(t *testing.T) {
	s, isBytes, err := Path(py.String("/a"))
	require.NoError(t, err)
	assert.Equal(t, "/a", s)
	assert.False(t, isBytes)
	s, isBytes, err = Path(py.Bytes("/b"))
	require.NoError(t, err)
	assert.Equal(t, "/b", s)
	assert.True(t, isBytes)
	_, _, err = Path(py.Int(3))
	wantErr(t, err, py.TypeError, "expected str, bytes or os.PathLike object, not int")
	_, _, err = Path(py.String("a\x00b"))
	wantErr(t, err, py.ValueError, "embedded null byte")
}

func TestBytesLike(t *testing.T) {
	b, err := BytesLike(py.Bytes("xy"))
	require.NoError(t, err)
	assert.Equal(t, []byte("xy"), b)
	_, err = BytesLike(py.String("xy"))
	wantErr(t, err, py.TypeError, "a bytes-like object is required, not 'str'")
	_, err = WritableBuffer(py.Bytes("x"), "argument")
	wantErr(t, err, py.TypeError, "argument must be read-write bytes-like object, not bytes")
}

func TestParse(t *testing.T) {
	names := []string{"a", "b", "c"}
	out, err := Parse("f", py.Tuple{py.Int(1)}, py.StringDict{"c": py.Int(3)}, names, 1, 0)
	require.NoError(t, err)
	assert.Equal(t, []py.Object{py.Int(1), nil, py.Int(3)}, out)
	assert.True(t, Given(out[0]))
	assert.False(t, Given(out[1]))
	assert.False(t, Given(py.None))
	cases := []struct {
		args    py.Tuple
		kw      py.StringDict
		posOnly int
		msg     string
	}{
		{py.Tuple{py.Int(1), py.Int(2), py.Int(3), py.Int(4)}, nil, 0, "f() takes at most 3 arguments (4 given)"},
		{nil, py.StringDict{"b": py.Int(1)}, 0, "f() missing required argument 'a' (pos 1)"},
		{py.Tuple{py.Int(1)}, py.StringDict{"a": py.Int(1)}, 0, "argument for f() given by name ('a') and position (1)"},
		{py.Tuple{py.Int(1)}, py.StringDict{"z": py.Int(1)}, 0, "f() got an unexpected keyword argument 'z'"},
		{py.Tuple{py.Int(1)}, py.StringDict{"b": py.Int(1)}, 3, "f() takes no keyword arguments"},
	}
	for _, c := range cases {
		_, err := Parse("f", c.args, c.kw, names, 1, c.posOnly)
		wantErr(t, err, py.TypeError, c.msg)
	}
	wantErr(t, NoArgs("g", py.Tuple{py.None}, nil), py.TypeError, "g() takes no arguments (1 given)")
	wantErr(t, NoArgs("g", nil, py.StringDict{"x": py.None}), py.TypeError, "g() takes no keyword arguments")
	require.NoError(t, NoArgs("g", nil, nil))
}

// message is an exception's first argument.
func message(e *py.Exception) string {
	if args, ok := e.Args.(py.Tuple); ok && len(args) > 0 {
		if s, ok := args[0].(py.String); ok {
			return string(s)
		}
	}
	return ""
}

func TestStrictKinds(t *testing.T) {
	v, err := IntStrict(&indexer{9})
	require.NoError(t, err)
	assert.Equal(t, 9, v)
	_, err = IntStrict(py.Float(1.5))
	wantErr(t, err, py.TypeError, "'float' object cannot be interpreted as an integer")
	_, err = IntStrict(py.String("x"))
	wantErr(t, err, py.TypeError, "'str' object cannot be interpreted as an integer")
	_, err = IntStrict(py.Int(1 << 31))
	wantErr(t, err, py.OverflowError, "signed integer is greater than maximum")
	_, err = IntStrict(bigOf("-9223372036854775809"))
	wantErr(t, err, py.OverflowError, "Python int too large to convert to C long")
	_, err = IntClinic(py.Int(1 << 31))
	wantErr(t, err, py.OverflowError, "Python int too large to convert to C int")
	_, err = IntClinic(bigOf("-9223372036854775809"))
	wantErr(t, err, py.OverflowError, "Python int too large to convert to C int")
	_, err = IntClinic(py.Float(1))
	wantErr(t, err, py.TypeError, "'float' object cannot be interpreted as an integer")
	v, err = IntClinic(py.Int(-5))
	require.NoError(t, err)
	assert.Equal(t, -5, v)
	l, err := LongStrict(py.True)
	require.NoError(t, err)
	assert.Equal(t, int64(1), l)
	_, err = LongStrict(py.None)
	wantErr(t, err, py.TypeError, "'NoneType' object cannot be interpreted as an integer")
	_, err = LongStrict(bigOf("9223372036854775808"))
	wantErr(t, err, py.OverflowError, "Python int too large to convert to C long")
}

func TestIndexSize(t *testing.T) {
	n, err := IndexSize(bigOf("-99999999999999999999"), nil)
	require.NoError(t, err)
	assert.Equal(t, math.MinInt, n)
	n, err = IndexSize(bigOf("99999999999999999999"), nil)
	require.NoError(t, err)
	assert.Equal(t, math.MaxInt, n)
	_, err = IndexSize(bigOf("99999999999999999999"), py.IndexError)
	wantErr(t, err, py.IndexError, "cannot fit 'int' into an index-sized integer")
	assert.True(t, IsInteger(&indexer{1}))
	assert.False(t, IsInteger(py.Float(1)))
	assert.Equal(t, big.NewInt(1), IntValue(py.True))
	assert.Nil(t, IntValue(py.String("1")))
}

func TestDouble(t *testing.T) {
	for _, c := range []struct {
		in   py.Object
		want float64
	}{{py.Float(0.5), 0.5}, {py.Int(3), 3}, {py.True, 1}, {&indexer{4}, 4}} {
		f, err := Double(c.in)
		require.NoError(t, err)
		assert.Equal(t, c.want, f)
	}
	_, err := Double(py.String("x"))
	wantErr(t, err, py.TypeError, "must be real number, not str")
	_, err = Double((*py.BigInt)(new(big.Int).Lsh(big.NewInt(1), 2000)))
	wantErr(t, err, py.OverflowError, "int too large to convert to float")
}

type goPath struct{ p py.Object }

var goPathType = py.NewType("GoPath", "")

func (*goPath) Type() *py.Type                    { return goPathType }
func (g *goPath) M__fspath__() (py.Object, error) { return g.p, nil }

func TestFSPathLike(t *testing.T) {
	s, isBytes, err := Path(&goPath{py.Bytes("/x")})
	require.NoError(t, err)
	assert.Equal(t, "/x", s)
	assert.True(t, isBytes)
	_, _, err = Path(&goPath{py.Int(1)})
	wantErr(t, err, py.TypeError, "expected GoPath.__fspath__() to return str or bytes, not int")
	_, ok, err := FSPath(py.Int(1))
	require.NoError(t, err)
	assert.False(t, ok)
	_, ok, err = FSPath(py.StringType)
	require.NoError(t, err)
	assert.False(t, ok, "a class is not a path")
}

func TestParseClinic(t *testing.T) {
	_, err := ParseClinic("txt2obj", nil, py.StringDict{"z": py.None}, []string{"txt", "name"}, 1, 0)
	wantErr(t, err, py.TypeError, "'z' is an invalid keyword argument for txt2obj()")
	wantErr(t, ExactlyOne("f", nil, nil), py.TypeError, "f() takes exactly one argument (0 given)")
	wantErr(t, ExactlyOne("f", py.Tuple{py.None}, py.StringDict{"a": py.None}), py.TypeError, "f() takes no keyword arguments")
	require.NoError(t, ExactlyOne("f", py.Tuple{py.None}, nil))
}

func TestFastPaths(t *testing.T) {
	o, err := One(py.Tuple{py.Int(1)}, nil, "O:write", "data")
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), o)
	o, err = One(nil, py.StringDict{"data": py.Int(2)}, "O:write", "data")
	require.NoError(t, err)
	assert.Equal(t, py.Int(2), o)
	_, err = One(nil, nil, "O:write", "data")
	require.Error(t, err)
	a, b, ok := Pair(py.Tuple{py.Int(1)}, nil)
	assert.True(t, ok)
	assert.Equal(t, py.Int(1), a)
	assert.Nil(t, b)
	_, b, ok = Pair(py.Tuple{py.Int(1), py.Int(2)}, nil)
	assert.True(t, ok)
	assert.Equal(t, py.Int(2), b)
	_, _, ok = Pair(py.Tuple{py.Int(1)}, py.StringDict{"x": py.None})
	assert.False(t, ok)
	_, _, ok = Pair(nil, nil)
	assert.False(t, ok)
}

func TestBoolAndSeconds(t *testing.T) {
	for _, c := range []struct {
		in   py.Object
		want bool
	}{{py.Bytes(""), false}, {py.Bytes("x"), true}, {py.Int(0), false}, {py.String("a"), true}, {py.None, false},
		{nil, false}, {py.String(""), false}, {py.Tuple{}, false}, {&py.List{}, false}, {py.Tuple{py.None}, true}} {
		got, err := Bool(c.in)
		require.NoError(t, err)
		assert.Equal(t, c.want, got, "%v", c.in)
	}
	d, err := Seconds(py.Float(-0.5))
	require.NoError(t, err)
	assert.Equal(t, -500*time.Millisecond, d)
	d, err = Seconds(&indexer{2})
	require.NoError(t, err)
	assert.Equal(t, 2*time.Second, d)
	_, err = Seconds(py.Float(-1e300))
	wantErr(t, err, py.OverflowError, "timestamp too large to convert to C _PyTime_t")
}

// The messages are CPython 3.6's for def f(a, b, c=None, *, d=None) and
// for a method def __init__(self, key, msg=None, digestmod=None).
func TestPyFunc(t *testing.T) {
	names := []string{"a", "b", "c", "d"}
	out, err := PyFunc("f", py.Tuple{py.Int(1)}, py.StringDict{"b": py.Int(2), "d": py.Int(4)}, names, 2, 3, 0)
	require.NoError(t, err)
	assert.Equal(t, []py.Object{py.Int(1), py.Int(2), nil, py.Int(4)}, out)
	one := py.Int(1)
	for _, c := range []struct {
		args              py.Tuple
		kw                py.StringDict
		required, n, self int
		msg               string
	}{
		{py.Tuple{one, one, one, one}, nil, 2, 3, 0, "f() takes from 2 to 3 positional arguments but 4 were given"},
		{py.Tuple{one, one, one, one}, nil, 3, 3, 0, "f() takes 3 positional arguments but 4 were given"},
		{py.Tuple{one, one}, nil, 1, 1, 0, "f() takes 1 positional argument but 2 were given"},
		{py.Tuple{one, one, one, one}, nil, 1, 3, 1, "f() takes from 2 to 4 positional arguments but 5 were given"},
		{nil, nil, 1, 3, 0, "f() missing 1 required positional argument: 'a'"},
		{nil, nil, 2, 3, 0, "f() missing 2 required positional arguments: 'a' and 'b'"},
		{nil, nil, 3, 3, 0, "f() missing 3 required positional arguments: 'a', 'b', and 'c'"},
		{py.Tuple{one}, py.StringDict{"a": one}, 1, 3, 0, "f() got multiple values for argument 'a'"},
		{py.Tuple{one}, py.StringDict{"z": one}, 1, 3, 0, "f() got an unexpected keyword argument 'z'"},
	} {
		_, err := PyFunc("f", c.args, c.kw, names, c.required, c.n, c.self)
		wantErr(t, err, py.TypeError, c.msg)
	}
}

func TestIndexIfInteger(t *testing.T) {
	n, ok, err := IndexIfInteger(&indexer{7})
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, int64(7), n.Int64())
	n, ok, err = IndexIfInteger(py.True)
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, int64(1), n.Int64())
	_, ok, err = IndexIfInteger(py.Float(1))
	require.NoError(t, err)
	assert.False(t, ok)
}
