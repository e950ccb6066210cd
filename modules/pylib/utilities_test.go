package pylib_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of contextlib, io, types, textwrap, fnmatch, warnings
// and abc (Lib/modules) against CPython 3.6: each case is an expression
// evaluated under both interpreters (pytesting.DiffCases); the helpers of
// each prelude run the statements a case needs and return what it saw.

const contextlibPrelude = pytesting.ShowRepr + `import contextlib, sys
LOG = []
def logged():
    r = list(LOG)
    del LOG[:]
    return r
@contextlib.contextmanager
def cm(x):
    LOG.append(("enter", x))
    try:
        yield x * 2
    except ValueError as e:
        LOG.append(("caught", str(e)))
    finally:
        LOG.append(("exit", x))
@contextlib.contextmanager
def two():
    yield 1
    yield 2
@contextlib.contextmanager
def none():
    if False:
        yield
@contextlib.contextmanager
def swallow_then_yield():
    try:
        yield
    except Exception:
        pass
    yield
@contextlib.contextmanager
def reraise_other():
    try:
        yield
    except KeyError:
        raise IndexError("other")
@contextlib.contextmanager
def documented():
    "the doc"
    yield
def use(manager, body=None):
    with manager as v:
        LOG.append(("body", v))
        if body is not None:
            body()
    return logged()
def boom(exc):
    def f():
        raise exc
    return f
class Closable:
    def close(self):
        LOG.append("closed")
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
def redirected(which, text):
    s = Sink()
    ctx = contextlib.redirect_stdout(s) if which == "out" else contextlib.redirect_stderr(s)
    with ctx as got:
        print(text, file=sys.stdout if which == "out" else sys.stderr)
    return got is s, "".join(s.parts)
def stack_order():
    with contextlib.ExitStack() as st:
        st.callback(LOG.append, "cb1")
        v = st.enter_context(cm(7))
        st.push(lambda *a: LOG.append(("push", a[0])))
        st.callback(LOG.append, "cb2")
        LOG.append(("value", v))
    return logged()
def stack_pop_all():
    with contextlib.ExitStack() as st:
        st.callback(LOG.append, "later")
        other = st.pop_all()
    LOG.append("between")
    other.close()
    return logged()
def stack_suppress():
    with contextlib.ExitStack() as st:
        st.push(lambda t, v, tb: True)
        raise ValueError("gone")
    return "suppressed"
def stack_context():
    try:
        with contextlib.ExitStack() as st:
            st.callback(lambda: 1 / 0)
            raise KeyError(1)
    except ZeroDivisionError as e:
        return type(e.__context__).__name__
def chain(e):
    out = []
    while e is not None and len(out) < 6:
        out.append((type(e).__name__, str(e), e.__suppress_context__))
        e = e.__context__
    return out
def stack_chain_three():
    def fail(exc):
        raise exc
    try:
        with contextlib.ExitStack() as st:
            st.callback(fail, KeyError("first"))
            st.callback(fail, IndexError("second"))
            st.callback(fail, ValueError("third"))
            raise TypeError("body")
    except Exception as e:
        return chain(e)
def stack_chain_outer():
    def fail():
        raise ValueError("cb")
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            with contextlib.ExitStack() as st:
                st.callback(fail)
        except ValueError as e:
            return chain(e)
def stack_suppress_then_raise():
    def fail():
        raise ValueError("late")
    seen = []
    def swallow(*a):
        seen.append(a[0].__name__ if a[0] else None)
        return True
    try:
        with contextlib.ExitStack() as st:
            st.callback(fail)
            st.push(swallow)
            raise KeyError("x")
    except ValueError as e:
        return seen, chain(e)
def stack_internals():
    st = contextlib.ExitStack()
    def f(x):
        return x
    class M:
        def __enter__(self):
            return "in"
        def __exit__(self, *a):
            return False
    m = M()
    r = (st.callback(f, 1), st.enter_context(m), st.push(f))
    cbs = list(st._exit_callbacks)
    return r[1], [getattr(c, "__wrapped__", None) is f for c in cbs], [getattr(c, "__self__", None) is m for c in cbs], cbs[-1] is f, [c.__name__ for c in cbs]
def stack_pop_all_close():
    st = contextlib.ExitStack()
    st.callback(LOG.append, "popped")
    other = st.pop_all()
    st.close()
    first = logged()
    other.close()
    return first, logged(), type(other).__name__
def stack_enter_missing_exit():
    class OnlyEnter:
        def __enter__(self):
            LOG.append("entered")
    try:
        contextlib.ExitStack().enter_context(OnlyEnter())
    except AttributeError as e:
        return str(e), logged()
def stack_return_value():
    st = contextlib.ExitStack()
    st.push(lambda *a: True)
    return st.__exit__(None, None, None), st.__exit__(KeyError, KeyError(), None)
@contextlib.contextmanager
def stop_inside():
    yield
@contextlib.contextmanager
def swallow_stop():
    try:
        yield
    except StopIteration:
        pass
def cm_stopiteration():
    out = []
    # stop_inside (StopIteration passing back out) differs under gpython's
    # with statement before and after the contextlib rewrite: not covered
    for factory in (swallow_stop,):
        try:
            with factory():
                raise StopIteration("s")
            out.append("suppressed")
        except StopIteration as e:
            out.append(("StopIteration", str(e)))
        except RuntimeError as e:
            out.append(("RuntimeError", str(e)))
    return out
@contextlib.contextmanager
def no_stop():
    yield 1
    yield 2
def cm_no_stop_after_throw():
    try:
        with no_stop():
            raise KeyError("k")
    except KeyError:
        pass
def gen_with_attrs():
    yield
gen_with_attrs.marker = "kept"
def cm_dict_copied():
    f = contextlib.contextmanager(gen_with_attrs)
    return f.marker, f.__name__, f.__wrapped__ is gen_with_attrs, f().__doc__ is None
def redirect_reenter():
    import io
    buf = io.StringIO()
    r = contextlib.redirect_stdout(buf)
    saved = sys.stdout
    with r:
        with r:
            print("inner")
        print("outer")
    return buf.getvalue(), sys.stdout is saved
class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        LOG.append("deco enter")
        return self
    def __exit__(self, *a):
        LOG.append(("deco exit", a[0].__name__ if a[0] else None))
        return False
def deco_attrs():
    def target(a, b=2):
        "target doc"
        return a + b
    target.extra = 1
    w = Deco()(target)
    return w.__name__, w.__doc__, w.extra, w.__wrapped__ is target, w(1), logged()
def suppress_exit_direct():
    s = contextlib.suppress(KeyError)
    return s.__exit__(None, None, None), s.__exit__(KeyError, KeyError(), None), s.__exit__(ValueError, ValueError(), None), s.__enter__()
def stack_exit_object():
    class M:
        def __enter__(self):
            return "entered"
        def __exit__(self, *a):
            LOG.append(("M exit", a[0] is None))
    st = contextlib.ExitStack()
    m = M()
    r = st.push(m)
    st.close()
    return r is m, logged()
@cm(9)
def decorated(a):
    LOG.append(("in", a))
    return a + 1
def decorate_twice():
    return decorated(1), decorated(2), logged()
class Plain:
    pass
class HasBoth:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return None
class NoExit(HasBoth):
    __exit__ = None
class Concrete(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        return None
class Missing(contextlib.AbstractContextManager):
    pass
class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        LOG.append("deco enter")
        return self
    def __exit__(self, *a):
        LOG.append(("deco exit", a[0] is None))
        return False
@Deco()
def with_deco(x):
    return x * 3
def run_deco():
    return with_deco(4), logged()
`

