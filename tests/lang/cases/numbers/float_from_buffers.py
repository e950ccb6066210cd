# float() reads the text of bytes-like objects.
print(float(b' 2.5 '), float(bytearray(b'-1e3')), float(memoryview(b'12.3')[1:4]), float(memoryview(b'7')))
for bad in (memoryview(b'x'), bytearray(b''), b'1.2.3'):
    try:
        float(bad)
    except ValueError:
        print('ValueError for', type(bad).__name__)
try:
    float([1.0])
except TypeError as exc:
    print('TypeError:', exc)
print(float())
