# complex's operator methods are reachable from the type.
print(complex.__add__(1j, 2), complex.__radd__(1j, 2), complex.__sub__(1j, 1), complex.__rsub__(1j, 2))
print(complex.__mul__(2j, 2j), complex.__truediv__(1 + 1j, 2), complex.__rtruediv__(2j, 4), complex.__pow__(2j, 2))
print(complex.__add__(1j, 'x'), complex.__mul__(1j, [1]), complex.__eq__(1j, 'x'))
print(complex.__eq__(1 + 0j, 1), complex.__ne__(1j, 1j), complex.__eq__(1 + 1j, 1 << 100))
for call in (lambda: complex.__truediv__(1 + 1j, 0j), lambda: complex.__mod__(1j, 2), lambda: complex.__floordiv__(3 + 0j, 1.5 + 0j), lambda: pow(1j, 2, 3)):
    try:
        print(call())
    except (TypeError, ValueError, ZeroDivisionError) as exc:
        print(type(exc).__name__, exc)
