print(isinstance(NotImplemented, Exception), type(NotImplemented).__name__, repr(NotImplemented), str(NotImplemented), bool(NotImplemented))
class A:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
    def __add__(self, o): return NotImplemented
print(A() == A(), A() != 1)
for f in [lambda: A() < A(), lambda: A() + 1, lambda: 1 + A()]:
    try: f()
    except TypeError as e: print(e)
print((1).__eq__('a'), 'a'.__eq__(1))
print(NotImplemented is NotImplemented, [NotImplemented], {NotImplemented: 1})
try:
    raise NotImplemented
except TypeError as e:
    print('TypeError', e)
