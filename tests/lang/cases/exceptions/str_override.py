class E(Exception):
    def __str__(self):
        return "custom text"
e = E("arg")
print(str(e))
print(repr(e))
print(e.args)
print("{}".format(e))
