# Ints beyond 32 bits go out as base 2**15 digits with a signed count.
import marshal
for n in [2**32, -2**32, 2**62 + 5, -(2**63), 10**30, -(10**40) + 7, 2**1000 - 1]:
    data = marshal.dumps(n)
    assert marshal.loads(data) == n
    print(len(data), data[:12], marshal.loads(data) == n)
