# float.is_integer is false for infinities and NaN.
for x in (2.0, -3.0, 2.5, 0.0, -0.0, 1e300, float('inf'), float('-inf'), float('nan')):
    print(repr(x), x.is_integer())
print(float.is_integer(4.0))
