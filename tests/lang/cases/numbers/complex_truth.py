# A complex number is false exactly when both parts are zero.
for z in (0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), 1j, 1 + 0j, complex(float('nan'), 0)):
    print(repr(z), bool(z), not z)
if 0j:
    print('zero is true?')
print([z for z in (0j, 2j, 0j, 3) if z], any([0j, 0j]), all([1j, 0j]), 0j or 'fallback')
class Sub(complex):
    pass
print(bool(Sub(0)), bool(Sub(0, 1)))
