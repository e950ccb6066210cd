found = None
for a in range(1, 5):
    for b in range(1, 5):
        if a * b == 6:
            found = (a, b)
            break
    if found:
        break
print(found)
