class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), issubclass(bool, int))
print(type(B()) is B, type(B()) == A)
