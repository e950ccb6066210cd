class I:
    def __int__(self): return 7
class X:
    def __index__(self): return 9
class F:
    def __float__(self): return 2.5
class IX:
    def __int__(self): return 66
    def __index__(self): return 2**70
class Bad:
    def __int__(self): raise ValueError('nope')
class BadT:
    def __int__(self): raise TypeError('inner')
class Tr:
    def __trunc__(self): return 5
for fmt in ['%d', '%i', '%u', '%x', '%o', '%X', '%e', '%f', '%g', '%c', '%#x', '%05d']:
    for v in [I(), X(), F(), IX(), Bad(), BadT(), Tr(), 3.9, '5', True, 2**70, -2**70, -1, 256, 0x110000, 'ab', 'z']:
        try:
            print(fmt, repr(fmt % v))
        except Exception as e:
            print(fmt, type(e).__name__, e)
        try:
            print(fmt, repr(fmt.encode() % v))
        except Exception as e:
            print(fmt, type(e).__name__, e)
import decimal
print('%d %i %u' % (decimal.Decimal('3.7'), decimal.Decimal('-2.5'), decimal.Decimal(10)))
try:
    '%d' % decimal.Decimal('nan')
except ValueError as e:
    print(type(e).__name__)
