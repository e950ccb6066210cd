raise ValueError("   ")
