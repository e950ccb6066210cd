x = b"a"
y = x
x += b"b"
print(x, y)
ba = bytearray(b"a")
alias = ba
ba += b"b"
print(ba, alias, ba is alias)
