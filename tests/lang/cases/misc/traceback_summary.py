# FrameSummary's tuple view and equality, StackSummary.from_list, and the
# SyntaxError fields TracebackException keeps.
import traceback

def show(name, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print("--", name, repr(r))

FS = traceback.FrameSummary
a = FS("f.py", 3, "g", line="  x = 1  ")
b = FS("f.py", 3, "g", line="other")
c = FS("f.py", 4, "g", line="x = 1")
show("tuple", lambda: tuple(a))
show("index", lambda: (a[0], a[1], a[2], a[3], a[-1], a[1:3]))
show("index out", lambda: a[4])
show("len", lambda: len(a))
show("unpack", lambda: (lambda fn, ln, nm, tx: (fn, ln, nm, tx))(*a))
show("eq summary ignores line", lambda: (a == b, a == c, a != c))
show("eq tuple", lambda: (a == ("f.py", 3, "g", "x = 1"), a == ("f.py", 3, "g", "  x = 1  "), a == ("f.py", 3, "g")))
show("eq other", lambda: (a == 3, a == [1], a.__eq__(3)))
show("eq locals", lambda: FS("f", 1, "n", locals={"a": "1"}, line="") == FS("f", 1, "n", locals={"a": "2"}, line=""))
s = traceback.StackSummary.from_list([("f.py", 1, "m", "y()"), a, ("g.py", 2, "n", None)])
show("from_list", lambda: (type(s).__name__, len(s), [tuple(x) for x in s], s[1] is a))
show("from_list format", lambda: s.format())
show("from_list bad", lambda: traceback.StackSummary.from_list([("f.py", 1)]))
show("from_list not iterable", lambda: traceback.StackSummary.from_list(3))
show("from_list empty", lambda: traceback.StackSummary.from_list([]))
try:
    compile("x = (1,\n  2 +\n", "bad.py", "exec")
except SyntaxError as e:
    te = traceback.TracebackException(type(e), e, None)
    show("syntax fields", lambda: (te.filename, te.lineno, te.text, te.msg, type(te.lineno).__name__))
err = SyntaxError("custom", ("h.py", 7, 2, "a b c"))
te = traceback.TracebackException(SyntaxError, err, None)
show("syntax custom", lambda: (te.filename, te.lineno, te.offset, te.text, te.msg))
show("syntax custom lines", lambda: list(te.format_exception_only()))
bare = traceback.TracebackException(SyntaxError, SyntaxError("m"), None)
show("syntax bare", lambda: (bare.filename, bare.lineno, bare.offset, bare.text, bare.msg))
show("lookup", lambda: (FS("traceback_summary.py", 3, "m").line, FS("missing.py", 3, "m").line))
lazy = FS("traceback_summary.py", 4, "m", lookup_line=False)
show("lazy", lambda: (lazy.line, FS("missing.py", 3, "m", lookup_line=False).line))
show("locals", lambda: (FS("f", 1, "n", locals={"a": 1, "b": "s"}, line="").locals, FS("f", 1, "n", locals={}, line="").locals))
show("extract stripped", lambda: [tuple(x)[1:] for x in traceback.extract_stack(limit=1)])
