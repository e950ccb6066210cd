package host_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// listDictSetup defines helpers that show a mutating method's result
// together with the receiver afterwards. sd renders a dict with sorted
// keys: gpython's dict keeps no insertion order.
const listDictSetup = `
def sd(d):
    return [(k, d[k]) for k in sorted(d)]

def after(obj, meth, *args, **kwargs):
    r = getattr(obj, meth)(*args, **kwargs)
    return (r, obj)

def dafter(d, meth, *args, **kwargs):
    r = getattr(d, meth)(*args, **kwargs)
    return (r, sd(d))

def partial_update(d, arg):
    try:
        d.update(arg)
    except TypeError:
        pass
    return sd(d)

class A:
    pass

a = A()

class KV:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k + k
`

// TestListMethodsDiff compares the list methods with python3's, results
// and errors, including negative and huge indices and unbound calls.
func TestListMethodsDiff(t *testing.T) {
	cases := []pyCase{
		// pop
		{"pop last", `after([1, 2, 3], "pop")`},
		{"pop 0", `after([1, 2, 3], "pop", 0)`},
		{"pop -1", `after([1, 2, 3], "pop", -1)`},
		{"pop -3", `after([1, 2, 3], "pop", -3)`},
		{"pop -4", `after([1, 2, 3], "pop", -4)`},
		{"pop 3", `after([1, 2, 3], "pop", 3)`},
		{"pop empty", `[].pop()`},
		{"pop empty 0", `[].pop(0)`},
		{"pop empty -1", `[].pop(-1)`},
		{"pop huge", `[1].pop(2**100)`},
		{"pop huge negative", `[1].pop(-2**100)`},
		{"pop empty huge", `[].pop(2**100)`},
		{"pop 2**63", `[1].pop(2**63)`},
		{"pop 2**62", `[1].pop(2**62)`},
		{"pop -2**62", `[1].pop(-2**62)`},
		{"pop bool", `after([1, 2], "pop", True)`},
		{"pop str", `[1].pop("a")`},
		{"pop float", `[1].pop(1.0)`},
		{"pop None", `[1].pop(None)`},
		{"pop 2 args", `[1].pop(1, 2)`},
		{"pop keyword", `[1].pop(index=0)`},
		{"pop unbound", `list.pop([4, 5])`},
		{"pop unbound index", `list.pop([4, 5], 0)`},
		{"pop unbound no self", `list.pop()`},
		{"pop unbound keyword", `list.pop(index=1)`},
		{"pop unbound tuple", `list.pop((1,))`},
		// insert
		{"insert 0", `after([1, 2, 3], "insert", 0, "x")`},
		{"insert 1", `after([1, 2, 3], "insert", 1, "x")`},
		{"insert end", `after([1, 2, 3], "insert", 3, "x")`},
		{"insert past end", `after([1, 2, 3], "insert", 100, "x")`},
		{"insert -1", `after([1, 2, 3], "insert", -1, "x")`},
		{"insert -100", `after([1, 2, 3], "insert", -100, "x")`},
		{"insert huge", `[1].insert(2**100, 5)`},
		{"insert huge negative", `[1].insert(-2**100, 5)`},
		{"insert empty", `after([], "insert", 0, 1)`},
		{"insert empty -5", `after([], "insert", -5, 1)`},
		{"insert bool", `after([1], "insert", True, 9)`},
		{"insert 1 arg", `[1].insert(1)`},
		{"insert no args", `[1].insert()`},
		{"insert 3 args", `[1].insert(1, 2, 3)`},
		{"insert str index", `[1].insert("a", 5)`},
		{"insert None index", `[1].insert(None, 5)`},
		{"insert keywords", `[1].insert(index=0, object=5)`},
		{"insert unbound", `list.insert([], 0)`},
		{"insert unbound ok", `(lambda l: (list.insert(l, 0, 7), l))([1])`},
		// remove
		{"remove first", `after([1, 2, 3, 2], "remove", 2)`},
		{"remove missing", `after([1, 2, 3], "remove", 4)`},
		{"remove empty", `[].remove(1)`},
		{"remove no args", `[1].remove()`},
		{"remove 2 args", `[1].remove(1, 2)`},
		{"remove keyword", `[1].remove(x=1)`},
		{"remove str", `after(["a", "b"], "remove", "b")`},
		{"remove True equals 1", `after([1, 1.0, True], "remove", True)`},
		{"remove float equals int", `after([0, 2], "remove", 2.0)`},
		{"remove list", `after([[1], [2]], "remove", [2])`},
		{"remove tuple", `after([(1, 2), (3, 4)], "remove", (3, 4))`},
		{"remove zero not None", `after([None, 0], "remove", 0)`},
		{"remove by identity", `(lambda l: (l.remove(a), len(l), l[0] is a))([A(), a, a])`},
		{"remove unbound", `(lambda l: (list.remove(l, 1), l))([1, 2])`},
		// index
		{"index", `[1, 2, 3, 2].index(2)`},
		{"index start", `[1, 2, 3, 2].index(2, 2)`},
		{"index start -1", `[1, 2, 3, 2].index(2, -1)`},
		{"index start -100", `[1, 2, 3, 2].index(2, -100)`},
		{"index stop excludes", `[1, 2, 3, 2].index(2, 0, 1)`},
		{"index stop -1", `[1, 2, 3, 2].index(3, 0, -1)`},
		{"index stop -2", `[1, 2, 3, 2].index(3, 0, -2)`},
		{"index stop -100", `[1, 2, 3, 2].index(1, 0, -100)`},
		{"index start past end", `[1, 2, 3, 2].index(2, 10)`},
		{"index start > stop", `[1, 2, 3, 2].index(2, 3, 1)`},
		{"index huge start", `[1, 2, 3, 2].index(2, 2**100)`},
		{"index huge range", `[1, 2, 3, 2].index(2, -2**100, 2**100)`},
		{"index huge negative stop", `[1, 2].index(1, 0, -2**100)`},
		{"index None start", `[1, 2, 3].index(1, None)`},
		{"index None stop", `[1, 2, 3].index(1, 0, None)`},
		{"index str start", `[1, 2, 3].index(1, "a")`},
		{"index float start", `[1, 2, 3].index(1, 1.5)`},
		{"index bool start", `[1, 2].index(2, True)`},
		{"index missing str", `[1, 2, 3].index("x")`},
		{"index missing empty", `[].index(None)`},
		{"index missing quote", `[1].index("it's")`},
		{"index missing tuple", `[1].index((1,))`},
		{"index missing list", `[1].index([1, "a"])`},
		{"index missing float", `[1].index(0.5)`},
		{"index no args", `[1].index()`},
		{"index 4 args", `[1].index(1, 0, 1, 3)`},
		{"index keyword", `[1].index(1, start=0)`},
		{"index str", `["a", "b"].index("b")`},
		{"index float equals int", `[1, 2].index(1.0)`},
		{"index list", `[[1], [2]].index([2])`},
		{"index identity", `[A(), a].index(a)`},
		{"index unbound", `list.index([5, 6], 6)`},
		{"index unbound no self", `list.index()`},
		// count
		{"count", `[1, 2, 1, 1].count(1)`},
		{"count empty", `[].count(1)`},
		{"count numbers", `[1, 1.0, True, 2].count(1)`},
		{"count missing", `["a", "b"].count("c")`},
		{"count None", `[None, 0, None].count(None)`},
		{"count lists", `[[1], [1], [2]].count([1])`},
		{"count identity", `[a, A(), a].count(a)`},
		{"count no args", `[1].count()`},
		{"count 2 args", `[1].count(1, 2)`},
		{"count keyword", `[1].count(x=1)`},
		{"count unbound", `list.count([3, 3], 3)`},
		{"count unbound keyword", `list.count(x=2)`},
		// reverse
		{"reverse", `after([1, 2, 3], "reverse")`},
		{"reverse even", `after([1, 2, 3, 4], "reverse")`},
		{"reverse empty", `after([], "reverse")`},
		{"reverse arg", `[1].reverse(1)`},
		{"reverse keyword", `[1].reverse(x=1)`},
		{"reverse unbound int", `list.reverse(1)`},
		{"reverse unbound", `(lambda l: (list.reverse(l), l))([1, 2])`},
		// clear
		{"clear", `after([1, 2], "clear")`},
		{"clear empty", `after([], "clear")`},
		{"clear then append", `(lambda l: (l.clear(), l.append(3), l))([1, 2])`},
		{"clear arg", `[1].clear(1)`},
		{"clear keyword", `[1].clear(x=1)`},
		// copy
		{"copy", `[1, [2]].copy()`},
		{"copy is new", `(lambda l: (l.copy() is l, l.copy() == l))([1, 2])`},
		{"copy shallow", `(lambda l: l.copy()[0] is l[0])([[1]])`},
		{"copy independent", `(lambda l: (lambda c: (c.append(9), l, c))(l.copy()))([1])`},
		{"copy arg", `[1].copy(1)`},
		{"copy unbound arg", `list.copy([1], 2)`},
		{"copy unbound", `list.copy([1, 2])`},
		// extend (replaced: stock gpython ignores non-lists)
		{"extend tuple", `after([1], "extend", (2, 3))`},
		{"extend list", `after([1], "extend", [2, 3])`},
		{"extend str", `after([1], "extend", "ab")`},
		{"extend range", `after([1], "extend", range(3))`},
		{"extend dict", `after([1], "extend", {"k": 1})`},
		{"extend generator", `after([1], "extend", (x * 2 for x in [1, 2]))`},
		{"extend bytearray", `after([1], "extend", bytearray(b"ab"))`},
		{"extend empty", `after([], "extend", [])`},
		{"extend self", `(lambda l: (l.extend(l), l))([1, 2])`},
		{"extend int", `[1].extend(1)`},
		{"extend None", `[1].extend(None)`},
		{"extend no args", `[1].extend()`},
		{"extend 2 args", `[1].extend(1, 2)`},
		{"extend keyword", `[].extend(x=1)`},
		{"extend unbound", `(lambda l: (list.extend(l, (5,)), l))([4])`},
		// append (replaced: stock gpython panics on list.append(l, x))
		{"append", `after([1], "append", 2)`},
		{"append list", `after([1], "append", [2])`},
		{"append self", `(lambda l: (l.append(l), len(l), l[1] is l))([1])`},
		{"append unbound", `(lambda l: (list.append(l, 5), l))([4])`},
		{"append unbound no self", `list.append()`},
		{"append unbound int", `list.append(1, 2)`},
		{"append no args", `[].append()`},
		{"append 2 args", `[].append(1, 2)`},
		{"append keyword", `[].append(x=1)`},
		// existing methods still work
		{"sort", `after([3, 1, 2], "sort")`},
	}
	diffCases36(t, "list_methods", listDictSetup, cases)
}