var contextlibCases = []pytesting.Case{
	{"cm_plain", `use(cm(3))`},
	{"cm_caught", `use(cm(4), boom(ValueError("boom")))`},
	{"cm_propagates", `use(cm(5), boom(KeyError("k")))`},
	{"cm_log_after_propagate", `logged()`},
	{"cm_two_yields", `use(two())`},
	{"cm_no_yield", `use(none())`},
	{"cm_swallow_then_yield", `use(swallow_then_yield(), boom(ZeroDivisionError("z")))`},
	{"cm_raises_other", `use(reraise_other(), boom(KeyError("k")))`},
	{"cm_other_passes", `use(reraise_other(), boom(TypeError("t")))`},
	{"cm_doc", `(documented.__name__, documented().__doc__)`},
	{"cm_wrapped", `cm.__wrapped__.__name__`},
	{"closing", `(logged(), use(contextlib.closing(Closable()))[-1])`},
	{"closing_value", `(lambda c: use(contextlib.closing(c))[0][1] is c)(Closable())`},
	{"suppress", `use(contextlib.suppress(ZeroDivisionError), boom(ZeroDivisionError()))`},
	{"suppress_tuple", `use(contextlib.suppress(KeyError, IndexError), boom(IndexError()))`},
	{"suppress_base", `use(contextlib.suppress(LookupError), boom(KeyError(1)))`},
	{"suppress_other", `use(contextlib.suppress(KeyError), boom(TypeError("no")))`},
	{"suppress_none", `use(contextlib.suppress())`},
	{"redirect_stdout", `redirected("out", "hello")`},
	{"redirect_stderr", `redirected("err", "oops")`},
	{"stack_order", `stack_order()`},
	{"stack_pop_all", `stack_pop_all()`},
	{"stack_suppress", `stack_suppress()`},
	{"stack_context", `stack_context()`},
	{"stack_exit_object", `stack_exit_object()`},
	{"stack_callback_returns", `contextlib.ExitStack().callback(len) is len`},
	{"stack_enter_bad", `contextlib.ExitStack().enter_context(3)`},
	{"stack_chain_three", `stack_chain_three()`},
	{"stack_chain_outer", `stack_chain_outer()`},
	{"stack_suppress_then_raise", `stack_suppress_then_raise()`},
	{"stack_internals", `stack_internals()`},
	{"stack_pop_all_close", `stack_pop_all_close()`},
	{"stack_enter_missing_exit", `stack_enter_missing_exit()`},
	{"stack_return_value", `stack_return_value()`},
	{"cm_stopiteration", `cm_stopiteration()`},
	{"cm_no_stop_after_throw", `cm_no_stop_after_throw()`},
	{"cm_dict_copied", `cm_dict_copied()`},
	{"redirect_reenter", `redirect_reenter()`},
	{"deco_attrs", `deco_attrs()`},
	{"suppress_exit_direct", `suppress_exit_direct()`},
	{"decorator", `decorate_twice()`},
	{"context_decorator", `run_deco()`},
	{"abc_plain", `issubclass(Plain, contextlib.AbstractContextManager)`},
	{"abc_both", `issubclass(HasBoth, contextlib.AbstractContextManager)`},
	{"abc_none_exit", `issubclass(NoExit, contextlib.AbstractContextManager)`},
	{"abc_instance", `isinstance(contextlib.ExitStack(), contextlib.AbstractContextManager)`},
	{"abc_concrete", `Concrete().__enter__().__class__.__name__`},
	{"abc_missing", `Missing()`},
	{"abc_suppress", `isinstance(contextlib.suppress(), contextlib.AbstractContextManager)`},
}

func TestUtilitiesContextlib(t *testing.T) {
	pytesting.DiffCases(t, "utilities_contextlib", contextlibPrelude, contextlibCases)
}

const ioPrelude = pytesting.ShowRepr + `import io
def steps(f, *calls):
    out = []
    for name, args in calls:
        try:
            out.append(getattr(f, name)(*args))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out
def closed(f, *names):
    f.close()
    return steps(f, *[(n, ()) for n in names])
def nl(newline, text):
    s = io.StringIO(text, newline=newline)
    first = (s.getvalue(), s.readlines(), s.newlines)
    s = io.StringIO(newline=newline)
    s.write("x\ny\r\nz\r")
    s.seek(0)
    return first, (s.getvalue(), list(s), s.tell())
def ctx(f):
    with f as g:
        same = g is f
    return same, f.closed
def printed():
    s = io.StringIO()
    print("a", 1, file=s)
    s.writelines(["b\n", "c"])
    return s.getvalue()
`

