print(b"%r" % b"x")
print(b"%a" % "caf\xe9")
print(b"%a" % 12)
