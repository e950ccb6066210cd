# list.__iadd__ and list.__imul__ are methods of the type and of lists.
nums = [1]
print(list.__iadd__(nums, (2, 3)) is nums, nums)
print(nums.__imul__(2) is nums, nums)
print(nums.__iadd__(range(2)), nums.__imul__(0))
print(list.__imul__, type([].__iadd__).__name__)
for call in (lambda: [].__iadd__(None), lambda: [].__imul__('x'), lambda: [].__imul__(1.5), lambda: list.__iadd__((), [])):
    try:
        call()
    except TypeError as exc:
        print('TypeError:', exc)
