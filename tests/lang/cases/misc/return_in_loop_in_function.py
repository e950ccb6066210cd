def find(items, target):
    for i, item in enumerate(items):
        while True:
            if item == target:
                return i
            break
    return -1
print(find("abc", "c"), find("abc", "z"))
