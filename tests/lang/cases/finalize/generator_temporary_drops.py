# A generator suspended in a try block and dropped as a call's argument
# (next(gen())) is closed when the call returns, also when the same line
# drops one on every pass of a loop.
def gen(n):
    try:
        yield n
    finally:
        print('finally', n)


print(next(gen(1)))
print(next(gen(2)))
for i in range(3, 7):
    print(next(gen(i)))
    print('pass', i)


def helper(n):
    it = gen(n)
    next(it)
    print('helper', n)


for i in range(10, 14):
    helper(i)

for i in range(20, 24):
    x = gen(i)
    next(x)
    x = None
    print('rebound', i)

# held elsewhere: not closed by the call's return
keep = gen(30)
print(next(keep))
items = [gen(31)]
print(next(items[0]))
print('still open')
del keep
print('after del keep')
del items[0]
print('after del item')
print(next(gen(32), None))
print('end')
