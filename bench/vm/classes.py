# bench/vm classes: a three-level class hierarchy: properties read through
# instances, methods that extend their base's through super(), and
# super().__init__ chains when instances are made (every 64 iterations).
# Stock gpython has neither property nor super. Run by `make bench-vm`
# (bench/cmd/vmbench); argv[1] overrides N, the number of iterations.
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 900000


class Shape:
    def __init__(self, name):
        self.name = name

    @property
    def area(self):
        return 0

    def describe(self):
        return len(self.name) + self.area


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    def describe(self):
        return super().describe() + self.w


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def describe(self):
        return super().describe() * 2


def work(n):
    total = 0
    shapes = [Shape("base"), Rect(2, 3), Square(4)]
    for i in range(n):
        s = shapes[i % 3]
        total += s.describe() + s.area
        if i & 63 == 0:
            k = i >> 6
            shapes[1] = Rect(k & 7, 3)
            shapes[2] = Square(k & 15)
    return total


t0 = time.time()
result = work(N)
t1 = time.time()
print("checksum", result)
print("seconds", t1 - t0)
