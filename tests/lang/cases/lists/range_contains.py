# Membership in a range is arithmetic for ints, a comparison walk otherwise.
import sys
wide = range(-sys.maxsize, sys.maxsize)
print(0 in wide, sys.maxsize in wide, -sys.maxsize in wide, 2 ** 80 in wide)
print(2 in range(0, 10, 2), 3 in range(0, 10, 2), -4 in range(0, -10, -2), -5 in range(0, -10, -2))
print(True in range(2), 10 in range(10), 0 in range(0), 1.0 in range(3), 2.5 in range(3), 'a' in range(3))
class Two:
    def __eq__(self, other):
        return other == 2
print(Two() in range(5), Two() in range(2))
