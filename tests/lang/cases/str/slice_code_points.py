import itertools
for s in ['', 'abc', 'héllo wörld', '日本語テキスト', 'a\U0001f600b', 'x\udcffy', 'ab\udc80', '\ud800\udc00z']:
    n = len(s)
    out = []
    for a, b in itertools.product([None, -100, -n-1, -n, -2, -1, 0, 1, 2, n-1, n, n+1, 100, 2**70, -2**70], repeat=2):
        out.append(s[a:b])
    print(ascii(out))
class I(int): pass
print('abcdef'[I(1):I(3)], 'héllo'[True:4])
try: 'abc'['x':2]
except TypeError as e: print(e)
try: 'abc'[1.0:2]
except TypeError as e: print(e)
