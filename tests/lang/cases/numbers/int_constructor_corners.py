# int(x[, base]) corners: zeros in base 0, underscores in bytes, the
# base's range, buffers, the quoted text of the error, and what __int__ /
# __trunc__ may return.
import array
import warnings


def show(*args, **kwargs):
    try:
        print(repr(int(*args, **kwargs)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)


for text in ['00', '-0_0', ' +000 ', '0_', '007', '0_x1', '0_b1', '0x_1', '1__0']:
    show(text, 0)
for data in [b'1_000', bytearray(b'2_5'), b'0_0', b'_7', b'0xff']:
    show(data)
show(b'0x_ff', 0)
show(b'0_0', 0)
for base in [2 ** 70, -2 ** 70, 37, 1, -1, True]:
    show('0', base)
show('10', base=16)
show(x='11', base=2)
show(x=3.9)
show(base=10)
show(memoryview(b'42'))
show(array.array('b', b'17'))
show(memoryview(b'42'), 10)
for bad in ['12\x00', "'q'", 'x' * 300, '\u0663z']:
    show(bad)
show(b'9\x00')
show(bytearray(b'w'))
show('zz', 16)


class Number:
    def __init__(self, value):
        self.value = value

    def __int__(self):
        return self.value


class Truncates:
    def __init__(self, result):
        self.result = result

    def __trunc__(self):
        return self.result


class MyInt(int):
    pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    show(Number(True))
    show(Number(MyInt(6)))
    show(Truncates(Number(8)))
    show(Truncates(Number(True)))
    show(Truncates(MyInt(9)))
    show(Truncates(2.5))
    show(Truncates('no'))
    show(Number('no'))
    show(Truncates(Number('no')))
for w in caught:
    print(w.category.__name__, w.message)
