parts = [*range(2), *range(3)]; merged = {**{}, **{}}; return parts
