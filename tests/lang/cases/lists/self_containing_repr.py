# Lists that contain themselves print [...] where they recur.
a = [1]
a.append(a)
b = [a, [a]]
print(a, b)
t = (a, 2)
print(t)
