# format() of complex with no type: shortest parts, parentheses when the
# real part shows.
values = [2.5 + 0j, 1 + 2j, 3 - 4j, 1e10j, -0j, complex(-0.0, 0.0), 0j, 1e20 + 1e-5j]
for v in values:
    print(repr(v), format(v), format(v, '-'), format(v, '+'), format(v, ' '), '{}'.format(v))
