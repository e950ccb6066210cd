for c in ["'  a b \\n'.strip()", "'xxaxx'.strip('x')", "'xyax'.lstrip('yx')", "'ab'.rstrip('')", "'\\x1c a\\x1f'.strip()", "'\\x85a\\xa0'.strip()", "'\\u200ba'.strip()", "'a'.strip(None)", "'a'.strip(1)", "'a'.strip('a', 'b')", "'a'.lstrip(chars='a')", "'ééaé'.rstrip('é')", "''.strip()", "'   '.rstrip()",
          "'%(a)s %s' % {'a': 1}", "'%s %(a)s' % {'a': 1}", "'{0}{1}'.format(1)", "'{}{}'.format(1)", "'{2}'.format(1, 2)"]:
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
