# Three-argument pow: the result takes the modulus's sign, and a float among
# the arguments is the TypeError before any check of the integers' values.
for a in [(3,3,-8), (-3,3,8), (-3,3,-8), (5,0,-7), (2,10,-1), (0,0,-3), (7, 2, -5), (2**70, 3, -(2**65)+1)]:
    print(a, pow(*a), pow(a[0], a[1]) % a[2])
for a in [(2.0, -1, 3), (2.0, 1, 3), (2, -1.0, 3), (2, 1, 3.0), (2, -1, 3)]:
    try:
        print(pow(*a))
    except Exception as e:
        print(type(e).__name__, e)
