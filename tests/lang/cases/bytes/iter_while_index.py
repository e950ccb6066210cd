b = b"count"
i = 0
total = 0
while i < len(b):
    total += b[i]
    i += 1
print(total, sum(b))
