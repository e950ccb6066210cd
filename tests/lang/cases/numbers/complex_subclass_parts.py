# .real and .imag of a complex subclass's instance.
class Polar(complex):
    pass

p = Polar(3.0, -4.0)
print(p.real, p.imag, abs(p), p.conjugate())
print(type(p).__name__, p + 1, p == complex(3, -4))
for x in (0.0, -0.0, float('inf')):
    q = Polar(x, x)
    print(q.real, q.imag, complex(q).real)
