items = [5, 3, 0, 7]
i = 0
while i < len(items) and items[i] != 0:
    i += 1
print("stopped at index", i)
