# A class's __dict__ lists its body's names in definition order.
class A:
    z = 1
    a = 2
    def m(self): pass
    y = 3
print([k for k in A.__dict__ if not k.startswith('__')])
print(list(A.__dict__)[0])
A.later = 4
setattr(A, 'b', 5)
print([k for k in A.__dict__ if not k.startswith('__')])
B = type('B', (), {'q': 1, 'b': 2, 'a': 3})
print([k for k in B.__dict__ if not k.startswith('__')])
class Meta(type):
    def __new__(meta, name, bases, ns):
        print([k for k in ns if not k.startswith('__')])
        return super().__new__(meta, name, bases, ns)
class C(metaclass=Meta):
    "doc"
    zz = 1
    def f(self): pass
    aa = 2
print([k for k in C.__dict__ if not k.startswith('__')])
print([k for k in vars(C) if not k.startswith('__')])
class E:
    def __eq__(self, other): return True
    x = 1
print(list(E.__dict__)[:3], E.__hash__)
