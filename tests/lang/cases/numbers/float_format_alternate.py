# The alternate form (#) of float formatting keeps the decimal point where
# the precision leaves none, for every presentation type ('%' included).
vals = [1.0, 0.0, 123.456, 1e20, 1.5e-7, -2.5, float('inf'), 12345678.9]
specs = ['#.0%', '#.0f', '#.0e', '#g', '#.3g', '#.0g', '#', '#10.0f', '#,.0f', '#.1%', '#e', '#.0E', '#G', '#n', '#.0n', '#010.0f', '+#.0f', '#.0', '.0', '#.1', '#.2']
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__)
    print(v, out)
print('%#.0f %#.0e %#g %#.0g %#x %#o %#.3g' % (1.0, 1.0, 1.0, 1.0, 255, 8, 100.0))