// TestDictMethodsDiff compares the dict methods with CPython 3.6's
// (stored as testdata/cpython36/dict_methods.out).
func TestDictMethodsDiff(t *testing.T) {
	cases := []pyCase{
		// pop
		{"pop", `dafter({"a": 1, "b": 2}, "pop", "a")`},
		{"pop default", `dafter({"a": 1}, "pop", "z", 0)`},
		{"pop present ignores default", `dafter({"a": 1}, "pop", "a", 0)`},
		{"pop missing", `{"a": 1}.pop("z")`},
		{"pop empty", `{}.pop("a")`},
		{"pop empty unhashable", `{}.pop([])`},
		{"pop empty unhashable default", `{}.pop([], 2)`},
		{"pop unhashable", `{"a": 1}.pop([])`},
		{"pop unhashable default", `{"a": 1}.pop([], 2)`},
		{"pop int key", `{"a": 1}.pop(1)`},
		{"pop int key default", `{"a": 1}.pop(1, 5)`},
		{"pop None key default", `{"a": 1}.pop(None, "d")`},
		{"pop tuple key", `{"a": 1}.pop((1, "a"))`},
		{"pop empty tuple key", `{}.pop(())`},
		{"pop tuple of list", `{"a": 1}.pop(([],))`},
		{"pop dict key", `{"a": 1}.pop({})`},
		{"pop set key", `{"a": 1}.pop(set())`},
		{"pop bytearray key", `{"a": 1}.pop(bytearray())`},
		{"pop no args", `{}.pop()`},
		{"pop 3 args", `{}.pop(1, 2, 3)`},
		{"pop keyword", `{}.pop(k=1)`},
		{"pop unbound", `dict.pop({"a": 1}, "a")`},
		{"pop unbound no self", `dict.pop()`},
		{"pop unbound keyword", `dict.pop(k=2)`},
		{"pop unbound list", `dict.pop([], 1)`},
		// popitem
		{"popitem", `dafter({"a": 1}, "popitem")`},
		{"popitem all", `(lambda d: (len(d), sorted([d.popitem()[0], d.popitem()[0]]), d))({"a": 1, "b": 2})`},
		{"popitem empty", `{}.popitem()`},
		{"popitem arg", `{}.popitem(1)`},
		{"popitem keyword", `{}.popitem(x=1)`},
		{"popitem unbound", `dict.popitem({"k": "v"})`},
		// setdefault
		{"setdefault present", `dafter({"a": 1}, "setdefault", "a", 5)`},
		{"setdefault absent", `dafter({"a": 1}, "setdefault", "b", 5)`},
		{"setdefault absent None", `dafter({"a": 1}, "setdefault", "b")`},
		{"setdefault present None", `dafter({"a": None}, "setdefault", "a", 3)`},
		{"setdefault returns same object", `(lambda d: d.setdefault("k", []) is d["k"])({})`},
		{"setdefault no args", `{}.setdefault()`},
		{"setdefault 3 args", `{}.setdefault(1, 2, 3)`},
		{"setdefault unhashable", `{}.setdefault([])`},
		{"setdefault unhashable tuple", `{"a": 1}.setdefault(([1],), 0)`},
		{"setdefault keyword", `{}.setdefault(key=1)`},
		{"setdefault unbound", `(lambda d: (dict.setdefault(d, "k", 0), sd(d)))({})`},
		// update
		{"update dict", `dafter({"a": 1}, "update", {"b": 2, "a": 3})`},
		{"update pairs", `dafter({"a": 1}, "update", [("b", 2), ["c", 3]])`},
		{"update str pairs", `dafter({}, "update", ["ab", "cd"])`},
		{"update tuple of pairs", `dafter({}, "update", (("x", 1),))`},
		{"update nothing", `dafter({"a": 1}, "update")`},
		{"update empty list", `dafter({"a": 1}, "update", [])`},
		{"update kwargs", `dafter({"a": 0}, "update", x=1, y=2)`},
		{"update dict and kwargs", `dafter({}, "update", {"x": 0}, x=1)`},
		{"update pairs and kwargs", `dafter({}, "update", [("x", 0), ("y", 0)], y=1)`},
		{"update later pair wins", `dafter({}, "update", [("x", 0), ("x", 1)])`},
		{"update keys object", `dafter({}, "update", KV())`},
		{"update items", `dafter({}, "update", {"a": 1}.items())`},
		{"update generator", `dafter({}, "update", ((k, 1) for k in "ab"))`},
		{"update self", `(lambda d: (d.update(d), sd(d)))({"a": 1})`},
		{"update 2 args", `{}.update(1, 2)`},
		{"update 2 args kwargs", `{}.update(1, 2, a=3)`},
		{"update int", `{}.update(1)`},
		{"update None", `{}.update(None)`},
		{"update int kwargs", `{}.update(1, a=2)`},
		{"update element not sequence", `{}.update([1])`},
		{"update element 1 not sequence", `{}.update([("a", 1), 5])`},
		{"update element length 3", `{}.update([(1, 2, 3)])`},
		{"update str length 3", `{}.update(["abc"])`},
		{"update element length 1", `{}.update([[1]])`},
		{"update element 1 length 1", `{}.update([("a", 1), (1,)])`},
		{"update element empty", `{}.update([()])`},
		{"update unhashable key", `{}.update([([], 1)])`},
		{"update keeps partial", `partial_update({}, [("a", 1), 5])`},
		{"update unbound", `(lambda d: (dict.update(d, {"a": 1}), sd(d)))({})`},
		{"update unbound no self", `dict.update()`},
		{"update unbound 2 args", `dict.update({}, 1, 2)`},
		// copy
		{"copy", `(lambda d: (sd(d.copy()), d.copy() == d))({"a": [1], "b": 2})`},
		{"copy shallow", `(lambda d: d.copy()["a"] is d["a"])({"a": [1]})`},
		{"copy independent", `(lambda d: (lambda c: (c.pop("a"), sd(d), sd(c)))(d.copy()))({"a": 1})`},
		{"copy empty", `{}.copy()`},
		{"copy arg", `{}.copy(1)`},
		{"copy keyword", `{}.copy(x=1)`},
		{"copy unbound", `dict.copy({"a": 1})`},
		// clear
		{"clear", `dafter({"a": 1, "b": 2}, "clear")`},
		{"clear empty", `dafter({}, "clear")`},
		{"clear in place", `(lambda d: (lambda e: (e.clear(), d, len(d)))(d))({"a": 1})`},
		{"clear arg", `{}.clear(1)`},
		{"clear unbound", `(lambda d: (dict.clear(d), d))({"a": 1})`},
		// fromkeys
		{"fromkeys str", `sd(dict.fromkeys("ab"))`},
		{"fromkeys value", `sd(dict.fromkeys(["x", "y"], 0))`},
		{"fromkeys on instance", `sd({"z": 1}.fromkeys(("k",), [1]))`},
		{"fromkeys shared value", `(lambda d: d["x"] is d["y"])(dict.fromkeys("xy", []))`},
		{"fromkeys dict", `sd(dict.fromkeys({"a": 1, "b": 2}))`},
		{"fromkeys empty", `dict.fromkeys([])`},
		{"fromkeys generator", `sd(dict.fromkeys(k for k in "ab"))`},
		{"fromkeys duplicates", `sd(dict.fromkeys("aba", 1))`},
		{"fromkeys no args", `dict.fromkeys()`},
		{"fromkeys instance no args", `{}.fromkeys()`},
		{"fromkeys int", `dict.fromkeys(1)`},
		{"fromkeys 3 args", `dict.fromkeys(1, 2, 3)`},
		{"fromkeys keyword", `dict.fromkeys([], value=3)`},
		{"fromkeys unhashable", `dict.fromkeys([[]])`},
		// existing methods still work
		{"get", `{"a": 1}.get("a")`},
		{"keys", `sorted({"a": 1, "b": 2}.keys())`},
		// non-str keys
		{"setdefault int key", `{}.setdefault(1)`},
		{"setdefault on non-empty", `{"a": 1}.setdefault(2, "x")`},
		{"update pairs", `{}.update([(1, 2)])`},
		{"update keys object", `{}.update(KV2())`},
		{"fromkeys int keys", `dict.fromkeys([1])`},
		{"fromkeys tuple key", `dict.fromkeys([(1, 2)])`},
	}
	diffCases36(t, "dict_methods", listDictSetup+`
class KV2:
    def keys(self):
        return [7]
    def __getitem__(self, k):
        return k
`, cases)
}

