package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of inspect and linecache against CPython 3.6.

const inspectPrelude = pytesting.ShowRepr + `import inspect, linecache, functools, collections, os, tempfile
P = inspect.Parameter
def etype(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
def f(a, b=2, *args, c=3, d=4, **kw) -> int:
    "  doc line\n\n    more\n  "
def g(x, y: "ann" = None, *, z: int): pass
def h(): pass
def gen(): yield 1
async def co(): pass
class C:
    "class doc"
    def m(self, q, r=1): pass
    @classmethod
    def cm(cls, p): pass
    @staticmethod
    def sm(p, *a): pass
    @property
    def prop(self): return 1
    def __call__(self, k): pass
class D(C):
    def m(self, q, r=1): pass
class WithInit:
    def __init__(self, a, *, b=1): pass
class WithNew:
    def __new__(cls, x, y=2): return object.__new__(cls)
class Fake:
    # a built-in with a text signature, as inspect reads it
    __module__ = 'sys'
    def __init__(self, sig, bound=None):
        self.__text_signature__ = sig
        self.__self__ = bound
        self.__name__ = 'fake'
    def __get__(self, *a): pass
    def __call__(self): pass
    def __repr__(self): return '<fake>'
class Meta(type):
    def __call__(cls, u, v): return 0
class ViaMeta(metaclass=Meta): pass
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def wrapped(p, q=1): pass
S = inspect.signature(f)
def traced():
    def inner():
        return 1 / 0
    try:
        inner()
    except ZeroDivisionError:
        return [(fi.function, fi.filename == __file__ if '__file__' in globals() else None) for fi in inspect.trace()]
TMP = tempfile.mkdtemp()
SRC = os.path.join(TMP, 'src.py')
with open(SRC, 'w') as fh:
    fh.write('one\ntwo\nthree')
`

