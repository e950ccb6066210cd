# bytes.fromhex and bytearray.fromhex are class methods: a class derived
# from them gets an instance of itself. Copying and pickling an instance
# of a class derived from bytes passes its value to __new__.
import copy
import pickle

class B(bytes):
    pass

class BA(bytearray):
    pass

class Suffixed(bytes):
    def __new__(cls, value):
        return super().__new__(cls, value + b'!')

print(type(B.fromhex('41')).__name__, B.fromhex('41 42'), type(B(b'').fromhex('43')).__name__)
print(type(BA.fromhex('00ff')).__name__, BA.fromhex('00ff'), Suffixed.fromhex('41'))
print(type(bytes.fromhex('')).__name__, type(bytearray.fromhex('')).__name__, b'x'.fromhex('44'))
for bad in ["B.fromhex()", "B.fromhex(1)", "BA.fromhex('4')", "bytes.fromhex('zz')"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
b = B(b'abcd')
b.note = 'n'
print(b'ab'.__getnewargs__(), b.__getnewargs__())
for c in (copy.copy(b), copy.deepcopy(b), pickle.loads(pickle.dumps(b, 2)), pickle.loads(pickle.dumps(b, 0))):
    print(type(c).__name__, c, c.note)
