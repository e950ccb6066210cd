# array.array makes its value in __new__ from the positional arguments:
# keyword arguments are left to the subclass's __init__.
import array

class Labelled(array.array):
    def __init__(self, typecode, items=(), label=None):
        self.label = label

a = Labelled('i', [1, 2], label='first')
print(a, a.label)
b = Labelled('b', label='empty')
print(b, b.label)

class WithNew(array.array):
    def __new__(cls, values):
        return super().__new__(cls, 'l', values)

w = WithNew([5, 6])
print(type(w).__name__, w, w.typecode)
for bad in ["array.array('i', [1], x=1)", "Labelled()", "Labelled('q2')", "Labelled('z')"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
