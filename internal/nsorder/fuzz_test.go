package nsorder

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// fuzzOps splits the fuzzer's text into namespace operations, one a
// line: "+name" binds a new name (reported, as the loop reports it), "="
// binds without reporting (a Go module's store), "-" deletes. The names
// are a script's, so any text: setattr(obj, '\x00x', 1) is legal Python.
func fuzzOps(text string) []string {
	var ops []string
	for _, line := range strings.Split(text, "\n") {
		if line != "" && strings.ContainsRune("+=-", rune(line[0])) {
			ops = append(ops, line)
		}
		if len(ops) == 200 {
			break
		}
	}
	return ops
}

// FuzzKeys runs operations on a module-like namespace and on an
// instance's log (Doc first set to the fuzzer's text, which a class's
// docstring may be) and checks what the readers promise: every live key
// exactly once, nothing else, the same answer when asked again, the
// reported names in the order they were last bound when no name was
// bound unreported, and never a panic.
func FuzzKeys(f *testing.F) {
	f.Add("+a\n+b\n-a\n+a\n", "")
	f.Add("+x\n=y\n+z\n-x\n=x\n", "\x00junk\x00\x00")
	f.Add("+\x00bad\n+\n+ok\n", "a docstring")
	f.Add("+a\n-a\n+a\n-a\n+b\n", "\x00")
	f.Fuzz(func(t *testing.T, text, doc string) {
		ops := fuzzOps(text)

		// A namespace record (module globals).
		d := py.StringDict{}
		var want []string // reported order, when every bind was reported
		reportedOnly := true
		for _, op := range ops {
			k := op[1:]
			_, had := d[k]
			switch op[0] {
			case '+':
				d[k] = py.None
				if !had {
					Stored(d, k)
					if strings.Contains(k, sep) {
						reportedOnly = false
					}
					want = append(slices.DeleteFunc(want, func(s string) bool { return s == k }), k)
				}
			case '=':
				d[k] = py.None
				if !had {
					reportedOnly = false
				}
			case '-':
				delete(d, k)
				want = slices.DeleteFunc(want, func(s string) bool { return s == k })
			}
			keys := Keys(d)
			checkSameKeys(t, d, keys)
			if again := Keys(d); !slices.Equal(keys, again) {
				t.Fatalf("Keys changed with no store: %q then %q", keys, again)
			}
			tup := KeyTuple(d)
			if len(tup) != len(keys) {
				t.Fatalf("KeyTuple has %d names, Keys %d", len(tup), len(keys))
			}
			for i, k := range keys {
				if tup[i] != py.String(k) {
					t.Fatalf("KeyTuple[%d] = %v, Keys %q", i, tup[i], k)
				}
			}
			if reportedOnly && !slices.Equal(keys, want) {
				t.Fatalf("order %q, want %q", keys, want)
			}
		}

		// An instance (its log in Doc), its __dict__ published so that
		// Keys reads the log, and a twin binding the same names, whose
		// log is the same string (an answer shared through instKeys).
		inst := &py.Type{Doc: doc, Dict: py.StringDict{}}
		docstring := doc != "" && !isLog(doc)
		Published(inst)
		twin := &py.Type{Dict: py.StringDict{}}
		Published(twin)
		for _, op := range ops {
			k := op[1:]
			_, had := inst.Dict[k]
			switch op[0] {
			case '+', '=':
				inst.Dict[k] = py.None
				if !had && op[0] == '+' {
					Added(inst, k)
				}
				_, twinHad := twin.Dict[k]
				twin.Dict[k] = py.None
				if !twinHad && op[0] == '+' {
					Added(twin, k)
				}
			case '-':
				delete(inst.Dict, k)
				delete(twin.Dict, k)
			}
			for _, o := range []*py.Type{inst, twin} {
				keys := Keys(o.Dict)
				checkSameKeys(t, o.Dict, keys)
				if isLog(o.Doc) && !slices.Equal(keys, LoggedKeys(o)) {
					t.Fatalf("Keys %q, LoggedKeys %q", keys, LoggedKeys(o))
				}
				tup := KeyTuple(o.Dict)
				if len(tup) != len(keys) {
					t.Fatalf("KeyTuple has %d names, Keys %d", len(tup), len(keys))
				}
				for i, k := range keys {
					if tup[i] != py.String(k) {
						t.Fatalf("KeyTuple[%d] = %v, Keys %q", i, tup[i], k)
					}
				}
				if len(keys) > 0 {
					keys[0] = "changed by the caller"
					checkSameKeys(t, o.Dict, Keys(o.Dict))
				}
			}
			if docstring && inst.Doc != doc {
				t.Fatalf("a docstring became %q", inst.Doc)
			}
			checkSameKeys(t, inst.Dict, LoggedKeys(inst))
			if !isLog(inst.Doc) && DocOf(inst) != inst.Doc {
				t.Fatalf("DocOf lost the docstring %q", inst.Doc)
			}
		}
	})
}

// checkSameKeys fails unless keys holds each of d's keys once and
// nothing else.
func checkSameKeys(t *testing.T, d py.StringDict, keys []string) {
	t.Helper()
	got := slices.Clone(keys)
	sort.Strings(got)
	want := make([]string, 0, len(d))
	for k := range d {
		want = append(want, k)
	}
	sort.Strings(want)
	if !slices.Equal(got, want) {
		t.Fatalf("keys %q, the map holds %q", keys, want)
	}
}
