s = set()
for i in range(20000):
    s.add(i * 31 % 20011)
print(len(s), 5 in s, 20010 in s, min(s), max(s))
for i in range(0, 20000, 3):
    s.discard(i)
print(len(s), sorted(s)[:5])
print(list(set(range(50)))[:10])
print(list({i * 8 for i in range(10)}))
