# complex lists its one-operand methods and refuses divmod through
# them, as CPython 3.6 does.
z = 3+4j
print(complex.__pos__(z), z.__neg__(), z.__abs__(), complex.__bool__(0j), (1j).__bool__())
class C(complex): pass
c = C(1, -1)
print(c.__pos__(), type(c.__pos__()).__name__, c.__neg__(), c.__abs__())
print(complex(c), type(complex(c)).__name__, C(c), bool(C(0)))
for f in [lambda: z.__divmod__(2), lambda: z.__rdivmod__(2), lambda: divmod(z, 2), lambda: abs(complex(1e308, 1e308)), lambda: complex(1e308,1e308).__abs__()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(z.__divmod__('x'))
