# The codecs' stream and incremental classes derive from what CPython
# 3.6's do: codecs.StreamWriter/StreamReader from Codec alone, each
# encodings module's from its own Codec first (but the UTF codecs'), the
# BOM codecs' with no helper class; reset() starts the BOM over.
import codecs
import encodings.ascii
import encodings.base64_codec
import encodings.cp1252
import encodings.idna
import encodings.latin_1
import encodings.utf_16
import encodings.utf_8
import io


def names(cls):
    return [k.__module__ + '.' + k.__qualname__ for k in cls.__mro__]


for cls in (codecs.StreamWriter, codecs.StreamReader, codecs.StreamReaderWriter,
            codecs.StreamRecoder):
    print(cls.__name__, names(cls),
          sorted(k for k in ('__getattr__', '__enter__', '__exit__', '__init__', '__iter__',
                             'seek', 'reset', 'decode') if k in vars(cls)))

for m in (encodings.utf_8, encodings.latin_1, encodings.ascii, encodings.cp1252,
          encodings.utf_16, encodings.idna, encodings.base64_codec):
    for cls in ('StreamWriter', 'StreamReader', 'Codec', 'IncrementalEncoder',
                'IncrementalDecoder'):
        c = getattr(m, cls, None)
        if c is not None:
            print(m.__name__, cls, names(c))
    info = codecs.lookup(m.__name__.rpartition('.')[2])
    print(info.streamwriter is m.StreamWriter, info.streamreader is m.StreamReader)
print(sorted(n for n in dir(encodings.idna) if not n.startswith('__')))
print(encodings.idna.nameprep('Ab'), encodings.idna.ToASCII('bücher'),
      encodings.idna.ToUnicode(b'xn--bcher-kva') == 'b\xfccher')

for enc in ("utf-16", "utf-32", "utf-8-sig", "utf-16-le", "latin-1"):
    e = codecs.getincrementalencoder(enc)()
    a = e.encode("ab")
    e.reset()
    b = e.encode("c")
    d = codecs.getincrementaldecoder(enc)()
    x = d.decode(a)
    st = d.getstate()
    d.reset()
    st2 = d.getstate()
    y = d.decode(b)
    s = io.BytesIO()
    w = codecs.getwriter(enc)(s)
    w.write("q")
    w.reset()
    w.write("r")
    r = codecs.getreader(enc)(io.BytesIO(s.getvalue()))
    print(ascii((enc, a, b, x, y, st, st2, s.getvalue(), r.read())))
    r.seek(0)
    print(ascii(r.read()), r.tell() if hasattr(r, 'tell') else None)

rw = codecs.StreamReaderWriter(io.BytesIO(b'xyz'), codecs.getreader('ascii'),
                               codecs.getwriter('ascii'))
with rw:
    print(rw.read(2), rw.getvalue(), rw.closed)
print(rw.closed)
