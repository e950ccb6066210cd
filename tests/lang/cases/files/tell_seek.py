import os
with open('ts_f.txt', 'w') as f:
    f.write('first\nsecond line\r\nthird \u20ac\nlast')
    print(f.tell(), f.seek(0, 1), f.seek(0, 2))
with open('ts_f.txt') as f:
    marks = []
    while True:
        marks.append(f.tell())
        if not f.readline():
            break
    print(marks)
    for m in reversed(marks):
        f.seek(m)
        print(m, repr(f.readline()))
    f.seek(0)
    print(repr(f.read(8)), f.tell())
    pos = f.tell()
    print(repr(f.read(5)))
    f.seek(pos)
    print(repr(f.read(5)))
    for args in [(-1,), (1, 1), (1, 2), (0, 3), ('x',)]:
        try:
            print(f.seek(*args))
        except Exception as e:
            print(type(e).__name__, e)
    f.seek(0)
    next(f)
    try:
        f.tell()
    except OSError as e:
        print(type(e).__name__, e)
    print(list(f), f.tell())
os.remove('ts_f.txt')
