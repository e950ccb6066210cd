try:
    a, b = b"xyz"
except ValueError as e:
    print(e)
try:
    a, b, c = b"x"
except ValueError as e:
    print(e)
try:
    a, = b""
except ValueError as e:
    print(e)
