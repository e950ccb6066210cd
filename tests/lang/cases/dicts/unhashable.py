for key in ([1], {}, {1}, bytearray(b"x"), ([1],)):
    try:
        d = {key: 1}
    except TypeError as e:
        print("TypeError", e)
    try:
        {}[key]
    except TypeError as e:
        print("TypeError", e)
    try:
        print(key in {})
    except TypeError as e:
        print("TypeError", e)
try:
    hash([])
except TypeError as e:
    print(e)
