print(b"%d %s %x" % (10, b"ab", 255))
print(b"%s" % b"one", b"%d%%" % 50)
