# string formatting (format spec mini-language and % edge cases)
vals = [0, -7, 255, 3.14159, -0.0, 1e21, float('inf'), float('nan'), 'txt', True, None, 2**64]
specs = ['', '>8', '<8', '^9', '*^9', '+', ' ', '08', '08.3f', '.3', '.2%', 'e', 'g', 'x', '#o', ',', '_', 'n', 's', 'c', '=+10', '10.4', '#b']
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append('!' + type(e).__name__)
    print(repr(v), row)
for f, a in [('%5s|%-5s|', ('ab', 'cd')), ('%.1f %.0f %.0f', (0.25, 0.5, 1.5)), ('%e', (0.0,)), ('%g %g %g', (1e-5, 123456789.0, 0.0001)), ('%#g', (1.0,)), ('%i%%', (5,)), ('%*d|%-*d', (4, 1, 3, 2)), ('%.*f', (2, 3.14159)), ('%r %a', ('é', 'é')), ('%s', ([1, 'a'],)), ('%-+05d', (3,)), ('% d', (4,)), ('%03s', ('a',)), ('%(x)-4d|', {'x': 7}), ('%c', (0x1f600,))]:
    try:
        print(repr(f % a))
    except Exception as e:
        print(f, type(e).__name__, e)
for f in ['{:d}'.format, '{:,d}'.format, '{:=^10}'.format, '{0:{1}}'.format, '{!s:>5}'.format]:
    for a in [(5,), (1234567,), ('x',), (3.5, '>6'), (None,)]:
        try:
            print(repr(f(*a)))
        except Exception as e:
            print(type(e).__name__, e)
