# bool reaches int's attributes along its MRO, with True and False as 1
# and 0: float(), the rounding methods and the properties.
import math

print(float(True), float(False), type(float(True)).__name__)
print(True.__trunc__(), False.__floor__(), True.__ceil__(), math.trunc(True), round(False))
print(True.real, False.imag, True.numerator, True.denominator, True.conjugate())
print(int.__trunc__(True), int.__float__(True), int.__index__(False))
print(True.__add__(True), True.__sub__(2), True.__mul__(5), True.__format__(''), True.__format__('d'))
print([n for n in ('__trunc__', '__floor__', '__ceil__', '__float__') if n in int.__dict__])
print(sorted(set(dir(int)) - set(dir(bool))), 'bit_length' in dir(True))
try:
    True.missing
except AttributeError as e:
    print(e)
