# Signature checks in 3.6's order, partialmethod, callable instances,
# function-like objects and the private text-signature helpers.
import functools
import inspect
import sys

P = inspect.Parameter
try:
    P('.0', kind=P.POSITIONAL_ONLY)
except ValueError as e:
    print(e)
print(P('.0', kind=P.POSITIONAL_OR_KEYWORD))
for params in ([P('a', P.POSITIONAL_ONLY), P('args', P.VAR_POSITIONAL),
                P('args', P.VAR_KEYWORD), P('k', P.KEYWORD_ONLY)],
               [P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_OR_KEYWORD)],
               [P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)]):
    try:
        print(inspect.Signature(params))
    except ValueError as e:
        print("ValueError:", e)


class A:
    def only_args(*args): pass
    def args_kwargs(*args, **kwargs): pass
    def m(self, a, b=1, *, c): pass
    def bare(): pass
    f2 = functools.partialmethod(only_args, 1)
    f4 = functools.partialmethod(args_kwargs, 1)
    f5 = functools.partialmethod(m, 1)
    ham = functools.partialmethod(bare)

    def __call__(self, x, y): pass


print(inspect.signature(A.f2), inspect.signature(A.f4), inspect.signature(A.f5),
      inspect.signature(A().f5))
try:
    inspect.signature(A.ham)
except ValueError as e:
    print("ValueError", "has incorrect arguments" in str(e))
print(inspect.getfullargspec(A()).args, inspect.signature(A()))


class New:
    def __new__(cls, x, y): pass


print(inspect.getfullargspec(New).args, inspect.signature(New))


def target(a, b, *args, kwonly=True, kwonlyreq, **kwargs):
    pass


class Imitation:
    # not a function, but with everything a function's signature comes from
    def __init__(self, wrapped):
        for name in ("__name__", "__code__", "__annotations__",
                     "__defaults__", "__kwdefaults__"):
            setattr(self, name, getattr(wrapped, name))

    def __call__(self, *args, **kwargs):
        pass


print(inspect.signature(Imitation(target)))

strip = inspect._signature_strip_non_python_syntax
for text in ["($module, /, path, mode, *, dir_fd=None, effective_ids=False,\n"
             "       follow_symlinks=True)",
             "($module, word, salt, /)", "(x, y=None, z=None, /)",
             "(x,\n    y=None,\n      z = None  )", "", None]:
    print(strip(text))
print(inspect._signature_get_bound_param('($cls, /, obj)'))


class Deep:
    def __init__(self, n):
        self.n = n

    @property
    def __wrapped__(self):
        if self.n <= 0:
            raise Exception("unwrapped too far")
        return Deep(self.n - 1)


try:
    inspect.unwrap(Deep(sys.getrecursionlimit() + 1))
except ValueError as e:
    print("ValueError", str(e).startswith("wrapper loop when unwrapping"))
