package compiler

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRewriteOutput pins the shape of the replacement code.
func TestRewriteOutput(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"one field", `f"{x}"`, `((x), '\x00gpython-ssl f-string\x00format0')`},
		{"text, conversion and spec", `f"a{x!r:>5}b"`, `('a', ((x), '>5', '\x00gpython-ssl f-string\x00format6'), 'b', '\x00gpython-ssl f-string\x00join')`},
		{"no field is not a docstring", `f"doc"`, `('doc', '\x00gpython-ssl f-string\x00value')`},
		{"empty", `f''`, `('\x00gpython-ssl f-string\x00join',)`},
		{"braces doubled for format", `f"{{}}"`, `('{}', '\x00gpython-ssl f-string\x00value')`},
		{"two fields", `f"{a}-{b}"`, `(((a), '\x00gpython-ssl f-string\x00format0'), '-', ((b), '\x00gpython-ssl f-string\x00format0'), '\x00gpython-ssl f-string\x00join')`},
		{"nested spec", `f"{x:>{w}}"`, `((x), ('>', ((w), '\x00gpython-ssl f-string\x00format0'), '\x00gpython-ssl f-string\x00join'), '\x00gpython-ssl f-string\x00format4')`},
		{"spec with a brace", `f"{x:\x7b}"`, `((x), '{', '\x00gpython-ssl f-string\x00format4')`},
		{"concatenation", `'{a}' f"{x}" r'\n'`, `('{a}', ((x), '\x00gpython-ssl f-string\x00format0'), '\\n', '\x00gpython-ssl f-string\x00join')`},
		{"raw", `rf'\d{x}'`, `('\\d', ((x), '\x00gpython-ssl f-string\x00format0'), '\x00gpython-ssl f-string\x00join')`},
		{"quote and newline escaped", "f'''it's\n{x}'''", "(\n'it\\'s\\n', ((x), '\\x00gpython-ssl f-string\\x00format0'), '\\x00gpython-ssl f-string\\x00join')"},
		{"nested f-string", `f"{f'{x}'}"`, `((((x), '\x00gpython-ssl f-string\x00format0')), '\x00gpython-ssl f-string\x00format0')`},
		{"spaces kept in the expression", `f"{ x }"`, `(( x ), '\x00gpython-ssl f-string\x00format0')`},
		{"trailing code", `f"{x}".upper()`, `((x), '\x00gpython-ssl f-string\x00format0').upper()`},
		{"newlines between literals", "(f'{a}'\n 'b'\n)", "((((a), '\\x00gpython-ssl f-string\\x00format0'), 'b', '\\x00gpython-ssl f-string\\x00join'\n)\n)"},
		{"first literal's newlines first", "('''\n''' f'{a}'\n f'{b}')", "((\n'\\n', ((a), '\\x00gpython-ssl f-string\\x00format0'), ((b), '\\x00gpython-ssl f-string\\x00format0'), '\\x00gpython-ssl f-string\\x00join'\n))"},
		{"unicode kept", `f"é{x}€"`, `('é', ((x), '\x00gpython-ssl f-string\x00format0'), '€', '\x00gpython-ssl f-string\x00join')`},
		{"control characters escaped", "f'\\x00\\x7f\\u200b{x}'", `('\x00\x7f\u200b', ((x), '\x00gpython-ssl f-string\x00format0'), '\x00gpython-ssl f-string\x00join')`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Rewrite(tc.src, "<test>", py.ExecMode)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestRewriteUnchanged checks that source without f-strings comes back as
// it was, also where f-like text could mislead a tokenizer.
func TestRewriteUnchanged(t *testing.T) {
	for _, src := range []string{
		"",
		"x = 1\n",
		"if x:\n    pass\nelif\"{y}\":\n    pass\n",
		"if\"{x}\": pass\n",
		"# f'{'\nx = 1\n",
		"x = 'f\"{\"' + \"f'{'\"\n",
		"x = '''\nf'{'\n'''\n",
		"x = 0xf'{'\n",
		"of\"{x}\"\n",
		"x = bf'{'\n",
		"x = f'{x}\n",
		"x = f'''{x}\n",
		"x = 'unterminated\ny = f'{x}'\n",
		"def f(): pass\nf'\n",
		"x = éf'{'\n",
	} {
		got, err := Rewrite(src, "<test>", py.ExecMode)
		require.NoError(t, err, "%q", src)
		assert.Equal(t, src, got)
	}
}

// TestScanAtoms checks how literals are grouped into atoms.
func TestScanAtoms(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []int // number of literals of each f-string atom
	}{
		{"alone", `f"a"`, []int{1}},
		{"sequence", `"a" f"b" 'c'`, []int{3}},
		{"comment inside brackets", "(f'a' # x\n 'b')", []int{2}},
		{"newline ends at depth 0", "f'a'\n'b'", []int{1}},
		{"continuation", "f'a' \\\n 'b'", []int{2}},
		{"separate atoms", "f'a' + f'b'", []int{1, 1}},
		{"plain atoms ignored", "'a' 'b' + f'c'", []int{1}},
		{"ends at an unterminated literal", "f'a' 'b\nf'c'", []int{1}},
		{"prefix combinations", `rf'' fR'' Rb'' u'' F''`, []int{5}},
		{"not prefixes", `xf'' fu'' bf''`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []int
			for _, a := range scanAtoms(tc.src) {
				got = append(got, len(a.toks))
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestDecodeLiteral checks escapes against values and messages of CPython 3.6.
func TestDecodeLiteral(t *testing.T) {
	tests := []struct {
		text    string
		raw     bool
		want    string
		wantErr string
	}{
		{text: `a\tb\n\\\'\"`, want: "a\tb\n\\'\""},
		{text: `\101\1011\0\777`, want: "AA1\x00ǿ"},
		{text: `\x41\u00e9\U0001F600`, want: "Aé😀"},
		{text: `\d\q\{`, want: `\d\q\{`},
		{text: "a\\\nb", want: "ab"},
		{text: "a\r\nb\rc", want: "a\nb\nc"},
		{text: `\`, want: `\`},
		{text: `\é`, want: `\é`},
		{text: `\N{BULLET}`, want: "\u2022"},
		{text: `\N{bullet}\N{NBSP}\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}`, want: "\u2022\u00a0\uac01\u4e00"},
		{text: `é\N{NO SUCH}`, wantErr: `(unicode error) 'unicodeescape' codec can't decode bytes in position 10-20: unknown Unicode character name`},
		{text: `\N{hangul syllable gag}`, wantErr: `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-22: unknown Unicode character name`},
		{text: `\n\d`, raw: true, want: `\n\d`},
		{text: `\x4`, wantErr: `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape`},
		{text: `é\xg`, wantErr: `(unicode error) 'unicodeescape' codec can't decode bytes in position 10-11: truncated \xXX escape`},
		{text: `\u12`, wantErr: `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape`},
		{text: `\U00110000`, wantErr: `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character`},
		{text: `ab\N{}`, wantErr: `(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: malformed \N character escape`},
		{text: `ab\N`, wantErr: `(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: malformed \N character escape`},
	}
	for _, tc := range tests {
		got, err := decodeLiteral(tc.text, tc.raw)
		if tc.wantErr != "" {
			assert.EqualError(t, err, tc.wantErr, "%q", tc.text)
			continue
		}
		require.NoError(t, err, "%q", tc.text)
		assert.Equal(t, tc.want, string(got), "%q", tc.text)
	}
}

// TestSyntaxErrorShape checks that an f-string error is a SyntaxError with
// CPython's arguments and attributes; the text of an error found after
// parsing is read from the file, None when there is none.
func TestSyntaxErrorShape(t *testing.T) {
	_, err := Rewrite("x = 1\ny = f'{x!z}'\n", "script.py", py.ExecMode)
	e, ok := err.(*py.Exception)
	require.True(t, ok, "%T", err)
	assert.Equal(t, py.SyntaxError, e.Type())
	msg := py.String("f-string: invalid conversion character: expected 's', 'r', or 'a'")
	assert.Equal(t, py.Tuple{msg, py.Tuple{py.String("script.py"), py.Int(2), py.Int(4), py.None}}, e.Args)
	assert.Equal(t, msg, e.Dict["msg"])
	assert.Equal(t, py.String("script.py"), e.Dict["filename"])
	assert.Equal(t, py.Int(2), e.Dict["lineno"])
	assert.Equal(t, py.Int(4), e.Dict["offset"])
	assert.Equal(t, py.None, e.Dict["text"])
}

// TestMayHaveFString checks the quick test against the tokenizer: whenever
// it says no, there is no f-string atom.
func TestMayHaveFString(t *testing.T) {
	for _, src := range []string{`f"`, `F'`, `fr"`, `FR'`, `rf"`, `Rf'`} {
		assert.True(t, mayHaveFString(src), "%q", src)
	}
	for _, src := range []string{`f`, `f r"`, `ff`, `"f "`, `fb"`} {
		assert.False(t, mayHaveFString(src), "%q", src)
	}
}

// TestIsDottedName checks which expressions skip the parse check.
func TestIsDottedName(t *testing.T) {
	for _, e := range []string{"x", " x ", "self.width", "a.b.c", "_x1", "\nx\n"} {
		assert.True(t, isDottedName(e), "%q", e)
	}
	for _, e := range []string{"", " ", "1", "x.1", "a..b", "a.", ".a", "if", "x.None", "a b", "a(b)", "é", "x[0]", "lambda", "yield"} {
		assert.False(t, isDottedName(e), "%q", e)
	}
}
