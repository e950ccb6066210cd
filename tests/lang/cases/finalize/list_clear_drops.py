# del of a slice lets go of the removed items at once:
# those nothing else holds are finalized before the statement ends,
# last removed item first; those held elsewhere stay.


class C:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


def in_function():
    items = [C(1), C(2), C(3)]
    del items[:]
    print('cleared in function', items)


keep = [C(4), C(5)]
del keep[:]
print('cleared', keep)

other = C(6)
keep = [C(7), other, C(8)]
del keep[:]
print('held elsewhere', other.n)
other = None
print('name dropped')

keep = [C(9), C(10), C(11), C(12)]
del keep[1:3]
print('slice deleted', [c.n for c in keep])
del keep[:]
print('all deleted', keep)

keep = [C(n) for n in range(13, 19)]
del keep[::2]
print('stepped', [c.n for c in keep])
keep = None
print('list dropped')

in_function()
print('done')
