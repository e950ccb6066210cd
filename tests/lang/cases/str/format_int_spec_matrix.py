vals = [0, 1, -1, 7, -42, 255, 2**63-1, -2**63, 2**63, -2**64-5, 10**30, True, False]
specs = ['', 'd', '>8', '<8', '^9', '=+10', '+', ' ', '-', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', ',', '_', '_x', '#_b', '08', '+08,d', 'c', 'n', 'e', '.2f', '%', 'g', '10.3E', '*^+#12_x']
for v in vals:
    row = []
    for s in specs:
        try: row.append(format(v, s))
        except Exception as e: row.append('%s:%s' % (type(e).__name__, e))
    print(row)
import enum
class E(enum.IntEnum):
    A = 65
print(format(E.A, 'c'), '{:x}'.format(E.A), f'{E.A:>5}')
