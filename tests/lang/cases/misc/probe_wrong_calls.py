# wrong calls
def f(a, b=1, *args, c, d=2, **kw): pass
for call in ["f()", "f(1)", "f(1, 2, 3)", "f(1, c=1, a=2)", "f(c=1)", "f(1, c=2, e=3, **{'e': 4})"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, '->', e)
def g(a, b): pass
for call in ["g(1)", "g(1, 2, 3)", "g(1, b=2, c=3)", "g(*[1], **{'a': 2})", "g(1, *None)", "g(**[1])", "g(1, 2, **{1: 2})"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, '->', e)
class C:
    def m(self, x): pass
for call in ["C().m()", "C.m(1)", "C().m(1, 2)", "C.m()"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, '->', e)
for call in ["len()", "len(1)", "len([], [])", "abs('a')", "int('x')", "int('1', 99)", "divmod(1)", "sorted(1)", "min()", "max([])", "iter(1)", "next([])", "hash([])", "getattr(1)", "isinstance(1, 1)", "issubclass(1, int)", "chr('a')", "ord('ab')", "round('a')", "sum(['a'])", "pow(2, 3, 0)", "pow(2.0, 3, 5)"]:
    try:
        eval(call)
    except Exception as e:
        print(call, '->', type(e).__name__, e)
