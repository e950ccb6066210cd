i = 0
odds = []
while True:
    i += 1
    if i > 9:
        break
    if i % 2 == 0:
        continue
    odds.append(i)
print(odds)
