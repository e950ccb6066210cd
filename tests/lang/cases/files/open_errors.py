import os
open('oe_f.txt', 'w').close()
cases = [(('oe_f.txt', 'rw'), {}), (('oe_f.txt', 'rr'), {}), (('oe_f.txt', 'q'), {}),
         (('oe_f.txt', 'rbt'), {}), (('oe_f.txt', 'Uw'), {}), (('oe_f.txt', 'r+t+'), {}),
         (('oe_f.txt', ''), {}), (('oe_f.txt', '+'), {}), (('oe_f.txt', 'b'), {}),
         (('oe_f.txt', 'rb'), {'encoding': 'utf-8'}), (('oe_f.txt', 'rb'), {'errors': 'strict'}),
         (('oe_f.txt', 'rb'), {'newline': '\n'}), (('oe_f.txt', 'r'), {'newline': 'x'}),
         (('oe_f.txt', 'r'), {'newline': 5}), (('oe_f.txt', 'r'), {'encoding': 5}),
         (('oe_f.txt', 5), {}), (('oe_f.txt', 'r'), {'buffering': 0}),
         (('oe_f.txt', 'rb'), {'buffering': 'x'}), ((3.5,), {}), (([],), {}), (('nope',), {}),
         (('.',), {}), ((b'nope',), {}), (('oe_f.txt', 'x'), {}), (('oe_f.txt', 'r'), {'encoding': 'nope'}),
         (('oe_f.txt', 'r'), {'closefd': False}), (('',), {}), (('oe_f.txt',), {'foo': 1}), ((), {}),
         (('no/such/dir/f', 'w'), {}), (('.', 'w'), {}), (('oe_f.txt', 'rb', -1, None, None, None, True, None, 5), {})]
for args, kw in cases:
    try:
        f = open(*args, **kw)
        print('ok', repr(f))
        f.close()
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'errno', None), getattr(e, 'filename', None))
os.remove('oe_f.txt')
