# for loops over iterators the interpreter implements (itertools, zip,
# map, enumerate, dict views, reversed, files), alternating kinds in
# nested loops, so that FOR_ITER's per-type lookup of __next__ follows
# each change of type; an exception from __next__ and StopIteration.
import itertools, io, os, tempfile

out = []
for a in zip('ab', itertools.count(1)):
    for b in map(str.upper, 'xy'):
        for c in enumerate(itertools.repeat(a[1], 2)):
            out.append((a, b, c))
print(out[:3], len(out))
d = {'k': 1, 'j': 2}
print([k for k in d.keys()], [v for v in d.values()], [i for i in d.items()],
      [x for x in reversed([1, 2, 3])], [x for x in itertools.chain('ab', range(2))])
print([x for x in filter(None, [0, 1, '', 'z'])], [p for p in itertools.product('ab', repeat=2)])


def failing():
    yield 1
    raise ValueError('inside')


try:
    for x in map(lambda v: v, failing()):
        print('got', x)
except ValueError as e:
    print('ValueError', e)
fd, path = tempfile.mkstemp()
os.write(fd, b'one\ntwo\n')
os.close(fd)
with open(path) as f:
    for line in f:
        for ch in itertools.islice(line, 2):
            print(repr(ch), end=' ')
print()
os.remove(path)
for s in io.StringIO('p\nq\n'):
    print(repr(s), end=' ')
print()
it = iter(itertools.repeat(0, 3))
for x in it:
    pass
print(list(it), next(it, 'done'))
