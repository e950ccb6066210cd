# A slice bound that is not None, an int or an __index__ object is CPython's
# one TypeError for every built-in sequence, read, assigned or deleted.
import array
import collections

CASES = [
    "'abc'[None:'a']",
    "'abc'[:'a']",
    "'abc'[::'a']",
    "[1][:'a']",
    "(1,)[:'a']",
    "b'ab'[:'a']",
    "bytearray(b'ab')[:'a']",
    "range(3)[:'a']",
    "memoryview(b'ab')[:'a']",
    "'abc'[1.5:]",
    "[1][:1.5]",
    "x=[1,2]; x[:'a'] = []",
    "x=[1,2]; del x[:'a']",
    "array.array('b',[1])[:'a']",
    "'abc'[slice(None, None, 0)]",
    "[1][::0]",
    "x=bytearray(b'ab'); x[:'a'] = b''",
    "x=bytearray(b'ab'); del x[:'a']",
    "x=array.array('b',[1]); x[:'a'] = array.array('b')",
    "x=array.array('b',[1]); del x[:'a']",
    "x=memoryview(bytearray(b'ab')); x[:'a'] = b''",
    "x=[1]; x[1.5] = 2",
    "x=bytearray(b'a'); x[1.5] = 2",
    "x=bytearray(b'a'); x['a']",
    "x=memoryview(b'a'); x['a']",
    "x=array.array('b',[1]); x['a']",
    "x=(1,); x['a']",
    "'a'['a']",
    "b'a'['a']",
    "range(2)['a']",
    "range(2)[1.5:]",
    "'abc'[True:]",
    "collections.deque([1])[:1]",
    "collections.deque([1])['a']",
]

for src in CASES:
    try:
        exec(src, {'array': array, 'collections': collections})
        print('ok')
    except Exception as e:
        print(type(e).__name__ + ':', e)
