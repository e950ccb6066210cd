# Dicts keep insertion order through marshal; sets their members.
import marshal
d = {}
for k in ['zeta', 'alpha', 3, (1, 2), 'mid']:
    d[k] = len(str(k))
data = marshal.dumps(d)
print(data)
print(list(marshal.loads(data)))
s = {10, 20, 30, 'x'}
print(marshal.loads(marshal.dumps(s)) == s, marshal.loads(marshal.dumps(frozenset(s))) == s)
