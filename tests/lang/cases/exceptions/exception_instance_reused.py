err = ValueError("shared")
count = 0
for _ in range(2):
    try:
        raise err
    except ValueError as e:
        count += e is err
print(count, err.args)
