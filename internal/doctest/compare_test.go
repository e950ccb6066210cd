package doctest

import "testing"

func TestOutputMatches(t *testing.T) {
	on := func(fs ...Flag) map[Flag]bool {
		m := map[Flag]bool{}
		for _, f := range fs {
			m[f] = true
		}
		return m
	}
	tests := []struct {
		name      string
		want, got string
		flags     map[Flag]bool
		match     bool
	}{
		{"exact", "2\n", "2\n", on(), true},
		{"different", "2\n", "3\n", on(), false},
		{"trailing space matters", "a\n", "a \n", on(), false},
		{"nothing", "", "", on(), true},
		{"True for 1", "1\n", "True\n", on(), true},
		{"True for 1 refused", "1\n", "True\n", on(DontAcceptTrueFor1), false},
		{"blankline", "a\n<BLANKLINE>\nb\n", "a\n\nb\n", on(), true},
		{"blankline matches white space line", "a\n<BLANKLINE>\nb\n", "a\n  \nb\n", on(), true},
		{"blankline refused", "a\n<BLANKLINE>\nb\n", "a\n\nb\n", on(DontAcceptBlankline), false},
		{"whitespace off", "a b\n", "a  b\n", on(), false},
		{"whitespace on", "a b c\n", "a\n  b\tc", on(NormalizeWhitespace), true},
		{"ellipsis off", "a...\n", "abc\n", on(), false},
		{"ellipsis on", "a...c\n", "abbbc\n", on(Ellipsis), true},
		{"ellipsis empty", "a...c\n", "ac\n", on(Ellipsis), true},
		{"ellipsis several", "<...|...: ...>\n", "<Options.A|B: 12>\n", on(Ellipsis), true},
		{"ellipsis order", "a...c...b\n", "abc\n", on(Ellipsis), false},
		{"ellipsis no overlap", "aa...aa\n", "aa\n", on(Ellipsis), false},
		{"ellipsis with whitespace", "a ... z\n", "a\n b\n  z\n", on(Ellipsis, NormalizeWhitespace), true},
		{"dict order off", "{'a': 1, 'b': 2}\n", "{'b': 2, 'a': 1}\n", on(), false},
		{"dict order on", "{'a': 1, 'b': 2}\n", "{'b': 2, 'a': 1}\n", on(IgnoreDictOrder), true},
		{"dict values still compared", "{'a': 1, 'b': 2}\n", "{'b': 1, 'a': 2}\n", on(IgnoreDictOrder), false},
		{"list order kept", "[1, 2]\n", "[2, 1]\n", on(IgnoreDictOrder), false},
		{"nested and wrapped", "[{'a': 1,\n  'b': (1,)}]\n", "[{'b': (1,), 'a': 1}]\n", on(IgnoreDictOrder), true},
		{"quote style compared", "{'a': 1}\n", "{\"a\": 1}\n", on(IgnoreDictOrder), false},
		{"one-tuple comma compared", "(1,)\n", "(1)\n", on(IgnoreDictOrder), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertEqual(t, tc.match, outputMatches(tc.want, tc.got, tc.flags))
		})
	}
}

func TestSplitTraceback(t *testing.T) {
	tests := []struct {
		name, want, msg string
		ok              bool
	}{
		{"not a traceback", "2\n", "", false},
		{"header and line", "Traceback (most recent call last):\nValueError: x\n", "ValueError: x\n", true},
		{"stack skipped", "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n  File \"/x.py\", line 2\nssl.CertificateError: hostname 'a' doesn't match 'b'\n", "ssl.CertificateError: hostname 'a' doesn't match 'b'\n", true},
		{"ellipsis stack", "Traceback (most recent call last):\n...\nKeyError\n", "KeyError\n", true},
		{"multi-line message", "Traceback (most recent call last):\nE: a\nb\n", "E: a\nb\n", true},
		{"innermost last", "Traceback (innermost last):\nE\n", "E\n", true},
		{"header only", "Traceback (most recent call last):\n", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			msg, ok := splitTraceback(tc.want)
			assertEqual(t, tc.ok, ok)
			assertEqual(t, tc.msg, msg)
		})
	}
}

func TestStripExceptionDetail(t *testing.T) {
	for in, want := range map[string]string{
		"ssl.CertificateError: hostname\n": "CertificateError",
		"builtins.TypeError: x\n":          "TypeError",
		"KeyError\n":                       "KeyError",
		"ValueError: a: b\n":               "ValueError",
	} {
		assertEqual(t, want, stripExceptionDetail(in), in)
	}
}

func TestCanonicalLiteral(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"{'b': 2, 'a': 1}", "{'a': 1, 'b': 2}", true},
		{"{}", "{}", true},
		{"{1, 3, 2}", "{1, 2, 3}", true},
		{"[b'x', None, True, -1.5e3]", "[b'x', None, True, -1.5e3]", true},
		{"(1,)", "(1,)", true},
		{"(1, 2,)", "(1, 2)", true},
		{"<Options.OP_ALL|OP_NO_SSLv3: 2197947391>", "<Options.OP_ALL|OP_NO_SSLv3: 2197947391>", true},
		{"'it''s'", "'it'\n's'", true},
		{"{'a': 'x\\'y'}", "{'a': 'x\\'y'}", true},
		{"1\n2\n", "1\n2", true},
		{"", "", false},
		{"{'a': 1", "", false},
		{"[1 2]", "", false},
		{"'unterminated", "", false},
		{"}", "", false},
		{"<no end", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := canonicalLiteral(tc.in)
			assertEqual(t, tc.ok, ok)
			if ok {
				assertEqual(t, tc.want, got)
			}
		})
	}
}

func TestCanonicalLiteralDepth(t *testing.T) {
	deep := ""
	for i := 0; i < 10*maxLiteralDepth; i++ {
		deep += "["
	}
	_, ok := canonicalLiteral(deep)
	assertEqual(t, false, ok)
}

func TestIgnoreFlagOrder(t *testing.T) {
	flags := map[Flag]bool{IgnoreFlagOrder: true}
	want := "<Options.OP_NO_COMPRESSION|OP_NO_SSLv3|OP_ALL: 2186412112>\n"
	for _, tc := range []struct {
		got   string
		match bool
	}{
		{"<Options.OP_ALL|OP_NO_SSLv3|OP_NO_COMPRESSION: 2186412112>\n", true},
		{"<Options.OP_ALL|OP_NO_SSLv3: 2186412112>\n", false},
		{"<Options.OP_ALL|OP_NO_SSLv3|OP_NO_COMPRESSION: 2186412113>\n", false},
		{"<VerifyFlags.OP_ALL|OP_NO_SSLv3|OP_NO_COMPRESSION: 2186412112>\n", false},
	} {
		if got := outputMatches(want, tc.got, flags); got != tc.match {
			t.Errorf("outputMatches(%q, %q) = %v, want %v", want, tc.got, got, tc.match)
		}
	}
	if outputMatches(want, "<Options.OP_ALL|OP_NO_SSLv3|OP_NO_COMPRESSION: 2186412112>\n", nil) {
		t.Error("matched without the flag")
	}
}
