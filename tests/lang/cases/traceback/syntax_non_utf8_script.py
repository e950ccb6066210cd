print("never printed")
# a Latin-1 byte without a coding comment: café
