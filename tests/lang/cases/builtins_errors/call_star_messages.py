# How the errors of *args/**kwargs calls name their callee, as 3.6's
# PyEval_GetFuncName/GetFuncDesc do: "f()" for a function, a method or a
# builtin, "type object" for a class; and the wording for a ** key that
# is not a str (a Python function names itself, a built-in does not).
class C:
    def __init__(self, a=0):
        self.a = a


def f(**k):
    return k


calls = [
    lambda: C(*1),
    lambda: C(**1),
    lambda: C(a=1, **{'a': 2}),
    lambda: C(**{1: 2}),
    lambda: C(*1, **{}),
    lambda: C().__init__(**{1: 2}),
    lambda: C.__init__(*1),
    lambda: [].append(**1),
    lambda: [].append(*1),
    lambda: [].append(a=1, **{'a': 2}),
    lambda: f(**{1: 2}),
    lambda: f(a=1, **{'a': 2}),
    lambda: len(*1),
    lambda: int(*1),
    lambda: print(**{1: 2}),
    lambda: (lambda: 0)(*1),
    lambda: 'a'.split(**{1: 2}),
    lambda: 'a'.split(sep=1, **{'sep': 2}),
    lambda: 'a'.split(*None),
    lambda: {}.get(**[]),
]
for g in calls:
    try:
        g()
    except TypeError as e:
        print(e)
