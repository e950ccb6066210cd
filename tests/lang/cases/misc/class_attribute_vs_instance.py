class C:
    shared = []
    value = 1
a, b = C(), C()
a.shared.append("x")
a.value = 2
print(b.shared, b.value, a.value, C.value)
del a.value
print(a.value)
