for word in ["alpha", "beta", "gamma"]:
    if word.startswith("b"):
        print("found", word)
        break
else:
    print("not found")
