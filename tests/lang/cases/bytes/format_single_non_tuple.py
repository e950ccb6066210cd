print(b"%s" % bytearray(b"ba"), b"%d" % True, b"%s" % b"", b"%x" % 255)
