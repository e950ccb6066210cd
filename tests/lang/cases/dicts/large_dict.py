d = {}
for i in range(10000):
    d[i * 7919 % 10007] = i
print(len(d), d[7919], list(d)[:5], list(d)[-3:])
for i in range(0, 10000, 2):
    del d[i * 7919 % 10007]
print(len(d), list(d)[:5])
s = {str(i): i for i in range(2000)}
print(sum(s.values()), s["1999"], "2000" in s)
t = {(i, i + 1): i for i in range(3000)}
print(t[(100, 101)], len(t))
f = {i / 4: i for i in range(1000)}
print(f[2.5], f[2], len(f))
