def inner(x):
	return x / 0   
def middle(x):
    y = inner(x)  # comment
    return y
def outer():
        s = "été"; return middle(1)
outer()
