x = b"ab"
y = x
x *= 2
print(x, y)
ba = bytearray(b"ab")
alias = ba
ba *= 2
print(ba, alias, ba is alias)
