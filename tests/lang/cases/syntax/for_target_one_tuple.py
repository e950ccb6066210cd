# "for x, in ..." unpacks each item as a tuple of one.
rows = [(1,), (2,), (3,)]
out = []
for x, in rows:
    out.append(x)
print(out)

for a, b, in [(1, 2), (3, 4)]:
    print(a, b)

for [y], in [([5],), ([6],)]:
    print(y)

print([v for v, in rows], {v for v, in rows}, {v: v for v, in rows})
print(list(v * 2 for v, in rows))

class Walker:
    def walk(self, pairs):
        for __item, in pairs:
            yield __item
print(list(Walker().walk([('p',), ('q',)])))

def bad(items):
    for only, in items:
        print("got", only)

try:
    bad([(1,), (2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    bad([(1,), ()])
except ValueError as e:
    print("ValueError:", e)
try:
    bad([7])
except TypeError as e:
    print("TypeError:", e)

for x, in rows:
    pass
else:
    print("else after", x)
