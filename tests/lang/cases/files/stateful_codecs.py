# open() with codecs whose decoding carries state between chunks (utf-7,
# idna, a codec a script registers): reads in small chunks, tell()'s
# cookies and seek() back to them, line endings, writes.
import codecs
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 's.txt')
text = 'a\u20acb\r\nc\u00e9\rd+e\n\u65e5x-y' * 3
for nl in (None, '', '\n', '\r\n'):
    with open(p, 'w', encoding='utf-7', newline=nl) as f:
        f.write(text[:7])
        f.write(text[7:])
        print('written', repr(nl), f.tell())
    with open(p, 'rb') as f:
        print(f.read())
    with open(p, encoding='utf-7', newline=nl) as f:
        f._CHUNK_SIZE = 5
        whole = f.read()
    print(ascii(whole))
    cookies = []
    for i in range(0, len(whole) + 1, 2):
        with open(p, encoding='utf-7', newline=nl) as f:
            f._CHUNK_SIZE = 5
            assert f.read(i) == whole[:i]
            c = f.tell()
            f.read(3)
            f.seek(c)
            assert f.read() == whole[i:], i
            cookies.append(c)
    print(cookies)
    with open(p, encoding='utf-7', newline=nl) as f:
        lines = []
        while True:
            line = f.readline()
            lines.append((ascii(line), f.tell()))
            if not line:
                break
        print(lines, f.newlines)

with open(p, 'w+', encoding='utf-7') as f:
    f.write('\u20ac\u20ac')
    f.seek(0)
    print(ascii(f.read(1)), f.tell())
    print(f.seek(0, 2))
    f.write('z')
    f.seek(0)
    print(ascii(f.read()))
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1)
    except ValueError as e:
        print(e)

# idna's incremental encoder keeps a label until its dot
with open(p, 'w', encoding='idna') as f:
    f.write('www.b\u00fccher')
    print(f.tell())
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='idna') as f:
    print(ascii(f.read()))

try:
    open(p, encoding='hex')
except LookupError as e:
    print(e)


# a codec with only an incremental decoder, whose state is a word in
# progress: each word comes out once a space ends it
class Words(codecs.IncrementalDecoder):
    def reset(self):
        self.buf = b''

    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.reset()

    def getstate(self):
        return self.buf, 0

    def setstate(self, state):
        self.buf = state[0]

    def decode(self, data, final=False):
        self.buf += data
        out = []
        while b' ' in self.buf:
            word, self.buf = self.buf.split(b' ', 1)
            out.append(word.decode('ascii').upper() + '_')
        if final and self.buf:
            out.append(self.buf.decode('ascii').upper() + '.')
            self.buf = b''
        return ''.join(out)


def search(name):
    if name == 'words':
        latin = codecs.lookup('latin-1')
        return codecs.CodecInfo(name='words', encode=latin.encode, decode=None,
                                incrementalencoder=None, streamreader=None,
                                streamwriter=None, incrementaldecoder=Words)


codecs.register(search)
with open(p, 'wb') as f:
    f.write(b'one two three fo')
with open(p, encoding='words') as f:
    whole = f.read()
print(whole)
for i in range(len(whole) + 1):
    with open(p, encoding='words') as f:
        f._CHUNK_SIZE = 3
        assert f.read(i) == whole[:i]
        c = f.tell()
        f.read(2)
        f.seek(c)
        assert f.read() == whole[i:]
        print(i, c, end='; ')
print()
with open(p, encoding='words') as f:
    print(f.read(5), f.tell(), f.read(), f.tell())
os.remove(p)
os.rmdir(d)
