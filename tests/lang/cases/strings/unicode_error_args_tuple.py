for data, enc in [(b"\xff", "utf-8"), (b"\xff", "ascii"), (b"\xc3", "utf-8"), (b"\x80abc", "utf-16-le")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(len(e.args), e.args, e.start, e.end, e.reason)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(len(e.args), e.args)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(len(e.args), e.args)
import codecs
try:
    codecs.decode(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(len(e.args), e.args)
try:
    bytearray(b"\xfe").decode()
except UnicodeDecodeError as e:
    print(len(e.args), e.args)
