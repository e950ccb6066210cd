for seq in (b"ab", ["a"], [b"a", 1]):
    try:
        b"".join(seq)
    except TypeError as e:
        print(e)
