class Two:
    def __index__(self):
        return 2
b = b"abc"
print(b[True], b[False], b[Two()])
