def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4]], "ab", [[5]]])))
def chars():
    yield from "xy"
    yield from range(2)
print(list(chars()))
