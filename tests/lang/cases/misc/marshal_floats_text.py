# Versions 0 and 1 write floats as text.
import marshal
for f in [0.1, 1e300, -2.5e-10, float('inf'), float('-inf'), 123456789.0]:
    d0 = marshal.dumps(f, 0)
    print(d0, marshal.loads(d0) == f)
nan = marshal.loads(marshal.dumps(float('nan'), 1))
print(nan != nan, marshal.dumps(complex(1, -2), 1))
