s = {len(x) for x in [[1], None]}
