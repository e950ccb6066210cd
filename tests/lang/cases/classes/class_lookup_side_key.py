# A class namespace key that is not a str but hashes and compares equal to
# a name answers attribute lookup on the class and its instances.
class K(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        return str(self) == other


A = type('A', (), {K('foo'): 5, 1: 'one'})
print(A.foo, A().foo, getattr(A, 'foo'))
B = type('B', (A,), {})
print(B.foo, B().foo, hasattr(B, 'bar'))
C = type('C', (A,), {'foo': 6})
print(C.foo, C().foo)
print([k for k in A.__dict__ if type(k) is not str], 1 in A.__dict__, 'foo' in A.__dict__)
