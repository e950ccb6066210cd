a = b = None
if a is None:
    product = a @ b if a else f"{b}"; continue
