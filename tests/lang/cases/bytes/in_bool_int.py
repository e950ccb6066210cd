print(True in b"\x01", False in b"\x01", False in b"\x00")