var ioCases = []pytesting.Case{
	{"sio_read", `steps(io.StringIO("line1\nline2\nline3"), ("readline", ()), ("tell", ()), ("read", (3,)), ("read", ()), ("read", ()), ("tell", ()))`},
	{"sio_iter", `list(io.StringIO("a\nb\n\nc"))`},
	{"sio_readlines_hint", `steps(io.StringIO("ab\ncd\nef\n"), ("readlines", (4,)), ("readlines", ()))`},
	{"sio_readline_size", `steps(io.StringIO("abcdef\ng"), ("readline", (2,)), ("readline", (-1,)), ("readline", (None,)), ("readline", ()))`},
	{"sio_overwrite", `steps(io.StringIO("abcdef"), ("seek", (2,)), ("write", ("XY",)), ("getvalue", ()), ("tell", ()), ("read", ()))`},
	{"sio_pad", `steps(io.StringIO("ab"), ("seek", (5,)), ("write", ("!",)), ("getvalue", ()))`},
	{"sio_truncate", `steps(io.StringIO("abcdef"), ("truncate", (4,)), ("getvalue", ()), ("seek", (2,)), ("truncate", ()), ("getvalue", ()), ("tell", ()))`},
	{"sio_seek_errors", `steps(io.StringIO("abc"), ("seek", (1, 1)), ("seek", (0, 3)), ("seek", (-1,)), ("seek", (1.5,)), ("seek", (-1, 2)), ("seek", (0, 2)), ("seek", (0, 1)))`},
	{"sio_type_errors", `steps(io.StringIO("abc"), ("write", (1,)), ("write", (b"x",)), ("read", ("x",)), ("truncate", (-1,)), ("read", (-5,)), ("read", (None,)))`},
	{"sio_ctor_errors", `[steps(io, ("StringIO", (b"x",)), ("StringIO", ("x", "x")), ("StringIO", ("x", 5)))]`},
	{"sio_closed", `closed(io.StringIO("x"), "read", "getvalue", "tell", "readable", "writable", "seekable", "readline", "truncate", "readlines", "flush", "isatty", "__next__", "__iter__", "close")`},
	{"sio_closed_flag", `ctx(io.StringIO())`},
	{"sio_print", `printed()`},
	{"sio_newline_none", `nl(None, "a\r\nb\rc\nd")`},
	{"sio_newline_empty", `nl("", "a\r\nb\rc\nd")`},
	{"sio_newline_default", `nl("\n", "a\r\nb\rc\nd")`},
	{"sio_newline_cr", `nl("\r", "a\r\nb\rc\nd")`},
	{"sio_newline_crlf", `nl("\r\n", "a\r\nb\rc\nd")`},
	{"sio_flags", `steps(io.StringIO(), ("readable", ()), ("writable", ()), ("seekable", ()), ("isatty", ()), ("fileno", ()), ("detach", ()), ("write", ("abc",)))`},
	{"bio_read", `steps(io.BytesIO(b"ab\ncd\n"), ("readline", ()), ("readline", (1,)), ("readlines", ()), ("read", ()), ("tell", ()))`},
	{"bio_iter", `list(io.BytesIO(b"x\ny\n\nz"))`},
	{"bio_write", `steps(io.BytesIO(b"abc"), ("seek", (0, io.SEEK_END)), ("write", (bytearray(b"de"),)), ("getvalue", ()), ("seek", (-2, io.SEEK_CUR)), ("read", ()), ("seek", (1,)), ("write", (b"Z",)), ("getvalue", ()))`},
	{"bio_pad", `steps(io.BytesIO(b"abc"), ("seek", (10,)), ("write", (b"x",)), ("getvalue", ()), ("truncate", (2,)), ("getvalue", ()), ("tell", ()))`},
	{"bio_seek", `steps(io.BytesIO(b"abc"), ("seek", (1, 1)), ("seek", (-10, 2)), ("seek", (-5, 1)), ("seek", (0, 3)), ("seek", (-1,)), ("seek", ("1",)))`},
	{"bio_type_errors", `steps(io.BytesIO(b"abc"), ("write", (1,)), ("write", ("s",)), ("truncate", (-1,)), ("read", ("x",)), ("read", (None,)), ("read", (-5,)))`},
	{"bio_ctor_errors", `steps(io, ("BytesIO", ("x",)), ("BytesIO", (3,)))`},
	{"bio_closed", `closed(io.BytesIO(b"x"), "read", "getvalue", "tell", "readable", "seekable", "readline", "truncate", "readlines", "flush", "isatty", "__next__", "close")`},
	{"bio_closed_write", `closed(io.BytesIO(), "writable")`},
	{"bio_ctx", `ctx(io.BytesIO(b"q"))`},
	{"bio_writelines", `steps(io.BytesIO(), ("writelines", ([b"a", b"bc"],)), ("getvalue", ()))`},
	{"bio_readinto", `(lambda b, a: (b.readinto(a), a))(io.BytesIO(b"hello"), bytearray(3))`},
	{"seek_consts", `(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)`},
	{"open_is_builtin", `io.open is open`},
	{"unsupported", `[c.__name__ for c in io.UnsupportedOperation.__mro__]`},
	{"unsupported_raise", `io.StringIO().fileno()`},
	{"tiow_read", `(lambda t: (t.readline(), list(t), t.read(), t.encoding, t.errors))(io.TextIOWrapper(io.BytesIO(b"a\xc3\xa9\r\nb\rc\n"), encoding="utf-8"))`},
	{"tiow_read_newline_empty", `(lambda t: list(t))(io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="ascii", newline=""))`},
	{"tiow_latin1", `io.TextIOWrapper(io.BytesIO(b"\xe9t\xe9"), encoding="latin-1").read()`},
	{"tiow_decode_error", `io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8").read()`},
	{"tiow_replace", `io.TextIOWrapper(io.BytesIO(b"x\xff"), encoding="utf-8", errors="replace").read()`},
	{"tiow_write", `(lambda b, t: (t.write("h\xe9\n"), b.getvalue()))(*(lambda b: (b, io.TextIOWrapper(b, encoding="utf-8")))(io.BytesIO()))`},
	{"tiow_write_crlf", `(lambda b, t: (t.write("a\nb"), t.flush(), b.getvalue()))(*(lambda b: (b, io.TextIOWrapper(b, encoding="ascii", newline="\r\n")))(io.BytesIO()))`},
	{"tiow_write_bytes", `io.TextIOWrapper(io.BytesIO(), encoding="utf-8").write(b"x")`},
	{"tiow_bad_newline", `io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="x")`},
	{"tiow_close", `(lambda b, t: (t.close(), t.closed, b.closed))(*(lambda b: (b, io.TextIOWrapper(b, encoding="utf-8")))(io.BytesIO()))`},
	{"tiow_closed_read", `(lambda t: (t.close(), t.read()))(io.TextIOWrapper(io.BytesIO(b"x"), encoding="utf-8"))`},
	{"tiow_detach", `(lambda b, t: (t.detach() is b, t.buffer))(*(lambda b: (b, io.TextIOWrapper(b, encoding="utf-8")))(io.BytesIO()))`},
	{"tiow_detached_read", `(lambda t: (t.detach(), t.read()))(io.TextIOWrapper(io.BytesIO(b"x"), encoding="utf-8"))`},
	{"hierarchy", `(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase), isinstance(io.StringIO(), io.BufferedIOBase))`},
}

func TestUtilitiesIO(t *testing.T) {
	pytesting.DiffCases(t, "utilities_io", ioPrelude, ioCases)
}

