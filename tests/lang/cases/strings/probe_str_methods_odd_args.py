# str methods with odd arguments
s = 'Hello, World'
calls = ["s.center(20, '*')", "s.center(3)", "s.center(20, 'ab')", "s.ljust(-1)", "s.rjust(15, '0')", "s.zfill(15)", "'-12'.zfill(6)", "'+'.zfill(3)",
 "s.count('l', -5)", "s.count('')", "s.find('o', 5, -1)", "s.find('', 20)", "s.rfind('o', None, None)", "s.index('z')", "s.rindex('l', 0, 3)",
 "s.split(None, 1)", "s.split(',', -1)", "s.split('')", "'a  b'.split(' ')", "s.rsplit('o', 1)", "' a b '.split()", "'1\\n2\\r\\n3'.splitlines(True)",
 "s.partition('o')", "s.rpartition('o')", "s.partition('')", "s.replace('l', 'L', 2)", "s.replace('', '-')", "s.replace('', '-', 3)",
 "s.startswith(('x', 'He'))", "s.startswith('lo', 3)", "s.endswith('ld', 0, 5)", "s.startswith(['H'])", "s.strip('Hd')", "s.lstrip(None)", "s.rstrip(1)",
 "s.expandtabs()", "'a\\tb'.expandtabs(0)", "'a\\tbc\\td'.expandtabs(3)", "s.join([1])", "','.join(['a', 'b'])", "''.join(x for x in 'abc')",
 "s.encode('ascii', 'strict')", "s.encode(encoding='utf-16')[:4]", "s.translate({72: 'J', 111: None})", "str.maketrans('ab', 'xy')", "str.maketrans({'a': 1})", "str.maketrans('a', 'bc')",
 "s.title()", "'hello world'.capitalize()", "'ß'.upper()", "'ǅ'.lower()", "'ΣΑΣ'.lower()", "s.swapcase()", "'ﬁ'.casefold()",
 "'12'.isdigit()", "'½'.isnumeric()", "'٣'.isdecimal()", "'abc'.isidentifier()", "'1a'.isidentifier()", "' '.isspace()", "''.isalpha()", "'Ab Cd'.istitle()",
 "s.format()", "'{0}{1}'.format(1)", "'{:>{w}}'.format('x', w=4)", "'{!x}'.format(1)", "'{'.format()", "'}'.format()", "'{0[1]}'.format([5, 6])", "'{a.real}'.format(a=3)",
 "'%s %s' % ('a',)", "'%s' % ('a', 'b')", "'%(a)s' % {'a': 1}", "'%(a)s %s' % {'a': 1}", "'%' % ()", "'%z' % 1", "'%5.2s|' % 'abc'", "'%-5d|' % 3", "'%+.3e' % 12345.678", "'%#o %#x %#X' % (8, 255, 255)", "'%c' % 'ab'",
 "s[100]", "s * -1", "s * 2.0", "'a' + 1", "1 + 'a'", "s.__len__()", "'abc' < 'abd'", "'a' in 'abc'", "1 in 'abc'", "'%d' % '1'",
 "str(b'abc')", "str(b'abc', 'ascii')", "str(1, 'ascii')", "str(errors='strict')", "'abc'.encode('rot13')", "format('x', '>3')", "format(3, 'x>5')", "format('a', 'd')",
 "'abc'.removeprefix('a')", "'x'.ljust(3, '')", "'abc'.index('c', 1, 2)", "'a,b'.split(sep=',', maxsplit=0)"]
for c in calls:
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
