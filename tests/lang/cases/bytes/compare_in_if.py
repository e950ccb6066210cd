tag = b"x"
if tag == "x":
    print("bytes equal str")
else:
    print("bytes differ from str")
if tag != "x":
    print("!= is True")
