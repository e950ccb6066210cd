def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
t('range0', lambda: range(0, 12, 0))
t('rangef', lambda: range(1.5))
def iadd():
    l = [1]
    l += (2, 3)
    l += 'ab'
    l += {4: 5}
    return l
t('listiadd', iadd)
t('listadd', lambda: [1] + (2,))
class G:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError(i)
t('getitem-iter', lambda: (list(G()), tuple(G()), sorted(G()), 10 in G(), [x for x in G()], set(G()), sum(G()), max(G()), list(map(str, G())), list(zip(G(), 'ab')), ''.join(map(str, G()))))
t('boolxor', lambda: (True ^ False, True & True, False | False, True ^ 1, type(True ^ False)))
t('abs', lambda: abs('a'))
for f in [lambda: -'a', lambda: +'a', lambda: ~'a', lambda: ~1.5, lambda: abs('a'), lambda: abs([]), lambda: -[1]]:
    try: print(f())
    except TypeError as e: print(e)
print(True ^ False, True & True, False | False, True ^ 1, type(True ^ False), True & 3, False | True)
x = True
x ^= True
print(x, type(x))
class R:
    def __radd__(self, other): return 'radd'
l = [1]
l += R()
print(l, [1] + R())
l = [1, 2]
l += l
print(l)
try:
    l += 5
except TypeError as e:
    print(e)
def gen():
    yield 7
l += gen()
print(l)
