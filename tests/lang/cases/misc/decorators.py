def twice(fn):
    def wrapper(*args, **kwargs):
        fn(*args, **kwargs)
        return fn(*args, **kwargs)
    return wrapper
@twice
def greet(name):
    print("hello", name)
    return name.upper()
print(greet("x"))
