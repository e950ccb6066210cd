# C(args) as an expression statement: CPython calls __del__ at the
# POP_TOP that discards the new instance, unless __init__ let self go.
keep = []


class Plain:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del Plain', self.n)


class Leaks:
    def __init__(self, n):
        self.n = n
        keep.append(self)

    def __del__(self):
        print('del Leaks', self.n)


def statements():
    for i in range(3):
        Plain(i)
        print('after', i)
    Leaks(10)
    print('after leak', len(keep))
    print('end statements')


statements()
Plain(30)
print('module level')


for i in range(1000):
    Plain(i) if i % 500 == 0 else None
print('done')
