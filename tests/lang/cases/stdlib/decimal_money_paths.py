# Decimal's 64-bit fast paths at their edges: sums, products, quantize,
# str() of small values, int operands, method calls with keywords, and the
# current context after setcontext/localcontext (in threads too).
import decimal
import threading
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, localcontext, getcontext, setcontext, Context

cent = Decimal('0.01')
for a, b in [('18446744073709551615', '1'), ('4294967296', '4294967296'),
             ('4294967295', '4294967297'), ('9999999999999999999', '9'),
             ('0.000001', '0.000001'), ('-123.45', '67.8'), ('0', '-0'),
             ('-0', '-0'), ('1E+5', '3'), ('123456789012345678', '-99')]:
    x, y = Decimal(a), Decimal(b)
    print(a, b, x + y, x - y, x * y, repr(x * y), x > y, x == y, x <= y)

for v in [Decimal(2**63 - 1), Decimal(-2**63), Decimal(-2**63 + 1), Decimal(2**64 - 1),
          Decimal(2**64), Decimal(True), Decimal(False)]:
    print(v, v + 1, 1 - v, v * -3, v > -2**63, v == 2**64 - 1, Decimal('0.5') * v)
print(Decimal('1.5') + True, Decimal('2.5') * False, Decimal('3') == 3, Decimal('3.0') != 3)

for s in ['0.000001', '0.0000001', '-0.0000012', '1234567890123456789', '12345678901234567890',
          '0.1234567890123456789', '0.12345678901234567890', '-0', '-0.00', '0E-19', '0E-20',
          '123.4500', '1E+2', '100', '-9.99', '1.000000000000000000']:
    d = Decimal(s)
    print(s, str(d), repr(d), str(-d), d.quantize(cent), '%s' % d)

for amount in ['47.115', '47.125', '-47.115', '0.005', '-0.005', '99.995', '1E+3', '123456789.999']:
    x = Decimal(amount)
    print(amount, x.quantize(cent), x.quantize(cent, ROUND_HALF_UP), x.quantize(cent, rounding=ROUND_HALF_UP),
          x.quantize(exp=cent, rounding=ROUND_DOWN), x.quantize(cent, context=Context(rounding=ROUND_DOWN)))

for call in [lambda: Decimal(1).quantize(), lambda: Decimal(1).quantize(cent, bogus=1),
             lambda: Decimal(1).quantize(cent, exp=cent), lambda: Decimal(1).quantize(cent, 'ROUND_NOPE'),
             lambda: Decimal(1).quantize(cent, None, None, None),
             lambda: Decimal(1).quantize(1.5), lambda: Decimal(1).quantize(cent, rounding=3)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

m = Decimal.quantize
print(m(Decimal('2.345'), cent), Decimal('2.345').quantize.__name__)


class Money(Decimal):
    pass


print(Money('2.345').quantize(cent), type(Money('2.345').quantize(cent)).__name__)

getcontext().prec = 5
print(Decimal('123456') + 1, Decimal('1.23456') * 1, str(Decimal(1) / 3))
setcontext(Context(prec=3, rounding=ROUND_DOWN))
print(Decimal('123456') + 1, Decimal('2') / 3, getcontext().prec)
with localcontext() as c:
    c.prec = 8
    print(Decimal(1) / 7, Decimal('1.23456789') + 0)
print(Decimal(1) / 7)
setcontext(decimal.DefaultContext)
print(Decimal(1) / 7, getcontext().prec)
getcontext().capitals = 0
print(Decimal('1E+30'), repr(Decimal('1E+30')))
getcontext().capitals = 1

getcontext().clear_flags()
Decimal('47.115').quantize(cent)
print(sorted(k.__name__ for k, v in getcontext().flags.items() if v))
getcontext().traps[decimal.Inexact] = True
try:
    Decimal('47.115').quantize(cent)
except decimal.Inexact as e:
    print('Inexact', type(e).__name__)
getcontext().traps[decimal.Inexact] = False

results = {}


def worker(n):
    setcontext(Context(prec=n))
    x = Decimal(1) / 7
    with localcontext() as c:
        c.prec = n + 1
        y = Decimal(1) / 7
    results[n] = (str(x), str(y), str(Decimal(1) / 7))


ts = [threading.Thread(target=worker, args=(n,)) for n in (2, 4, 6)]
for t in ts:
    t.start()
for t in ts:
    t.join(10)
print(sorted(results.items()), str(Decimal(1) / 7))

total = Decimal(0)
limit = Decimal('500')
over = 0
for i in range(2000):
    price = Decimal('%d.%02d' % (i % 997, i % 100))
    line = (price * (i % 7 + 1)).quantize(cent, rounding=ROUND_HALF_UP)
    total += line + (line * Decimal('0.0825')).quantize(cent, ROUND_HALF_UP)
    if line > limit:
        over += 1
print(total, over, str(total), total.quantize(Decimal('1.')), -total)