const typesPrelude = pytesting.ShowRepr + `import types, sys
def gen():
    yield 1
class K:
    def m(self):
        pass
    @classmethod
    def c(cls):
        pass
async def acoro():
    pass
async def agen():
    yield 1
def loop_ns():
    ns = types.SimpleNamespace(a=1)
    ns.me = ns
    return repr(ns)
def body(ns):
    ns["x"] = 5
    ns["f"] = lambda self: self.x * 2
class Meta(type):
    pass
class Prep(type):
    @classmethod
    def __prepare__(m, name, bases, **kw):
        return {"prepared": True}
def set_attr(ns):
    ns.z = 3
    del ns.a
    return ns
def mp_set():
    m = types.MappingProxyType({"a": 1})
    m["b"] = 2
def mp_del():
    m = types.MappingProxyType({"a": 1})
    del m["a"]
def doc_getter(self):
    "getter doc"
    return 7
def other_getter(self):
    "other doc"
    return 8
def nodoc(self, *a):
    pass
class Abstractish:
    __doc__ = None
    __isabstractmethod__ = 1
abstract_getter = Abstractish()
def dca_docs():
    out = []
    for args in [(), (doc_getter,), (nodoc,), (doc_getter, None, None, "given"), (nodoc, None, None, ""), (None, None, None, "")]:
        d = types.DynamicClassAttribute(*args)
        g = d.getter(other_getter)
        s = d.setter(nodoc)
        x = g.deleter(nodoc)
        out.append((d.__doc__, d.overwrite_doc, g.__doc__, g.overwrite_doc, s.__doc__, s.overwrite_doc, x.__doc__, x.overwrite_doc))
    return out
def dca_access():
    class H:
        v = types.DynamicClassAttribute(doc_getter)
        w = types.DynamicClassAttribute()
    h = H()
    out = [h.v]
    for f in (lambda: H.v, lambda: h.w, lambda: setattr(h, "v", 1), lambda: delattr(h, "v")):
        try:
            f()
        except AttributeError as e:
            out.append(repr(e))
    return out
class MA(type):
    def __new__(m):
        return type.__new__(m, "a", (), {})
    def __init__(self):
        pass
class MB(type):
    def __new__(m):
        return type.__new__(m, "b", (), {})
    def __init__(self):
        pass
class MC(MA):
    pass
`

var typesCases = []pytesting.Case{
	{"ns_repr", `types.SimpleNamespace(b=2, a=1)`},
	{"ns_empty", `types.SimpleNamespace()`},
	{"ns_nested", `types.SimpleNamespace(x=[1, "a"], y=types.SimpleNamespace(z=None))`},
	{"ns_loop", `loop_ns()`},
	{"ns_eq", `types.SimpleNamespace(a=1, b=2) == types.SimpleNamespace(b=2, a=1)`},
	{"ns_ne", `types.SimpleNamespace(a=1) != types.SimpleNamespace(a=2)`},
	{"ns_eq_other", `types.SimpleNamespace() == object()`},
	{"ns_attrs", `set_attr(types.SimpleNamespace(a=1, b=2))`},
	{"ns_dict", `sorted(types.SimpleNamespace(q=1, p=2).__dict__.items())`},
	{"ns_positional", `types.SimpleNamespace(1)`},
	{"ns_unhashable", `hash(types.SimpleNamespace())`},
	{"ns_missing", `types.SimpleNamespace().nothing`},
	{"ns_class", `types.SimpleNamespace`},
	{"function", `(types.FunctionType is type(gen), types.FunctionType)`},
	{"lambda", `types.LambdaType is type(lambda: 0)`},
	{"generator", `(types.GeneratorType is type(gen()), types.GeneratorType)`},
	{"method", `(types.MethodType is type(K().m), types.MethodType is type(K.c))`},
	{"builtin", `types.BuiltinFunctionType is type(len)`},
	{"module", `(types.ModuleType is type(sys), isinstance(types, types.ModuleType))`},
	{"isinstance_function", `(isinstance(gen, types.FunctionType), isinstance(len, types.FunctionType))`},
	{"new_class", `(lambda C: (C.__name__, C.__bases__, C.x, C().f()))(types.new_class("C", (K,), {}, body))`},
	{"new_class_plain", `(lambda C: (C.__name__, C.__bases__, type(C)))(types.new_class("P"))`},
	{"new_class_meta", `type(types.new_class("M", (), {"metaclass": Meta}))`},
	{"new_class_module", `(types.new_class("C").__module__, types.new_class("C", (), {}, lambda ns: ns.update(__module__="zz")).__module__)`},
	{"new_class_prepare", `(lambda C: (C.prepared, type(C).__name__))(types.new_class("C", (), {"metaclass": Prep}))`},
	{"prepare_class", `types.prepare_class("X", (K,), {"metaclass": Meta})`},
	{"prepare_class_default", `types.prepare_class("X")`},
	{"mp_get", `(lambda m: (m["a"], len(m), list(m), "a" in m, m.get("z", 0), sorted(m.items())))(types.MappingProxyType({"a": 1}))`},
	{"mp_repr", `types.MappingProxyType({"a": 1})`},
	{"mp_set", `mp_set()`},
	{"mp_del", `mp_del()`},
	{"mp_bad", `types.MappingProxyType([1])`},
	{"mp_copy", `types.MappingProxyType({"a": 1}).copy()`},
	{"coroutine_bad", `types.coroutine(3)`},
	{"dca_docs", `dca_docs()`},
	{"dca_access", `dca_access()`},
	{"dca_abstract", `(types.DynamicClassAttribute(abstract_getter).__isabstractmethod__, types.DynamicClassAttribute(doc_getter).__isabstractmethod__)`},
	{"dca_fset_only", `(lambda d: (d.__doc__, d.overwrite_doc, d.fget))(types.DynamicClassAttribute(fset=doc_getter))`},
	{"prepare_conflict", `types.prepare_class("X", (MA(), MB()))`},
	{"prepare_most_derived", `(types.prepare_class("X", (MA(), MC()))[0], types.prepare_class("X", (MC(), MA()))[0])`},
	{"all_names", `sorted(types.__all__)`},
	{"async_types", `(types.CoroutineType, types.AsyncGeneratorType, types.GetSetDescriptorType, types.MemberDescriptorType)`},
	{"coroutine_isinstance", `(lambda c: (isinstance(c, types.CoroutineType), c.close())[0])(acoro())`},
	{"async_generator_isinstance", `(isinstance(agen(), types.AsyncGeneratorType), isinstance(agen(), types.GeneratorType), isinstance(len, types.GetSetDescriptorType))`},
}

func TestUtilitiesTypes(t *testing.T) {
	pytesting.DiffCases(t, "utilities_types", typesPrelude, typesCases)
}

const textwrapPrelude = pytesting.ShowRepr + `import textwrap
T = ("Hello there -- you goof-ball, use the -b option! The quick brown fox "
     "jumps over the lazy dog. A well-known and long-winded self-explanatory "
     "text-wrapping sentence... Isn't it? Yes.  Done!")
def split(s, **kw):
    return textwrap.TextWrapper(**kw)._split(s)
`

