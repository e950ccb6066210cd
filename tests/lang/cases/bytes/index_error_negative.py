b = b"abc"
for i in (-3, -4, -100):
    try:
        print(i, b[i])
    except IndexError as e:
        print(i, "IndexError:", e)
