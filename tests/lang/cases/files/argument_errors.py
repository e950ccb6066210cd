import os
with open('ae_f.txt', 'w') as f:
    f.write('abc\ndef\n')
calls = [('r', 'read', ('x',)), ('r', 'read', (1.5,)), ('r', 'readline', ('x',)), ('r', 'write', ('x',)),
         ('w', 'write', (b'x',)), ('w', 'write', (1,)), ('w', 'write', ()), ('w', 'read', ()),
         ('rb', 'read', ('x',)), ('rb', 'read', (-2,)), ('wb', 'write', ('x',)), ('wb', 'write', (None,)),
         ('rb', 'seek', (1.0,)), ('rb', 'seek', (0, 5)), ('r', 'seek', (0, 5)), ('rb', 'readinto', (b'xx',)),
         ('rb', 'truncate', ()), ('r', 'truncate', ()), ('r', 'readlines', ('x',)), ('rb', 'readlines', (1,)),
         ('r', 'readline', (2,)), ('r', 'read', (None,)), ('rb', 'read', (None,)), ('r+', 'truncate', (2,)),
         ('rb', 'read1', ()), ('rb', 'peek', ()), ('w', 'writelines', ([1],)), ('wb', 'writelines', (['x'],))]
for mode, name, args in calls:
    with open('ae_f.txt', mode) as f:
        try:
            print(mode, name, repr(getattr(f, name)(*args)))
        except Exception as e:
            print(mode, name, type(e).__name__, e)
    if 'w' in mode:
        with open('ae_f.txt', 'w') as f:
            f.write('abc\ndef\n')
os.remove('ae_f.txt')
