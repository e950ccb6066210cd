# The special methods of bytearray, array.array and enumerate appear in
# their types' dicts, as CPython's do.
import array

for t in (bytearray, array.array, enumerate):
    names = ['__len__', '__getitem__', '__setitem__', '__iter__', '__next__', '__contains__', '__add__', '__iadd__']
    print(t.__name__, [n for n in names if n in t.__dict__])
print(bytearray.__hash__, array.array.__hash__)
print(bytearray.__len__(bytearray(b'abc')), bytearray.__getitem__(bytearray(b'abc'), 1))
print(array.array.__add__(array.array('b', [1]), array.array('b', [2])))
for bad in ["bytearray.__len__(b'x')", "array.array.__getitem__([1], 0)", "bytearray.__new__(int)", "array.array.__new__(bytearray, 'b')"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
