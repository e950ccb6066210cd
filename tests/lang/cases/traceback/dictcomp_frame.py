keys = ["a", "b"]
d = {k: {}[k] for k in keys}
