package binascii

// base64Source is the part of base64 written in Python, run after the Go
// functions are in place: the deprecated aliases encodestring and
// decodestring, which warn as CPython 3.6's do, and the command line
// "python -m base64 [-d|-e|-u|-t] [file|-]".
const base64Source = `
if __name__ == '__main__':
    # Run by -m, this source has a module of its own: the functions
    # written in Go are the imported module's.
    from base64 import encodebytes, decodebytes, encode, decode
_encodebytes, _decodebytes = encodebytes, decodebytes


def encodestring(s):
    """Legacy alias of encodebytes()."""
    import warnings
    warnings.warn("encodestring() is a deprecated alias since 3.1, "
                  "use encodebytes()", DeprecationWarning, 2)
    return _encodebytes(s)


def decodestring(s):
    """Legacy alias of decodebytes()."""
    import warnings
    warnings.warn("decodestring() is a deprecated alias since Python 3.1, "
                  "use decodebytes()", DeprecationWarning, 2)
    return _decodebytes(s)


def main():
    """Encode or decode a file (or stdin) to stdout, from the command line."""
    import sys, getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'deut')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print("usage: %s [-d|-e|-u|-t] [file|-]\n"
              "        -d, -u: decode\n"
              "        -e: encode (default)\n"
              "        -t: encode and decode string 'Aladdin:open sesame'"
              % sys.argv[0])
        sys.exit(2)
    convert = encode
    for flag, _ in opts:
        if flag == '-t':
            test()
            return
        convert = encode if flag == '-e' else decode
    if args and args[0] != '-':
        with open(args[0], 'rb') as source:
            convert(source, sys.stdout.buffer)
    else:
        convert(sys.stdin.buffer, sys.stdout.buffer)


def test():
    """Show a round trip of a sample through encodebytes and decodebytes."""
    plain = b"Aladdin:open sesame"
    coded = encodebytes(plain)
    back = decodebytes(coded)
    for value in (plain, coded, back):
        print(repr(value))
    assert plain == back


if __name__ == '__main__':
    main()
`