// TestListDictNoPanic calls the new methods with odd receivers and
// arguments: every call must end in a Python exception or a result,
// never a Go panic (runGpython fails the test on one).
func TestListDictNoPanic(t *testing.T) {
	names := []string{"append", "pop", "insert", "remove", "index", "count", "reverse", "clear", "copy", "extend",
		"popitem", "setdefault", "update", "fromkeys"}
	argSets := []string{"", "None", "1, 2", "2**200", "[], {}", "(), ()", "'a', 1, 2, 3"}
	var src strings.Builder
	src.WriteString("n = 0\n")
	for _, recv := range []string{"[]", "[1, None]", "{}", `{"a": 1}`, "list", "dict"} {
		for _, name := range names {
			for _, args := range argSets {
				src.WriteString("try:\n    getattr(" + recv + ", '" + name + "')(" + args + ")\nexcept Exception:\n    pass\nn = n + 1\n")
			}
		}
	}
	src.WriteString("print(n)\n")
	out, err := pytesting.RunGuarded(t, src.String())
	require.NoError(t, err)
	assert.Equal(t, "588\n", out) // 6 receivers x 14 names x 7 argument sets
}

// TestPopitemDrainsDict checks that repeated popitem empties a dict and
// yields every item exactly once (in gpython's arbitrary order).
func TestPopitemDrainsDict(t *testing.T) {
	src := `
d = {}
for i in range(200):
    d["k" + str(i)] = i
seen = []
while len(d) > 0:
    k, v = d.popitem()
    seen.append(v)
seen.sort()
print(len(seen), seen == list(range(200)), len(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
`
	want := "200 True 0\nKeyError 'popitem(): dictionary is empty'\n"
	assert.Equal(t, want, pytesting.MustRun(t, src))
	assert.Equal(t, want, runPython3(t, src))
}