var textwrapCases = []pytesting.Case{
	{"split_hyphens", `split(T)`},
	{"split_simple", `split(T, break_on_hyphens=False)`},
	{"split_dashes", `[split(s) for s in ["a--b", "a---", "--a", "x-y", "ab-cd", "a-b-c-d", "ab-c", "abc--def--ghi"]]`},
	{"split_more", `[split(s) for s in ["1-2", "ab-1c", "ab-c-d", "hello--", "what?--yes", "a.--b", "-- --x", "e-mail re-do x-ray"]]`},
	{"split_unicode", `[split(s) for s in ["foo-bar-baz", "\xa0x y\u2003z", "--a--", "ab--,", "\xe9-\xe9-\xe9"]]`},
	{"wrap_widths", `[textwrap.wrap(T, w) for w in (1, 3, 5, 10)]`},
	{"wrap_widths_2", `[textwrap.wrap(T, w) for w in (15, 20, 30, 45, 70)]`},
	{"no_break_long", `textwrap.wrap(T, 20, break_long_words=False)`},
	{"no_break_long_2", `textwrap.wrap("abcdefghijklmnop qr", 5, break_long_words=False)`},
	{"indents", `textwrap.wrap(T, 25, initial_indent="* ", subsequent_indent="  ")`},
	{"sentence_endings", `textwrap.fill(T, 30, fix_sentence_endings=True)`},
	{"sentence_endings_2", `textwrap.wrap("He said 'hi.' Then left! ok? Mr. Smith", 80, fix_sentence_endings=True)`},
	{"tabs", `(textwrap.wrap("a\tb\tc\nd  e", 8), textwrap.wrap("a\tb\tc\nd  e", 8, expand_tabs=False), textwrap.wrap("a\tb\tc\nd  e", 8, replace_whitespace=False, expand_tabs=False))`},
	{"tabsize", `textwrap.wrap("a\tb\tc", 20, tabsize=3)`},
	{"drop_whitespace", `(textwrap.wrap("  lead  and trail  ", 6, drop_whitespace=False), textwrap.wrap("  lead  and trail  ", 6))`},
	{"max_lines", `[textwrap.wrap(T, 30, max_lines=n) for n in (1, 2, 3)]`},
	{"max_lines_placeholder", `[textwrap.wrap(T, 30, max_lines=n, placeholder="~") for n in (1, 2, 3)]`},
	{"max_lines_fill", `textwrap.fill("one two three four five six", 9, max_lines=2, placeholder=" ...")`},
	{"max_lines_too_big", `textwrap.wrap("x " * 5, 3, max_lines=3)`},
	{"shorten", `(textwrap.shorten("Hello  world!", 12), textwrap.shorten("Hello world!", 11), textwrap.shorten("Hello  world!", width=10, placeholder="..."))`},
	{"shorten_more", `(textwrap.shorten(T, 40), textwrap.shorten("", 5), textwrap.shorten("averyveryverylongword foo", 10))`},
	{"shorten_too_small", `textwrap.shorten("hello world", 4)`},
	{"width_zero", `textwrap.wrap("x", 0)`},
	{"width_negative", `textwrap.fill("x", -1)`},
	{"placeholder_indent", `textwrap.wrap("x y", 3, max_lines=2, subsequent_indent="    ")`},
	{"wrap_none", `textwrap.wrap(None)`},
	{"empty", `(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill(""))`},
	{"long_word_indent", `(textwrap.wrap("supercalifragilistic", 6, initial_indent="ab"), textwrap.wrap("supercalifragilistic is long", 7))`},
	{"dedent", `(textwrap.dedent("    a\n      b\n    c\n"), textwrap.dedent("  a\n\t b\n"))`},
	{"dedent_blank", `(textwrap.dedent("  \n   x\n  y\n   \n"), textwrap.dedent("\tx\n\t\ty"), textwrap.dedent("no indent\n  x"))`},
	{"dedent_mixed", `(textwrap.dedent("  \tx\n  \ty\n"), textwrap.dedent("\t x\n \ty"), textwrap.dedent(""))`},
	{"indent", `(textwrap.indent("a\n\nb\n  \nc", "> "), textwrap.indent("a\nb", "+", lambda l: True), textwrap.indent("x\r\ny", "-"))`},
	{"dedent_formfeed", `(textwrap.dedent("  \x0cq\n  r"), textwrap.dedent("   "), textwrap.dedent(" \t a\n \t b\n"), textwrap.dedent("  a\n\t b"))`},
	{"indent_bad_predicate", `textwrap.indent("a", ">", 3)`},
	{"sentence_endings_runs", `textwrap.wrap("a. b. c! d? e.\" f", 80, fix_sentence_endings=True)`},
	{"wrapper_attrs", `(lambda w: (w.width, w.initial_indent, w.expand_tabs, w.max_lines, w.placeholder, w.tabsize))(textwrap.TextWrapper())`},
	{"wrapper_reuse", `(lambda w: (w.wrap("aaa bbb ccc"), w.fill("ddd eee fff")))(textwrap.TextWrapper(width=7))`},
}

func TestUtilitiesTextwrap(t *testing.T) {
	pytesting.DiffCases(t, "utilities_textwrap", textwrapPrelude, textwrapCases)
}

// textwrapRandomCases are texts made of fragments that exercise the chunk
// scanner's corners (hyphens, dashes, punctuation, tabs, non-ASCII
// letters and digits), each wrapped at several widths and settings; the
// generator is seeded so that the script, the key of the stored output,
// never changes.
func textwrapRandomCases() []pytesting.Case {
	frags := []string{"a", "bc", "def", "-", "--", "---", " ", "  ", ".", "!", "?", "'", "\"", ",",
		"\t", "\n", "1", "23", "\u00e9", "x-y", "_", "Ab", "z.", "q?'"}
	r := rand.New(rand.NewPCG(16, 17))
	var cases []pytesting.Case
	for i := 0; i < 40; i++ {
		var b strings.Builder
		n := 5 + r.IntN(30)
		for j := 0; j < n; j++ {
			b.WriteString(frags[r.IntN(len(frags))])
		}
		text := b.String()
		cases = append(cases, pytesting.Case{
			Name: fmt.Sprintf("random%d", i),
			Expr: "variants(" + pyStr(text) + ")",
		})
	}
	return cases
}

