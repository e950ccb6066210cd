package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of readline's in-memory history and settings and of
// rlcompleter (Lib/modules) against CPython 3.6.

const readlinePrelude = pytesting.ShowRepr + `import readline, rlcompleter, os, tempfile
d = tempfile.mkdtemp()
def err(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__, str(e)
def fill(*lines):
    readline.clear_history()
    for l in lines:
        readline.add_history(l)
    return [readline.get_history_item(i) for i in range(1, readline.get_current_history_length() + 1)]
class Obj:
    attr = 1
    _private = 2
    __very = 3
    def method(self):
        pass
ns = {"alpha": 1, "alphabet": len, "obj": Obj(), "Obj": Obj}
comp = rlcompleter.Completer(ns)
def all_of(text):
    out, i = [], 0
    while True:
        m = comp.complete(text, i)
        if m is None:
            return out
        out.append(m)
        i += 1
`

var readlineCases = []pytesting.Case{
	{"history", `fill("one", "two", "three")`},
	{"history items", `(fill("a", "b"), readline.get_history_item(0), readline.get_history_item(3), readline.get_current_history_length())`},
	{"remove replace", `(fill("a", "b", "c"), readline.remove_history_item(1), readline.replace_history_item(0, "z"), fill.__name__, [readline.get_history_item(i) for i in (1, 2)])`},
	{"index errors", `(fill("a"), err(readline.remove_history_item, -1), err(readline.remove_history_item, 5), err(readline.replace_history_item, 1, "x"), err(readline.replace_history_item, -2, "x"))`},
	{"history length", `(readline.get_history_length(), readline.set_history_length(2), readline.get_history_length(), readline.set_history_length(-1))`},
	{"write read", `(fill("x", "y", "z"), readline.write_history_file(os.path.join(d, "h")), open(os.path.join(d, "h")).read(), readline.clear_history(), readline.read_history_file(os.path.join(d, "h")), fill.__doc__, readline.get_current_history_length())`},
	{"write truncated", `(fill("1", "2", "3"), readline.set_history_length(2), readline.write_history_file(os.path.join(d, "t")), readline.set_history_length(-1), open(os.path.join(d, "t")).read())`},
	{"append", `(fill("p", "q", "r"), readline.write_history_file(os.path.join(d, "a")), readline.append_history_file(2, os.path.join(d, "a")), open(os.path.join(d, "a")).read())`},
	{"read missing", `err(readline.read_history_file, os.path.join(d, "nope"))[0]`},
	{"completer", `(lambda f: (readline.set_completer(f), readline.get_completer() is f, readline.set_completer(), readline.get_completer()))(lambda t, s: None)`},
	{"not callable", `(err(readline.set_completer, 1), err(readline.set_startup_hook, 1), err(readline.set_pre_input_hook, "x"), err(readline.set_completion_display_matches_hook, 2))`},
	{"delims", `(readline.get_completer_delims(), readline.set_completer_delims(" ."), readline.get_completer_delims())`},
	{"misc", `(readline.parse_and_bind("tab: complete"), readline.get_line_buffer(), readline.get_completion_type(), readline.get_begidx(), readline.get_endidx(), readline.insert_text("x"), readline.redisplay(), readline.set_auto_history(False), readline.set_startup_hook(), readline.set_pre_input_hook())`},
	{"complete names", `sorted(all_of("alp"))`},
	{"complete keywords", `sorted(all_of("wh")) + sorted(all_of("tr")) + sorted(all_of("fi")) + sorted(all_of("Tr"))`},
	{"complete builtins", `sorted(all_of("isin")) + sorted(all_of("ArithmeticE"))`},
	{"complete attrs", `all_of("obj.")`},
	{"complete private", `(all_of("obj._"), all_of("obj.__v"), all_of("obj.me"))`},
	{"complete class", `all_of("Obj.a")`},
	{"complete bad", `(all_of("nosuch."), all_of("1."), all_of("obj.zzz"))`},
	{"complete blank", `(comp.complete("", 0), comp.complete("  ", 1))`},
	{"bad namespace", `err(rlcompleter.Completer, [1])`},
	{"installed", `(readline.set_completer(rlcompleter.Completer().complete), type(readline.get_completer()).__name__, rlcompleter._readline_available, rlcompleter.__all__)`},
	{"class members", `sorted(n for n in set(rlcompleter.get_class_members(Obj)) - set(dir(object)) if not n.startswith("__"))`},
	{"append to a missing file", `(fill("a"), err(readline.append_history_file, 1, os.path.join(d, "missing"))[0], os.path.exists(os.path.join(d, "missing")))`},
	{"append to a file", `(fill("a", "b", "c"), readline.write_history_file(os.path.join(d, "h2")), readline.append_history_file(2, os.path.join(d, "h2")), open(os.path.join(d, "h2")).read().split())`},
	{"version", `(type(readline._READLINE_VERSION), readline._READLINE_VERSION >= 0x600, type(readline._READLINE_RUNTIME_VERSION))`},
}

func TestReadlineDifferential(t *testing.T) {
	pytesting.DiffCases(t, "readline", readlinePrelude, readlineCases)
}
