# bench/vm generators: generator functions chained (one filters the other),
# consumed by sum(); a list comprehension, a generator expression and a set
# comprehension. Run by `make bench-vm` (bench/cmd/vmbench); argv[1]
# overrides N, the number of items through the generator chain.
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4000000


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x & 1 == 0:
            yield x


def work(n):
    total = 0
    for rep in range(n // 100):
        total += sum(evens(count_up(100)))
        squares = [x * x for x in range(50)]
        total += sum(x for x in squares if x & 1)
        total += len({x & 15 for x in range(50)})
    return total


t0 = time.time()
result = work(N)
t1 = time.time()
print("checksum", result)
print("seconds", t1 - t0)
