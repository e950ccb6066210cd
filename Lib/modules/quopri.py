"""Quoted-printable encoding and decoding (RFC 1521), over bytes.

encode() and decode() work from one binary file object to another;
encodestring() and decodestring() on bytes. With header true, the
variant of RFC 1522 for message headers is used: a space is written as
'_' and '_' read back as a space. The work is done by binascii's b2a_qp
and a2b_qp.
"""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

from binascii import a2b_qp, b2a_qp

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
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    """The quoted-printable form of the bytes s."""
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Read quoted-printable data from input (a binary file) to its end and
    write the bytes it stands for to output."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    """The bytes the quoted-printable s stands for."""
    return a2b_qp(s, header=header)


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
