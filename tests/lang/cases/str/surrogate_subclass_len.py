# len() and indexing of str subclasses holding lone surrogates (the
# undecodable bytes of surrogateescape): one character each.


class Tagged(str):
    pass


class Sized(str):
    def __len__(self):
        return 99


raw = b'caf\xe9 \xff\xfeok'.decode('ascii', 'surrogateescape')
t = Tagged(raw)
print(len(raw), len(t), len(str(t)))
print(ascii(t[len(t) - 1]), ascii(t[4]), ascii(t[-3:]))
print([ascii(t[i]) for i in range(len(t))])
n = 0
while n < len(t):
    n += 1
print(n, len(Sized(raw)), len(Tagged('\ud800')), len(Tagged('')))
try:
    t[len(t)]
except IndexError as e:
    print('IndexError', e)
