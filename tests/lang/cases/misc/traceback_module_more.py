# The traceback module's functions, case by case (issue 17: print_exc,
# format_exc, format_exception, print_stack, extract_tb, ... on the loop's
# formatter).
import sys, traceback, io

def inner(n):
    if n == 0:
        raise ValueError("deep %d" % n)
    return inner(n - 1)

def catch(f, *a):
    try:
        f(*a)
    except Exception:
        return sys.exc_info()

def case(name, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    if isinstance(r, str):
        print("--", name)
        print(r, end="" if r.endswith("\n") else "\n")
    else:
        print("--", name, repr(r))

et, ev, tb = catch(inner, 3)
case("format_exception", lambda: "".join(traceback.format_exception(et, ev, tb)))
case("format_exception limit 1", lambda: "".join(traceback.format_exception(et, ev, tb, limit=1)))
case("format_exception limit -1", lambda: "".join(traceback.format_exception(et, ev, tb, limit=-1)))
case("format_exception no tb", lambda: "".join(traceback.format_exception(et, ev, None)))
case("format_exception_only", lambda: traceback.format_exception_only(et, ev))
case("format_exception_only None", lambda: traceback.format_exception_only(None, None))
case("format_exception_only no args", lambda: traceback.format_exception_only(KeyError, KeyError()))
case("format_tb", lambda: "".join(traceback.format_tb(tb)))
case("format_tb limit", lambda: "".join(traceback.format_tb(tb, 2)))
case("extract_tb len", lambda: len(traceback.extract_tb(tb)))
case("extract_tb names", lambda: [f.name for f in traceback.extract_tb(tb)])
case("extract_tb lines", lambda: [f.line for f in traceback.extract_tb(tb)])
case("extract_tb lineno", lambda: [f.lineno for f in traceback.extract_tb(tb)])
case("extract_tb tuple", lambda: tuple(traceback.extract_tb(tb)[0])[1:])
case("format_list", lambda: "".join(traceback.format_list(traceback.extract_tb(tb, limit=2))))
case("format_list tuples", lambda: traceback.format_list([("f.py", 3, "g", "x = 1"), ("f.py", 4, "h", None)]))

def printed(f):
    buf = io.StringIO()
    f(buf)
    return buf.getvalue()

case("print_exception", lambda: printed(lambda b: traceback.print_exception(et, ev, tb, file=b)))
case("print_exception chain", lambda: printed(lambda b: traceback.print_exception(*chained(), file=b)))
case("print_exception no chain", lambda: printed(lambda b: traceback.print_exception(*chained(), file=b, chain=False)))
case("print_tb", lambda: printed(lambda b: traceback.print_tb(tb, 1, b)))

def chained():
    try:
        try:
            {}["k"]
        except KeyError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError:
        return sys.exc_info()

def in_handler(f):
    try:
        inner(1)
    except ValueError:
        return f()

case("format_exc", lambda: in_handler(traceback.format_exc))
case("format_exc limit", lambda: in_handler(lambda: traceback.format_exc(limit=1)))
case("print_exc", lambda: in_handler(lambda: printed(lambda b: traceback.print_exc(file=b))))
case("format_exc outside", lambda: traceback.format_exc())

def stack_here():
    return traceback.format_stack()

def outer():
    return stack_here()

case("format_stack last two", lambda: "".join(outer()[-2:]))
case("extract_stack names", lambda: [f.name for f in traceback.extract_stack()][-2:])
case("print_stack", lambda: printed(lambda b: traceback.print_stack(limit=1, file=b)))
case("walk_tb", lambda: [(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
case("FrameSummary", lambda: (lambda s: (s.filename, s.lineno, s.name, s.line, repr(s)[:25]))(traceback.extract_tb(tb)[-1]))
case("TracebackException", lambda: "".join(traceback.TracebackException(et, ev, tb).format()))
case("TracebackException only", lambda: list(traceback.TracebackException(et, ev, tb).format_exception_only()))
case("TracebackException attrs", lambda: (lambda t: (t.exc_type.__name__, str(t), len(t.stack)))(traceback.TracebackException(et, ev, tb)))
case("syntax error", lambda: traceback.format_exception_only(SyntaxError, SyntaxError("bad", ("f.py", 2, 5, "x = = 1\n"))))
