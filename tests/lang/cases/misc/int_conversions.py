print(int("42"), int("-7"), int(" 3 "), int("ff", 16), int("0b101", 0), int(3.9), int(-3.9))
print(str(10), hex(255), oct(8), bin(5), float("1.5"), int(True))
