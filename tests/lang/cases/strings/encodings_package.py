# The encodings package: the aliases table, a module per codec with
# getregentry() and the coder classes, and rot_13 as a filter script.
import codecs
import hashlib
import importlib
import io
import subprocess
import sys

from encodings.aliases import aliases

print(len(aliases), hashlib.sha1(repr(sorted(aliases.items())).encode()).hexdigest())
for name in ["latin1", "iso8859_1", "8859", "u8", "utf8", "sjis", "base64",
             "rot13", "ascii" in aliases, "646", "cp936", "ansi"]:
    print(name, aliases.get(name))

# (not iso8859_1: its classes are latin_1's here, the same codec)
for short in ["utf_8", "utf_16", "ascii", "latin_1", "cp1252",
              "cp037", "koi8_r", "mac_roman", "base64_codec", "hex_codec",
              "zlib_codec", "rot_13", "gbk", "shift_jis", "iso2022_jp",
              "undefined", "unicode_escape", "punycode", "charmap", "idna"]:
    m = importlib.import_module("encodings." + short)
    info = m.getregentry()
    print(short, info.name, info is not m.getregentry(),
          m.IncrementalEncoder.__module__, m.StreamWriter.__name__,
          info.incrementaldecoder is m.IncrementalDecoder,
          hasattr(m, "Codec"), hasattr(m, "decoding_table"),
          m.codecs is codecs)

for short in ["mbcs", "oem", "cp65001", "no_such_codec"]:
    try:
        importlib.import_module("encodings." + short)
    except Exception as e:
        print(short, type(e).__name__, e)

import encodings.cp1252 as cp
print(len(cp.decoding_table), cp.decoding_table[0x80:0x84], repr(cp.decoding_table[0x81]))
print(cp.Codec().encode("\u20acx"), cp.Codec().decode(b"\x80\x9f"))
import encodings.utf_8 as u8
print(u8.encode("\xe9"), u8.decode(b"\xc3\xa9"), u8.IncrementalDecoder().decode(b"\xc3"))
import encodings.latin_1 as l1
print(l1.StreamConverter.encode(b"\xe9"), l1.StreamConverter.decode("\xe9"))
import encodings.base64_codec as b64
print(b64.base64_encode(b"hi"), b64.base64_decode(b"aGk=\n"), b64.base64.__name__)
import encodings.gbk as gbk
print(gbk.mbc.__name__, gbk._codecs_cn.__name__, gbk.Codec().encode("\u4e2d"))
import encodings.punycode as pc
print(pc.punycode_encode("b\xfccher"), pc.punycode_decode(b"bcher-kva", "strict"))
import encodings.rot_13 as r13
out = io.StringIO()
r13.rot13(io.StringIO("Hello"), out)
print(out.getvalue(), "Hello".translate(r13.rot13_map), len(r13.rot13_map))
print(codecs.lookup("utf-8").incrementalencoder.__module__,
      codecs.lookup("cp1252").streamreader.__module__)

done = subprocess.run([sys.executable, "-m", "encodings.rot_13"],
                      input=b"Hello, World!\nabc\n", stdout=subprocess.PIPE,
                      timeout=20)
print(done.returncode, done.stdout)
