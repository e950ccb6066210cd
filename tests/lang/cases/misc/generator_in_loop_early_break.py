def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator cleanup")
for v in gen():
    if v == 2:
        break
print("after loop", v)
