value = "first"
def remove():
    global value
    del value
remove()
print("value" in globals())
value = "second"
print(value)
