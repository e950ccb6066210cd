class I:
    def __index__(self): return 2
cases = [slice(None), slice(1, 5, 2), slice(-1, None, -1), slice(None, None, -1), slice(-100, 100), slice(100, -100, -1), slice(2, 1), slice(I(), None), slice(None, -2, -3), slice(0, 0, 1)]
for s in cases:
    for n in (0, 1, 3, 10):
        print(s.indices(n) if not isinstance(s.start, I) else (n, s.indices(n)), end=' ')
    print()
for s, n in [(slice(0, 1, 0), 3), (slice('a', 2), 3), (slice(1, 2), -1), (slice(1, 2), 'x'), (slice(1, 2), I())]:
    try:
        print(s.indices(n))
    except Exception as e:
        print(type(e).__name__, e)
try:
    slice(1, 2).indices()
except TypeError as e:
    print('TypeError', e)
print(range(10)[slice(*slice(2, None, 3).indices(10))])
