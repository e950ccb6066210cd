print(b"%05d|%-4s|%X|%o|%c|%c" % (42, b"ab", 255, 8, 65, b"B"))
print(b"%+d %+d % d" % (3, -3, 4))
print(b"%#x %#o %.3d" % (255, 8, 7))
