# Instances of Python subclasses of built-in types have the entries the
# built-in type's __dict__ presents (float.__trunc__), and str, list and
# tuple have no __radd__, as in 3.6.
class F(float): pass
print(F.__trunc__)
print(F(3.5).__trunc__())
print(type(F(3.5).__trunc__).__name__)
class R(int): pass
print(R(3).__trunc__(), R(3).__getnewargs__())
class L(list): pass
print(type(L([1]).__reversed__).__name__, L([1, 2]).__reversed__().__next__())
print(hasattr('', '__radd__'), hasattr([], '__radd__'), hasattr((), '__radd__'), '__radd__' in str.__dict__)
class L(list): pass
class L2(list):
    def __radd__(self, o): return 'L2.radd'
class S(str): pass
class S2(str):
    def __radd__(self, o): return 'S2.radd'
class T(tuple): pass
class T2(tuple):
    def __radd__(self, o): return 'T2.radd'
class B(bytearray): pass
for f in (lambda: [1] + L([2]), lambda: L([1]) + [2], lambda: [1] + L2([2]), lambda: 'a' + S('b'),
          lambda: S('a') + 'b', lambda: 'a' + S2('b'), lambda: (1,) + T((2,)), lambda: (1,) + T2((2,)),
          lambda: bytearray(b'a') + B(b'b'), lambda: B(b'a') + b'b', lambda: b'a' + bytearray(b'c'),
          lambda: 1 + S('a'), lambda: 1 + L(), lambda: hasattr(S, '__radd__'), lambda: bool(bytearray()), lambda: bool(B(b'x')),
          lambda: S('a').__add__('b'), lambda: L([1]).__add__([3])):
    try:
        r = f()
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)
