try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
    print(e.encoding, e.start, e.end, e.reason, e.object)
    print(isinstance(e, ValueError))