var inspectCases = []pytesting.Case{
	{"sig_str", `(str(S), repr(S), S.return_annotation, list(S.parameters))`},
	{"sig_params", `[(p.name, str(p.kind), int(p.kind), p.default, p.annotation) for p in S.parameters.values()]`},
	{"sig_annotations", `str(inspect.signature(g))`},
	{"sig_empty", `(str(inspect.signature(h)), str(inspect.signature(lambda x, *y: 0)))`},
	{"sig_methods", `[str(inspect.signature(x)) for x in (C.m, C().m, C.cm, C.sm, C(), D().m)]`},
	{"sig_classes", `[str(inspect.signature(x)) for x in (C, WithInit, WithNew, ViaMeta)]`},
	{"sig_wrapped", `(str(inspect.signature(wrapped)), str(inspect.signature(wrapped, follow_wrapped=False)), inspect.unwrap(wrapped) is wrapped.__wrapped__)`},
	{"sig_partial", `[str(inspect.signature(p)) for p in (functools.partial(f, 1), functools.partial(f, b=5), functools.partial(g, 1, z=2), functools.partial(f, 1, 2, 3), functools.partial(f, a=1), functools.partial(C.m, 1, r=2))]`},
	{"sig_partial_bad", `etype(lambda: inspect.signature(functools.partial(h, 1)))[:45]`},
	{"sig_not_callable", `inspect.signature(1)`},
	{"sig_dunder_signature", `(lambda fn: (setattr(fn, '__signature__', inspect.Signature([P('zz', 1)])), str(inspect.signature(fn)))[1])(lambda: 0)`},
	// built-ins' signatures from their __text_signature__ (Decimal's Go
	// methods carry 3.6's; Fake stands for any built-in that has one)
	{"sig_text_decimal", `(lambda D: [str(inspect.signature(x)) for x in (D.quantize, D(1).quantize, D.__add__, D(1).__radd__, D.sqrt, D(2).compare, D.to_integral_exact, D.__neg__, D.__hash__, D(1).__lt__)])(__import__('decimal').Decimal)`},
	{"sig_text_decimal_params", `(lambda D: [(p.name, str(p.kind), p.default) for p in inspect.signature(D(1).quantize).parameters.values()])(__import__('decimal').Decimal)`},
	{"sig_text_kinds", `[str(inspect.signature(Fake(s, b))) for s in ("($self, a, b=1, /, c=None, *args, d=-1, **kw)", "($module, obj, /)", "($type, f, /)") for b in (None, os, 5)]`},
	{"sig_text_defaults", `[str(inspect.signature(Fake(s))) for s in ("(a, b=(1, 'x', None), c=b'z', d=-2.5)", "(a, b=sys.maxsize, c=os.sep)", "(a, b=maxsize, c=2)", "(a, b=sys.maxsize - 1, c=2)", "(a, b=[1], c=2)", "(a, b=-sys.maxsize, *, c=os.sep)")]`},
	{"sig_text_errors", `[etype(lambda: inspect.signature(Fake(s))) for s in ("(a, b", "(a: int)", "(a, b=nosuch)", "(a, b=sys.version_info)", "(a, b=int)", "", None)]`},
	{"sig_from_callable", `str(inspect.Signature.from_callable(g))`},
	{"param_repr", `(repr(S.parameters['a']), repr(S.parameters['b']), str(S.parameters['kw']), str(S.parameters['args']))`},
	{"param_kinds", `(repr(P.KEYWORD_ONLY), str(P.KEYWORD_ONLY), P.POSITIONAL_OR_KEYWORD == 1, repr(P.empty), repr(inspect.Signature.empty))`},
	{"param_make", `(str(P('x', P.KEYWORD_ONLY, default=3)), str(P('x', 0)), str(P('y', 1, annotation=int, default=2)))`},
	{"param_errors", `[etype(fn) for fn in (lambda: P('1x', 1), lambda: P('x', 9), lambda: P('x', 2, default=1), lambda: P(1, 1), lambda: P('x', 4, default=0))]`},
	{"param_replace_eq", `(str(S.parameters['b'].replace(default=7)), S.parameters['a'] == P('a', 1), S.parameters['a'] == P('a', 3), hash(P('a', 1)) == hash(P('a', 1)))`},
	{"signature_make", `(str(inspect.Signature([P('a', 1), P('b', 3)])), str(inspect.Signature([P('x', 0), P('y', 1)])), str(inspect.Signature()))`},
	{"signature_errors", `[etype(fn) for fn in (lambda: inspect.Signature([P('a', 1, default=1), P('b', 1)]), lambda: inspect.Signature([P('a', 3), P('b', 1)]), lambda: inspect.Signature([P('a', 1), P('a', 1)]))]`},
	{"signature_replace_eq", `(str(S.replace(return_annotation=inspect.Signature.empty)), S == inspect.signature(f), hash(S) == hash(inspect.signature(f)), S == inspect.signature(g))`},
	{"bind", `(lambda ba: (repr(ba), ba.args, ba.kwargs, list(ba.arguments.items())))(S.bind(1, c=3))`},
	{"bind_apply_defaults", `(lambda ba: (ba.apply_defaults(), repr(ba)))(S.bind(1, 5, 6, 7, x=1))`},
	{"bind_errors", `[etype(fn) for fn in (lambda: S.bind(), lambda: S.bind(1, b=2, **{'a': 3}), lambda: inspect.signature(h).bind(1), lambda: inspect.signature(h).bind(x=1), lambda: inspect.signature(g).bind(1))]`},
	{"bind_partial", `repr(S.bind_partial(c=1))`},
	{"bind_positional_only", `etype(lambda: inspect.Signature([P('x', 0)]).bind(x=1))`},
	{"bound_equality", `(S.bind(1) == S.bind(1), S.bind(1) == S.bind(2), S.bind(1).signature is S)`},
	{"fullargspec", `(inspect.getfullargspec(f), inspect.getfullargspec(g), inspect.getfullargspec(C.m), inspect.getfullargspec(C().m))`},
	{"argspec", `(inspect.getargspec(h), inspect.getargspec(C.m), etype(lambda: inspect.getargspec(f)))`},
	{"formatargspec", `(inspect.formatargspec(*inspect.getfullargspec(f)), inspect.formatargspec(['a', 'b'], 'v', None, (1,)))`},
	{"getcallargs", `(inspect.getcallargs(f, 1, c=2), inspect.getcallargs(f, 1, 2, 3, 4, x=5), sorted(inspect.getcallargs(C().m, 7).items(), key=str)[:2])`},
	{"getcallargs_errors", `[etype(lambda: inspect.getcallargs(fn, *a, **kw)) for fn, a, kw in [(h, (1,), {}), (C.m, (), {}), (C.m, (1,), {}), (C.m, (1, 2, 3, 4), {}), (f, (1, 2, 3), {'b': 3}), (g, (1,), {}), (C.m, (1, 2), {'x': 1}), (f, (), {}), (C.m, (1,), {'self': 2})]]`},
	{"predicates", `[inspect.isfunction(f), inspect.isfunction(len), inspect.ismethod(C().m), inspect.ismethod(C.m), inspect.isclass(C), inspect.isclass(C()), inspect.ismodule(inspect), inspect.isroutine(f), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f), inspect.isgenerator(gen()), inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(f), inspect.isabstract(C), inspect.isdatadescriptor(C.__dict__['prop']), inspect.iscode(f.__code__), inspect.isframe(inspect.currentframe()), inspect.istraceback(None)]`},
	{"isabstract", `(lambda abc: (lambda A: (inspect.isabstract(A), inspect.isabstract(type('B', (A,), {'x': lambda self: 1}))))(abc.ABCMeta('A', (), {'x': abc.abstractmethod(lambda self: 0)})))(__import__('abc'))`},
	{"cleandoc", `(inspect.cleandoc("  a\n    b\n  c  \n\n"), inspect.cleandoc("\n\n  x\n   y\n"), inspect.cleandoc("one"), inspect.cleandoc("\tt\n\t\tu"))`},
	{"getdoc", `(inspect.getdoc(f), inspect.getdoc(C), inspect.getdoc(h), inspect.getdoc(D), inspect.getdoc(C.prop))`},
	{"getmembers", `([n for n, v in inspect.getmembers(C) if not n.startswith('__')], [n for n, v in inspect.getmembers(C(), inspect.ismethod)])`},
	// getmembers lists dir()'s names (plus the bases' DynamicClassAttributes), not every dict entry of the MRO
	{"getmembers_enum", `(lambda E: [n for n, v in inspect.getmembers(E)])(__import__('enum').Enum('Color', 'red green'))`},
	{"getmembers_dir_hook", `inspect.getmembers(type('M', (type,), {'__dir__': lambda cls: ['x', 'x', 'nope']})('D', (), {'x': 5}))`},
	{"getmembers_slots", `(lambda S: (lambda s: [n for n, v in inspect.getmembers(s) if not n.startswith('__')])(S()))(type('S', (), {'__slots__': ('a', 'b'), 'x': 1}))`},
	{"getmro_getmodule", `(inspect.getmro(D), inspect.getmodule(inspect.signature).__name__, inspect.getmodule(collections.OrderedDict).__name__, inspect.getmodule(5))`},
	{"getmodulename", `[inspect.getmodulename(p) for p in ('a/x.py', 'x.txt', '.py', 'b.pyc')]`},
	{"getfile_errors", `[etype(lambda: inspect.getfile(x)) for x in (1, len)]`},
	{"frames", `(lambda fr: (fr.f_code.co_name, inspect.getframeinfo(fr, 0)[2:4], type(inspect.stack()[0]).__name__, inspect.stack()[0].function, inspect.stack()[0][3]))(inspect.currentframe())`},
	{"frame_in_function", `(lambda: inspect.stack()[0].function)()`},
	{"trace", `traced()`},
	{"generator_state", `(lambda it: (inspect.getgeneratorstate(it), next(it), inspect.getgeneratorstate(it), list(it), inspect.getgeneratorstate(it)))(gen())`},
	{"closurevars", `inspect.getclosurevars((lambda x: (lambda: x + len([]) + undefined_name))(5))`},
	{"closurevars_error", `inspect.getclosurevars(len)`},
	{"getattr_static", `(type(inspect.getattr_static(C, 'prop')).__name__, inspect.getattr_static(C(), 'm') is C.__dict__['m'], inspect.getattr_static(C(), 'nope', 'dflt'), etype(lambda: inspect.getattr_static(C(), 'nope')))`},
	{"unwrap_loop", `(lambda w: (setattr(w, '__wrapped__', w), etype(lambda: inspect.unwrap(w))[:60])[1])(lambda: 0)`},
	{"constants", `(inspect.CO_VARARGS, inspect.CO_VARKEYWORDS, inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.TPFLAGS_IS_ABSTRACT)`},
	{"namedtuples", `(inspect.ArgSpec._fields, inspect.FullArgSpec._fields, inspect.Traceback._fields, inspect.FrameInfo._fields, inspect.ClosureVars._fields, inspect.ArgInfo._fields)`},
	{"linecache_getline", `(linecache.getline(SRC, 1), linecache.getline(SRC, 3), linecache.getline(SRC, 4), linecache.getline(SRC, 0), linecache.getline('/nonexistent/x', 1))`},
	{"linecache_getlines", `(linecache.getlines(SRC), linecache.getlines('/nonexistent/x'), linecache.getlines(''))`},
	{"linecache_cache", `(linecache.getlines(SRC), linecache.cache[SRC][2], linecache.cache[SRC][3] == SRC, type(linecache.cache).__name__)`},
	{"linecache_update", `(lambda: (open(SRC, 'w').write('new\n'), linecache.checkcache(SRC), linecache.getline(SRC, 1), linecache.clearcache(), len(linecache.cache)))()`},
	{"linecache_lazy", `(linecache.lazycache('<x>', {}), linecache.updatecache('/nonexistent/y'))`},
}

func TestInspectDifferential(t *testing.T) {
	pytesting.DiffCases(t, "inspect", inspectPrelude, inspectCases)
}
