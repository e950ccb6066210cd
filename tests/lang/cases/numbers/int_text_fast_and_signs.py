# int() of text: the plain decimal fast path (blanks, sign, up to 18 digits) and
# what it leaves to the general parser; two signs are refused.
for s in ['0', '-0', '+7', ' 42 ', '\t\n-12\r\x0b\x0c', '007', '123456789012345678', '1234567890123456789', '-999999999999999999', '99999999999999999999', '1_000', '', ' ', '-', '+-1', '1 2', '\x1c5\x1f', '\u0661', '٣', '0x10', '1e3', '12a', '\xa012', '  -  1', '00', '-00001']:
    try: print(ascii(s), int(s))
    except ValueError as e: print(ascii(s), 'ValueError', e)
class I(int): pass
print(type(I('5')), I(' 7 '), int('12', 10), int('z', 36), int(' 10 ', base=2))
for x in ['+-1', '-+1', '--1', '++1', ' -+5', b'+-1', bytearray(b'--2'), '-\u0661', '+-0x1']:
    for base in (10, 0, 16):
        try: print(ascii(x), base, int(x, base))
        except ValueError as e: print(ascii(x), base, 'ValueError', e)
