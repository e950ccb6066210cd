# Products and quotients of small ints whose result just leaves the
# 64-bit range are exact, as every Python int is.
import sys

low = -sys.maxsize - 1
print(low * -1, -1 * low, low * 2, low * low)
print(low // -1, low % -1, divmod(low, -1), divmod(low, 1))
n = low
n *= -1
print(n, type(n).__name__)
n = low
n //= -1
print(n)
n = low
n %= -1
print(n)
print(3037000500 * 3037000500, -3037000499 * 3037000500, 3037000499 * 3037000499)
print(sys.maxsize * sys.maxsize, sys.maxsize * -sys.maxsize)
print((low * -1) // -1 == low, low * -1 - 1 == sys.maxsize)
