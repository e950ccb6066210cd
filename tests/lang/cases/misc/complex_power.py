for a, b in [(1j, 2), (1j, 3), (1+1j, 10), (2j, -1), (1+2j, -3), (1j, 0), (0j, 0), (0j, 2), (1j, 0.5), (2, 1j), (1+1j, 1+1j), ((1+1j), 2.0), (1.5, 2j), (1j, 101), (True, 1j), (10**30, 1j)]:
    try:
        print(a, b, a ** b, pow(a, b))
    except Exception as e:
        print(a, b, type(e).__name__, e)
for a, b in [(0j, -1), (0j, 1j), (1e200j, 3), (1j, 2 ** 70)]:
    try:
        print(a ** b)
    except Exception as e:
        print(type(e).__name__, e)
x = 1j
x **= 2
print(x)
try:
    pow(1j, 2, 3)
except Exception as e:
    print(type(e).__name__, e)
