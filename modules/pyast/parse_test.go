package pyast

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// isSyntaxError reports whether err is an exception CPython's parser
// raises for a source: SyntaxError and its subclasses, ValueError (a NUL
// byte) or MemoryError (nesting too deep).
func isSyntaxError(err error) bool {
	exc, ok := err.(*py.Exception)
	if !ok {
		return false
	}
	t := exc.Type()
	for _, want := range []*py.Type{py.SyntaxError, py.ValueError, py.MemoryError} {
		if t == want || t.IsSubtype(want) {
			return true
		}
	}
	return false
}

func TestParseShapes(t *testing.T) {
	for _, tc := range []struct {
		src, mode, kind string
		fields          int
	}{
		{"x = 1", "exec", "Module", 1},
		{"x", "eval", "Expression", 1},
		{"x = 1", "single", "Interactive", 1},
	} {
		t.Run(tc.src+"/"+tc.mode, func(t *testing.T) {
			n, err := Parse(tc.src, "<t>", py.CompileMode(tc.mode))
			require.NoError(t, err)
			assert.Equal(t, tc.kind, n.kind)
			assert.Len(t, n.fields, tc.fields)
		})
	}
}

func TestParseLocations(t *testing.T) {
	n, err := Parse("a + b + c\n'''x\ny'''", "<t>", py.ExecMode)
	require.NoError(t, err)
	body := n.fields[0].([]*node)
	require.Len(t, body, 2)
	outer := body[0].fields[0].(*node)
	assert.Equal(t, [2]int{1, 6}, [2]int{outer.line, outer.col}, "a later BinOp of a chain is at its operator")
	inner := outer.fields[0].(*node)
	assert.Equal(t, [2]int{1, 0}, [2]int{inner.line, inner.col})
	str := body[1].fields[0].(*node)
	assert.Equal(t, [2]int{3, -1}, [2]int{str.line, str.col}, "a string over several lines is at its end, column -1")
}

func TestParseErrors(t *testing.T) {
	for _, src := range []string{"x = ", "(", "  x", "def f(:", "a = 1 = 2", "f(**a, *b)", "x\x00"} {
		_, err := Parse(src, "<t>", py.ExecMode)
		require.Error(t, err, "%q", src)
		assert.True(t, isSyntaxError(err), "%q: %v", src, err)
	}
	_, err := Parse("x", "<t>", py.CompileMode("bad"))
	require.Error(t, err)
}

func TestNumbers(t *testing.T) {
	p := &parser{}
	for text, want := range map[string]py.Object{
		"0": py.Int(0), "1_000": py.Int(1000), "0x_ff": py.Int(255), "0o17": py.Int(15),
		"0b101": py.Int(5), "1.5": py.Float(1.5), "1e3": py.Float(1000), "2j": py.Complex(2i),
		"00": py.Int(0), ".5": py.Float(0.5),
	} {
		assert.Equal(t, want, p.number(text), text)
	}
	big := p.number("123456789012345678901234567890")
	_, isBig := big.(*py.BigInt)
	assert.True(t, isBig)
}

func TestDecodeEscapes(t *testing.T) {
	assert.Equal(t, "a\nb\t\\q\x00A\u00e9\U0001F600", decodeStr(`a\nb\t\q\0\101\u00e9\U0001F600`))
	assert.Equal(t, "\u2022", decodeStr(`\N{BULLET}`))
	assert.Equal(t, "ab", decodeStr("a\\\nb"))
	assert.Equal(t, []byte{0, 0xff, '\\', 'u'}, decodeBytes(`\x00\xff\u`))
}
