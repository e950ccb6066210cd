for s in ['1+2j', ' 3-4.5j ', 'j', '-j', '+J', '(1+2j)', ' ( 1+2j ) ', '1e3-1e-2j', 'inf+nanj', '1', '2.5', '1_0+2_0j', '-1.5e+3j', '1+j', '1-j', '', '1+', '1+2', 'j1', '1 + 2j', '(1+2j', '1+2jj', 'abc', '٣+١j', '\u20031+2j\u2003', '1__0j', '.5j', '5.j', 'nanj', '-infj', 'infinity-infinityj']:
    try:
        print(repr(s), complex(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for a in [(b'1',), ('1', 2), (1, '2'), ([],), (1, 2), (1.5,), ('1j', None)]:
    try:
        print(a, complex(*a))
    except Exception as e:
        print(a, type(e).__name__, e)
for s in ['٣', ' ١٢ ', '١.٥', '\u00a012\u2003', '١_٢', '0x١']:
    for f in (int, float):
        try:
            print(f.__name__, repr(s), f(s))
        except Exception as e:
            print(f.__name__, repr(s), type(e).__name__, e)
print(int('١٢', 16), int('𝟙𝟚'))
class WithComplex:
    def __complex__(self): return 2+3j
class WithFloat:
    def __float__(self): return 4.5
class BadComplex:
    def __complex__(self): return 5
for a in [(1.5, -0.0), (-0.0, 0), (1j, 1j), (1+2j, 3+4j), (2, 1j), (WithComplex(),), (WithFloat(), WithFloat()), (True, False), (10**20,), (0, [])]:
    try:
        print([type(x).__name__ for x in a], complex(*a))
    except Exception as e:
        print(type(e).__name__, e)
try:
    complex(BadComplex())
except TypeError as e:
    print('TypeError', e)
print(complex(real=1, imag=2), complex(imag=3), complex())
try:
    complex(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    complex(x=1)
except TypeError as e:
    print('TypeError', e)
