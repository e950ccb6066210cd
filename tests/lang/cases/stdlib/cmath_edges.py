import cmath
# exp just past the overflow point of e**x, where cos or sin is below one
for z in [complex(710.0, 0.785), complex(710.0, -0.785), complex(709.0, 1.0)]:
    r = cmath.exp(z)
    print(repr(r.real), repr(r.imag))
for z in [complex(711.0, 0.1), complex(710.0, 0.0)]:
    try:
        cmath.exp(z)
    except OverflowError as e:
        print(type(e).__name__, e)
print(cmath.exp(0j), cmath.exp(complex(-1000, 1)))
