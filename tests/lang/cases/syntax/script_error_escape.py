print("before")
def f(x):
    return x @ x
print(f(2) if False else "mid")
value = "\N{NO SUCH CHARACTER}"
