class O: pass
o = O()
o.n = 1
l = [1, 2, 3]
d = {'a': 'x'}
o.n += 2; o.n *= 3; o.n -= 1; o.n //= 2; o.n **= 2; o.n %= 7; o.n <<= 2; o.n >>= 1; o.n |= 8; o.n &= 12; o.n ^= 5
print(o.n)
l[0] += 10; l[-1] *= 2; l[1:2] += [9]
d['a'] += 'y'; d['a'] *= 2
print(l, d)
x = 10
x /= 4
print(x)
def v(t):
    print('eval', t)
    return t
class R:
    def __getitem__(self, k): print('get', k); return 1
    def __setitem__(self, k, val): print('set', k, val)
r = R()
r[v(0)] += v(5)
s = 'ab'
s += 'c'
t = (1,)
t += (2,)
print(s, t)
