s = "Hello, World"
print(s[::-1], s[7:], s.lower(), s.split(", "), len(s))
print("-".join(["a", "b"]), "ab" * 3, "x" in s, "World" in s)
print("%s=%d" % ("n", 5), "{}+{}".format(1, 2), repr("it's"))
