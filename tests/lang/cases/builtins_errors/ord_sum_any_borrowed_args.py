# ord, sum, any and all read their arguments off the loop's stack
# (vm.ArgsBorrowed): results, errors, and arguments that stay intact after
# a callee ran Python code.
class S(str):
    pass


def gen():
    yield 0
    yield 2


print(ord('a'), ord(S('b')), ord(b'c'), ord(bytearray(b'd')), ord('\u20ac'))
for bad in [lambda: ord('ab'), lambda: ord(''), lambda: ord(1), lambda: ord(), lambda: ord('a', 'b'), lambda: ord(c='a')]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(sum([1, 2, 3]), sum(gen(), 10), sum([[1], [2]], []), any(gen()), all(gen()), any([]), all([]))
for bad in [lambda: sum(), lambda: sum(1), lambda: sum(['a'], ''), lambda: any(1), lambda: all(), lambda: any([], x=1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
args = [[3, 4], 5]
total = sum(*args)
print(total, args)