// pyStr is a Python string literal of s using only ASCII.
func pyStr(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, c := range s {
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteRune(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c < 0x20 || c > 0x7e:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			b.WriteRune(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

const textwrapRandomPrelude = pytesting.ShowRepr + `import textwrap
def variants(text):
    out = [textwrap.TextWrapper()._split(text), textwrap.TextWrapper(break_on_hyphens=False)._split(text)]
    for w in (1, 2, 4, 7, 12):
        out.append(textwrap.wrap(text, w))
        out.append(textwrap.wrap(text, w, break_on_hyphens=False, fix_sentence_endings=True))
        out.append(textwrap.wrap(text, w, drop_whitespace=False, break_long_words=False))
        try:
            out.append(textwrap.wrap(text, w + 4, max_lines=2, placeholder=".."))
        except ValueError as e:
            out.append(str(e))
    out.append(textwrap.dedent(text))
    return out
`

func TestUtilitiesTextwrapRandom(t *testing.T) {
	pytesting.DiffCases(t, "utilities_textwrap_random", textwrapRandomPrelude, textwrapRandomCases())
}

const fnmatchPrelude = pytesting.ShowRepr + `import fnmatch
def both(n, p):
    return fnmatch.fnmatch(n, p), fnmatch.fnmatchcase(n, p)
`

var fnmatchCases = []pytesting.Case{
	{"literal", `both("abc", "abc")`},
	{"star_end", `both("abc", "a*")`},
	{"star_start", `both("abc", "*c")`},
	{"question", `both("abc", "a?c")`},
	{"question_too_many", `both("abc", "a??c")`},
	{"ext", `both("a.txt", "*.txt")`},
	{"case", `both("a.txt", "*.TXT")`},
	{"set", `both("abc", "[abc]bc")`},
	{"negated_set", `(both("dbc", "[!abc]bc"), both("abc", "[!abc]bc"))`},
	{"dash_in_set", `(both("a-c", "a[-]c"), both("x", "[a-]"), both("-", "[a-]"))`},
	{"range", `(both("abc", "a[a-c]c"), both("b", "[!a-c]"), both("aXc", "a[a-c]c"))`},
	{"bracket_first", `(both("a]c", "a[]]c"), both("a]c", "a[!]]c"), both("ab", "[]ab"))`},
	{"unclosed", `(both("[", "["), both("a[b", "a[b"), both("a!c", "a[!]c"))`},
	{"empty", `(both("", "*"), both("", "?"), both("", ""))`},
	{"many_stars", `(both("aaa", "*a*a*a*"), both("ab", "*a*a*"), both("abcde", "a*c*e"))`},
	{"slash", `(both("a/b", "a*b"), both("a\nb", "a?b"))`},
	{"backslash", `(both("\\", "[\\]"), both("a\\b", "a\\b"))`},
	{"upper", `both("Ab", "ab")`},
	{"filter", `fnmatch.filter(["a.py", "b.txt", "c.py", "D.PY"], "*.py")`},
	{"filter_empty", `fnmatch.filter([], "*")`},
	{"bytes", `(fnmatch.fnmatch(b"abc", b"a*"), fnmatch.fnmatchcase(b"a.c", b"a?c"), fnmatch.filter([b"x1", b"y1"], b"x?"))`},
	{"str_pat_bytes_name", `fnmatch.fnmatchcase("abc", b"a")`},
	{"bytes_pat_str_name", `fnmatch.fnmatchcase(b"abc", "a")`},
	{"int_name", `fnmatch.fnmatchcase(1, "a")`},
	{"int_pattern", `fnmatch.fnmatchcase("a", 1)`},
	{"translate", `[fnmatch.translate(p) for p in ["*.py", "a?[!x]b[^y]", "[", "x[a-c]\\", "a.b+c"]]`},
	{"unicode", `(both("\xe9t\xe9", "?t?"), both("\u65e5\u672c", "[\u65e5]*"))`},
	{"star_question", `(both("abcd", "*?d"), both("d", "*?d"), both("x.tar.gz", "*.gz"))`},
	{"translate_escapes", `[fnmatch.translate(p) for p in ["\xe9*\x00", "[\xe9-\xff]?", " -_.", "[!]]x", "[]]", "[!]", "[^a]", "[a\\b]"]]`},
	{"translate_none", `fnmatch.translate(None)`},
	{"translate_bytes", `fnmatch.translate(b"a*")`},
	{"translate_empty_bytes", `fnmatch.translate(b"")`},
	{"translate_list", `fnmatch.translate(["[", "a", "]", "*", "ab"])`},
	{"translate_int_items", `fnmatch.translate([1])`},
	{"nul_and_nonascii", `(both("\xe9\x00", "\xe9\x00"), both("x\xe9", "[!\xe9]\xe9"))`},
}

func TestUtilitiesFnmatch(t *testing.T) {
	pytesting.DiffCases(t, "utilities_fnmatch", fnmatchPrelude, fnmatchCases)
}

const warningsPrelude = pytesting.ShowRepr + `import warnings, sys, io, os
SRC = "/tmp/utilities-warnings-%d.py" % os.getpid()
with open(SRC, "w") as f:
    f.write("first line\n    second = line(1)  \nthird\n")
def cap(f):
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        f()
        return sys.stderr.getvalue()
    finally:
        sys.stderr = old
def noname(s):
    return "\n".join(l.split(":", 1)[1] if ":" in l else l for l in s.split("\n"))
def src(s):
    return s.replace(SRC, "SRC")
def f1():
    warnings.warn("hello")
def f2():
    warnings.warn("dep", DeprecationWarning)
def f3():
    warnings.warn("lvl2", RuntimeWarning, stacklevel=2)
def f3b():
    f3()
def record(action, *calls):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter(action)
        for c in calls:
            c()
        return [(str(x.message), x.category.__name__) for x in w]
def rec_details():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        f1()
        f1()
        warnings.warn(SyntaxWarning("inst"))
        return (len(w), type(w[2].message).__name__, w[0].lineno == w[1].lineno,
                w[0].line, w[0].file, str(w[0]).split("filename")[0])
def err_filter():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            f1()
        except UserWarning as e:
            return type(e).__name__, str(e)
def pattern_filters():
    out = []
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        warnings.filterwarnings("ignore", "hel")
        f1()
        out.append(len(w))
        warnings.filterwarnings("error", "HEL.*o$", UserWarning)
        try:
            f1()
        except UserWarning as e:
            out.append(("raised", str(e)))
        warnings.filterwarnings("ignore", "x", module="nomatch")
        warnings.filterwarnings("ignore", "[a-z]+ing$")
        warnings.warn("something")
        warnings.warn("other")
        out.append([str(x.message) for x in w])
        out.append([(f[0], f[2], repr(f[1]), repr(f[3]), f[4]) for f in warnings.filters[:3]])
    return out
def lineno_filter():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        warnings.filterwarnings("ignore", lineno=2)
        warnings.warn_explicit("a", UserWarning, "f.py", 2)
        warnings.warn_explicit("b", UserWarning, "f.py", 3)
        return [(str(x.message), x.filename, x.lineno) for x in w]
def reset():
    with warnings.catch_warnings(record=True) as w:
        warnings.resetwarnings()
        before = list(warnings.filters)
        warnings.warn("after reset", DeprecationWarning)
        return before, len(w)
def filters_restored():
    before = list(warnings.filters)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        inside = len(warnings.filters) - len(before)
    return inside, warnings.filters == before
def enter_twice():
    c = warnings.catch_warnings(record=True)
    c.__enter__()
    try:
        c.__enter__()
    finally:
        c.__exit__()
def explicit_actions(action, *places):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter(action)
        warnings.onceregistry.clear()
        reg = {}
        for text, line, module_registry in places:
            warnings.warn_explicit(text, UserWarning, "ex.py", line, registry=reg if module_registry else None)
        return [(str(x.message), x.lineno) for x in w], sorted((k, v) for k, v in reg.items() if k != "version")
def bogus_action():
    with warnings.catch_warnings():
        warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
        try:
            warnings.warn_explicit("b", UserWarning, "b.py", 1)
        except RuntimeError as e:
            return str(e)
def bogus_default():
    saved = warnings.defaultaction
    with warnings.catch_warnings():
        warnings.filters[:] = []
        warnings.defaultaction = "nonsense"
        try:
            warnings.warn_explicit("b", UserWarning, "b.py", 1)
        except RuntimeError as e:
            return str(e)
        finally:
            warnings.defaultaction = saved
def filter_order():
    with warnings.catch_warnings():
        warnings.resetwarnings()
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("error", FutureWarning)
        warnings.simplefilter("ignore", UserWarning)
        warnings.simplefilter("always", FutureWarning, append=True)
        warnings.simplefilter("error", FutureWarning, append=True)
        return [f[:3] for f in warnings.filters]
def show_not_callable():
    old = warnings.showwarning
    warnings.showwarning = 3
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.warn("nc")
    except TypeError as e:
        return str(e)
    finally:
        warnings.showwarning = old
def no_stderr():
    old = sys.stderr
    sys.stderr = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.warn("lost")
        return "quiet"
    finally:
        sys.stderr = old
class BrokenFile:
    def write(self, text):
        raise OSError("broken")
def broken_file():
    warnings.showwarning("m", UserWarning, "f.py", 1, BrokenFile())
    return "quiet"
def message_object():
    m = warnings.WarningMessage("txt", UserWarning, "f.py", 3)
    n = warnings.WarningMessage("txt", None, "f.py", 3, "F", "L", "S")
    return (m.message, m.category, m.filename, m.lineno, m.file, m.line, m.source, str(m), str(n), n.source)
def module_repr():
    import types
    fake = types.ModuleType("fakewarnings")
    return repr(warnings.catch_warnings(module=fake)), repr(warnings.catch_warnings(record=True, module=fake))
def registry_version():
    reg = {"version": -5, ("stale", UserWarning, 1): 1}
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("default")
        warnings.warn_explicit("stale", UserWarning, "r.py", 1, registry=reg)
    return len(w), sorted(k for k in reg if k != "version"), reg["version"] == reg["version"]
def custom_show():
    seen = []
    old = warnings.showwarning
    def show(message, category, filename, lineno, file=None, line=None):
        seen.append((str(message), category.__name__, lineno > 0, file, line))
    warnings.showwarning = show
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            f1()
    finally:
        warnings.showwarning = old
    return seen
def custom_format():
    old = warnings.formatwarning
    def fmt(message, category, filename, lineno, line=None):
        return "FMT %s %s\n" % (message, category.__name__)
    warnings.formatwarning = fmt
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            return cap(f1)
    finally:
        warnings.formatwarning = old
def deep():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        warnings.warn("deep", stacklevel=50)
        return w
def show_to_file():
    s = io.StringIO()
    warnings.showwarning("m", UserWarning, "nowhere.py", 4, file=s, line="x = 1")
    return s.getvalue()
`

var warningsCases = []pytesting.Case{
	{"warn_default", `noname(cap(f1))`},
	{"warn_once_per_place", `noname(cap(f1))`},
	{"deprecation_ignored", `cap(f2)`},
	{"stacklevel", `noname(cap(f3b))`},
	{"explicit_source_line", `src(cap(lambda: warnings.warn_explicit("m", UserWarning, SRC, 2)))`},
	{"explicit_no_registry_repeat", `src(cap(lambda: warnings.warn_explicit("m", UserWarning, SRC, 2)))`},
	{"explicit_registry", `(lambda r: [cap(lambda: warnings.warn_explicit("m", UserWarning, "f.py", 2, registry=r)) for i in range(2)])({})`},
	{"explicit_past_end", `src(cap(lambda: warnings.warn_explicit("m", UserWarning, SRC, 9)))`},
	{"explicit_instance", `cap(lambda: warnings.warn_explicit(FutureWarning("fw"), UserWarning, "f.py", 7))`},
	{"formatwarning", `src(warnings.formatwarning("msg", FutureWarning, SRC, 1))`},
	{"formatwarning_line", `warnings.formatwarning("msg", FutureWarning, "nofile", 1, "  given ")`},
	{"formatwarning_missing", `warnings.formatwarning(ValueError("v"), UserWarning, "nofile", 3)`},
	{"showwarning_file", `show_to_file()`},
	{"record_details", `rec_details()`},
	{"error", `err_filter()`},
	{"patterns", `pattern_filters()`},
	{"lineno", `lineno_filter()`},
	{"always", `record("always", f1, f1, f2)`},
	{"once", `record("once", *[lambda: warnings.warn("o1"), lambda: warnings.warn("o2")] * 3)`},
	{"module", `record("module", lambda: warnings.warn("m1"), lambda: warnings.warn("m1"))`},
	{"default", `record("default", *[lambda: warnings.warn("d1")] * 2)`},
	{"ignore", `record("ignore", f1, f2)`},
	{"category_filter", `(lambda: [record("always", f1, f2)])()`},
	{"reset", `reset()`},
	{"restored", `filters_restored()`},
	{"default_filters", `warnings.filters[:5]`},
	{"bad_action", `warnings.simplefilter("bogus")`},
	{"bad_message", `warnings.filterwarnings("ignore", 3)`},
	{"bad_category", `warnings.filterwarnings("ignore", category=int)`},
	{"bad_category_type", `warnings.filterwarnings("ignore", category=3)`},
	{"bad_lineno", `warnings.simplefilter("ignore", lineno=-1)`},
	{"bad_module", `warnings.filterwarnings("ignore", module=1)`},
	{"warn_bad_category", `warnings.warn("x", int)`},
	{"warn_str_category", `warnings.warn("x", "str")`},
	{"catch_repr", `(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))`},
	{"exit_first", `warnings.catch_warnings().__exit__()`},
	{"enter_twice", `enter_twice()`},
	{"custom_show", `custom_show()`},
	{"custom_format", `custom_format()`},
	{"deep_stacklevel", `record("always", lambda: warnings.warn("deep", stacklevel=50)) + [(x.filename, x.lineno) for x in deep()]`},
	{"warn_instance_category", `record("always", lambda: warnings.warn(ResourceWarning("r"), UserWarning))`},
	{"explicit_default", `explicit_actions("default", ("a", 1, True), ("a", 1, True), ("a", 2, True), ("b", 1, False), ("b", 1, False))`},
	{"explicit_module", `explicit_actions("module", ("a", 1, True), ("a", 2, True), ("a", 1, True), ("c", 3, False), ("c", 4, False))`},
	{"explicit_always", `explicit_actions("always", ("a", 1, True), ("a", 1, True))`},
	{"explicit_ignore", `explicit_actions("ignore", ("a", 1, True), ("a", 1, True))`},
	{"explicit_error", `explicit_actions("error", ("a", 1, True))`},
	{"bogus_action", `bogus_action()`},
	{"bogus_default", `bogus_default()`},
	{"filter_order", `filter_order()`},
	{"show_not_callable", `show_not_callable()`},
	{"no_stderr", `no_stderr()`},
	{"broken_file", `broken_file()`},
	{"message_object", `message_object()`},
	{"module_repr", `module_repr()`},
	{"registry_version", `registry_version()`},
	{"warn_none_category_instance", `record("always", lambda: warnings.warn(FutureWarning("fi"), None))`},
	{"warn_category_instance", `warnings.warn("x", UserWarning("u"))`},
	{"explicit_once", `explicit_actions("once", ("a", 1, True), ("a", 2, True), ("a", 1, False), ("b", 1, False), ("b", 2, False))`},
	{"explicit_bad_registry", `warnings.warn_explicit("m", UserWarning, "f", 1, registry=[])`},
	{"explicit_bad_filename", `warnings.warn_explicit("m", UserWarning, 3, 1)`},
	{"explicit_str_lineno", `warnings.warn_explicit("m", UserWarning, "f", "2")`},
	{"explicit_float_lineno", `warnings.warn_explicit("m", UserWarning, "f", 2.5)`},
	{"explicit_bad_category", `warnings.warn_explicit("m", 3, "f", 1)`},
	{"cleanup", `os.remove(SRC)`},
}

func TestUtilitiesWarnings(t *testing.T) {
	pytesting.DiffCases(t, "utilities_warnings", warningsPrelude, warningsCases)
}

const abcPrelude = pytesting.ShowRepr + `import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass
    @abc.abstractmethod
    def b(self):
        return "A.b"
class B(A):
    def f(self):
        return 1
class C(B):
    def b(self):
        return super().b() + "+C"
class P(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self):
        pass
class Q(P):
    @property
    def p(self):
        return "q"
class OldStyle(metaclass=abc.ABCMeta):
    @abc.abstractproperty
    def x(self):
        pass
    @abc.abstractclassmethod
    def cm(cls):
        pass
    @abc.abstractstaticmethod
    def sm():
        pass
class Init(metaclass=abc.ABCMeta):
    def __init__(self, x):
        self.x = x
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in k.__dict__ for k in C.__mro__)
        return NotImplemented
class Registered(abc.ABC):
    pass
class Child(Registered):
    pass
class Plain:
    pass
class PlainSub(Plain):
    pass
def token_changes():
    t = abc.get_cache_token()
    class R(abc.ABC):
        pass
    R.register(Plain)
    return abc.get_cache_token() > t, abc.get_cache_token() == abc.get_cache_token()
def reg_return():
    class R(abc.ABC):
        pass
    @R.register
    class Z:
        pass
    return Z.__name__, issubclass(Z, R), isinstance(Z(), R)
def cycle():
    class R(abc.ABC):
        pass
    class S(R):
        pass
    S.register(R)
class Hooked(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if C is int:
            return 1
        if C is str:
            return False
        return NotImplemented
class Proxy:
    __class__ = Plain
def negative_then_register():
    class R(abc.ABC):
        pass
    class T:
        pass
    first = (issubclass(T, R), isinstance(T(), R))
    R.register(T)
    return first, issubclass(T, R), isinstance(T(), R)
`

var abcCases = []pytesting.Case{
	{"abstract_a", `A()`},
	{"abstract_b", `B()`},
	{"concrete_c", `(C().f(), C().b())`},
	{"abstract_sets", `(sorted(A.__abstractmethods__), sorted(B.__abstractmethods__), sorted(C.__abstractmethods__))`},
	{"abstract_property", `P()`},
	{"property_override", `Q().p`},
	{"old_style", `OldStyle()`},
	{"old_style_set", `sorted(OldStyle.__abstractmethods__)`},
	{"marker", `(getattr(A.f, "__isabstractmethod__", False), getattr(C.f, "__isabstractmethod__", False))`},
	{"init_args", `Init(3).x`},
	{"metaclass", `(type(A), type(abc.ABC), type(C), abc.ABCMeta.__name__)`},
	{"isinstance_sub", `(isinstance(C(), A), isinstance(C(), B), issubclass(C, A), issubclass(A, C))`},
	{"register", `(Registered.register(Plain), issubclass(Plain, Registered), isinstance(Plain(), Registered))`},
	{"register_sub", `(issubclass(PlainSub, Registered), isinstance(PlainSub(), Registered))`},
	{"register_not_child", `issubclass(Plain, Child)`},
	{"register_builtin", `(Registered.register(int), isinstance(3, Registered), issubclass(bool, Registered), isinstance("s", Registered))`},
	{"register_bad", `Registered.register(3)`},
	{"register_decorator", `reg_return()`},
	{"register_cycle", `cycle()`},
	{"subclasshook", `(issubclass(list, Sized), issubclass(int, Sized), isinstance([], Sized), isinstance(1, Sized))`},
	{"subclass_of_hooked", `issubclass(str, Sized)`},
	{"issubclass_bad", `issubclass(3, Registered)`},
	{"token", `token_changes()`},
	{"abc_plain", `(type(abc.ABC()).__name__, abc.ABC.__abstractmethods__)`},
	{"abstractmethod_returns", `(lambda f: abc.abstractmethod(f) is f)(lambda: 0)`},
	{"super_abstract", `C().b()`},
	{"hook_not_bool", `issubclass(int, Hooked)`},
	{"hook_false_cached", `(issubclass(str, Hooked), issubclass(str, Hooked), isinstance("s", Hooked))`},
	{"proxy_instance", `(isinstance(Proxy(), Registered), isinstance(Proxy(), Child))`},
	{"negative_then_register", `negative_then_register()`},
	{"dir_names", `sorted(n for n in ("ABCMeta", "ABC", "abstractmethod", "abstractproperty", "abstractclassmethod", "abstractstaticmethod", "get_cache_token") if hasattr(abc, n))`},
}

func TestUtilitiesABC(t *testing.T) {
	pytesting.DiffCases(t, "utilities_abc", abcPrelude, abcCases)
}
