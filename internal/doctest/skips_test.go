package doctest

import (
	"strings"
	"testing"
)

func TestParseTable(t *testing.T) {
	text := "# comment\n\n" +
		"494\tssl.enum_certificates(\"CA\")\tskip\t-\tWindows only\n" +
		"848\tssl.OPENSSL_VERSION\tpython3\t-\tlinked OpenSSL\n" +
		"1260\tcontext.cert_store_stats()\trun\t+IGNORE_DICT_ORDER,-ELLIPSIS\t\n"
	tab, err := ParseTable(text)
	requireNoError(t, err)
	assertEqual(t, 3, tab.Len())
	e := tab.Lookup(&Example{Line: 494})
	assertEqual(t, &Entry{Line: 494, Source: `ssl.enum_certificates("CA")`, Action: ActionSkip, Options: map[Flag]bool{}, Reason: "Windows only", TableLine: 3}, e)
	assertEqual(t, ActionPython3, tab.Lookup(&Example{Line: 848}).Action)
	assertEqual(t, map[Flag]bool{IgnoreDictOrder: true, Ellipsis: false}, tab.Lookup(&Example{Line: 1260}).Options)
	assertEqual(t, (*Entry)(nil), tab.Lookup(&Example{Line: 1}))
}

func TestParseTableErrors(t *testing.T) {
	tests := []struct{ name, text, err string }{
		{"fields", "1\ta\tskip\n", "1: want 5 tab-separated fields, got 3"},
		{"line", "x\ta\tskip\t-\tr\n", `1: bad line number "x"`},
		{"zero line", "0\ta\tskip\t-\tr\n", `1: bad line number "0"`},
		{"action", "1\ta\tignore\t-\tr\n", `1: unknown action "ignore" (want run, skip or python3)`},
		{"option", "1\ta\trun\t+NOPE\tr\n", `1: unknown doctest option "NOPE"`},
		{"reason", "1\ta\tskip\t-\t \n", "1: a skip entry needs a reason"},
		{"duplicate", "1\ta\tskip\t-\tr\n1\ta\tskip\t-\tr\n", "2: second entry for line 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseTable(tc.text)
			if err == nil {
				t.Fatalf("no error, want %q", tc.err)
			}
			assertEqual(t, tc.err, err.Error())
		})
	}
}

func TestTableCheck(t *testing.T) {
	examples := Parse(">>> a()\n>>> b()\n")
	tab, err := ParseTable("1\ta()\tskip\t-\tr\n2\tc()\tskip\t-\tr\n5\tx\tskip\t-\tr\n")
	requireNoError(t, err)
	err = tab.Check(examples)
	if err == nil {
		t.Fatal("Check accepted a table that does not fit")
	}
	assertEqual(t, "table line 2: example at line 2 is \"b()\", table says \"c()\"\ntable line 3: no example at line 5", err.Error())

	good, err := ParseTable("2\tb()\tskip\t-\tr\n")
	requireNoError(t, err)
	requireNoError(t, good.Check(examples))
}

func TestLoadTableMissing(t *testing.T) {
	tab, err := LoadTable(t.TempDir() + "/none.tsv")
	requireNoError(t, err)
	assertEqual(t, 0, tab.Len())
	if !strings.Contains(Action(9).String(), "9") {
		t.Error("unknown action has no name")
	}
}
