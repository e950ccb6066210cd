if True:
	x = 1
	raise ValueError("tab")
