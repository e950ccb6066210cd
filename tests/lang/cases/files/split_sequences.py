import os
for head in range(65533, 65538):
    data = ('a' * head + '\u20ac\r\nz\r' + 'b' * 65533 + '\r\ny\n').encode('utf-8')
    with open('ss_f.txt', 'wb') as f:
        f.write(data)
    with open('ss_f.txt') as f:
        lines = f.readlines()
    with open('ss_f.txt', newline='') as f:
        raw = f.readlines()
    with open('ss_f.txt') as f:
        f.readline()
        t1 = f.tell()
        f.readline()
        t2 = f.tell()
        f.seek(t1)
        again = f.readline()
        f.seek(t2)
        after = f.readline()
    # t2 is where CPython's decoder holds a '\r': its cookie is opaque.
    print(head, len(lines), [len(l) for l in lines], [repr(l[-2:]) for l in raw], t1, repr(again), len(after))
    with open('ss_f.txt', encoding='utf-16-le', errors='replace') as f:
        print(len(f.read()))
os.remove('ss_f.txt')
