# format() of complex with a float presentation type.
values = [1.25 + 2.5j, -3 - 0.5j, 12345.678 + 9j, 1e-7j]
for spec in ('e', 'E', 'f', '.2f', 'F', 'g', '.3g', 'G', 'n', '.0e', ',.2f', '_.1f', '.3'):
    print(spec, [format(v, spec) for v in values])
