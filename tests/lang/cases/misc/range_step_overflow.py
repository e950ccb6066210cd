# Ranges whose last step would carry the index past 64 bits: a for loop,
# list(), a comprehension, sum() and __length_hint__ all stop after the
# last item (the index used to wrap round and the loop never ended).
big = 2**63 - 1
small = -2**63
cases = [(small, big, 2**62), (big - 5, big, 2), (big - 1, big), (0, big, 2**62 + 1),
         (big, small, -2**62), (small + 5, small, -3), (small + 1, small, -1),
         (0, small, -(2**62) - 1), (small, big, big), (big, small, -big)]
for args in cases:
    out = []
    for x in range(*args):
        out.append(x)
        if len(out) > 10:
            break
    print(args, out, iter(range(*args)).__length_hint__())
    print('  ', list(range(*args)) == out, [y for y in range(*args)] == out, sum(range(*args)) == sum(out))
