def f():
    try:
        print("try")
        return "value"
    finally:
        print("finally")
print(f())
