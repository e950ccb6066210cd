# bytes(n) and bytearray(n) allocate what the machine can give, as
# CPython 3.6's calloc does: 2 GiB of zeros on a machine with the memory
# (the pages are never touched), MemoryError past RAM + swap.
for make in (bytes, bytearray):
    b = make(2**31)
    print(make.__name__, len(b), b[0], b[-1], b[2**30])
    del b
    for n in (2**62, 2**63 - 40, 2**63 - 33, 2**63 - 1):
        try:
            make(n)
        except (MemoryError, OverflowError) as e:
            print(make.__name__, n, type(e).__name__, e.args)
    try:
        make(2**63)
    except OverflowError as e:
        print(make.__name__, 'OverflowError', e)

# Repetition past the machine: MemoryError for bytearray (CPython's
# PyErr_NoMemory), OverflowError for bytes.
for n in (2**62, 2**63 - 1):
    for x in (bytearray(b'ab'), b'ab'):
        try:
            x * n
        except (MemoryError, OverflowError) as e:
            print(type(x).__name__, '*', n, type(e).__name__, e.args)
print(len(bytearray(b'ab') * 3), bytearray(b'ab') * 0, bytearray(b'ab') * -5)
