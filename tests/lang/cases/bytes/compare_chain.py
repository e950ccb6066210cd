print(b"a" < b"b" < b"c", b"a" < b"c" < b"b", b"x" == b"x" != b"y")
