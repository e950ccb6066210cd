"""uuencode and uudecode.

encode(source, target, name=None, mode=None) writes source as one
uuencoded block; decode(source, target=None, mode=None, quiet=False)
turns the first block found in source back into bytes.  Each end may be
a file name, '-' (standard input or output) or a binary file object.
"""

import binascii, os, sys

__all__ = ["Error", "encode", "decode"]


class Error(Exception):
    pass


class _Streams:
    """Opens the files named by name and closes them at the end."""

    def __init__(self):
        self.opened = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for f in self.opened:
            f.close()

    def get(self, spec, mode, standard):
        if spec == '-':
            return standard().buffer
        if isinstance(spec, str):
            spec = open(spec, mode)
            self.opened.append(spec)
        return spec


def encode(in_file, out_file, name=None, mode=None):
    """Write the uuencoded form of in_file to out_file."""
    if isinstance(in_file, str) and in_file != '-':
        # A named file gives the default name and mode.
        name = os.path.basename(in_file) if name is None else name
        if mode is None:
            mode = getattr(os.stat(in_file), 'st_mode', None)
    with _Streams() as streams:
        source = streams.get(in_file, 'rb', lambda: sys.stdin)
        target = streams.get(out_file, 'wb', lambda: sys.stdout)
        # a line break in the name would end the header line early
        shown = '-' if name is None else (
            name.replace('\n', '\\n').replace('\r', '\\r'))
        header = 'begin %o %s\n' % ((0o666 if mode is None else mode) & 0o777,
                                    shown)
        target.write(header.encode('ascii'))
        for chunk in iter(lambda: source.read(45), b''):
            target.write(binascii.b2a_uu(chunk))
        target.write(b' \nend\n')


def _begin_fields(source):
    # [b'begin', mode, name] of the first valid begin line.
    for line in iter(source.readline, b''):
        fields = line.split(b' ', 2) if line.startswith(b'begin') else ()
        if len(fields) != 3 or fields[0] != b'begin':
            continue
        try:
            int(fields[1], 8)
        except ValueError:
            continue
        return fields
    raise Error('No valid begin line found in input file')


def _decode_line(line, quiet):
    try:
        return binascii.a2b_uu(line)
    except binascii.Error as exc:
        # Some encoders pad lines oddly: decode only as many characters
        # as the line's length byte asks for.
        usable = (((line[0] - 32) & 63) * 4 + 5) // 3
        data = binascii.a2b_uu(line[:usable])
        if not quiet:
            sys.stderr.write("Warning: %s\n" % exc)
        return data


def decode(in_file, out_file=None, mode=None, quiet=False):
    """Decode the first uuencoded block of in_file into out_file (by
    default the file the block names, which must not exist yet)."""
    with _Streams() as streams:
        source = streams.get(in_file, 'rb', lambda: sys.stdin)
        _, mode_field, name_field = _begin_fields(source)
        if out_file is None:
            out_file = name_field.rstrip(b' \t\r\n\f').decode('ascii')
            if os.path.exists(out_file):
                raise Error('Cannot overwrite existing file: %s' % out_file)
        # The mode is checked (an octal number) but not applied.
        mode = int(mode_field, 8) if mode is None else mode
        target = streams.get(out_file, 'wb', lambda: sys.stdout)
        for line in iter(source.readline, b''):
            if line.strip(b' \t\r\n\f') == b'end':
                return
            target.write(_decode_line(line, quiet))
        raise Error('Truncated input file')


def test():
    """The command line of `python -m uu`: encode (or with -d decode) the
    input file, or stdin, to the output file, or stdout."""
    import optparse
    cli = optparse.OptionParser(usage='usage: %prog [-d] [-t] [input [output]]')
    cli.add_option('-d', '--decode', dest='decode', default=False,
                   action='store_true', help='Decode (instead of encode)?')
    cli.add_option('-t', '--text', dest='text', default=False,
                   action='store_true',
                   help='data is text, encoded format unix-compatible text?')
    options, args = cli.parse_args()
    if len(args) > 2:
        cli.error('incorrect number of arguments')
    # stdin and stdout stand in as their byte streams; names stay names.
    source = args[0] if args else sys.stdin.buffer
    target = args[1] if len(args) > 1 else sys.stdout.buffer
    if options.decode:
        if options.text:
            if not isinstance(target, str):
                print(sys.argv[0], ': cannot do -t to stdout')
                sys.exit(1)
            target = open(target, 'wb')
        decode(source, target)
    else:
        if options.text:
            if not isinstance(source, str):
                print(sys.argv[0], ': cannot do -t from stdin')
                sys.exit(1)
            source = open(source, 'rb')
        encode(source, target)


if __name__ == '__main__':
    test()
