# f(**m) whose keys are instances of a str subclass: they are keywords.
class Name(str):
    def __hash__(self):
        return str.__hash__(self)
    def __eq__(self, other):
        return str.__eq__(self, other)
def f(a, b):
    print(a, b)
def g(**kw):
    print(sorted(kw.items()))
x = {Name("a"): 1, Name("b"): 2}
f(**x)
g(**x)
g(**x, c=3)
f(**{Name("a"): 1}, **{"b": 5})
try:
    f(**{Name("a"): 1}, a=2)
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, **{2: 3})
except TypeError as e:
    print(e)
