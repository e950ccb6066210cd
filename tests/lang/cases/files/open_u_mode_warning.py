# open() with the 'U' mode warns DeprecationWarning (after the mode's
# checks), and reads text with universal newlines.
import io, os, tempfile, warnings

p = os.path.join(tempfile.mkdtemp(), 'u.txt')
with open(p, 'w', newline='') as f:
    f.write('a\r\nb\rc\n')
for mode in ['U', 'rU', 'Ut', 'rbU', 'wU', 'U+']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            with io.open(p, mode) as f:
                print(mode, repr(f.read()), f.mode)
        except ValueError as e:
            print(mode, 'ValueError', e)
        print([(x.category.__name__, str(x.message)) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        open(p, 'U')
    except DeprecationWarning as e:
        print('raised', e)
os.remove(p)
os.rmdir(os.path.dirname(p))
