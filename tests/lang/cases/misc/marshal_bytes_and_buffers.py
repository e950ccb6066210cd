# bytes, bytearray and memoryview are all written as bytes.
import marshal, array
for b in [b'', b'abc', bytearray(b'xyz'), memoryview(b'mv'), b'\x00\xff' * 3]:
    data = marshal.dumps(b)
    back = marshal.loads(data)
    print(type(b).__name__, data, type(back).__name__, back)
print(marshal.loads(marshal.dumps(array.array('b', [1, 2, 3]))))
