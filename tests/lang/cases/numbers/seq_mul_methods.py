# __mul__ and __rmul__ of the sequence types take any __index__ count.
class Two:
    def __index__(self):
        return 2

print([1].__mul__(Two()), 'ab'.__mul__(Two()), (1,).__rmul__(Two()), b'xy'.__mul__(3), b'z'.__rmul__(Two()))
print(str.__mul__('ab', 2), list.__rmul__([0], 3), tuple.__mul__((1,), 0), bytes.__mul__(b'-', -1))
for bad in ('a', 1.5, None):
    try:
        [1].__mul__(bad)
    except TypeError as exc:
        print('TypeError:', exc)
try:
    str.__mul__(b'a', 2)
except TypeError as exc:
    print('TypeError:', exc)
