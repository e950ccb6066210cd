"""Quoted-printable encoding and decoding (RFC 1521), over bytes.

encode() and decode() work from one binary file object to another;
encodestring() and decodestring() on bytes. With header true, the
variant of RFC 1522 for message headers is used: a space is written as
'_' and '_' read back as a space. The work is done by binascii's b2a_qp
and a2b_qp when they are there (a2b_qp and b2a_qp set to None select the
module's own line-by-line code).
"""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

try:
    from binascii import a2b_qp, b2a_qp
except ImportError:
    a2b_qp = b2a_qp = None

MAXLINESIZE = 76
ESCAPE = b'='
EMPTYSTRING = b''
HEX = b'0123456789ABCDEF'


def needsquoting(c, quotetabs, header):
    """Whether the single byte c must be written as an escape: '=' and
    bytes outside printable ASCII always, space and tab when quotetabs,
    '_' in a header."""
    assert isinstance(c, bytes)
    if c in (b' ', b'\t'):
        verdict = quotetabs
    elif c == b'_':
        verdict = header
    else:
        verdict = c == ESCAPE or not (b' ' <= c <= b'~')
    return verdict


def quote(c):
    """The escape for the single byte c: '=' and two upper-case hex digits."""
    assert isinstance(c, bytes) and len(c) == 1
    n = c[0]
    return ESCAPE + HEX[n >> 4:(n >> 4) + 1] + HEX[n & 15:(n & 15) + 1]


def encode(input, output, quotetabs, header=False):
    """Read input (a binary file) to its end and write its quoted-printable
    form to output. quotetabs says whether spaces and tabs are escaped
    everywhere, rather than only at the end of a line."""
    if b2a_qp is not None:
        output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))
        return
    pending = None
    while True:
        line = input.readline()
        if not line:
            break
        end = b''
        if line.endswith(b'\n'):
            line, end = line[:-1], b'\n'
        coded = []
        for n in line:
            c = bytes((n,))
            if needsquoting(c, quotetabs, header):
                c = quote(c)
            coded.append(b'_' if header and c == b' ' else c)
        if pending is not None:
            _put_line(output, pending, b'\n')
        text = EMPTYSTRING.join(coded)
        # soft line breaks: '=' counts towards the line length
        while len(text) > MAXLINESIZE:
            _put_line(output, text[:MAXLINESIZE - 1], b'=\n')
            text = text[MAXLINESIZE - 1:]
        pending = text
    if pending is not None:
        _put_line(output, pending, end)


def _put_line(output, text, ending):
    # One encoded line; white space ending it, or a lone '.', is quoted.
    if text[-1:] in (b' ', b'\t'):
        text = text[:-1] + quote(text[-1:])
    elif text == b'.':
        text = quote(text)
    output.write(text + ending)


def encodestring(s, quotetabs=False, header=False):
    """The quoted-printable form of the bytes s."""
    if b2a_qp is not None:
        return b2a_qp(s, quotetabs=quotetabs, header=header)
    from io import BytesIO
    sink = BytesIO()
    encode(BytesIO(s), sink, quotetabs, header)
    return sink.getvalue()


def decode(input, output, header=False):
    """Read quoted-printable data from input (a binary file) to its end and
    write the bytes it stands for to output."""
    if a2b_qp is not None:
        output.write(a2b_qp(input.read(), header=header))
        return
    held = b''
    while True:
        line = input.readline()
        if not line:
            break
        size = len(line)
        soft = True
        if line.endswith(b'\n'):
            soft = False
            size -= 1
            while size > 0 and line[size - 1:size] in (b' ', b'\t', b'\r'):
                size -= 1
        i = 0
        while i < size:
            c = line[i:i + 1]
            if c == b'_' and header:
                held += b' '
                i += 1
            elif c != ESCAPE:
                held += c
                i += 1
            elif i + 1 == size and not soft:
                soft = True
                break
            elif i + 1 < size and line[i + 1:i + 2] == ESCAPE:
                held += ESCAPE
                i += 2
            elif i + 2 < size and ishex(line[i + 1:i + 2]) and ishex(line[i + 2:i + 3]):
                held += bytes((unhex(line[i + 1:i + 3]),))
                i += 3
            else:
                held += c
                i += 1
        if not soft:
            output.write(held + b'\n')
            held = b''
    if held:
        output.write(held)


def decodestring(s, header=False):
    """The bytes the quoted-printable s stands for."""
    if a2b_qp is not None:
        return a2b_qp(s, header=header)
    from io import BytesIO
    sink = BytesIO()
    decode(BytesIO(s), sink, header)
    return sink.getvalue()


def ishex(c):
    """Whether the byte string c compares as a hex digit."""
    assert isinstance(c, bytes)
    return (b'0' <= c <= b'9') or (b'a' <= c <= b'f') or (b'A' <= c <= b'F')


def unhex(s):
    """The value of the hex digits in the bytes s (0 for none)."""
    value = 0
    for n in s:
        digit = bytes((n,))
        place = b'0123456789abcdef'.find(digit.lower())
        if place < 0:
            raise AssertionError("non-hex digit %r" % (digit,))
        value = value * 16 + place
    return value


def main():
    """Command line: quopri [-t | -d] [file] ... encodes (or, with -d,
    decodes) each file, or standard input, to standard output."""
    import getopt
    import sys
    usage = ("usage: quopri [-t | -d] [file] ...\n"
             "-t: quote tabs\n"
             "-d: decode; default encode\n")
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'td')
    except getopt.GetoptError as exc:
        sys.stderr.write("%s\n%s" % (exc, usage))
        sys.exit(2)
    flags = set(o for o, _ in opts)
    if flags == {'-t', '-d'}:
        sys.stderr.write("-t and -d are mutually exclusive\n")
        sys.exit(2)
    sink = sys.stdout.buffer
    unreadable = [name for name in args or ['-'] if not _convert(name, flags, sink)]
    if unreadable:
        sys.exit(1)


def _convert(name, flags, sink):
    # main()'s work on one file ('-' for standard input); False when the
    # file cannot be opened.
    import sys
    source = sys.stdin.buffer
    guard = _Unclosed(source)
    if name != '-':
        try:
            source = guard = open(name, "rb")
        except OSError as exc:
            sys.stderr.write("%s: can't open (%s)\n" % (name, exc))
            return False
    with guard:
        if '-d' in flags:
            decode(source, sink)
        else:
            encode(source, sink, '-t' in flags)
    return True


class _Unclosed:
    # A context manager that leaves standard input open.
    def __init__(self, f):
        self.f = f

    def __enter__(self):
        return self.f

    def __exit__(self, *exc):
        return False


if __name__ == '__main__':
    main()
