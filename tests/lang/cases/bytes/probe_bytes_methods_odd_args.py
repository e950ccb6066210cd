# bytes / bytearray methods with odd args
b = b'Hello, World'
calls = ["b.center(20, b'*')", "b.center(20, '*')", "b.ljust(3)", "b.count(b'l', -5)", "b.count(108)", "b.find(b'o', 5, -1)", "b.find(111)", "b.index(b'z')", "b.rindex(108, 0, 3)",
 "b.split(None, 1)", "b.split(b'')", "b.rsplit(b'o', 1)", "b.partition(b'o')", "b.replace(b'l', b'L', 2)", "b.replace(b'', b'-')", "b.startswith((b'x', b'He'))", "b.startswith('H')",
 "b.strip(b'Hd')", "b.strip(None)", "b.strip('H')", "b.join([b'a', bytearray(b'b')])", "b.join(['a'])", "b.hex()", "bytes.fromhex('41 42')", "bytes.fromhex('4')", "bytes.fromhex('zz')",
 "b.decode('ascii')", "b'\\xff'.decode()", "b'\\xff'.decode('ascii', 'replace')", "b.upper()", "b.title()", "b.isalpha()", "b''.isspace()", "b.translate(None, b'lo')", "bytes.maketrans(b'ab', b'xy')",
 "b[0]", "b[-1:]", "b[100]", "b * 2", "b + 'a'", "b + bytearray(b'x')", "bytearray(b'x') + b", "1 in b", "b'l' in b", "300 in b", "'l' in b", "b < b'I'", "b == 'Hello, World'",
 "bytes(3)", "bytes(-1)", "bytes([256])", "bytes('a')", "bytes('é', 'ascii')", "bytes(b'x', 'ascii')", "bytes([1, 2])", "bytes(range(3))", "bytes(1.5)",
 "bytearray(b'abc').pop()", "bytearray().pop()", "bytearray(b'a').remove(98)", "bytearray(b'ab').insert(1, 99)", "bytearray(b'ab').extend([300])", "bytearray(b'ab').append(b'c')",
 "b'%s %d %x %r' % (b'a', 3, 255, 'x')", "b'%s' % 'str'", "b'%c%c' % (65, b'B')", "b'%a' % 'é'", "b.expandtabs(4)", "b.zfill(15)", "b.splitlines()", "b'a\\tb'.expandtabs()",
 "memoryview(b'abc')[1]", "memoryview(b'abc')[::2].tobytes()", "bytes(memoryview(b'xy'))", "list(memoryview(b'ab'))", "len(memoryview(bytearray(5)))"]
for c in calls:
    try:
        print(c, '->', repr(eval(c)))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
