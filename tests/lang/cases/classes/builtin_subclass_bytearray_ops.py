# Operations on instances of classes derived from bytearray and bytes
# mixed with plain values.
class BA(bytearray):
    pass

class B(bytes):
    pass

x = BA(b'ab')
print(b'<' + x, type(b'<' + x).__name__, x + b'>', type(x + b'>').__name__)
print(bytearray(b'[') + x, x * 2, type(x * 2).__name__, 2 * x)
print(b'-'.join([x, B(b'cd'), b'ef']), bytearray(b'+').join([x, x]))
print(b'ab' == x, x == b'ab', x[:1], type(x[:1]).__name__, type(x.upper()).__name__)
x += b'!'
print(x, type(x).__name__)
print(b'%s|%s' % (x, B(b'z')), bytes(x), bytearray(x))
try:
    hash(x)
except TypeError as e:
    print('TypeError', e)
print(bytearray.__hash__, hash(B(b'z')) == hash(b'z'))
print(memoryview(x).tobytes(), x.decode(), x.hex(), int(BA(b'12')) if False else '')
